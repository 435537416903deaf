import { beforeAll, describe, expect, it } from 'vitest';
import { askedActor } from '../../src/answer/activity.ts';
import type { AnswerEngine } from '../../src/answer/engine.ts';
import type { Runtime } from '../../src/answer/create.ts';
import { withArticles } from './setup.ts';

/** A deployment named with the question's context words, and what the soldiers do said apart. */
const ARTICLE = `---
id: laredo-2024-guard-posts
title: Governor sends Guard soldiers to Laredo sector
outlet: Example Tribune
published: 2024-03-12
url: https://example.org/laredo-guard
language: en
---
Governor Elena Vargas deployed 500 Guard soldiers to the Laredo sector on Monday, after the Webb County sheriff asked the state for help with the deployment.

The soldiers will staff observation posts along the river and repair damaged fencing.

The sheriff's office said the request had been made in February.
`;

/** Two kinds of soldiers: the ones already there are named first and more fully than the ones asked about. */
const TWO_KINDS = `---
id: nogales-2024-reserve-soldiers
title: Army reserve soldiers ordered to Nogales
outlet: Example Tribune
published: 2024-04-02
url: https://example.org/nogales-reserve
language: en
---
The Pentagon approved a request on Tuesday for 300 reserve soldiers to go to the Nogales border crossing to help fight smuggling at the border.

About 400 Guard soldiers are already fighting wildfires near the border under a state arrangement.

The soldiers would mostly drive supply trucks and run field kitchens.
`;

let engine: AnswerEngine;
let runtime: Runtime;

beforeAll(async () => {
  ({ engine, runtime } = await withArticles(ARTICLE, TWO_KINDS));
});

describe('a question about what someone does', () => {
  it('answers with the sentence that has them doing something, not the one that only names them', async () => {
    const a = await engine.ask(
      'for the deployment the sheriff asked the state for, what would the soldiers actually be doing?',
      { userId: 'a' },
    );
    expect(a.answered).toBe(true);
    expect(a.text).toContain('observation posts');
  });

  it('reads the actor from "what kind of", "what would … do" and "the role of" questions', () => {
    const actor = (q: string) => {
      const found = askedActor(runtime.questionNlp.analyse(q));
      return found ? [...found.heads] : null;
    };
    expect(actor('what kind of troops were they gonna send')).toContain('troop');
    expect(actor('so what would the soldiers actually be doing there?')).toContain('soldier');
    expect(actor('what was the official role of the mexican troops?')).toContain('troop');
    expect(actor('what were the active duty guys gonna do')).toContain('guy');
    expect(actor('what did the sheriff say?')).toBeNull();
  });

  it('reads the actor of "how would … help" and of a question about what they were going to do', () => {
    const actor = (q: string) => {
      const found = askedActor(runtime.questionNlp.analyse(q));
      return found ? [...found.heads] : null;
    };
    expect(actor('how would the active duty troops help at the border')).toContain('troop');
    expect(actor('were the troops going to be fighting at the border?')).toContain('troop');
    expect(actor('will the soldiers carry weapons?')).toContain('soldier');
    // Whether something happened is not what someone does.
    expect(actor('did Mexico deploy troops?')).toBeNull();
  });

  it('answers "were the reserve soldiers going to be fighting?" with what they would do, not with other soldiers', async () => {
    const a = await engine.ask('were the reserve soldiers going to be fighting at the nogales border?', {
      userId: 'b',
    });
    expect(a.answered).toBe(true);
    expect(a.text).toContain('supply trucks');
  });
});

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

let engine: AnswerEngine;
let runtime: Runtime;

beforeAll(async () => {
  ({ engine, runtime } = await withArticles(ARTICLE));
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
});

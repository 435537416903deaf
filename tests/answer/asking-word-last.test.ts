/** A telegraphic question with its asking word last ("marker dedication when?") asks what that word asks. */
import { beforeAll, describe, expect, it } from 'vitest';
import type { AnswerEngine } from '../../src/answer/engine.ts';
import { askingWordFirst } from '../../src/answer/question-intent.ts';
import { articlesAlone } from './setup.ts';

const ARTICLE = `---
id: plainsradio-2019-depot-marker
title: A marker for the old cavalry depot
outlet: Example Plains Radio
published: 2019-11-20
url: https://example.org/depot-marker
language: en
---
A marker for the old cavalry depot
A new historical marker is being dedicated in Sierra Blanca.
The county historical commission will dedicate the marker at 10 a.m. Saturday, Dec. 14, at the old depot.
The depot held remounts for the cavalry patrols along the river until 1920.
`;

let engine: AnswerEngine;
let user = 0;
const fresh = () => ({ userId: `asking-word-last-${++user}` });

beforeAll(async () => {
  ({ engine } = await articlesAlone({ 'depot.md': ARTICLE }));
}, 120_000);

describe('askingWordFirst', () => {
  const words = (...pos: string[]) => [
    ...pos.map((p) => ({ pos: p, normal: 'x' })),
    { pos: 'ADV', normal: 'when' },
  ];

  it('puts a last "when" first after a few keywords', () => {
    expect(askingWordFirst('marker dedication when?', words('NOUN', 'NOUN'))).toBe('when marker dedication?');
  });

  it('leaves a clause ending in "when", a question that asks before it, or a long message as written', () => {
    expect(askingWordFirst('they left the fort when?', words('PRON', 'VERB', 'DET', 'NOUN'))).toBe(
      'they left the fort when?',
    );
    // Tagged with no pronoun, so only the asking word "what" before "when" keeps it as written.
    expect(askingWordFirst('what dedication and when?', words('NOUN', 'NOUN', 'CCONJ'))).toBe(
      'what dedication and when?',
    );
    expect(
      askingWordFirst(
        'old depot county marker commission dedication ceremony when?',
        words(...Array(7).fill('NOUN')),
      ),
    ).toBe('old depot county marker commission dedication ceremony when?');
  });
});

describe('a question with its asking word last', () => {
  it('is answered with the date when it ends in "when?"', async () => {
    const a = await engine.ask('marker dedication when?', fresh());
    expect(a.intent).toBe('date');
    expect(a.answered).toBe(true);
    expect(a.direct ?? '').toContain('14 December 2019');
  });
});

import { beforeAll, describe, expect, it } from 'vitest';
import type { AnswerEngine } from '../../src/answer/engine.ts';
import { mostCovering } from '../../src/answer/most-covering.ts';
import type { Ranked } from '../../src/answer/retrieval.ts';
import type { Sentence } from '../../src/knowledge/schema.ts';
import { articlesAlone, shippedRuntime } from './setup.ts';
import { engineFor } from '../../src/eval/sets.ts';

/** A wire story whose subheading repeats the question's words while a later sentence tells what happened. */
const ARTICLE = `---
id: bsns-2010-falcon-lake-shooting
title: "Search for missing Texan on Falcon Lake stalls"
outlet: Example Wire
published: 2010-10-13
url: https://example.org/falcon-lake
language: en
---
ZAPATA, Texas — The search for an American tourist believed shot dead on Falcon Lake has all but halted, slowed by fear of the cartel gunmen who control the Mexican side of the reservoir.

Rolando Armando Flores Villegas, who led the state investigative police in Miguel Alemán, had been leading the effort to find the body of David Hartley, 30, of McAllen, who his wife says was shot in the head on Sept. 30 while the couple rode personal watercraft on the Mexican side of the lake.

WHAT HAPPENED ON THE LAKE

According to Tiffany Hartley, 29, the couple set out from the Texas side that afternoon to photograph the old church at Guerrero Viejo. Its bell tower still rises from the water when the lake is low.

On the way back, she has told investigators, three boats carrying armed men chased them and opened fire. She said her husband was hit in the back of the head and fell into the water.

Mrs. Hartley has said she never saw the men's faces clearly. Her husband's body has not been found.
`;

let engine: AnswerEngine;

beforeAll(async () => {
  ({ engine } = await articlesAlone({ 'falcon.md': ARTICLE }));
});

describe('a what-question whose best-ranked sentence only repeats its words', () => {
  it('is answered from the sentence that says clearly more of what was asked', async () => {
    const answer = await engine.ask("What happened to Tiffany Hartley's husband out on the lake?", {
      userId: 'u',
    });
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/shot in the head|back of the head/);
  });
});

describe('a what-question whose best-ranked sentence says little of it on its own', () => {
  it('is answered from a sentence of the same article that says most of it', async () => {
    const runtime = await shippedRuntime();
    const shipped = engineFor(runtime, runtime.kb);
    const answer = await shipped.ask('besides the border, when can the prez legally deploy troops at home', {
      userId: 'u',
    });
    expect(answer.text).toMatch(/riot control/);
    expect(answer.text).toMatch(/natural disaster/);
  });
});

describe('mostCovering', () => {
  const ranked = (texts: string[], sources: string[] = []): Ranked[] =>
    texts.map((text, i) => ({
      sentence: { id: `s${i}`, text, sourceId: sources[i] ?? 'a' } as Sentence,
      score: 10 - i,
    }));
  const covers = (c: Record<string, number>) => (s: Sentence) => c[s.text] ?? 0;

  it('keeps the first sentence when none after it covers clearly more', () => {
    const r = ranked(['a', 'b']);
    expect(mostCovering(r, covers({ a: 0.6, b: 0.7 }), 0.5)?.sentence.text).toBe('a');
  });

  it('takes a later sentence covering clearly more of the question', () => {
    const r = ranked(['a', 'b', 'c']);
    expect(mostCovering(r, covers({ a: 0.55, b: 0.75, c: 0.95 }), 0.5)?.sentence.text).toBe('c');
  });

  it('lets a first sentence under the bar give way only to one of its article covering most of the question', () => {
    expect(mostCovering(ranked(['a', 'b']), covers({ a: 0.3, b: 0.7 }), 0.5)?.sentence.text).toBe('a');
    expect(mostCovering(ranked(['a', 'b']), covers({ a: 0.3, b: 0.9 }), 0.5)?.sentence.text).toBe('b');
    const elsewhere = ranked(['a', 'b'], ['a', 'other']);
    expect(mostCovering(elsewhere, covers({ a: 0.3, b: 0.9 }), 0.5)?.sentence.text).toBe('a');
  });
});

import { beforeAll, describe, expect, it } from 'vitest';
import { asksPartOf, countsMembersNamed, partitiveStart } from '../../src/answer/counted-part.ts';
import type { AnswerEngine } from '../../src/answer/engine.ts';
import { withArticles } from './setup.ts';

const ARTICLE = `---
id: courier-1880-victorio-part-test
title: Victorio is dead
outlet: Example Courier
published: 1880-10-30
url: https://example.org/victorio-part
language: en
---
The Apache chief Victorio, who has kept three states and two republics in terror, is dead.

Mexican forces surrounded his camp at the three rocky hills called Tres Castillos, in Chihuahua, and fought until the following morning.

According to the reports from Chihuahua, 78 Apaches were killed and 68 women and children were taken prisoner.

A team of soldiers placed 27 seismic sensors along trails used by smugglers in the Altar Valley.
`;

let engine: AnswerEngine;

beforeAll(async () => {
  ({ engine } = await withArticles(ARTICLE));
});

describe('a count of part of a named group', () => {
  it('is answered by the members counted by the word naming them ("78 Apaches" for the Apache band)', async () => {
    const a = await engine.ask(
      'How many of the Apache band died in the fight at the three rocky hills in Chihuahua?',
      {
        userId: 'a',
      },
    );
    expect(a.answered).toBe(true);
    expect(a.text).toContain('78 Apaches');
  });

  it('falls back to the best figure when no figure says the group in the question’s words', async () => {
    const a = await engine.ask(
      'How many of those buried trip-wire gadgets did the soldiers plant in the Altar Valley?',
      {
        userId: 'b',
      },
    );
    expect(a.text).toContain('27 seismic sensors');
  });
});

describe('countsMembersNamed', () => {
  const people = (l: string) => ['apache', 'marine', 'soldier'].includes(l);

  it('returns true for a figure counting people named by a word before the group noun', () => {
    expect(countsMembersNamed(['apache', 'band'], 'apache', people)).toBe(true);
  });

  it('returns false when the word before the noun names no people ("border" of "border sensors")', () => {
    expect(countsMembersNamed(['border', 'sensor'], 'border', people)).toBe(false);
  });

  it('returns false for a counted noun alone: the noun itself is matched elsewhere', () => {
    expect(countsMembersNamed(['soldier'], 'soldier', people)).toBe(false);
  });
});

describe('partitiveStart', () => {
  const toks = (words: Array<[string, string]>) =>
    words.map(
      ([normal, pos]) => ({ normal, pos }) as unknown as Parameters<typeof partitiveStart>[0][number],
    );

  it('returns the index past "of the" for "how many of the Apache band"', () => {
    const t = toks([
      ['how', 'ADV'],
      ['many', 'ADJ'],
      ['of', 'ADP'],
      ['the', 'DET'],
      ['apache', 'PROPN'],
      ['band', 'NOUN'],
    ]);
    expect(partitiveStart(t, 1)).toBe(4);
    expect(asksPartOf(t, 1)).toBe(true);
  });

  it('returns the index right after "many" for a figure after "of" ("how many of the 1,500")', () => {
    const t = toks([
      ['how', 'ADV'],
      ['many', 'ADJ'],
      ['of', 'ADP'],
      ['the', 'DET'],
      ['1,500', 'NUM'],
    ]);
    expect(partitiveStart(t, 1)).toBe(2);
    expect(asksPartOf(t, 1)).toBe(false);
  });
});

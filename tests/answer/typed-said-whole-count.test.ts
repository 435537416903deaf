/**
 * A count question asking the size of a thing by no act of counting ("how big was the band…"), which the
 * count handler finds no figure of, answered by the sentence that says the whole question and gives a
 * figure (typed-said-whole.ts). Real text: the Percha Valley Record's 1921 obituary in the articles-45
 * fixture, which gives Nana's band as "fewer than forty warriors".
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { AnswerEngine } from '../../src/answer/engine.ts';
import { articlesAlone } from './setup.ts';

const OBITUARY = readFileSync(
  join(
    import.meta.dirname,
    '..',
    'fixtures',
    'articles-45',
    'percharecord-1921-gavilan-canyon-nana-veteran-obituary.md',
  ),
  'utf8',
);

let engine: AnswerEngine;

beforeAll(async () => {
  ({ engine } = await articlesAlone({ 'obituary.md': OBITUARY }));
}, 300_000);

describe('a size asked in other words, answered by the sentence that says all of it', () => {
  it('gives the size of the band Nana brought up out of Mexico, asked "how big"', async () => {
    const a = await engine.ask(
      'How big was the band the old chief Nana brought up out of Mexico in the summer of 1881?',
      { userId: 'band-big' },
    );
    expect(a.answered).toBe(true);
    // The count handler reads warriors as the band's members (WordNet: a warrior is a person) and heads the
    // answer with the figure.
    expect(a.direct).toBe('fewer than forty warriors');
    expect(a.text).toContain('fewer than forty warriors');
  });

  it('gives it asked "how large a band did Nana come up with"', async () => {
    const a = await engine.ask(
      'How large a band did Nana, the old Warm Springs chief, come up out of Mexico with in the summer of 1881?',
      { userId: 'band-large' },
    );
    expect(a.answered).toBe(true);
    expect(a.text).toContain('fewer than forty warriors');
  });

  it('still declines a count by an act the article gives no figure of (how many were killed)', async () => {
    const a = await engine.ask('How many of Nana’s warriors were killed in Gavilan Canyon?', {
      userId: 'band-killed',
    });
    expect(a.answered).toBe(false);
  });
});

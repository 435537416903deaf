/**
 * A capitalised word mid-sentence that the frequent words hold as no English word is a name: it is corrected
 * only to a name the coverage knows.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { AnswerEngine } from '../../src/answer/engine.ts';
import { isMidSentenceCapital, SpellingCorrector } from '../../src/answer/spelling.ts';
import type { Analysis, Token } from '../../src/nlp/pipeline.ts';
import { shippedRuntime } from './setup.ts';

/** An analysis of words split on spaces, each with its lower-case normal form. */
function analysisOf(text: string): Analysis {
  const tokens: Token[] = [];
  let at = 0;
  for (const value of text.split(' ')) {
    tokens.push({
      value,
      normal: value.toLowerCase(),
      lemma: value.toLowerCase(),
      pos: 'X',
      type: /^\p{L}+$/u.test(value) ? 'word' : 'punctuation',
      stop: false,
      start: at,
      end: at + value.length,
    });
    at += value.length + 1;
  }
  return { text, tokens, sentences: [], custom: [], ner: [] };
}

const known = new Set(['hard', 'line', 'trump', 'troops']);
const byLength = new Map<number, string[]>();
for (const w of known) byLength.set(w.length, [...(byLength.get(w.length) ?? []), w]);
const english = new Set(['what', 'did', 'will', 'say', 'hard', 'line', 'about', 'the', 'troops']);
const corrector = new SpellingCorrector(
  known,
  byLength,
  new Map(),
  (w) => english.has(w),
  new Map(),
  (w) => (w === 'hurd' ? 19_000 : null),
  [],
  ['donald', 'trump'],
);
const fixes = (text: string) => corrector.corrections(analysisOf(text)).map((c) => `${c.from}→${c.to}`);

describe('spelling of a capitalised word mid-sentence', () => {
  it('leaves a surname the coverage lacks as it is rather than making it a common word', () => {
    expect(fixes('What did Will Hurd say about the troops')).toEqual([]);
  });

  it('corrects a misspelt name to the name the coverage knows', () => {
    expect(fixes('What did Trmup say about the troops')).toEqual(['Trmup→Trump']);
  });

  it('corrects a capitalised misspelling the frequent words lack as any word', () => {
    expect(fixes('What did the Trops say')).toEqual(['Trops→Troops']);
  });

  it('keeps correcting a lower-case word to the coverage word', () => {
    expect(fixes('what did will hurd say')).toEqual(['hurd→hard']);
  });

  it('does not take the capital of the first word for a name', () => {
    expect(isMidSentenceCapital(analysisOf('Hurd said what'), 0)).toBe(false);
    expect(fixes('Hurd said what')).toEqual(['Hurd→Hard']);
    expect(isMidSentenceCapital(analysisOf('ok . Hurd said what'), 2)).toBe(false);
    expect(isMidSentenceCapital(analysisOf('what did Hurd say'), 2)).toBe(true);
  });
});

describe('the engine with a name the coverage lacks', () => {
  let engine: AnswerEngine;
  beforeAll(async () => {
    engine = (await shippedRuntime()).engine;
  });

  it('declines a question about a person the coverage does not name', async () => {
    const a = await engine.ask('What did Will Hurd say about the troops?', { userId: 'hurd' });
    expect(a.answered).toBe(false);
  });

  it('still answers a misspelt name the coverage knows', async () => {
    const a = await engine.ask('what did Trmup say', { userId: 'trmup' });
    expect(a.answered).toBe(true);
    expect(a.text).toContain('Trump');
  });
});

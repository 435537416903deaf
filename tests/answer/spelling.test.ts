import { describe, expect, it } from 'vitest';
import { SpellingCorrector } from '../../src/answer/spelling.ts';
import type { Analysis, Token } from '../../src/nlp/pipeline.ts';

/** An analysis of lower-case words, as the question reader would give the corrector. */
function analysisOf(text: string): Analysis {
  const tokens: Token[] = [];
  let at = 0;
  for (const value of text.split(' ')) {
    tokens.push({
      value,
      normal: value,
      lemma: value,
      pos: 'X',
      type: 'word',
      stop: false,
      start: at,
      end: at + value.length,
    });
    at += value.length + 1;
  }
  return { text, tokens, sentences: [], custom: [], ner: [] };
}

const known = new Set(['about', 'abbott', 'greg', 'guard']);
const byLength = new Map<number, string[]>();
for (const w of known) byLength.set(w.length, [...(byLength.get(w.length) ?? []), w]);
const english = new Set(['about', 'what', 'did', 'say']);

describe('SpellingCorrector', () => {
  it('corrects a misspelt surname after a known first name to that name, not a nearer English word', () => {
    const corrector = new SpellingCorrector(
      known,
      byLength,
      new Map(),
      (w) => english.has(w),
      new Map([['greg', ['abbott']]]),
    );
    expect(corrector.corrections(analysisOf('what did greg abot say')).map((c) => c.to)).toEqual(['abbott']);
  });

  it('corrects the same word to the nearest known word when no name precedes it', () => {
    const corrector = new SpellingCorrector(
      known,
      byLength,
      new Map(),
      (w) => english.has(w),
      new Map([['greg', ['abbott']]]),
    );
    expect(corrector.corrections(analysisOf('what did they abot say')).map((c) => c.to)).toEqual(['about']);
  });

  it('corrects a long misspelt word to an English word the coverage does not use, not leaving it as a name', () => {
    const corrector = new SpellingCorrector(known, byLength, new Map(), (w) =>
      [...english, 'supposed', 'marine', 'poem'].includes(w),
    );
    expect(corrector.corrections(analysisOf('who was suposed to sign')).map((c) => c.to)).toEqual([
      'supposed',
    ]);
  });

  it('leaves a form of an English word and a short unknown name as they are', () => {
    const corrector = new SpellingCorrector(known, byLength, new Map(), (w) =>
      [...english, 'supposed', 'marine', 'mariner', 'poem'].includes(w),
    );
    expect(corrector.corrections(analysisOf('what did the marines say'))).toEqual([]);
    expect(corrector.corrections(analysisOf('what did noem say'))).toEqual([]);
  });
});

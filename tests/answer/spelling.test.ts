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

  it('leaves a form of an English word and a short unknown name as they are', () => {
    const corrector = new SpellingCorrector(known, byLength, new Map(), (w) =>
      [...english, 'supposed', 'marine', 'mariner', 'poem'].includes(w),
    );
    expect(corrector.corrections(analysisOf('what did the marines say'))).toEqual([]);
    expect(corrector.corrections(analysisOf('what did noem say'))).toEqual([]);
  });
});

describe('SpellingCorrector with frequent English words', () => {
  const frequent = ['the', 'was', 'supposed', 'opposed', 'professor', 'poem', 'norm', 'tested', 'obrador'];
  const rankOf = (w: string) => (frequent.includes(w) ? frequent.indexOf(w) : null);
  const lexicon = new Set([...english, 'supposed', 'opposed', 'professor', 'poem', 'norm', 'tested', 'text']);
  const corrector = new SpellingCorrector(
    known,
    byLength,
    new Map(),
    (w) => lexicon.has(w),
    new Map(),
    rankOf,
  );

  it('corrects a misspelt English word the coverage never uses to the frequent word it was meant to be', () => {
    expect(corrector.corrections(analysisOf('who was suposed to say')).map((c) => c.to)).toEqual([
      'supposed',
    ]);
    expect(corrector.corrections(analysisOf('what did the profesor say')).map((c) => c.to)).toEqual([
      'professor',
    ]);
  });

  it('leaves a name the coverage lacks as it is rather than making it an English word', () => {
    expect(corrector.corrections(analysisOf('what did noem say'))).toEqual([]);
  });

  it('leaves a regular form of an English word the frequent words lack as it is', () => {
    expect(corrector.corrections(analysisOf('what was texted'))).toEqual([]);
  });

  it('prefers the frequent word one slip of typing away to a word of the coverage no slip explains', () => {
    const ready = new Set([...known, 'ready']);
    const readyByLength = new Map(byLength);
    readyByLength.set(5, [...(byLength.get(5) ?? []), 'ready']);
    const withReady = new SpellingCorrector(
      ready,
      readyByLength,
      new Map(),
      (w) => lexicon.has(w) || w === 'really' || w === 'ready',
      new Map(),
      (w) => (w === 'really' ? 100 : w === 'ready' ? 500 : rankOf(w)),
    );
    expect(withReady.corrections(analysisOf('was it realy said')).map((c) => c.to)).toEqual(['really']);
  });

  it('corrects a word misspelt as it sounds to the title it sounds like ("sarjent" → sergeant)', () => {
    const corrector = new SpellingCorrector(
      known,
      byLength,
      new Map(),
      (w) => [...english, 'sergeant'].includes(w),
      new Map(),
      () => null,
      ['sergeant'],
    );
    expect(corrector.corrections(analysisOf('wat did the sarjent say')).map((c) => c.to)).toEqual([
      'sergeant',
    ]);
  });

  it('leaves a capitalised surname that sounds like a title as a name', () => {
    const corrector = new SpellingCorrector(
      known,
      byLength,
      new Map(),
      (w) => [...english, 'sergeant'].includes(w),
      new Map(),
      () => null,
      ['sergeant'],
    );
    expect(corrector.corrections(analysisOf('What did Sarjent say'))).toEqual([]);
  });
});

describe('SpellingCorrector, a coverage word against a rarer slip', () => {
  it('keeps the coverage\'s commoner word over a rarer one a slip of typing explains ("honer" → honor, not homer)', () => {
    const words = new Set(['honor', 'council']);
    const lengths = new Map<number, string[]>([
      [5, ['honor']],
      [7, ['council']],
    ]);
    const ranks = new Map([
      ['honor', 2237],
      ['homer', 4591],
    ]);
    const corrector = new SpellingCorrector(
      words,
      lengths,
      new Map(),
      (w) => ['vote', 'to', 'her', 'honor', 'homer', 'council'].includes(w),
      new Map(),
      (w) => ranks.get(w) ?? null,
    );
    expect(corrector.corrections(analysisOf('vote to honer her')).map((c) => c.to)).toEqual(['honor']);
  });
});

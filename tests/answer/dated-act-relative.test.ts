/**
 * A date in a relative clause written without "that" ("the treaty the two countries signed in 1978") dates
 * the clause's act, the signing, not the kidnapping said before it.
 */
import { describe, expect, it } from 'vitest';
import { datedActTest } from '../../src/answer/dated-act.ts';
import { Nlp } from '../../src/nlp/pipeline.ts';

const nlp = new Nlp([]);
const stem = (w: string) => nlp.stem(w);
const plainLens = { synonymsOf: () => [] };
const lookup = { acts: [], tokensOf: (text: string) => nlp.analyse(text).tokens };
const text =
  'A federal judge ruled in 1990 that the kidnapping broke the extradition treaty the two countries signed in 1978 and ordered the doctor sent home.';
const sentence = { text, lemmas: nlp.analyse(text).tokens.map((t) => t.lemma) };

describe('a date in a relative clause without "that"', () => {
  it('is not read as the day of the kidnapping said before the clause', () => {
    expect(datedActTest(['kidnap'], plainLens, stem, lookup)?.(sentence, '1978')).toBe('says-act');
  });

  it('still dates the clause’s own act', () => {
    expect(datedActTest(['sign'], plainLens, stem, lookup)?.(sentence, '1978')).toBe('dates-act');
  });
});

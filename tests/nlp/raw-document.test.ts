import { describe, expect, it } from 'vitest';
import winkNLP, { type ItsFunction } from 'wink-nlp';
import { englishModel, rawDocumentOf } from '../../src/nlp/wink-model.ts';
import {
  isContractionPart,
  posCode,
  precedingSpaces,
  precedingSpacesLength,
  TOKEN_SIZE,
} from '../../src/nlp/raw-document.ts';

const nlp = winkNLP(englishModel(), ['sbd', 'pos', 'ner', 'cer']);
const its = nlp.its;
/** Plain, doubled and non-breaking spaces, a tab, line breaks and contractions, as articles have them. */
const text =
  'President\u00a0Claudia Sheinbaum can’t  say it’s over;\tthe U.S. won’t\u2009go.\r\n\r\nOn 5\u00a0May 2019,  \u00a0 10,000 troops came.';

describe('rawDocumentOf', () => {
  it("hands over wink-nlp's raw data of a document read by the English model", () => {
    const doc = nlp.readDoc(text);
    const raw = rawDocumentOf(doc, its);
    expect(raw).not.toBeNull();
    expect((raw?.tokens.length ?? 0) / TOKEN_SIZE).toBe(doc.tokens().length());
    expect(raw?.sentences.map((s) => s.slice(0, 2))).toEqual(doc.sentences().out(its.span));
    expect(raw?.entities.map((e) => e[2])).toEqual(doc.entities().out(its.type));
  });

  it('leaves the readability statistics as the package gives them when not asked for the data', () => {
    const stats = nlp.readDoc(text).out(its.readabilityStats) as {
      numOfTokens: number;
      numOfSentences: number;
    };
    expect(stats.numOfTokens).toBe(nlp.readDoc(text).tokens().length());
    expect(stats.numOfSentences).toBe(nlp.readDoc(text).sentences().length());
  });
});

describe('raw token readers', () => {
  it("read each token's spaces, contraction flag and part of speech as wink-nlp's its functions do", () => {
    const doc = nlp.readDoc(text);
    const raw = rawDocumentOf(doc, its);
    if (raw === null) throw new Error('no raw document');
    const tokens = doc.tokens();
    const spaces = tokens.out(its.precedingSpaces) as string[];
    const contracted = tokens.out(its.contractionFlag as ItsFunction<boolean>) as unknown as boolean[];
    const pos = tokens.out(its.pos) as string[];
    const named = new Map<number, string>();
    for (let i = 0; i < tokens.length(); i++) {
      expect(precedingSpaces(raw, i)).toBe(spaces[i]);
      expect(precedingSpacesLength(raw, raw.tokens, i)).toBe(spaces[i]?.length);
      expect(isContractionPart(raw.tokens, i)).toBe(contracted[i]);
      const code = posCode(raw.tokens, i);
      expect(named.get(code) ?? pos[i]).toBe(pos[i]);
      named.set(code, pos[i] ?? '');
    }
    expect(spaces).toContain('\u00a0');
    expect(contracted).toContain(true);
  });
});

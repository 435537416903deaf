/**
 * A document's words given to its owner when the article names the owner only by a common noun in the
 * possessive ("The government's statement said Treviño was taken '…'") after naming it in full earlier ("the
 * Mexican government"): the definite noun points back to the last fuller naming of the same noun, "the", a
 * capitalised modifier and the noun. "The statement" said again after it is the same document, the same
 * owner's. Read from the parse (parts of speech, lemmas), no list of bodies; the fuller namings are indexed once
 * per article, so each quotation costs a binary search.
 */
import { lowerBound } from '../nlp/analysis.ts';
import { isDocumentNoun } from './document-authors.ts';
import type { WorkingQuote, WorkingSentence } from './working.ts';

/**
 * "the government's statement", "the commission's written report": a definite owner, one noun, and its document.
 * This and the patterns below use `\p{…}` and are built once: inside a function tsx rebuilds them on every call
 * (see src/nlp/letter-tests.ts).
 */
const OWNED_DOCUMENT = /^the\s+(\p{Ll}+)['’]s\s+(?:\p{Ll}+\s+)?(\p{Ll}+)$/u;
/** "the statement": a document said again with "the" alone. */
const DOCUMENT_AGAIN = /^the\s+(\p{Ll}+)$/u;
const CAPITALISED = /^\p{Lu}/u;
/** Modifiers at most between "the" and the noun in a fuller naming ("the Mexican federal government"). */
const MAX_MODIFIERS = 3;
/** Paragraphs at most between a document owned and "the statement" said again of it. */
const MAX_PARAGRAPHS_AGAIN = 2;

interface Naming {
  /** The sentence's place in the article. */
  at: number;
  name: string;
}

/**
 * Gives each quotation whose speaker is "the NOUN's DOCUMENT" (no one found for it) to the last fuller naming
 * of NOUN before it ("the Mexican government"), as written; and a later "the DOCUMENT" of the same noun, close
 * by, to the same owner. Quotations with a speaker known are left alone.
 */
export function ownersNamedFuller(quotes: WorkingQuote[], sentences: readonly WorkingSentence[]): void {
  if (!quotes.some((q) => q.speakerId === null && OWNED_DOCUMENT.test(q.speakerName))) return;
  const place = new Map<WorkingSentence, number>();
  const namings = new Map<string, Naming[]>();
  sentences.forEach((sentence, at) => {
    place.set(sentence, at);
    for (const [noun, name] of fullerNamings(sentence)) {
      const list = namings.get(noun);
      if (list) list.push({ at, name });
      else namings.set(noun, [{ at, name }]);
    }
  });
  /** The owner last given to each document noun, and the paragraph it was given in. */
  const owned = new Map<string, { name: string; paragraph: number }>();
  for (const quote of quotes) {
    if (quote.speakerId !== null) continue;
    const m = OWNED_DOCUMENT.exec(quote.speakerName);
    if (m?.[1] !== undefined && m[2] !== undefined && isDocumentNoun(m[2])) {
      const list = namings.get(m[1]) ?? [];
      const at = place.get(quote.sentence) ?? -1;
      const k = lowerBound(0, list.length, (j) => (list[j]?.at ?? Infinity) < at) - 1;
      const naming = list[k];
      if (!naming) continue;
      quote.speakerName = naming.name;
      owned.set(m[2], { name: naming.name, paragraph: quote.sentence.paragraph });
      continue;
    }
    const again = DOCUMENT_AGAIN.exec(quote.speakerName)?.[1];
    const owner = again === undefined ? undefined : owned.get(again);
    if (owner && quote.sentence.paragraph - owner.paragraph <= MAX_PARAGRAPHS_AGAIN)
      quote.speakerName = owner.name;
  }
}

/**
 * "the Mexican government": each noun of `sentence` named with "the" and capitalised modifiers before it (at
 * least one, as a name is), as the noun's lemma and the words as written ("the" in lower case).
 */
function fullerNamings(sentence: WorkingSentence): Array<[string, string]> {
  const tokens = sentence.analysis.tokens;
  const found: Array<[string, string]> = [];
  for (let d = sentence.tokenStart + 2; d < sentence.tokenEnd; d++) {
    const noun = tokens[d];
    if (noun?.pos !== 'NOUN' || CAPITALISED.test(noun.value)) continue;
    let k = d - 1;
    while (k > sentence.tokenStart && d - k <= MAX_MODIFIERS) {
      const t = tokens[k];
      if (!t || (t.pos !== 'ADJ' && t.pos !== 'PROPN') || !CAPITALISED.test(t.value)) break;
      k--;
    }
    const the = tokens[k];
    if (k === d - 1 || the?.normal !== 'the') continue;
    const first = tokens[k + 1];
    if (!first) continue;
    found.push([noun.lemma, `the ${sentence.analysis.text.slice(first.start, noun.end)}`]);
  }
  return found;
}

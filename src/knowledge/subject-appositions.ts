/**
 * A sentence that opens with a person's name and describes them in phrases set off by commas before its verb
 * ("Lieut. Edmund R. Tarlton, of the Fourth Infantry, son of Mr. Josiah Tarlton, commission merchant of Main
 * Street, writes to his father …"): the phrases are the subject's, and whoever they name (the father) is named
 * inside them. When the verb after the last comma is one of saying, the words that follow are the subject's,
 * so "his" after it, and the "he writes" of the paragraphs after, go on with the subject. (With any verb,
 * measured on the held-out folders, a later pronoun lost its referent named inside the phrases: 1 quotation.)
 */
import { opensWithCapital } from '../nlp/letter-tests.ts';
import { firstTokenAtOrAfter, type Analysis, type Token } from '../nlp/pipeline.ts';
import { opensWithSmallLetter } from './name-words.ts';

/** Tokens at most of the phrases between the subject's name and its verb. */
const MAX_APPOSITION_TOKENS = 40;
/** Marks that end a clause or open quoted words: no subject's description runs past them. */
const CLAUSE_ENDS: ReadonlySet<string> = new Set([':', ';', '"', '“', '”', '(', ')', '—', '–']);
/** Parts of speech of the words that may stand before the name in the sentence: a title ("Lieut.", "Sergeant"). */
const TITLE_POS: ReadonlySet<string> = new Set(['PROPN', 'NOUN', 'PUNCT']);

/**
 * The character offset where the phrases describing a sentence's opening name end and its verb begins, when
 * the name (tokens `nameStart` to `nameEnd`, exclusive) opens the sentence (after a title at most), a comma
 * follows it, and the first verb right after a later comma is one of saying (`isSayingVerb`, by lemma:
 * "…, commission merchant of Main Street, writes"); `null` otherwise.
 */
export function subjectAppositionEnd(
  tokens: readonly Token[],
  sentenceStart: number,
  sentenceEnd: number,
  nameStart: number,
  nameEnd: number,
  isSayingVerb: (lemma: string) => boolean,
): number | null {
  for (let k = sentenceStart; k < nameStart; k++) {
    const tok = tokens[k];
    if (!tok || !TITLE_POS.has(tok.pos) || tok.value === ',') return null;
    if (!opensWithCapital(tok.value) && !tok.value.startsWith('.')) return null;
  }
  if (tokens[nameEnd]?.value !== ',') return null;
  const last = Math.min(sentenceEnd, nameEnd + MAX_APPOSITION_TOKENS);
  for (let k = nameEnd + 1; k < last; k++) {
    const tok = tokens[k];
    if (!tok || CLAUSE_ENDS.has(tok.value)) return null;
    if (tok.value !== ',' || k + 1 >= last) continue;
    let v = k + 1;
    while (v < last && tokens[v]?.pos === 'ADV') v++;
    const verb = tokens[v];
    if (verb && (verb.pos === 'VERB' || verb.pos === 'AUX') && opensWithSmallLetter(verb.value))
      return verb.pos === 'VERB' && isSayingVerb(verb.lemma) ? (tokens[k + 1]?.start ?? null) : null;
  }
  return null;
}

/** Tokens at most before the opening name: its title ("Lieut.", "Sergeant", "Maj. Gen."). */
const MAX_TITLE_TOKENS = 4;

/**
 * {@link subjectAppositionEnd} for a mention of `sentence` (its first token and its text), or `null` when it
 * is not the sentence's opening name.
 */
export function mentionReach(
  analysis: Analysis,
  sentence: { tokenStart: number; tokenEnd: number },
  m: { token: number; text: string },
  isSayingVerb: (lemma: string) => boolean,
): number | null {
  if (m.token - sentence.tokenStart > MAX_TITLE_TOKENS) return null;
  const end = (analysis.tokens[m.token]?.start ?? 0) + m.text.length;
  const after = firstTokenAtOrAfter(analysis, m.token, sentence.tokenEnd, end);
  return subjectAppositionEnd(
    analysis.tokens,
    sentence.tokenStart,
    sentence.tokenEnd,
    m.token,
    after,
    isSayingVerb,
  );
}

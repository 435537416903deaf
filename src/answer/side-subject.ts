/**
 * The date of a "which came first" side named by a thing and what it did ("the bodies arriving in El Paso",
 * "the Matamoros camp forming"): the date of a sentence where that thing is the one acting, its subject
 * ("The bodies … were brought into El Paso on Wednesday night", "The camp grew … in the summer of 2019"),
 * not one where it only stands after a preposition while someone or something else acts ("He … came into El
 * Paso with the bodies", "Processing for the Matamoros camp began last Thursday"). Reads the side's tokens
 * and the candidate sentences' tokens (parts of speech) only.
 */
import type { Analysis, Token } from '../nlp/pipeline.ts';
import type { Sentence } from '../knowledge/schema.ts';
import { describeDate } from './date.ts';
import { sentenceEvidence, type Draft } from './handlers.ts';
import type { KnowledgeIndex } from './knowledge-index.ts';
import { rankSentences } from './retrieval.ts';
import type { Understanding } from './understanding.ts';

/** Parts of speech a noun phrase is made of, read back from its head to where it opens. */
const PHRASE_POS: ReadonlySet<string> = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'PART']);
/** Parts of speech of a side's head: the thing that acts. */
const HEAD_POS: ReadonlySet<string> = new Set(['NOUN', 'PROPN']);
/** What may follow an "-ing" word the tagger took for a noun for it to be read as the verb (see side-event.ts). */
const AFTER_VERB_POS: ReadonlySet<string> = new Set(['DET', 'ADP', 'PROPN', 'PRON', 'NUM', 'PUNCT', 'END']);
/** Candidate sentences looked at for a side's own date. */
const POOL = 20;

/**
 * The head of a side worded as a noun phrase and an "-ing" verb ("camp" of "the Matamoros camp forming"), or
 * `null` when the side is worded otherwise.
 */
export function actingHead(side: Analysis): Token | null {
  const { tokens } = side;
  // The "-ing" word, a verb or, last or before an object or a place, a noun the tagger took it for ("forming").
  const verb = tokens.findIndex(
    (t, i) =>
      i > 0 &&
      t.normal.endsWith('ing') &&
      (t.pos === 'VERB' || (t.pos === 'NOUN' && AFTER_VERB_POS.has(tokens[i + 1]?.pos ?? 'END'))),
  );
  const before = verb > 0 ? tokens.slice(0, verb) : [];
  if (before.length === 0 || !before.every((t) => PHRASE_POS.has(t.pos))) return null;
  const head = before.at(-1);
  return head && HEAD_POS.has(head.pos) ? head : null;
}

/**
 * True when a token with the lemma `head` stands in `tokens` as the subject of a verb after it: the noun
 * phrase it ends opens the sentence or a clause (not after a preposition), and a verb follows.
 */
export function actsIn(tokens: readonly Token[], head: string): boolean {
  return tokens.some((t, j) => {
    if (t.lemma !== head || !HEAD_POS.has(t.pos)) return false;
    let k = j - 1;
    while (k >= 0 && PHRASE_POS.has(tokens[k]?.pos ?? '')) k--;
    const opener = tokens[k];
    if (opener && opener.pos === 'ADP') return false;
    return tokens.slice(j + 1).some((x) => x.pos === 'VERB' || x.pos === 'AUX');
  });
}

/**
 * A side's date draft, kept when its sentence has the side's head acting, else the best-ranked dated
 * sentence of the side's question where it does and which says another of its words; the draft as it is
 * when the side names no head or no such sentence is found.
 */
export function ownSubjectDate(
  index: KnowledgeIndex,
  side: Analysis,
  asked: Understanding,
  draft: Draft | null,
  analyse: (text: string) => Analysis,
): Draft | null {
  const head = actingHead(side);
  if (!head || !draft || draft.date === undefined) return draft;
  const shown = draft.evidence[0] ? index.sentence(draft.evidence[0].id) : undefined;
  if (shown && actsIn(analyse(shown.text).tokens, head.lemma)) return draft;
  const others = side.tokens
    .filter((t) => t !== head && HEAD_POS.has(t.pos) && t.normal.length > 2)
    .map((t) => t.normal);
  const found = rankSentences(index, asked.terms, { limit: POOL }).find(
    (r) =>
      index.datesBySentence.has(r.sentence.id) &&
      says(r.sentence, others) &&
      actsIn(analyse(r.sentence.text).tokens, head.lemma),
  )?.sentence;
  const d = found ? index.datesBySentence.get(found.id)?.[0] : undefined;
  if (!found || !d) return draft;
  return {
    ...draft,
    direct: describeDate(d),
    date: d.date,
    lead: null,
    evidence: [sentenceEvidence(found)],
    focus: found.mentions.map((m) => m.entityId),
  };
}

/** True when the sentence says one of `words` (or there are none to say). */
function says(sentence: Sentence, words: readonly string[]): boolean {
  const lower = sentence.text.toLowerCase();
  return words.length === 0 || words.some((w) => lower.includes(w));
}

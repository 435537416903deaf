/**
 * A comparison side worded as someone's account ("the family's account of the shooting", "the government's
 * version"): what that someone is reported to say, in a sentence that gives them as its source ("According to
 * the family, the boys were playing a game", "The ministry said it had not found weapons"), not one that only
 * names the account ("The government's account differs"). Reads the side's tokens and the tokens of the few
 * sentences that hold the possessor's word and a verb of saying or "according".
 */
import type { Sentence } from '../knowledge/schema.ts';
import type { Analysis } from '../nlp/pipeline.ts';
import { sentenceEvidence, type Draft } from './handlers.ts';
import type { KnowledgeIndex } from './knowledge-index.ts';
import { givenAsSource } from './speech-source.ts';
import { POSSESSIVE_MARKS } from '../nlp/possessive.ts';

/** Parts of speech a possessor is named by, and of the words after the head that say what the account is of. */
const NAMING_POS: ReadonlySet<string> = new Set(['NOUN', 'PROPN']);
const TOPIC_POS: ReadonlySet<string> = new Set(['NOUN', 'PROPN', 'VERB', 'ADJ']);
/** Sentences shown for a side. */
const SHOWN = 2;
/** Confidence of a side given by its source's own report: MIN_CONFIDENCE (0.5) with a margin. */
const ACCOUNT_CONFIDENCE = 0.7;
/** Sentences read at most for one side: the possessor's word with a verb of saying is rare. */
const MAX_READ = 60;

/** The possessor's lemma and the lemmas of what the account is of, when the side is "X's N …"; else `null`. */
export function accountOf(side: Analysis): { possessor: string; topic: string[] } | null {
  const { tokens } = side;
  const mark = tokens.findIndex((t, i) => i > 0 && POSSESSIVE_MARKS.has(t.normal));
  const owner = tokens[mark - 1];
  const head = tokens[mark + 1];
  if (mark < 1 || !owner || !head || !NAMING_POS.has(owner.pos) || head.pos !== 'NOUN') return null;
  const topic = tokens
    .slice(mark + 2)
    .filter((t) => TOPIC_POS.has(t.pos) && !t.stop)
    .map((t) => t.lemma.toLowerCase());
  return { possessor: owner.lemma.toLowerCase(), topic };
}

/**
 * The draft of an account side: the sentences of the articles that speak of its topic which give its possessor
 * as their source, those sharing most of the topic first; `null` when the side is no account or none does.
 */
export function accountSideDraft(
  index: KnowledgeIndex,
  side: Analysis,
  analyse: (text: string) => Analysis,
  saying: ReadonlySet<string>,
): Draft | null {
  const account = accountOf(side);
  if (!account) return null;
  const { possessor, topic } = account;
  // The articles that speak of the topic: an account of something else is another's.
  const topical = new Set(
    index.sentences
      .filter((s) => topic.length === 0 || topic.some((w) => s.lemmas.includes(w)))
      .map((s) => s.sourceId),
  );
  const candidates: Array<{ s: Sentence; shared: number; at: number }> = [];
  let read = 0;
  for (const [at, s] of index.sentences.entries()) {
    if (!topical.has(s.sourceId) || !s.lemmas.includes(possessor)) continue;
    if (!s.lemmas.some((l) => saying.has(l) || l === 'accord' || l === 'according')) continue;
    if (++read > MAX_READ) break;
    const tokens = analyse(s.text).tokens;
    const source = tokens.some(
      (t, i) =>
        t.lemma.toLowerCase() === possessor && NAMING_POS.has(t.pos) && givenAsSource(tokens, i, i, saying),
    );
    if (source) candidates.push({ s, shared: topic.filter((w) => s.lemmas.includes(w)).length, at });
  }
  const shown = candidates
    .sort((a, b) => b.shared - a.shared || a.at - b.at)
    .slice(0, SHOWN)
    .sort((a, b) => a.at - b.at);
  if (shown.length === 0) return null;
  return {
    answeredAs: 'what',
    confidence: ACCOUNT_CONFIDENCE,
    direct: null,
    lead: null,
    evidence: shown.map((x) => sentenceEvidence(x.s)),
    lines: [],
    focus: [],
  };
}

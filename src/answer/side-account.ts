/**
 * A comparison side worded as someone's account ("the family's account of the shooting", "the government's
 * version"): what that someone is reported to say, in a sentence that gives them as its source ("According to
 * the family, the boys were playing a game", "The ministry said it had not found weapons"), not one that only
 * names the account ("The government's account differs"). Reads the side's tokens and the tokens of the few
 * sentences that hold the possessor's word and a verb of saying or "according".
 */
import type { Sentence } from '../knowledge/schema.ts';
import type { Analysis, Token } from '../nlp/pipeline.ts';
import { sentenceEvidence, type Draft } from './handlers.ts';
import type { KnowledgeIndex } from './knowledge-index.ts';

/** Marks of a possessive after a noun ("family's", "agents'"). */
const POSSESSIVE: ReadonlySet<string> = new Set(["'s", '’s', "'", '’']);
/** Parts of speech a possessor is named by, and of the words after the head that say what the account is of. */
const NAMING_POS: ReadonlySet<string> = new Set(['NOUN', 'PROPN']);
const TOPIC_POS: ReadonlySet<string> = new Set(['NOUN', 'PROPN', 'VERB', 'ADJ']);
/** Words after the possessor a verb of saying may stand at and still be theirs ("the family has long said"). */
const MAX_TO_VERB = 4;
/** Words before the possessor "according to" may stand at ("according to the boy's family"). */
const MAX_FROM_ACCORDING = 4;
/** Sentences shown for a side. */
const SHOWN = 2;
/** Confidence of a side given by its source's own report: MIN_CONFIDENCE (0.5) with a margin. */
const ACCOUNT_CONFIDENCE = 0.7;
/** Sentences read at most for one side: the possessor's word with a verb of saying is rare. */
const MAX_READ = 60;

/** The possessor's lemma and the lemmas of what the account is of, when the side is "X's N …"; else `null`. */
export function accountOf(side: Analysis): { possessor: string; topic: string[] } | null {
  const { tokens } = side;
  const mark = tokens.findIndex((t, i) => i > 0 && POSSESSIVE.has(t.normal));
  const owner = tokens[mark - 1];
  const head = tokens[mark + 1];
  if (mark < 1 || !owner || !head || !NAMING_POS.has(owner.pos) || head.pos !== 'NOUN') return null;
  const topic = tokens
    .slice(mark + 2)
    .filter((t) => TOPIC_POS.has(t.pos) && !t.stop)
    .map((t) => t.lemma.toLowerCase());
  return { possessor: owner.lemma.toLowerCase(), topic };
}

/** Parts of speech that may stand between "according to" and the possessor ("according to the boy's family"). */
const BEFORE_POSSESSOR_POS: ReadonlySet<string> = new Set(['DET', 'ADJ', 'PART', 'NOUN', 'PROPN']);
/** Parts of speech that may stand between the possessor and its verb of saying ("the family has long said"). */
const BEFORE_VERB_POS: ReadonlySet<string> = new Set(['AUX', 'ADV', 'PART']);

/**
 * True when the possessor's token at `i` is given as the source of what its sentence says: the noun phrase
 * "according to" governs ("According to police, family members were told…" gives the police, not the family),
 * or the subject of a verb of saying in the active voice ("the family was told" is no telling of theirs;
 * "Last year the agency said" is the agency's, not the year's).
 */
function givenAsSource(tokens: readonly Token[], i: number, saying: ReadonlySet<string>): boolean {
  for (let k = i - 1; k >= Math.max(1, i - MAX_FROM_ACCORDING); k--) {
    if (tokens[k]?.normal === 'to' && tokens[k - 1]?.normal === 'according') return true;
    if (!BEFORE_POSSESSOR_POS.has(tokens[k]?.pos ?? '') && !POSSESSIVE.has(tokens[k]?.normal ?? '')) break;
  }
  let passive = false;
  for (let k = i + 1; k <= Math.min(tokens.length - 1, i + MAX_TO_VERB); k++) {
    const t = tokens[k];
    if (!t) return false;
    // "Was told" is passive; "is saying" is not.
    if (t.pos === 'VERB') return !(passive && !t.normal.endsWith('ing')) && saying.has(t.lemma);
    if (!BEFORE_VERB_POS.has(t.pos)) return false;
    if (t.lemma === 'be' || t.lemma === 'get') passive = true;
  }
  return false;
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
        t.lemma.toLowerCase() === possessor && NAMING_POS.has(t.pos) && givenAsSource(tokens, i, saying),
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

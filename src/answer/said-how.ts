/**
 * The act a yes/no question of what someone said asks about: "Did the lawyer say **how the $1.9 million will
 * be divided** among the family?" asks whether a division of that money was told, not whether the lawyer
 * spoke. The question's own predicate is a verb of saying, which the act checks pass over; the act is the
 * verb of the clause the saying verb opens with a question word, and it is said only where a shown sentence
 * says it of that clause's things ("remain divided on whether troops belong" names another division).
 */
import type { Analysis } from '../nlp/pipeline.ts';
import type { Draft } from './handlers.ts';
import type { KnowledgeIndex } from './knowledge-index.ts';
import { DONE_AUXILIARIES, OPENERS } from './asked-act.ts';
import { actSaidIn, shownSentences, type ShownActWords } from './shown-act.ts';

/** The act of a reported clause and the things it is said of. */
export interface ReportedAct {
  /** Lemma of the clause's verb ("divide"). */
  lemma: string;
  /** Lemmas of the clause's nouns and numbers ("million", "family"): what the act is said of. */
  things: string[];
}

/** Words that open a reported question after a verb of saying ("say **how**…", "explain **whether**…"). */
const QUESTION_WORDS = new Set(['how', 'whether', 'why', 'when', 'where', 'if', 'what', 'who']);
/** Parts of speech of the things a clause speaks of. */
const THING_POS = new Set(['NOUN', 'PROPN', 'NUM']);
/** Parts of speech that end a clause. */
const CLAUSE_END = new Set(['PUNCT', 'CCONJ', 'SCONJ']);
/** Tokens read of a question: a question is short, and no walk may be unbounded. */
const MAX_TOKENS = 40;

/**
 * The act of the clause a yes/no question's verb of saying opens with a question word ("did the lawyer **say
 * how** the money will be **divided** among the family"), with the clause's nouns and numbers; `null` for
 * any other question, a clause whose verb is light (the stop list's) or of saying, or one with no things.
 */
export function reportedAct(analysis: Analysis, sayings: ReadonlySet<string>): ReportedAct | null {
  const toks = analysis.tokens.slice(0, MAX_TOKENS);
  let at = 0;
  while (toks[at] && OPENERS.has(toks[at]!.normal)) at++;
  if (!DONE_AUXILIARIES.has(toks[at]?.normal ?? '')) return null;
  const say = toks.findIndex((t, i) => i > at && t.pos === 'VERB' && sayings.has(t.lemma));
  if (say < 0 || !QUESTION_WORDS.has(toks[say + 1]?.normal ?? '')) return null;
  let lemma: string | null = null;
  const things: string[] = [];
  for (let i = say + 2; i < toks.length; i++) {
    const t = toks[i]!;
    if (CLAUSE_END.has(t.pos)) break;
    if (THING_POS.has(t.pos) && !t.stop) things.push(t.lemma);
    else if (t.pos === 'VERB' && lemma === null) {
      if (t.stop || sayings.has(t.lemma)) return null;
      lemma = t.lemma;
    }
  }
  return lemma !== null && things.length > 0 ? { lemma, things } : null;
}

/**
 * True unless `act` is given and no shown sentence says it (as {@link actSaidIn} reads an act) together with one
 * of the things the clause says it of.
 */
export function shownSaysReportedAct(
  draft: Draft,
  act: ReportedAct | null,
  index: Pick<KnowledgeIndex, 'evidenceSentenceIds' | 'sentence'>,
  words: ShownActWords,
): boolean {
  if (act === null || draft.evidence.length === 0) return true;
  const shown = shownSentences(draft, index);
  if (shown.length === 0) return true;
  const says = actSaidIn(act.lemma, words);
  const things = new Set(act.things.flatMap((t) => [t, ...words.synonymsOf(t), ...words.sameStem(t)]));
  return shown.some((s) => s.lemmas.some((l) => things.has(l)) && says(new Set(s.lemmas)));
}

/**
 * What a stance comparison asks of each side, read from the question's grammar: the clause after "whether" or
 * after a preposition that opens a question word ("Did Purcell and Tolliver agree about whether George Daly was
 * to blame for the losses?" → "George Daly was to blame for the losses"; "disagree about why the pond is
 * dropping", where a word giving a cause answers too). The words of that clause, not the question's whole
 * topic, say which of a side's statements answers it: a side's quotation naming the pond answers nothing about
 * who was to blame. A side's shown lines give way to its statements sharing more of the clause's words than
 * any shown line does.
 */
import type { Analysis, Token } from '../nlp/pipeline.ts';
import type { Draft } from './handlers.ts';
import type { Evidence } from './types.ts';
import type { KnowledgeIndex } from './knowledge-index.ts';
import { stanceStatements } from './stance-side.ts';

/** Question words a preposition opens as the clause a comparison asks about ("agree on who opened fire"). */
const ASKING_WORDS: ReadonlySet<string> = new Set([
  'why',
  'who',
  'whom',
  'what',
  'how',
  'where',
  'when',
  'which',
]);
/**
 * Lemmas of English words that give a cause, which a clause opened by "why" asks for ("he did not believe the
 * construction was to blame"): a closed class of the language, not words of any article.
 */
const CAUSE_LEMMAS: readonly string[] = ['blame', 'cause', 'explain', 'reason', 'fault'];
/** Parts of speech whose lemmas a clause's asked words are (as the knowledge keeps a statement's lemmas). */
const ASPECT_POS: ReadonlySet<string> = new Set(['NOUN', 'PROPN', 'VERB', 'ADJ', 'NUM']);

/** Punctuation that ends the asked clause with its sentence. */
const CLAUSE_END = /^[.?!;]$/;
/** A side's statements on the asked clause shown at most, as many as a side's own lines (compare.ts). */
const ASPECT_SHOWN = 2;
/** A side's statements read for the asked clause: those sharing most of its words, found by stance-side.ts. */
const ASPECT_POOL = 8;

/**
 * The lemmas of the clause a comparison asks each side about, outside the words naming a side (`naming`);
 * empty when the question holds no such clause. The clause runs from "whether", or from a question word right
 * after a preposition, to the end of its sentence.
 */
export function aspectLemmas(question: Analysis, naming: ReadonlySet<string>): string[] {
  const { tokens } = question;
  const opens = tokens.findIndex(
    (t, i) => t.normal === 'whether' || (ASKING_WORDS.has(t.normal) && tokens[i - 1]?.pos === 'ADP' && i > 1),
  );
  if (opens < 0) return [];
  const clause: Token[] = [];
  for (const t of tokens.slice(opens + 1)) {
    if (t.pos === 'PUNCT' && CLAUSE_END.test(t.value)) break;
    clause.push(t);
  }
  const lemmas = clause
    .filter((t) => ASPECT_POS.has(t.pos) && !t.stop && !naming.has(t.normal) && !naming.has(t.lemma))
    .map((t) => t.lemma.toLowerCase());
  // "Why the pond is dropping": a statement giving a cause answers it, whatever it names.
  const cause = tokens[opens]?.normal === 'why' ? CAUSE_LEMMAS : [];
  return [...new Set([...lemmas, ...cause])];
}

/** What an inflection adds to a stem the tagger left unlemmatised ("dropping" of "drop", "armed" of "arm"). */
const INFLECTION = /^(?:\p{Ll}?(?:ing|ed)|e?s)$/u;

/** True when a statement's lemma is the asked word, or that word inflected ("dropping" for "drop"). */
function sameStem(lemma: string, asked: string): boolean {
  return lemma === asked || (lemma.startsWith(asked) && INFLECTION.test(lemma.slice(asked.length)));
}

/** How many of the clause's lemmas a shown line holds: a quotation's own words, a sentence's. */
export function aspectShared(index: KnowledgeIndex, e: Evidence, aspect: readonly string[]): number {
  const lemmas =
    (e.kind === 'quote' ? index.quoteById.get(e.id)?.lemmas : index.sentence(e.id)?.lemmas) ?? [];
  return aspect.filter((w) => lemmas.some((l) => sameStem(l, w))).length;
}

/**
 * A side's lines with its statements on the asked clause first, when the best of `statements` (the side's own,
 * ranked by the clause's words) shares more of them than every line of `shown` does; `shown` as it is
 * otherwise.
 */
export function onAspectFirst(
  index: KnowledgeIndex,
  shown: readonly Evidence[],
  statements: readonly Evidence[],
  aspect: readonly string[],
): Evidence[] {
  if (aspect.length === 0 || statements.length === 0) return [...shown];
  const score = (e: Evidence) => aspectShared(index, e, aspect);
  const shownBest = Math.max(0, ...shown.slice(0, 2).map(score));
  const better = statements
    .map((e, at) => ({ e, at, n: score(e) }))
    .filter((x) => x.n > shownBest)
    .sort((a, b) => b.n - a.n || a.at - b.at)
    .slice(0, ASPECT_SHOWN)
    .map((x) => x.e);
  if (better.length === 0) return [...shown];
  const ids = new Set(better.map((e) => e.id));
  return [...better, ...shown.filter((e) => !ids.has(e.id))];
}

/**
 * A person's side with its statements on the asked clause (`aspect`) first, when one shares more of the
 * clause's words than the side's shown lines do; as it is otherwise. `analyse` and `saying` find the sentences
 * in which the person speaks (stance-side.ts).
 */
export function draftOnAspect(
  index: KnowledgeIndex,
  id: string,
  draft: Draft,
  aspect: readonly string[],
  analyse: (text: string) => Analysis,
  saying: ReadonlySet<string>,
): Draft {
  if (aspect.length === 0) return draft;
  const statements = stanceStatements(index, id, aspect, analyse, saying, ASPECT_POOL);
  return { ...draft, evidence: onAspectFirst(index, draft.evidence, statements, aspect) };
}

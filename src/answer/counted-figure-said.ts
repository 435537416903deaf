/**
 * A count draft under the confidence bar whose headline figure counts what the question counts, in a sentence
 * that says the asked act: "how many of Caldwell's guys got killed in the creek fight" of "We had but one man
 * killed …". The
 * confidence weighs every word of the question, and a question worded otherwise than its article ("guys",
 * "mounts", "the creek fight") falls under the bar though the figure answers it. A typed check instead of the
 * score: the figure's counted noun is the asked one (the same word, a synonym, or a kind of it in WordNet),
 * the asked act's verb is said in its sentence (a question with no verb but "have" or "be" says no act, and
 * is not answered so: "how many men did the surgeon have on the sick report" of "about six thousand men"), no other year dates it, and its article names every name the
 * question gives. A figure of another thing ("two men" for "how many Confederates"), of the asked thing by
 * another act ("four generals" taken prisoner for "how many generals were killed") or a figure the question
 * itself gives ("how much did Mexico spend deploying the 15,000 troops") is not one.
 */
import { escapeRegExp } from '../nlp/escape.ts';
import type { Sentence } from '../knowledge/schema.ts';
import { PASSIVE_BE_OR_GET } from '../nlp/passive-auxiliaries.ts';
import type { Token } from '../nlp/pipeline.ts';
import { howManyAt } from './asked-action.ts';
import { askedCount } from './asked-count.ts';
import { saysOtherYear } from './count-figure.ts';
import type { Draft } from './handlers.ts';
import type { KnowledgeIndex } from './knowledge-index.ts';
import type { QuestionReader, Understanding } from './understand.ts';

/** Verbs that say no act of their own ("how many men did he have", "how many were there"). */
const LIGHT_VERBS: ReadonlySet<string> = new Set(['be', 'have', 'do', ...PASSIVE_BE_OR_GET]);

/**
 * The lemma of the act a "how many X …" question counts by: its first verb after "how many" that says an act
 * ("drive" of "did the raiders drive off", "kill" of "got killed"); null when it has none but light verbs.
 */
export function countingAct(tokens: readonly Token[]): string | null {
  const at = howManyAt(tokens);
  if (at < 0) return null;
  const verb = tokens.find((t, i) => i > at && t.pos === 'VERB' && !LIGHT_VERBS.has(t.lemma));
  return verb?.lemma ?? null;
}

/**
 * True when `said` names what `asked` names: the same lemma, a synonym, or, for words that count people, a kind
 * of it in WordNet ("guy", "man"). Other nouns' kinds reach across senses ("time" a kind of "case").
 */
function namesAsked(asked: string, said: string, reader: QuestionReader): boolean {
  if (asked === said || reader.synonymsOf(asked).includes(said)) return true;
  const relation = reader.data.wordnet?.relation(asked, said) ?? null;
  if (relation === 'same') return true;
  return relation === 'kind' && reader.countsPeople(asked) && reader.countsPeople(said);
}

/** True when `d`, a count draft under the bar, is shown on its headline figure (see the module's header). */
export function countedFigureSaid(
  u: Understanding,
  d: Draft,
  index: KnowledgeIndex,
  reader: QuestionReader,
): boolean {
  const first = d.evidence[0];
  const direct = d.direct;
  if (d.answeredAs !== 'count' || direct === null || !first) return false;
  const sentences = index
    .evidenceSentenceIds(first)
    .map((id) => index.sentence(id))
    .filter((s): s is Sentence => s !== null);
  // The figure written whole, not inside a longer one ("5" is not in "15 horses", nor "1" in "1,500").
  const writes = (text: string, figure: string) =>
    new RegExp(`(?<![\\p{L}\\d.,])${escapeRegExp(figure)}(?![\\p{L}\\d]|[.,]\\d)`, 'u').test(text);
  const sentence = sentences.find((s) =>
    (index.numbersBySentence.get(s.id) ?? []).some((n) => writes(direct, n.text)),
  );
  const figure = sentence && index.numbersBySentence.get(sentence.id)?.find((n) => writes(direct, n.text));
  if (!sentence || !figure || writes(u.text, figure.text)) return false;
  const head = askedCount(u, reader.genericCounts, (l) => reader.countsPeople(l)).at(-1);
  if (!head || !namesAsked(head, figure.countsLemma, reader)) return false;
  const act = countingAct(u.analysis.tokens);
  if (act === null || !sentence.lemmas.some((l) => l === act || reader.synonymsOf(act).includes(l)))
    return false;
  if (saysOtherYear(sentence, u.years)) return false;
  const named = index.entitiesBySource.get(sentence.sourceId);
  return u.entities.every((id) => named?.has(id) ?? false);
}

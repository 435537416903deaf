/**
 * "Who was the judge at the second trial?" asks for someone by what they are: a name found only because
 * its sentence matches the rest of the question ("At a second trial last year, Patrick Hanigan was convicted
 * and Thomas Hanigan was acquitted") answers it only when the coverage calls that person so, or the sentence
 * says the asked noun. Otherwise the coverage does not say who, and the name would be a wrong answer.
 */
import type { Sentence } from '../knowledge/schema.ts';
import { fitsPerson } from './asked-person.ts';
import type { Context, Draft } from './handlers.ts';

/**
 * True when `head` is a title someone holds ("judge", "sheriff", "colonel"), not a noun for anyone ("lady",
 * "worker", "officer"), and `id`, picked from `sentence` for a question asking for someone by it, is a person
 * neither the coverage (name, description, roles) nor that sentence calls by it.
 */
export function headUnmet(
  ctx: Pick<Context, 'reader' | 'index'>,
  id: string,
  head: string,
  sentence: Sentence,
): boolean {
  const { titles, personHeads } = ctx.reader.data;
  if (!(titles ?? []).includes(head) || personHeads?.has(head)) return false;
  const e = ctx.index.entities.get(id);
  if (!e || e.type !== 'person') return false;
  if (sentence.lemmas.includes(head)) return false;
  return !fitsPerson(e, { noun: head, gender: null }, ctx);
}

/**
 * False when `d` names a person for a question asking for the holder of the title `head` (see
 * {@link headUnmet}) whom the coverage and the draft's first sentence never call so; true otherwise.
 */
export function titledAnswer(ctx: Pick<Context, 'reader' | 'index'>, d: Draft, head: string | null): boolean {
  const id = d.focus[0];
  const first = d.evidence[0];
  const at = first ? ctx.index.sentence(ctx.index.evidenceSentenceIds(first)[0] ?? '') : undefined;
  return !id || !head || !at || !headUnmet(ctx, id, head, at);
}

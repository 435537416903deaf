/**
 * "What did the colonel tell him?" after an answer from a call-in transcript: a follow-up that names no one
 * but asks about someone by their office or what they are ("the colonel", "the mayor", "the spokeswoman")
 * means the one person of the conversation's articles who holds it, as a reader of that article would take it.
 */
import type { Token } from '../nlp/pipeline.ts';
import { ANY_PERSON, fitsPerson } from './asked-person.ts';
import type { Context } from './handlers.ts';
import type { KnowledgeIndex } from './knowledge-index.ts';
import type { Understanding } from './understand.ts';

/** Words that open a noun phrase pointing back to someone already met ("the colonel", "that sergeant"). */
const POINTING_DETERMINERS: ReadonlySet<string> = new Set(['the', 'that', 'this']);
/**
 * Title words that qualify an office rather than name it ("the defense secretary", "the vice president"):
 * alone at the end of a phrase ("the state") they name no person.
 */
const TITLE_QUALIFIERS: ReadonlySet<string> = new Set([
  'vice',
  'prime',
  'foreign',
  'defense',
  'defence',
  'interior',
  'homeland',
  'security',
  'state',
  'deputy',
  'assistant',
  'chief',
]);
/** Parts of speech a noun phrase runs over after its determiner. */
const PHRASE_POS: ReadonlySet<string> = new Set(['ADJ', 'NOUN', 'PROPN']);

/** The head nouns of the noun phrases a determiner that points back opens ("colonel" in "the colonel"). */
function pointedHeads(tokens: readonly Token[]): string[] {
  const heads: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (!POINTING_DETERMINERS.has(tokens[i]?.normal ?? '')) continue;
    let j = i + 1;
    while (PHRASE_POS.has(tokens[j]?.pos ?? '')) j++;
    const head = tokens[j - 1];
    if (j > i + 1 && head && head.pos !== 'ADJ') heads.push(head.normal);
  }
  return heads;
}

/**
 * The one person of the conversation's articles (`sources`) whom the question asks about by an office or a
 * noun for what they are ("the colonel" → Col. Dennis Marchetti), when it names no one itself; `null` when
 * it asks by none, or none or more than one of them fits it.
 */
export function titledPersonOf(
  u: Understanding,
  index: KnowledgeIndex,
  reader: Context['reader'],
  sources: readonly string[],
): string | null {
  if (u.entities.length > 0 || sources.length === 0) return null;
  const titles = new Set(reader.data.titles ?? []);
  const heads = pointedHeads(u.analysis.tokens).filter(
    (w) =>
      (titles.has(w) || reader.data.personHeads?.has(w) === true) &&
      !ANY_PERSON.has(w) &&
      !TITLE_QUALIFIERS.has(w),
  );
  if (heads.length === 0) return null;
  const people = [...new Set(sources.flatMap((id) => [...(index.entitiesBySource.get(id) ?? [])]))];
  for (const noun of heads) {
    const asked = { noun, gender: reader.data.personHeads?.get(noun) ?? null };
    const fitting = people.filter((id) => {
      const e = index.entities.get(id);
      return e !== undefined && fitsPerson(e, asked, { reader });
    });
    if (fitting.length === 1) return fitting[0] ?? null;
  }
  return null;
}

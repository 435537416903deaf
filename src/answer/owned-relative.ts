/**
 * A question that asks about someone by their relation to a person it names ("What did Sgt. William T.
 * Hooper's wife say?"): the question is about the relative, whom the coverage describes by that relation
 * ("Mrs. Hooper, the sergeant's wife"), not about the person named.
 */
import type { Token } from '../nlp/pipeline.ts';
import { ownerTerms, relativeOf } from './compare-people.ts';
import type { KnowledgeIndex } from './knowledge-index.ts';
import { relationWords } from './possessed-relative.ts';

/** Words of a relation after the possessive ("former wife"): more is a phrase, not a relation. */
const MAX_RELATION_WORDS = 2;

/**
 * The relative a name's possessive asks about: for the name ending before token `end`, its "'s" and the
 * relation after it ("'s wife"), the one person the owner's articles describe by that relation, and the
 * token after the relation; `null` when no possessive and relation follow, the relation's noun names no person
 * (`namesPerson`), or no single person fits.
 */
export function ownedRelativeAfter(
  index: KnowledgeIndex,
  tokens: readonly Token[],
  end: number,
  ownerId: string,
  abbreviations: ReadonlyMap<string, string>,
  namesPerson: (noun: string) => boolean,
): { id: string; end: number } | null {
  if (!/^['’]s$/.test(tokens[end]?.value ?? '')) return null;
  const words = relationWords(tokens, end + 1, MAX_RELATION_WORDS);
  // "Trump's terrorist designation": a relation names a person ("wife", "lawyer"), or it asks of no relative
  // (and the search over the owner's articles, which grows with the knowledge, is not made).
  const head = words.at(-1);
  if (!head || !(namesPerson(head.normal) || namesPerson(head.lemma))) return null;
  const id = relativeOf(
    index,
    ownerId,
    words.map((t) => t.normal),
    abbreviations,
  );
  return id ? { id, end: end + 1 + words.length } : null;
}

/**
 * {@link ownedRelativeAfter} for a name several people share, tried as each of `owners` in turn (the one the
 * question's name was read as first): "Sandoval's father" asks of the father of the Sandoval an article
 * describes a father of, not of the defence minister the coverage calls Sandoval more often. With the owner
 * whose relative it is.
 */
export function ownedRelativeOfAny(
  index: KnowledgeIndex,
  tokens: readonly Token[],
  end: number,
  owners: readonly string[],
  abbreviations: ReadonlyMap<string, string>,
  namesPerson: (noun: string) => boolean,
): { id: string; end: number; owner: string } | null {
  for (const owner of owners) {
    const relative = ownedRelativeAfter(index, tokens, end, owner, abbreviations, namesPerson);
    if (relative) return { ...relative, owner };
  }
  return null;
}

/**
 * The tokens before a name's span `start` that are the owner's title ("Sgt." before "William T. Hooper"):
 * asked of the relative, they say whose relative, not what the relative is.
 */
export function ownerTitleBefore(
  index: KnowledgeIndex,
  tokens: readonly Token[],
  start: number,
  ownerId: string,
  abbreviations: ReadonlyMap<string, string>,
): number[] {
  const terms = ownerTerms(index, ownerId, abbreviations);
  const out: number[] = [];
  for (let k = start - 1; k >= 0; k--) {
    const word = (tokens[k]?.normal ?? '').replace(/\.$/, '');
    if (tokens[k]?.value !== '.' && !terms.has(abbreviations.get(word) ?? word)) break;
    out.push(k);
  }
  return out;
}

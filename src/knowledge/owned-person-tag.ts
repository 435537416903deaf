/**
 * A quotation handed over to someone described only as someone else's ('"…," his lawyer said', '"…," said
 * her longtime spokeswoman'): the tag names a speaker the article does not name, so the words are no one's
 * the article named — neither the possessor's nor the paragraph's last speaker's.
 */
import type { Analysis, Token } from '../nlp/pipeline.ts';

/** Possessive pronouns of the third person: "his lawyer", "their spokesman". */
const POSSESSIVE_PRONOUNS: ReadonlySet<string> = new Set(['his', 'her', 'its', 'their']);
/** Adjectives and nouns at most after the possessive ("her longtime press secretary"). */
const MAX_OWNED_WORDS = 3;
/** Tokens at most between the quotation and the tag's first word (a comma, a closing mark). */
const MAX_MARKS = 2;

/**
 * True when the tokens from `from` (right after a quotation) open with a tag of a verb of saying (`isCue`) and
 * a possessive pronoun, adjectives or nouns ending in a noun for a person (`isPersonNoun`), in either order.
 */
export function ownedPersonTag(
  analysis: Analysis,
  from: number,
  to: number,
  isCue: (tok: Token) => boolean,
  isPersonNoun: (lemma: string) => boolean,
): boolean {
  const tokens = analysis.tokens;
  let k = from;
  while (k < to && k - from < MAX_MARKS && tokens[k]?.pos === 'PUNCT') k++;
  const cueFirst = tokens[k] !== undefined && isCue(tokens[k] as Token);
  const owner = cueFirst ? k + 1 : k;
  if (!POSSESSIVE_PRONOUNS.has(tokens[owner]?.normal ?? '')) return false;
  let end = owner + 1;
  while (end < to && end - owner <= MAX_OWNED_WORDS && ['ADJ', 'NOUN'].includes(tokens[end]?.pos ?? ''))
    end++;
  const head = tokens[end - 1];
  if (end === owner + 1 || head?.pos !== 'NOUN' || !isPersonNoun(head.lemma)) return false;
  return cueFirst || (tokens[end] !== undefined && end < to && isCue(tokens[end] as Token));
}

/**
 * Whether a definite description ("The telegraph operator at the Nogales depot, who …, said") may be
 * someone the article already brought in: "the X" often refers back ("The captain, who …" after Capt.
 * Ashby; "The teacher, who …" after "a teacher who brought her class"), so it is taken as a new unnamed
 * speaker only when no one before holds that role.
 */
import type { Analysis, Token } from '../nlp/pipeline.ts';
import type { ArticlePerson } from './discovered-person.ts';
import { roleForm } from './name-words.ts';
import { readingOrder } from './mention-order.ts';

/** Where each noun (in its role form) is first written: its {@link readingOrder} by paragraph and token. */
export type FirstNouns = ReadonlyMap<string, number>;

/** The first place each noun of the article's paragraphs is written, read once for the whole article. */
export function firstNouns(analyses: readonly Analysis[]): FirstNouns {
  const out = new Map<string, number>();
  analyses.forEach((a, p) =>
    a.tokens.forEach((t, k) => {
      const role = t.pos === 'NOUN' ? roleForm(t.lemma) : '';
      if (role !== '' && !out.has(role)) out.set(role, readingOrder(p, k));
    }),
  );
  return out;
}

/**
 * True when the definite description with head noun `head`, at token `start` of paragraph `paragraph`,
 * may be someone already in the article: its head is a title (anyone titled so may be meant), a role
 * word of someone the article named (`namedRoles`, see {@link namedRoleWords}), or a noun the article wrote
 * before it (`nouns`); with `ofSomethingNew` ({@link roleOfSomethingNew}), only the role of someone named.
 */
export function refersBack(
  head: string,
  paragraph: number,
  start: number,
  nouns: FirstNouns,
  namedRoles: ReadonlySet<string>,
  isTitle: (value: string) => boolean,
  ofSomethingNew = false,
): boolean {
  const role = roleForm(head);
  if (ofSomethingNew) return namedRoles.has(role);
  return (
    isTitle(head) || namedRoles.has(role) || (nouns.get(role) ?? Infinity) < readingOrder(paragraph, start)
  );
}

/** Tokens after a definite description's head searched for its "of". */
const MAX_TOKENS_TO_OF = 4;

/**
 * True when the definite description at tokens [start, end) is the role of something it brings in with
 * "a"/"an" ("The sergeant-major of an Irish company of the 3d Infantry", "the owner of a cantina"): "the"
 * says the role is the one such a thing has, not that its holder was met before, so only someone the
 * article named in that role can be meant.
 */
export function roleOfSomethingNew(analysis: Analysis, start: number, end: number): boolean {
  const tokens = analysis.tokens;
  for (let k = start + 1; k < end - 1 && k - start <= MAX_TOKENS_TO_OF; k++) {
    if (tokens[k]?.normal !== 'of') continue;
    const next = tokens[k + 1]?.normal;
    return next === 'a' || next === 'an';
  }
  return false;
}

/** The role words of the people the article named (an unnamed person, with `unnamedAt`, names no role). */
export function namedRoleWords(
  people: readonly Pick<ArticlePerson, 'roleWords' | 'unnamedAt'>[],
): Set<string> {
  const out = new Set<string>();
  for (const p of people) if (p.unnamedAt === undefined) for (const w of p.roleWords) out.add(w);
  return out;
}

/**
 * True when no word is excluded (`first` is the first one's index) and each is written in lower case or is
 * a title capitalised ("the Secretary", "the General"): a capitalised word that is no title ("the White
 * House") names something else. A loop, not a callback: a callback would capture the token index, costing
 * an allocation per token.
 */
export function roleWordsFree(
  words: readonly Token[],
  first: number,
  excluded: (t: number) => boolean,
  titles: ReadonlySet<string>,
  /**
   * Role heads the article's people hold ("doctor" of "Dr. J. Cooper McKee"): "the Doctor" capitalised is
   * the article's word for that holder though the lexicon lists no such title.
   */
  held: { has(head: string): boolean } = new Set<string>(),
): boolean {
  for (let k = 0; k < words.length; k++) {
    const w = words[k];
    if (!w || excluded(first + k)) return false;
    const lower = w.value.toLowerCase();
    if (w.value !== lower && !titles.has(lower) && !held.has(lower)) return false;
  }
  return true;
}

/**
 * True when `next`, the word after a capitalised title, is capitalised too, a name going on ("the Marine
 * Corps"), or the full stop of an abbreviated title before a name ("the Rev. Anselmo Duarte").
 */
export function capitalisedAfter(next: Token | undefined): boolean {
  return next !== undefined && (next.value === '.' || next.value !== next.value.toLowerCase());
}

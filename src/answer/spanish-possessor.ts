/**
 * A person's thing in English order, for the Spanish reader (`spanish.ts`): Spanish names the owner after the
 * noun with "de" ("la abogada del sargento Vickery", "al abuelo de Martha Pierce Lowe"), English puts a person
 * before it with "'s" (Sergeant Vickery's lawyer, to Martha Pierce Lowe's grandfather), the order the engine
 * reads a person's relation by. Spanish grammar, not the domain: who is a person is the coverage's to say.
 */
import { foldWord } from '../nlp/pipeline.ts';

/** Patterns with `\p{…}`, built once: inside a function tsx rebuilds them on every call (see src/nlp/letter-tests.ts). */
const P3 = /^\p{L}+$/u;
const P_CAPITAL = /^\p{Lu}/u;

/** The article before the owned noun, and what stays of it when the owner goes first ("al" → "a"). */
const BEFORE_NOUN: ReadonlyMap<string, string | null> = new Map([
  ['el', null],
  ['la', null],
  ['los', null],
  ['las', null],
  ['al', 'a'],
  ['del', 'de'],
]);
/** Conjunctions joining a second owner to the first. */
const AND_OR: ReadonlySet<string> = new Set(['y', 'e', 'o', 'u']);
/** Most words of a person's name read after "de", and most titles before it. */
const MAX_NAME_WORDS = 4;
const MAX_TITLES = 2;

export interface PossessorReading {
  /** A lower-case noun with an English reading, no function word. */
  isNoun: (token: string) => boolean;
  /** A folded title or role of a person ("sargento", "general"). */
  isTitle: (folded: string) => boolean;
  /** Folded words that name a person of the coverage (see `person-name-tails.ts`). */
  isPersonName: (folded: readonly string[]) => boolean;
  /** How many words from `i` a lexicon phrase takes (0: none). */
  phraseLength: (tokens: readonly string[], i: number) => number;
}

/**
 * The tokens with each "article noun de [title] Person" as "[title] Person's noun". After "del" or "de la" only
 * with a title ("del sargento Vickery"); the person is the longest run of words after "de" (and its titles) that
 * the coverage names a person by, and not where a lexicon phrase starts at the noun nor where a second owner
 * follows ("de Treviño y Ord"). Linear in the tokens.
 */
export function possessorsFirst(tokens: readonly string[], reading: PossessorReading): string[] {
  const out: string[] = [];
  for (let j = 0; j < tokens.length; j++) {
    const owned = possessed(tokens, j, reading);
    if (owned === undefined) {
      out.push(tokens[j] ?? '');
      continue;
    }
    if (owned.kept !== null) out.push(owned.kept);
    out.push(...owned.owner, tokens[j + 1] ?? '');
    j = owned.end - 1;
  }
  return out;
}

/**
 * At `j` an article before a noun a person owns: what stays of the article, the owner's words (the last with
 * "'s") and the index after them; `undefined` elsewhere.
 */
function possessed(
  tokens: readonly string[],
  j: number,
  reading: PossessorReading,
): { kept: string | null; owner: string[]; end: number } | undefined {
  const kept = BEFORE_NOUN.get(foldWord(tokens[j] ?? ''));
  const noun = tokens[j + 1] ?? '';
  const of = foldWord(tokens[j + 2] ?? '');
  if (kept === undefined || (of !== 'de' && of !== 'del') || !reading.isNoun(noun)) return undefined;
  if (reading.phraseLength(tokens, j + 1) > 0) return undefined;
  let k = j + 3;
  let articled = of === 'del';
  if (of === 'de' && /^(?:el|la)$/.test(foldWord(tokens[k] ?? ''))) {
    articled = true;
    k++;
  }
  const titlesAt = k;
  while (k - titlesAt < MAX_TITLES && reading.isTitle(foldWord(tokens[k] ?? ''))) k++;
  const titles = tokens.slice(titlesAt, k);
  if (articled && titles.length === 0) return undefined;
  for (let n = Math.min(MAX_NAME_WORDS, tokens.length - k); n >= 1; n--) {
    const name = tokens.slice(k, k + n);
    if (!name.every((t) => P3.test(t)) || !reading.isPersonName(name.map(foldWord))) continue;
    // "La exposición de Treviño y Ord": two owners, left as written.
    if (AND_OR.has(foldWord(tokens[k + n] ?? ''))) return undefined;
    // "La gente de Piedras Negras": a name the person's only begins ("Piedras") is another's, a place's.
    if (P_CAPITAL.test(tokens[k + n] ?? '')) return undefined;
    const owner = [...titles, ...name];
    owner[owner.length - 1] = `${owner.at(-1) ?? ''}'s`;
    return { kept, owner, end: k + n };
  }
  return undefined;
}

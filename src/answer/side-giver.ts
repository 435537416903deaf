/**
 * Who gives a side's figure in a comparison of figures (compare-attributed.ts): the person or body its words
 * name, the possessor its figure is said to be of, or the noun of people it names them by as givers.
 */
import type { Analysis } from '../nlp/pipeline.ts';
import { isPossessiveEnding } from '../nlp/possessive.ts';
import type { KnowledgeIndex } from './knowledge-index.ts';
import type { Understanding } from './understanding.ts';

/**
 * Where `text` names entity `id` first (by its name, an alias or a title it holds), or -1.
 */
function namedAt(index: KnowledgeIndex, id: string, text: string): number {
  const e = index.entities.get(id);
  if (!e) return -1;
  const lower = text.toLowerCase();
  const at = [e.name, ...e.aliases, ...e.roles.flatMap((r) => r.phrases)]
    .map((a) => lower.indexOf(a.toLowerCase()))
    .filter((i) => i >= 0);
  return at.length > 0 ? Math.min(...at) : -1;
}

/** What tells a giver in the reader's words: nouns of people, verbs of saying or giving a figure. */
export interface GiverWords {
  /** True for the lemma of a noun of people ("engineer", "agent", "officer"). */
  isPeople: (lemma: string) => boolean;
  /** True for a word, as written, that says or gives something ("said", "puts", "estimated"). */
  gives: (word: string) => boolean;
  /** True for the lemma of a noun of a person, a body or a group of people ("man", "party", "band"). */
  ofPeople: (lemma: string) => boolean;
}

/** Who gives a side's figure: an entity of the coverage, or the words that name someone it has no entry for. */
export interface Giver {
  id: string | null;
  /** Lower-cased words naming the giver ("santa anna", "consul"). */
  words: string;
}

/** Parts of speech a possessor's phrase holds ("the Mexican consul's", "Santa Anna's"). */
const POSSESSOR_POS: ReadonlySet<string> = new Set(['PROPN', 'NOUN', 'ADJ']);

/**
 * Who gives a side's figure: the person or body its words name first ("Yancey" of "Yancey's estimate of
 * Woll's army", "Caldwell" of "the number Caldwell gave"); else the possessor its figure is said to be of,
 * by its proper name or, with none, its head noun ("Santa Anna" of "Santa Anna's own casualty numbers",
 * "consul" of "the Mexican consul's count"); else the noun of people it names, by role rather than name
 * ("engineers" of "the crater measurements of the municipal engineers", "officers" of "the figures the
 * American officers gave"). `null` when the side names no one.
 */
export function giverOf(
  index: KnowledgeIndex,
  side: string,
  asked: Understanding,
  reading: GiverWords,
): Giver | null {
  const { isPeople, gives } = reading;
  const givers = asked.entities
    .filter((id) => {
      const type = index.entities.get(id)?.type;
      return type === 'person' || (type === 'organisation' && index.speakerQuotes.has(id));
    })
    .map((id) => ({ id, at: namedAt(index, id, side) }))
    .filter((g) => g.at >= 0)
    .sort((a, b) => a.at - b.at);
  const { tokens } = asked.analysis;
  const named = givers[0];
  if (named && !modifiesPeople(tokens, named.at, isPeople))
    return { id: named.id, words: (index.entities.get(named.id)?.name ?? '').toLowerCase() };
  if (named) {
    const role = roleNouns(tokens, isPeople, gives);
    if (role.length === 1 && role[0]) return { id: null, words: role[0] };
  }
  const owner = tokens.findIndex((t) => isPossessiveEnding(t.normal));
  let from = owner;
  while (from > 0 && POSSESSOR_POS.has(tokens[from - 1]?.pos ?? '')) from--;
  const phrase = tokens.slice(from, Math.max(owner, 0));
  // "Santa Anna's": the name; "the Mexican consul's": the noun it is of, not the word describing it.
  let name = phrase.length;
  while (name > 0 && phrase[name - 1]?.pos === 'PROPN') name--;
  const words = (name < phrase.length ? phrase.slice(name) : phrase.slice(-1)).map((t) => t.normal).join(' ');
  if (owner > 0 && words) return { id: null, words };
  const role = roleNouns(tokens, isPeople, gives);
  return role.length === 1 && role[0] ? { id: null, words: role[0] } : null;
}

/** Parts of speech that keep a noun phrase going after a name that modifies its head ("Juárez municipal engineers"). */
const MODIFIER_POS: ReadonlySet<string> = new Set(['PROPN', 'NOUN', 'ADJ']);

/**
 * True when the name at character `at` only says where or what a noun of people is from, the noun its phrase
 * ends in ("the Juárez municipal engineers", "the Border Patrol agents"): the people give the figure, not the
 * place or body named. A possessive name gives its own ("Zedillo's count").
 */
function modifiesPeople(
  tokens: Analysis['tokens'],
  at: number,
  isPeople: (lemma: string) => boolean,
): boolean {
  let i = tokens.findIndex((t) => t.start >= at);
  if (i < 0) return false;
  while (i < tokens.length && tokens[i]?.pos === 'PROPN') i++;
  for (; i < tokens.length; i++) {
    const t = tokens[i];
    if (!t || !MODIFIER_POS.has(t.pos)) return false;
    if (t.pos === 'NOUN' && isPeople(t.lemma)) {
      const next = tokens[i + 1];
      return !next || next.pos !== 'NOUN';
    }
  }
  return false;
}

/**
 * The nouns of people a side names as who gives its figure, by what they are rather than by name: the subject
 * of a verb of giving ("the figures the American officers gave"), or what follows "of" after a figure whose
 * own object is named before it ("the crater measurements of the municipal engineers"). A noun of people
 * that is only counted ("the number of soldiers", "the troops sent") gives nothing. As written; a side naming
 * two ("the officers and the enlisted men") names no one giver.
 */
function roleNouns(
  tokens: Analysis['tokens'],
  isPeople: (lemma: string) => boolean,
  gives: (word: string) => boolean,
): string[] {
  const givers = tokens.filter((t, i) => {
    if (t.pos !== 'NOUN' || !isPeople(t.lemma)) return false;
    if (gives(tokens[i + 1]?.normal ?? '')) return true;
    let j = i - 1;
    while (j >= 0 && OF_PHRASE_POS.has(tokens[j]?.pos ?? '')) j--;
    return tokens[j]?.normal === 'of' && tokens[j - 1]?.pos === 'NOUN' && tokens[j - 2]?.pos === 'NOUN';
  });
  return [...new Set(givers.map((t) => t.normal))];
}

/** Parts of speech between "of" and the noun it leads to ("of the Juárez municipal engineers"). */
const OF_PHRASE_POS: ReadonlySet<string> = new Set(['DET', 'ADJ', 'PROPN', 'NOUN']);

/**
 * A person's name asked for itself: "What was Captain Heywood's first name?", "whats castro's full name",
 * "what was the given name of Lieutenant Duncan?", "and his first name?". The answer is the fullest name the
 * coverage gives the person, without their title, with a sentence that writes it. When the coverage gives a
 * person of the coverage no first name (only a title and a surname, or initials), or the question names someone
 * by a title and a surname the coverage knows as no one, the reply says it does not give the name: a sentence
 * that merely mentions "Captain Foster" does not answer what his first name was. A name question about anything
 * else (an agency's full name, "his wife's first name") is left to the other handlers (`null`).
 */
import type { Entity } from '../knowledge/schema.ts';
import { sentenceEvidence, type Context, type Draft } from './handlers.ts';
import { leadOnly } from './replies.ts';
import type { Understanding } from './understanding.ts';

/** The part of a name asked for. */
type NamePart = 'first' | 'full';

/** What a name question asks: whose name (as the question writes them, or a pronoun) and which part. */
export interface AskedName {
  /** The person as the question names them ("Captain Heywood"), or the pronoun ("his"). */
  whose: string;
  part: NamePart;
}

const PART = '(?<part>first|given|christian|full|whole|complete)';
const ASKING = "(?:(?:and|so|ok)\\s+)?(?:what|wat|wut)(?:'s|s|\\s+is|\\s+was|\\s+were)\\s+";
/** "What was X's first name?", "whats rulands full name": the possessor before the name asked. */
const POSSESSED = new RegExp(`^${ASKING}(?<whose>.+?)(?:'s|’s|'|’)?\\s+${PART}\\s+name\\s*[?.!]*$`, 'i');
/** "His first name?", "and her full name?": the name of the one the conversation is about. */
const PRONOUN_ALONE = new RegExp(
  `^(?:(?:and|so|ok)\\s+)?(?<whose>his|her)\\s+${PART}\\s+name\\s*[?.!]*$`,
  'i',
);
/** "What was the first name of X?" */
const OF_WHOM = new RegExp(
  `^${ASKING}(?:the\\s+|his\\s+|her\\s+)?${PART}\\s+name\\s+of\\s+(?<whose>.+?)\\s*[?.!]*$`,
  'i',
);
/** Possessors that point back to the conversation. */
const PRONOUNS: ReadonlySet<string> = new Set(['his', 'her']);
/** Words of a person's name as a question writes it: letters, an inner apostrophe or hyphen, a full stop. */
const NAME_WORD = /^[\p{L}][\p{L}'’-]*\.?$/u;
/** Words no name is made of: a question's own ("is", "did"), or a determiner ("the general's"). */
const NOT_NAME_WORDS =
  /^(?:the|a|an|this|that|one|some|each|is|was|are|were|did|does|do|who|what|why|how|me|you|it)$/i;
/** Most words a person's name, with its titles, is written in here. */
const MAX_NAME_WORDS = 5;

/** The name question `u` asks, or `null` when it asks something else. */
export function askedName(u: Understanding): AskedName | null {
  const text = u.text.trim();
  const groups = (OF_WHOM.exec(text) ?? POSSESSED.exec(text) ?? PRONOUN_ALONE.exec(text))?.groups;
  const whose = groups?.whose?.trim() ?? '';
  if (whose === '') return null;
  const words = whose.split(/\s+/);
  if (words.length > MAX_NAME_WORDS) return null;
  if (words.some((w) => !NAME_WORD.test(w) || NOT_NAME_WORDS.test(w))) return null;
  // "Dalrymple's wife's full name": a relative's name, which the who-question answers.
  if (words.some((w) => /(?:'s|’s)$/u.test(w))) return null;
  return { whose, part: /full|whole|complete/i.test(groups?.part ?? '') ? 'full' : 'first' };
}

/**
 * The reply to a name question: the person's fullest name with a sentence that writes it, or a reply that the
 * coverage does not give it; `null` when the question is not about a person it can tell (an agency's full
 * name, a description). `focus` is whom the conversation points to, for "his first name". A bare surname that
 * several people of the coverage share ("Ruland's full name") is answered with each of them.
 */
export function answerAskedName(
  asked: AskedName,
  u: Understanding,
  ctx: Context,
  focus: readonly string[],
): Draft | null {
  const titles = titleWords(ctx);
  const people = askedPeople(asked, u, ctx, focus);
  if (people.length === 0) return unknownPerson(asked, u, ctx, titles);
  const named = people
    .map((person) => ({ person, name: fullestName(person, titles) }))
    .filter(({ name }) => asked.part === 'full' || hasGivenName(name, titles));
  if (named.length === 0) {
    const whose = people[0]?.name ?? '';
    return {
      ...leadOnly(
        'who',
        `The coverage doesn't give ${asked.part === 'first' ? 'a first name' : 'a fuller name'} for ${whose}.`,
      ),
      focus: people.map((p) => p.id),
    };
  }
  const sentences = named.flatMap(({ person, name }) => sentenceWriting(person, name, ctx) ?? []);
  return {
    answeredAs: 'who',
    confidence: 1,
    direct: named.map(({ name }) => name).join(' or '),
    lead: null,
    evidence: [...new Set(sentences)].map(sentenceEvidence),
    lines: [],
    focus: named.map(({ person }) => person.id),
  };
}

/**
 * For a name the coverage knows as no person: "The coverage doesn't give a first name for Captain Foster" when
 * the question writes two capitalised words or more (a full name asked, a title first) and the coverage has no
 * entity of that name (an agency's "DHS" is one, answered elsewhere); `null` otherwise.
 */
function unknownPerson(
  asked: AskedName,
  u: Understanding,
  ctx: Context,
  titles: ReadonlySet<string>,
): Draft | null {
  if (PRONOUNS.has(asked.whose.toLowerCase()) || u.entities.length > 0) return null;
  const words = asked.whose.split(/\s+/);
  // Only a person has a first name ("Passed Midshipman Duncan"); a full name may be a body's, which needs a title.
  const titled = words.length >= 2 && (asked.part === 'first' || titles.has(bare(words[0] ?? '')));
  if (!titled || !words.every((w) => /^\p{Lu}/u.test(w))) return null;
  if (words.some((w) => ctx.index.entities.has(w.toLowerCase()))) return null;
  return leadOnly(
    'who',
    `The coverage doesn't give ${asked.part === 'first' ? 'a first name' : 'a fuller name'} for ${asked.whose}.`,
  );
}

/** People a bare surname may name, at most: more are listed by none. */
const MAX_NAMESAKES = 3;

/**
 * The people asked of: the conversation's for a pronoun; else the question's people that bear the name's last
 * word (or the name's people alone when one person is named); for a bare surname several people bear, each.
 */
function askedPeople(asked: AskedName, u: Understanding, ctx: Context, focus: readonly string[]): Entity[] {
  const people = (ids: Iterable<string>) =>
    [...ids].map((id) => ctx.index.entities.get(id)).filter((e): e is Entity => e?.type === 'person');
  if (PRONOUNS.has(asked.whose.toLowerCase())) return people(focus).slice(0, 1);
  const last = bare(asked.whose.split(/\s+/).at(-1) ?? '');
  // "trumps full name": the possessive's apostrophe left out.
  const forms = [last, last.replace(/s$/, '')];
  const bears = (e: Entity) =>
    [e.name, ...e.aliases].some((n) => n.split(/\s+/).some((w) => forms.includes(bare(w))));
  const inQuestion = people(u.entities);
  const asked1 = inQuestion.filter(bears);
  if (asked.whose.trim().split(/\s+/).length > 1)
    return (asked1.length > 0 ? asked1 : inQuestion).slice(0, 1);
  const namesakes = people(ctx.index.entities.keys()).filter(bears);
  if (namesakes.length > 1 && namesakes.length <= MAX_NAMESAKES) return namesakes;
  return (asked1.length > 0 ? asked1 : inQuestion).slice(0, 1);
}

/** A word lower-cased without the full stop of an abbreviation or a possessive's ending. */
function bare(word: string): string {
  return word
    .toLowerCase()
    .replace(/(?:'s|’s|'|’)$/u, '')
    .replace(/\.$/, '');
}

/**
 * The person's name without the words up to its last title ("Mexican President Claudia Sheinbaum" is "Claudia
 * Sheinbaum"), the fullest of their name and aliases that ends in the same surname; the entity's name on a tie.
 */
function fullestName(person: Entity, titles: ReadonlySet<string>): string {
  const surname = bare(person.name.split(/\s+/).at(-1) ?? '');
  const own = withoutTitles(person.name, titles);
  return [person.name, ...person.aliases]
    .filter((n) => bare(n.split(/\s+/).at(-1) ?? '') === surname)
    .map((n) => withoutTitles(n, titles))
    .reduce((a, b) => (b.split(/\s+/).length > a.split(/\s+/).length ? b : a), own);
}

/** `name` from the word after its last title word ("Border Patrol Agent Ruiz" is "Ruiz"). */
function withoutTitles(name: string, titles: ReadonlySet<string>): string {
  const words = name.split(/\s+/);
  let last = -1;
  words.forEach((w, i) => {
    if (i < words.length - 1 && titles.has(bare(w))) last = i;
  });
  return words.slice(last + 1).join(' ');
}

/**
 * The titles and honorifics people hold, lower case: the lexicon's titles, its abbreviations and what they
 * stand for ("capt", "captain", "pvt", "private"), and its honorifics ("mr", "doña").
 */
function titleWords(ctx: Context): ReadonlySet<string> {
  const data = ctx.reader.data;
  return new Set([
    ...(data.titles ?? []).flatMap((t) => t.toLowerCase().split(/\s+/)),
    ...[...(data.titleAbbreviations ?? new Map<string, string>())].flat(),
    ...(data.honorifics ?? []),
  ]);
}

/**
 * True when `name` has a first name before its surname: a word of two letters or more that is no title and
 * no initial, after its last title ("Charles Heywood", not "Captain Foster", "Mr Foster" or "H. C. Weatherly").
 */
export function hasGivenName(name: string, titles: ReadonlySet<string>): boolean {
  const words = withoutTitles(name, titles)
    .split(/\s+/)
    .filter((w) => !titles.has(bare(w)));
  if (words.length < 2) return false;
  const first = words[0] ?? '';
  return !first.endsWith('.') && first.replace(/[^\p{L}]/gu, '').length >= 2;
}

/** The first sentence about the person that writes `name` (in any case), else the first that mentions them. */
function sentenceWriting(person: Entity, name: string, ctx: Context) {
  const wanted = name.toLowerCase();
  let first = null;
  for (const id of person.sentenceIds) {
    const s = ctx.index.sentence(id);
    if (!s) continue;
    if (s.text.toLowerCase().includes(wanted)) return s;
    first ??= s;
  }
  return first;
}

/**
 * A person's name asked for itself: "What was Captain Heywood's first name?", "whats castro's full name",
 * "what was the given name of Lieutenant Duncan?", "and his first name?". The answer is the fullest name the
 * coverage gives the person, with a sentence that writes it. When the coverage gives them no first name (only a
 * title and a surname, or initials), or does not know them as a person at all, the reply says so: a sentence
 * that merely mentions "Captain Foster" does not answer what his first name was.
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

const PART = '(first|given|christian|full|whole|complete)';
/** "What was X's first name?", "X's full name?": the possessor before the name asked. */
const POSSESSED = new RegExp(
  `^(?:(?:and|so|ok)\\s+)?(?:(?:what|wat|wut)(?:'s|s|\\s+is|\\s+was|\\s+were)\\s+)?(.+?)(?:'s|’s|'|’)?\\s+${PART}\\s+name\\s*[?.!]*$`,
  'i',
);
/** "What was the first name of X?" */
const OF_WHOM = new RegExp(
  `^(?:(?:and|so|ok)\\s+)?(?:what|wat|wut)(?:'s|s|\\s+is|\\s+was|\\s+were)\\s+(?:the\\s+|his\\s+|her\\s+)?${PART}\\s+name\\s+of\\s+(.+?)\\s*[?.!]*$`,
  'i',
);
/** Possessors that point back to the conversation. */
const PRONOUNS: ReadonlySet<string> = new Set(['his', 'her', 'their']);
/** Words that make the possessor a description ("the general's"), which the who-question answers. */
const DESCRIPTION_OPENERS = /^(?:the|a|an|this|that|one|some|each)\s/i;
/** Words that make "what was …" ask something else ("what was the name of the ship"). */
const NOT_A_PERSON =
  /\b(?:ship|boat|steamer|schooner|vessel|fort|town|city|ranch|rancho|street|place|operation|law|act|plan)\b/i;

/** The name question `u` asks, or `null` when it asks something else. */
export function askedName(u: Understanding): AskedName | null {
  const text = u.text.trim();
  const of = OF_WHOM.exec(text);
  const m = of ? { whose: of[2] ?? '', part: of[1] ?? '' } : possessed(text);
  if (!m) return null;
  const whose = m.whose.trim();
  if (whose === '' || DESCRIPTION_OPENERS.test(`${whose} `) || NOT_A_PERSON.test(whose)) return null;
  if (whose.split(/\s+/).length > 5) return null;
  return { whose, part: /full|whole|complete/i.test(m.part) ? 'full' : 'first' };
}

function possessed(text: string): { whose: string; part: string } | null {
  const m = POSSESSED.exec(text);
  // "What was the full name" alone asks of no one.
  if (!m || /^(?:the|a)$/i.test(m[1] ?? '')) return null;
  return { whose: m[1] ?? '', part: m[2] ?? '' };
}

/**
 * The reply to a name question: the person's fullest name with a sentence that writes it, or a reply that the
 * coverage does not give it. `focus` is whom the conversation points to, for "his first name". A bare surname
 * that several people of the coverage share ("Ruland's full name") is answered with each of them.
 */
export function answerAskedName(
  asked: AskedName,
  u: Understanding,
  ctx: Context,
  focus: readonly string[],
): Draft {
  const people = askedPeople(asked, u, ctx, focus);
  const titles = titleWords(ctx);
  const named = people
    .map((person) => ({ person, name: fullestName(person) }))
    .filter(({ name }) => asked.part === 'full' || hasGivenName(name, titles));
  if (named.length === 0) {
    const whose = people[0]?.name ?? (PRONOUNS.has(asked.whose.toLowerCase()) ? null : asked.whose);
    return {
      ...leadOnly(
        'who',
        whose
          ? `The coverage doesn't give ${asked.part === 'first' ? 'a first name' : 'a fuller name'} for ${whose}.`
          : "The coverage doesn't give that name.",
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

/** People a bare surname may name, at most: more are listed by none. */
const MAX_NAMESAKES = 3;

/**
 * The people asked of: the conversation's for a pronoun; for a bare surname, every person of the coverage who
 * bears it; else the question's person whose name ends alike.
 */
function askedPeople(asked: AskedName, u: Understanding, ctx: Context, focus: readonly string[]): Entity[] {
  const people = (ids: Iterable<string>) =>
    [...ids].map((id) => ctx.index.entities.get(id)).filter((e): e is Entity => e?.type === 'person');
  if (PRONOUNS.has(asked.whose.toLowerCase())) return people(focus).slice(0, 1);
  const last = lastWord(asked.whose);
  const bears = (e: Entity) => [e.name, ...e.aliases].some((n) => lastWord(n) === last);
  const asked1 = people(u.entities).filter(bears);
  if (asked.whose.trim().split(/\s+/).length > 1) return asked1.slice(0, 1);
  const namesakes = people(ctx.index.entities.keys()).filter(bears);
  return namesakes.length > 1 && namesakes.length <= MAX_NAMESAKES ? namesakes : asked1.slice(0, 1);
}

function lastWord(name: string): string {
  return (name.trim().split(/\s+/).at(-1) ?? '').toLowerCase().replace(/[.,'’]+$/g, '');
}

/** The longest of the person's name and aliases that ends in the same surname as the name. */
function fullestName(person: Entity): string {
  const surname = lastWord(person.name);
  return [person.name, ...person.aliases]
    .filter((n) => lastWord(n) === surname)
    .reduce((a, b) => (b.split(/\s+/).length > a.split(/\s+/).length ? b : a), person.name);
}

/** The titles people hold, lower case, with the abbreviations the lexicon expands ("capt", "lieut"). */
function titleWords(ctx: Context): ReadonlySet<string> {
  const data = ctx.reader.data;
  return new Set([
    ...(data.titles ?? []).flatMap((t) => t.toLowerCase().split(/\s+/)),
    ...(data.titleAbbreviations?.keys() ?? []),
  ]);
}

/**
 * True when `name` has a first name before its surname: a word of two letters or more that is no title and
 * no initial ("Charles Heywood", not "Captain Foster" or "H. C. Weatherly").
 */
export function hasGivenName(name: string, titles: ReadonlySet<string>): boolean {
  const words = name.split(/\s+/).filter((w) => !titles.has(w.toLowerCase().replace(/\.$/, '')));
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

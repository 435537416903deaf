/**
 * Who a who-question asks for: the kind of person its noun names ("the Mexican general who said…", "which
 * official…", "the lady at the ceremony"), whether someone fits it, and the one its asked noun phrase names
 * ("who's the defense secretary that…").
 */
import type { Token } from '../nlp/pipeline.ts';
import type { Context } from './handlers.ts';
import type { Understanding } from './understand.ts';
import { titleIsKindOf } from './titled-kind.ts';
import { ownerOf } from './possessed-person.ts';

/** Patterns with `\p{…}`, built once: inside a function tsx rebuilds them on every call (see src/nlp/letter-tests.ts). */
const P1 = /[^\p{L}]+/u;

/**
 * The kind of person a who-question asks for by a noun before its relative clause, after "which" or after
 * another's possessive: "the Mexican general who said…", "which official ordered…", "the woman that…", "the
 * trooper's wife". `null` when it asks for anyone.
 */
export function askedPerson(
  u: Understanding,
  ctx: Context,
): { noun: string; gender: 'male' | 'female' | null } | null {
  const heads = ctx.reader.data.personHeads;
  const titles = new Set(ctx.reader.data.titles ?? []);
  const tokens = u.analysis.tokens;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const relative = /^(who|that)$/.test(tokens[i + 1]?.normal ?? '');
    // The tagger may read "general" as an adjective; before "who" it is the noun.
    if (!t || (t.pos !== 'NOUN' && t.pos !== 'PROPN' && !(relative && t.pos === 'ADJ'))) continue;
    const which = tokens.slice(Math.max(0, i - 3), i).some((x) => x.normal === 'which');
    // "Who was the trooper's wife?": a noun of a gender another owns names the one asked for by their relation
    // (not "the sergeant's lawyer", which says no more than what the one asked for does).
    const owned = t.pos === 'NOUN' && ownerOf(tokens, i) !== null && (heads?.get(t.normal) ?? null) !== null;
    if (!relative && !which && !owned) continue;
    if (heads?.has(t.normal)) return { noun: t.normal, gender: heads.get(t.normal) ?? null };
    if (titles.has(t.lemma)) return { noun: t.lemma, gender: null };
  }
  return null;
}

/** Parts of speech of the noun phrase after "who is" ("the Texas Military Department spokeswoman"). */
const NOUN_PHRASE: ReadonlySet<string> = new Set(['DET', 'ADJ', 'NOUN', 'PROPN']);

/**
 * The noun phrase right after "who is" ("the defense secretary" in "who's the defense secretary in that
 * Heraldo story"), and whether a relative clause follows it ("…that was going to sign"). `null` when the
 * question does not open so.
 */
function nounPhraseAsked(u: Understanding): { tokens: Token[]; relative: boolean } | null {
  const tokens = u.analysis.tokens;
  if (tokens[0]?.normal !== 'who' || tokens[1]?.lemma !== 'be') return null;
  const phrase: Token[] = [];
  for (let i = 2; i < tokens.length; i++) {
    const t = tokens[i];
    if (!t) break;
    if (t.normal === 'that' || t.normal === 'who') return { tokens: phrase, relative: true };
    if (!NOUN_PHRASE.has(t.pos)) break;
    phrase.push(t);
  }
  return { tokens: phrase, relative: false };
}

/**
 * The noun a "who is the …" question asks for a person by ("lady" in "who was the lady at the ceremony",
 * "spokeswoman"): a noun for a person or a title. `null` when it asks for none.
 */
export function askedHead(u: Understanding, ctx: Context): string | null {
  const titles = new Set(ctx.reader.data.titles ?? []);
  const head = nounPhraseAsked(u)?.tokens.find(
    (t) => t.pos === 'NOUN' && (ctx.reader.data.personHeads?.has(t.normal) || titles.has(t.lemma)),
  );
  return head?.lemma ?? null;
}

/** Parts of speech inside the noun phrase a who-question describes someone by, beyond {@link NOUN_PHRASE}. */
const DESCRIBING_POS: ReadonlySet<string> = new Set([...NOUN_PHRASE, 'ADV', 'NUM']);

/**
 * The noun a "who was the …" question asks for someone by, in its own words and whatever it is ("pilot" of
 * "who was the hired American pilot tossing…", "sibling" of "the shopkeeper's sibling running…"): the last
 * noun of the phrase after "who is", read past a possessive and a participle before a noun. `null` when the
 * question does not open so or the phrase has no noun.
 */
export function describingHead(u: Understanding): string | null {
  const tokens = u.analysis.tokens;
  if (tokens[0]?.normal !== 'who' || tokens[1]?.lemma !== 'be') return null;
  let head: string | null = null;
  for (let i = 2; i < tokens.length; i++) {
    const t = tokens[i];
    const next = tokens[i + 1];
    if (!t) break;
    const inside =
      DESCRIBING_POS.has(t.pos) ||
      (t.pos === 'PART' && /^['’]s$/.test(t.normal) && head !== null) ||
      (t.pos === 'VERB' &&
        (next?.pos === 'ADJ' || next?.pos === 'NOUN' || next?.pos === 'PROPN') &&
        head === null);
    if (!inside) break;
    if (t.pos === 'NOUN') head = t.lemma;
  }
  return head;
}

/**
 * The words of the noun phrase right after "who is": "defense secretary" in "who's the defense secretary in
 * that Heraldo story"; `beforeRelative`, only when a relative clause follows it ("who's the defense
 * secretary that was going to sign…"). Empty when the question has no such phrase.
 */
export function askedNounPhrase(u: Understanding, beforeRelative = false): Set<string> {
  const phrase = nounPhraseAsked(u);
  if (!phrase || (beforeRelative && !phrase.relative)) return new Set();
  return new Set(phrase.tokens.filter((t) => t.pos !== 'DET').map((t) => t.normal));
}

/**
 * True when one of the entity's names or titles is all in `words` (the asked noun phrase), or, `within`,
 * when one of them or their description holds all of `words` ("Mexico's defense secretary", "the secretary
 * of national defense" hold "defense secretary").
 */
export function namedBy(
  e:
    | {
        aliases: readonly string[];
        description: string | null;
        roles: ReadonlyArray<{ title: string; phrases: readonly string[] }>;
      }
    | undefined,
  words: ReadonlySet<string>,
  within = false,
): boolean {
  if (!e || words.size === 0) return false;
  // What the article calls them ("the secretary of national defense") names them as well as a title.
  const described = within && e.description ? [e.description] : [];
  return [...e.aliases, ...described, ...e.roles.flatMap((r) => [r.title, ...r.phrases])].some((name) => {
    const own = name
      .toLowerCase()
      .split(P1)
      .filter((w) => w.length > 0);
    if (within) return [...words].every((w) => own.includes(w));
    return own.length > 0 && own.every((w) => words.has(w));
  });
}

/** Nouns that fit any person: they ask for a person, not an office. */
export const ANY_PERSON: ReadonlySet<string> = new Set([
  'person',
  'people',
  'official',
  'officials',
  'guy',
  'man',
  'woman',
  'lady',
  'dude',
  'boy',
  'girl',
]);

/**
 * True when entity `e` is the kind of person asked for: of the noun's gender, and, for an office ("general",
 * "spokeswoman"), holding it by the coverage's names, titles or description ("Gen." is a general), or a
 * title that is a kind of it (a lieutenant is an officer).
 */
export function fitsPerson(
  e: {
    type: string;
    gender: 'male' | 'female' | null;
    aliases: readonly string[];
    description: string | null;
    roles: ReadonlyArray<{ title: string; phrases: readonly string[] }>;
  },
  asked: { noun: string; gender: 'male' | 'female' | null },
  ctx: Pick<Context, 'reader'>,
): boolean {
  if (e.type !== 'person') return false;
  if (asked.gender !== null && e.gender !== null && e.gender !== asked.gender) return false;
  if (ANY_PERSON.has(asked.noun)) return true;
  const abbreviations = ctx.reader.data.titleAbbreviations ?? new Map<string, string>();
  const words = [...e.aliases, e.description ?? '', ...e.roles.flatMap((r) => [r.title, ...r.phrases])]
    .join(' ')
    .toLowerCase()
    .split(P1)
    .map((w) => abbreviations.get(w) ?? w);
  const noun = asked.noun.replace(/(?:wo)?m[ae]n$|person$/, '');
  if (words.some((w) => w === asked.noun || (noun.length >= 4 && w.startsWith(noun)))) return true;
  // "Which officer…": a title of a kind of the noun ("Lieut." is a lieutenant, a kind of officer).
  const wordnet = ctx.reader.data.wordnet;
  return e.roles.some((r) =>
    [r.title, ...r.phrases].some((phrase) => {
      const head = phrase.toLowerCase().split(P1).filter(Boolean).at(-1) ?? '';
      return titleIsKindOf(wordnet, abbreviations.get(head) ?? head, asked.noun);
    }),
  );
}

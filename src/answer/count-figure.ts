/**
 * What a figure's sentence says of the figure, for count questions (count.ts): whether it is of the asked
 * event and kind, whose it is, what a quantity measures, the years it is dated to, and a "one" a negation
 * makes none.
 */
import { MONEY_LEMMA, TIME_UNIT, refersToThings } from '../knowledge/counted.ts';
import type { NumberFact, Sentence } from '../knowledge/schema.ts';
import type { Context } from './handlers.ts';
import { escapeRegExp } from './text.ts';
import type { Understanding } from './understand.ts';

/** Patterns with `\p{…}`, built once: inside a function tsx rebuilds them on every call (see src/nlp/letter-tests.ts). */
const P1 = /[^\p{L}\p{N}.]+/u;
const P2 = /^\p{Lu}/u;

/**
 * True when a figure's sentence is about the asked event: it says the question's verb or a word of the same
 * group ("deployed" for "send", "assisting" for "helping"), or names its agent. "How many soldiers did
 * Trump offer to send?" is not answered by what Mexico deployed.
 */
export function carriesEvent(
  sentence: Sentence,
  event: { verb: string; agents: readonly string[] } | null,
  ctx: Context,
): boolean {
  if (!event) return true;
  const forms = [event.verb, ...ctx.reader.synonymsOf(event.verb)];
  if (forms.some((f) => sentence.lemmas.includes(f))) return true;
  return sentence.mentions.some((m) => event.agents.includes(m.entityId));
}

/** Per knowledge index, whether the coverage says a modifier right before a counted noun ("special forces"). */
const kindsSaid = new WeakMap<object, Map<string, boolean>>();
/**
 * Modifier and noun pairs remembered per index: each is a question's words, so the memory is emptied when full
 * rather than grow with every new question.
 */
const MAX_REMEMBERED_KINDS = 10_000;

/**
 * True when the coverage anywhere says `modifier` right before one of `heads` ("special forces",
 * "active-duty troops"): a kind of the counted thing it tells apart, which a figure must then be of.
 */
function coverageTellsApart(modifier: string, heads: readonly string[], ctx: Context): boolean {
  let seen = kindsSaid.get(ctx.index);
  if (!seen) kindsSaid.set(ctx.index, (seen = new Map()));
  const key = `${modifier} ${heads.join('|')}`;
  let found = seen.get(key);
  if (found === undefined) {
    const phrase = new RegExp(
      `(?:^|[^\\p{L}])${escapeRegExp(modifier)}[\\s-]+(?:${heads.map(escapeRegExp).join('|')})`,
      'iu',
    );
    found = ctx.index.sentences.some((x) => phrase.test(x.text));
    if (seen.size >= MAX_REMEMBERED_KINDS) seen.clear();
    seen.set(key, found);
  }
  return found;
}

/** A sentence's words, lower-case and without dots, kept once read: figures' sentences are met question after question. */
const lowerWords = new WeakMap<Sentence, readonly string[]>();

function lowerWordsOf(sentence: Sentence): readonly string[] {
  let words = lowerWords.get(sentence);
  if (!words) {
    words = sentence.text
      .toLowerCase()
      .split(P1)
      .map((w) => w.replace(/\./g, ''));
    lowerWords.set(sentence, words);
  }
  return words;
}

/** A sentence's capitalised words, lower-cased and without dots. */
function nameWordsOf(sentence: Sentence): readonly string[] {
  return sentence.text
    .split(P1)
    .filter((w) => P2.test(w))
    .map((w) => w.toLowerCase().replace(/\./g, ''));
}

/**
 * True when a figure's sentence meets every word the question puts before what it counts that names a kind
 * the coverage tells apart ("special" of "special forces"): it says the word, one of its group or a word of
 * the same stem. A word of a name the question uses ("national" of "National Guard") is met by the name or
 * any word of it ("360 Guard members"). "How many special forces…" is not answered by a count of troops.
 */
export function meetsModifiers(
  sentence: Sentence,
  asked: readonly string[],
  u: Understanding,
  ctx: Context,
): boolean {
  const head = asked.at(-1);
  if (!head) return true;
  const heads = [head, ...ctx.reader.synonymsOf(head)];
  const words = lowerWordsOf(sentence);
  const says = (m: string) => words.some((w) => w === m || (m.length >= 5 && w.startsWith(m.slice(0, 5))));
  // A word of a name is met where the sentence writes it as a name ("360 Guard members"), not as a common
  // noun ("the whole force" is no word of "Mexican Armed Forces").
  const saysAsName = (m: string) =>
    nameWordsOf(sentence).some((w) => w === m || (m.length >= 5 && w.startsWith(m.slice(0, 5))));
  return asked.slice(0, -1).every((m) => {
    if (!coverageTellsApart(m, heads, ctx)) return true;
    if (says(m) || [m, ...ctx.reader.synonymsOf(m)].some((f) => sentence.lemmas.includes(f))) return true;
    return u.entities.some((id) => {
      const e = ctx.index.entities.get(id);
      const names = e
        ? [e.name, ...e.aliases].map((a) => a.toLowerCase().split(/\s+/)).filter((ws) => ws.includes(m))
        : [];
      return (
        names.length > 0 &&
        (sentence.mentions.some((x) => x.entityId === id) || names.some((ws) => ws.some(saysAsName)))
      );
    });
  });
}

/** The "of" phrase after what a figure counts ("roughly 800 members of the Florida National Guard"). */
const OF_PHRASE = /^\s+of\s+([^,;:.()"“”]+)/i;

/**
 * The words of the "of" phrase that says whose or which the counted things are ("800 members of the Florida
 * National Guard" → the, florida, national, guard), lower-cased; empty when none follows.
 */
export function whoseWords(n: NumberFact, sentence: Sentence): string[] {
  const said = `${n.text} ${n.counts}`.toLowerCase();
  const text = sentence.text.toLowerCase();
  const at = text.indexOf(said);
  if (at < 0 || n.counts === '') return [];
  return OF_PHRASE.exec(text.slice(at + said.length))?.[1]?.split(/[\s-]+/) ?? [];
}

/** A year as a sentence writes it ("in 2021", "by 2019"). */
export const YEAR_IN_TEXT = /(?<![\p{L}\p{N},.$])(?:19|20)\d{2}(?!\p{N}|[,.]\p{N})/gu;

/**
 * True when a sentence dates what it says by years, none of them one the question asks about ("in 2021, South
 * Dakota … sent up to 50 Guard troops" for "Florida in 2023"); false when the question names no year.
 */
export function saysOtherYear(sentence: Sentence, years: readonly number[]): boolean {
  if (years.length === 0) return false;
  const said = [...sentence.text.matchAll(YEAR_IN_TEXT)].map((m) => Number(m[0]));
  return said.length > 0 && !said.some((y) => years.includes(y));
}

/** Words that make "one" after them mean none ("I can't name you one big tunnel", "not one soldier"). */
const NEGATION =
  /(?:^|\s)(?:not|never|no|nor|without|cannot|can't|can’t|couldn't|couldn’t|didn't|didn’t|don't|don’t|won't|won’t)$/i;
/** Words looked back over from "one" for a negation. */
const NEGATION_REACH = 3;

/** True when a figure is "one" a negation before it makes none ("I can't name you one big tunnel"). */
export function negatedOne(n: NumberFact, sentence: Sentence): boolean {
  if (n.value !== 1 || /\d/.test(n.text)) return false;
  const at = sentence.text.toLowerCase().indexOf(`${n.text.toLowerCase()} ${n.counts.toLowerCase()}`.trim());
  if (at < 0) return false;
  const before = sentence.text.slice(0, at).trim().split(/\s+/);
  for (let k = 1; k <= NEGATION_REACH && k <= before.length; k++)
    if (NEGATION.test(before.slice(before.length - k, before.length - k + 1).join(' '))) return true;
  return false;
}

/** Units a quantity of a substance is given in ("380 kilos of fentanyl"). */
const MASS_UNIT = /^(?:kilo|kilogram|kg|ton|tonne|pound|lb|gram|ounce|gallon|liter|litre)s?$/;

/**
 * True when a figure measures the asked substance: "how much fentanyl" is answered by "about 380 kilos of
 * fentanyl…", a unit of mass or volume followed, within a few words, by what it measures.
 */
export function measuresOf(n: NumberFact, sentence: Sentence, head: string): boolean {
  if (!MASS_UNIT.test(n.countsLemma)) return false;
  const text = sentence.text.toLowerCase();
  const at = text.indexOf(n.text.toLowerCase());
  if (at < 0) return false;
  // "More than 1,000 kilos of drugs, including fentanyl": what comes after a comma is a part of what is
  // measured, not it.
  // The figure's own comma ("1,200 pounds") is no break.
  const after = text.slice(at + n.text.length, at + n.text.length + MEASURE_REACH).split(/[,;]/)[0] ?? '';
  return after.includes(` of `) && after.includes(head);
}
/**
 * True when a figure is an amount, not a count of things: a sum of money, a mass or volume ("about 22,000
 * pounds") or a measure ("40 acres", "4 miles") — what "how much" asks for when the question's words name
 * no figure's counted thing ("how much cost the plate": "$3.50 a plate").
 */
export function isAmount(n: NumberFact): boolean {
  if (n.qualifier === 'offset' || TIME_UNIT.test(n.countsLemma)) return false;
  return n.countsLemma === MONEY_LEMMA || MASS_UNIT.test(n.countsLemma) || !refersToThings(n);
}
/**
 * True when an amount's "of" phrase names `head` or a kind of it, a compound ending in it ("roughly 40 acres of
 * cottonwood, willow and salt cedar" for the woods): what "how much of the woods" asks an amount of.
 */
export function amountOf(n: NumberFact, sentence: Sentence, head: string): boolean {
  return whoseWords(n, sentence).some((w) => w === head || (w.length > head.length && w.endsWith(head)));
}
/** Characters after a figure looked at for what its unit measures ("of methamphetamine and fentanyl"). */
const MEASURE_REACH = 80;

/**
 * The name words before a member noun ("Texas National Guard" of "more Texas National Guard members"),
 * lower-cased; empty when the counted head is no member noun or no name stands before it.
 */
function bodyWords(n: NumberFact, memberNouns: ReadonlySet<string>): string[] {
  if (!memberNouns.has(n.countsLemma)) return [];
  const words = n.counts.split(/\s+/).slice(0, -1);
  return words.filter((w) => P2.test(w)).map((w) => w.toLowerCase());
}

/** Entities by each word of their aliases, lower-cased, per knowledge index. */
const entitiesByAliasWord = new WeakMap<object, Map<string, Set<string>>>();

function aliasWordIndex(ctx: Context): Map<string, Set<string>> {
  let index = entitiesByAliasWord.get(ctx.index);
  if (index) return index;
  index = new Map();
  for (const e of ctx.index.entities.values()) {
    if (e.type === 'person') continue;
    for (const alias of [e.name, ...e.aliases])
      for (const w of alias.toLowerCase().split(/\s+/)) {
        const ids = index.get(w) ?? new Set<string>();
        ids.add(e.id);
        index.set(w, ids);
      }
  }
  entitiesByAliasWord.set(ctx.index, index);
  return index;
}

/**
 * True when a count of a body's members answers a question about that body's people ("About 360 Guard
 * members" for "how many national guard troops"): the question names the body by every name word the
 * count has, or, with no word of its own before what it counts, asks for what the synonyms of the body's kind
 * call its people (the members of a body the knowledge knows as military are troops: "how many troops").
 */
export function countsPeopleAsked(
  n: NumberFact,
  asked: readonly string[],
  headForms: ReadonlySet<string>,
  ctx: Context,
): boolean {
  const body = bodyWords(n, ctx.reader.memberNouns);
  if (body.length === 0) return false;
  const modifiers = new Set(asked.slice(0, -1));
  if (modifiers.size > 0) return body.every((w) => modifiers.has(w));
  const byWord = aliasWordIndex(ctx);
  const named = body
    .map((w) => byWord.get(w) ?? new Set<string>())
    .reduce((all, ids) => new Set([...all].filter((id) => ids.has(id))));
  for (const id of named) {
    for (const kind of ctx.index.entities.get(id)?.kinds ?? []) {
      const people = new Set(ctx.reader.synonymsOf(kind));
      if ([...headForms].some((f) => people.has(f) || people.has(`${f}s`))) return true;
    }
  }
  return false;
}

/**
 * What a count question asks ("how many troops did Trump offer to send", "how much did the road cost"): the
 * counted noun and the words qualifying it, the noun of a question put as keywords, the event (agent and verb)
 * a count is of, the verb "how much" is asked of, and the words that ask a price. Read from the question's
 * tokens (and, for the event's agent, the names of its entities); what a figure's sentence says is read in
 * count-figure.ts, and the answer put together in count.ts.
 */
import { MONEY_LEMMA } from '../knowledge/counted.ts';
import { howManyAt } from './asked-action.ts';
import { partitiveStart } from './counted-part.ts';
import type { Context } from './handlers.ts';
import type { Understanding } from './understand.ts';
import { isPossessiveEnding } from '../nlp/possessive.ts';

/** Most words of a question put as keywords ("troops 2019", "jump start troops?"). */
const MAX_KEYWORD_WORDS = 4;
const QUESTION_WORD = /^(what|who|when|where|why|how|which)$/;

/**
 * The last noun of a question put as keywords, with no question word, verb or pronoun ("troops 2019",
 * "jump start troops?" → "troop"); `null` for any other question.
 */
export function keywordHead(u: Understanding): string | null {
  const words = u.analysis.tokens.filter((t) => t.pos !== 'PUNCT');
  if (words.length === 0 || words.length > MAX_KEYWORD_WORDS) return null;
  if (words.some((t) => t.pos === 'AUX' || t.pos === 'PRON' || QUESTION_WORD.test(t.normal))) return null;
  // The counted noun comes last, but for a year or a name ("troops 2019"); the tagger may misread a name's
  // words before it as verbs ("jump start troops").
  const at = words.findLastIndex((t) => t.pos === 'NOUN');
  if (at < 0 || words.slice(at + 1).some((t) => t.pos !== 'NUM' && t.pos !== 'PROPN')) return null;
  return words[at]?.lemma ?? null;
}

/**
 * An adjective in its comparative form ("lower", "older", "farther"): written with "-er" on a lemma of its
 * own ("low"). "More", whose lemma is itself, is not one: "how many more troops" counts troops added.
 */
function isComparative(t: { pos: string; normal: string; lemma: string }): boolean {
  return t.pos === 'ADJ' && t.normal.endsWith('er') && t.lemma !== t.normal;
}

/** The counted noun of "how many X …", as lemmas. */
export function askedCount(
  u: Understanding,
  generic: ReadonlySet<string>,
  countsPeople: (lemma: string) => boolean,
): string[] {
  const toks = u.analysis.tokens;
  const at = howManyAt(toks);
  if (at < 0) {
    // "What was the price tag for the task force's first year?": a price asked without "how much" is a sum.
    if (toks.some((t) => PRICE_WORDS.has(t.lemma))) return [MONEY_LEMMA];
    const head = keywordHead(u);
    return head ? [head] : [];
  }
  const next = toks[at + 1];
  if (!next || next.pos === 'PUNCT') {
    // "troops in 2018 vs 2019, how many?": the counted noun came first.
    const noun = toks.find((t, i) => i < at && t.pos === 'NOUN' && !t.stop);
    return noun ? [noun.lemma] : [];
  }
  if (next.pos === 'AUX') {
    // "How many were killed in the fight?", "how many did Mexico deploy?": "how many" with its verb straight
    // after names nothing counted; a noun later in the clause is where or what else, not what is counted.
    if (toks[at]?.normal === 'many') return [];
    // "how much did the deployment cost?", "how much did Obama ask for?": with a verb last, "how much"
    // asks for a sum of money; with a noun, for that noun.
    const last = toks.findLast((t, i) => i > at + 1 && (t.pos === 'NOUN' || t.pos === 'VERB') && !t.stop);
    if ((last?.pos === 'VERB' || progressiveVerb(u)) && toks[at]?.normal === 'much') return [MONEY_LEMMA];
    // "How much did the road project cost", "…cost the town in repairs": a word of price asks a sum.
    if (toks[at]?.normal === 'much' && toks.some((t, i) => i > at + 1 && PRICE_WORDS.has(t.lemma)))
      return [MONEY_LEMMA];
    return last ? [last.lemma] : [];
  }
  const out: string[] = [];
  // "How much of the riverside woods…", "how many of the Apache band…": a part of the thing named after "of",
  // the thing itself counted.
  const from = partitiveStart(toks, at);
  for (let i = from; i < toks.length && out.length < 4; i++) {
    const t = toks[i];
    // "How many weekend-soldier citizen troops": a hyphen inside a compound joins it, and ends nothing.
    if (t?.value === '-' && out.length > 0 && toks[i - 1]?.end === t.start && toks[i + 1]?.start === t.end)
      continue;
    // "How many of Mexico's troops": the possessor is not what is counted.
    if (isPossessiveEnding(t?.normal) && out.length > 0) {
      out.length = 0;
      continue;
    }
    if (
      !t ||
      !(['NOUN', 'PROPN', 'ADJ', 'VERB'].includes(t.pos) || usBeforeNoun(toks, i)) ||
      (t.pos === 'VERB' && out.length > 0)
    )
      break;
    if (t.pos === 'VERB' && toks[i + 1]?.value !== '-') break;
    // "How many inches lower was the water": a comparative after the counted noun says which way the figure
    // goes, not what it counts; "how much lower was the water", with none before it, names nothing counted.
    if (isComparative(t) && (out.length > 0 || toks[at]?.normal === 'much')) break;
    // "How many troops Mexico sent": a name after the counted noun opens the clause that qualifies it.
    if (t.pos === 'PROPN' && toks.slice(at + 1, i).some((x) => x.pos === 'NOUN')) break;
    out.push(t.lemma);
  }
  // "How many migrants total": a word for a count after the counted noun says how it is counted, not what;
  // a word for anyone says who ("how many florida guard people": the Guard's people).
  while (out.length > 1 && generic.has(out.at(-1) ?? '') && !countsPeople(out.at(-1) ?? '')) out.pop();
  return out;
}

/** "How many us soldiers": "us" before a noun is the US, not a pronoun (nothing counts a pronoun). */
function usBeforeNoun(toks: Understanding['analysis']['tokens'], i: number): boolean {
  return (
    toks[i]?.normal === 'us' && toks[i]?.pos === 'PRON' && ['NOUN', 'ADJ'].includes(toks[i + 1]?.pos ?? '')
  );
}

/** Where the counted phrase of "how many X …" ends: the index of the first token after it, or -1. */
function countedPhraseEnd(u: Understanding): number {
  const toks = u.analysis.tokens;
  const at = howManyAt(toks);
  if (at < 0) return -1;
  let i = at + 1;
  while (
    i < toks.length &&
    (['NOUN', 'PROPN', 'ADJ', 'ADV'].includes(toks[i]?.pos ?? '') || usBeforeNoun(toks, i))
  )
    i++;
  return i;
}

/**
 * The event a "how many X did Y <verb>" question counts for: the entities named right after its auxiliary
 * (its agent, "trump" of "did trump offer to send") and the word after them (its verb, "offer", however the
 * tagger reads it). `null` unless the question names an agent so: with what is counted as its subject ("how
 * many troops were helping"), the coverage may say the same in other words ("are assisting").
 */
export function askedEvent(u: Understanding, ctx: Context): { verb: string; agents: string[] } | null {
  const toks = u.analysis.tokens;
  let i = countedPhraseEnd(u);
  if (i < 0 || toks[i]?.pos !== 'AUX') return null;
  i++;
  while (toks[i]?.pos === 'DET') i++;
  const names = u.entities.map((id) => {
    const e = ctx.index.entities.get(id);
    return {
      id,
      words: new Set(e ? [e.name, ...e.aliases].flatMap((a) => a.toLowerCase().split(/\s+/)) : []),
    };
  });
  const agents = new Set<string>();
  for (; i < toks.length; i++) {
    const named = names.filter((n) => n.words.has(toks[i]?.normal ?? ''));
    if (named.length === 0) break;
    for (const n of named) agents.add(n.id);
  }
  const verb = toks[i];
  if (agents.size === 0 || !verb || verb.stop || !['VERB', 'NOUN'].includes(verb.pos)) return null;
  return { verb: verb.lemma, agents: [...agents] };
}

/** "How much" asked of a verb ("how much did they pay…", "how much will it cost"). */
export const MUCH_OF_A_VERB =
  /\bhow much\s+(?:did|does|do|will|would|was|is|has|have|had|can|could|should)\b/i;

/** The verb "how much" is asked of ("how much did they pay the family" → "pay"). */
export function verbAsked(u: Understanding): string | null {
  const progressive = progressiveVerb(u);
  if (progressive) return progressive;
  const toks = u.analysis.tokens;
  const at = toks.findIndex((t, i) => t.normal === 'much' && toks[i - 1]?.normal === 'how');
  return toks.find((t, i) => i > at + 1 && t.pos === 'VERB' && !t.stop)?.lemma ?? null;
}

const FORMS_OF_BE: ReadonlySet<string> = new Set(['is', 'are', 'was', 'were']);

/**
 * "How much is DPS spending a week": after "how much" and a form of "be", the word in "-ing" is the verb the
 * sum is asked of, though the tagger may read "DPS spending" as a noun; the question's lemma for it.
 */
function progressiveVerb(u: Understanding): string | null {
  const toks = u.analysis.tokens;
  const at = toks.findIndex((t, i) => t.normal === 'much' && toks[i - 1]?.normal === 'how');
  if (at < 0 || !FORMS_OF_BE.has(toks[at + 1]?.normal ?? '')) return null;
  const ing = toks.find((t, i) => i > at + 2 && t.normal.length > 5 && t.normal.endsWith('ing'));
  return ing ? (u.content.find((c) => c.length >= 3 && ing.normal.startsWith(c)) ?? null) : null;
}

/**
 * Words of price: "how much" asked with one asks a sum of money, whatever the tagger makes of the word ("how
 * much did the road project cost": "cost" read as a noun asked a count of costs). Measured (npm run eval
 * 2026-12-01): dev right 834 → 835/983, test 643 → 644/1043, answerable declined 140 → 138/907 on test,
 * must-decline answered unchanged; with "pay", "spend" and "worth" as well, a must-decline of dev ("how much
 * does a guard soldier get paid per month") and one of test were answered, so they are left to the verb rule.
 */
const PRICE_WORDS: ReadonlySet<string> = new Set(['cost', 'price']);
/**
 * The words of a question that ask a price: a word of price and the noun it makes a compound with ("price
 * tag", "cost estimate"). A sum of money says them, as a figure counting troops says "troops".
 */
export function priceWords(u: Pick<Understanding, 'analysis'>): string[] {
  const toks = u.analysis.tokens;
  return toks.flatMap((t, i) => {
    if (!PRICE_WORDS.has(t.lemma)) return [];
    const next = toks[i + 1];
    return next?.pos === 'NOUN' && !next.stop ? [t.lemma, next.lemma] : [t.lemma];
  });
}

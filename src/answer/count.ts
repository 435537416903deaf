/**
 * Count questions ("how many troops", "how much did it cost", "how long"): the number the coverage gives
 * for what is counted, with what it counts, best match first.
 */
import { MONEY_LEMMA } from '../knowledge/counted.ts';
import type { NumberFact, Sentence, Source } from '../knowledge/schema.ts';
import { answerAge } from './age.ts';
import { topicWords } from './conversation.ts';
import { confidenceOf, rankOptions, sentenceEvidence, type Context, type Draft } from './handlers.ts';
import { rankSentences } from './retrieval.ts';
import { escapeRegExp } from './text.ts';
import type { ChartFigure } from './types.ts';
import type { Understanding } from './understand.ts';

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

/** The counted noun of "how many X …", as lemmas. */
function askedCount(
  u: Understanding,
  generic: ReadonlySet<string>,
  countsPeople: (lemma: string) => boolean,
): string[] {
  const toks = u.analysis.tokens;
  const at = toks.findIndex(
    (t, i) => (t.normal === 'many' || t.normal === 'much') && toks[i - 1]?.normal === 'how',
  );
  if (at < 0) {
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
    // "how much did the deployment cost?", "how much did Obama ask for?": with a verb last, "how much"
    // asks for a sum of money; with a noun, for that noun.
    const last = toks.findLast((t, i) => i > at + 1 && (t.pos === 'NOUN' || t.pos === 'VERB') && !t.stop);
    if ((last?.pos === 'VERB' || progressiveVerb(u)) && toks[at]?.normal === 'much') return [MONEY_LEMMA];
    return last ? [last.lemma] : [];
  }
  const out: string[] = [];
  for (let i = at + 1; i < toks.length && out.length < 4; i++) {
    const t = toks[i];
    // "How many of Mexico's troops": the possessor is not what is counted.
    if ((t?.normal === "'s" || t?.normal === '’s') && out.length > 0) {
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
  const at = toks.findIndex(
    (t, i) => (t.normal === 'many' || t.normal === 'much') && toks[i - 1]?.normal === 'how',
  );
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
function askedEvent(u: Understanding, ctx: Context): { verb: string; agents: string[] } | null {
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

/**
 * True when a figure's sentence is about the asked event: it says the question's verb or a word of the same
 * group ("deployed" for "send", "assisting" for "helping"), or names its agent. "How many soldiers did
 * Trump offer to send?" is not answered by what Mexico deployed.
 */
function carriesEvent(
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

/**
 * True when a figure's sentence meets every word the question puts before what it counts that names a kind
 * the coverage tells apart ("special" of "special forces"): it says the word, one of its group or a word of
 * the same stem. A word of a name the question uses ("national" of "National Guard") is met by the name or
 * any word of it ("360 Guard members"). "How many special forces…" is not answered by a count of troops.
 */
function meetsModifiers(
  sentence: Sentence,
  asked: readonly string[],
  u: Understanding,
  ctx: Context,
): boolean {
  const head = asked.at(-1);
  if (!head) return true;
  const heads = [head, ...ctx.reader.synonymsOf(head)];
  const words = sentence.text
    .toLowerCase()
    .split(/[^\p{L}\p{N}.]+/u)
    .map((w) => w.replace(/\./g, ''));
  const says = (m: string) => words.some((w) => w === m || (m.length >= 5 && w.startsWith(m.slice(0, 5))));
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
        (sentence.mentions.some((x) => x.entityId === id) || names.some((ws) => ws.some(says)))
      );
    });
  });
}

/** "How much" asked of a verb ("how much did they pay…", "how much will it cost"). */
const MUCH_OF_A_VERB = /\bhow much\s+(?:did|does|do|will|would|was|is|has|have|had|can|could|should)\b/i;

/** The verb "how much" is asked of ("how much did they pay the family" → "pay"). */
function verbAsked(u: Understanding): string | null {
  const progressive = progressiveVerb(u);
  if (progressive) return progressive;
  const toks = u.analysis.tokens;
  const at = toks.findIndex((t, i) => t.normal === 'much' && toks[i - 1]?.normal === 'how');
  return toks.find((t, i) => i > at + 1 && t.pos === 'VERB' && !t.stop)?.lemma ?? null;
}

/** The "of" phrase after what a figure counts ("roughly 800 members of the Florida National Guard"). */
const OF_PHRASE = /^\s+of\s+([^,;:.()"“”]+)/i;

/**
 * The words of the "of" phrase that says whose or which the counted things are ("800 members of the Florida
 * National Guard" → the, florida, national, guard), lower-cased; empty when none follows.
 */
function whoseWords(n: NumberFact, sentence: Sentence): string[] {
  const said = `${n.text} ${n.counts}`.toLowerCase();
  const text = sentence.text.toLowerCase();
  const at = text.indexOf(said);
  if (at < 0 || n.counts === '') return [];
  return OF_PHRASE.exec(text.slice(at + said.length))?.[1]?.split(/[\s-]+/) ?? [];
}

/** A year as a sentence writes it ("in 2021", "by 2019"). */
const YEAR_IN_TEXT = /(?<![\p{L}\p{N},.$])(?:19|20)\d{2}(?!\p{N}|[,.]\p{N})/gu;

/**
 * True when a sentence dates what it says by years, none of them one the question asks about ("in 2021, South
 * Dakota … sent up to 50 Guard troops" for "Florida in 2023"); false when the question names no year.
 */
function saysOtherYear(sentence: Sentence, years: readonly number[]): boolean {
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
function negatedOne(n: NumberFact, sentence: Sentence): boolean {
  if (n.value !== 1 || /\d/.test(n.text)) return false;
  const at = sentence.text.toLowerCase().indexOf(`${n.text.toLowerCase()} ${n.counts.toLowerCase()}`.trim());
  if (at < 0) return false;
  const before = sentence.text.slice(0, at).trim().split(/\s+/);
  for (let k = 1; k <= NEGATION_REACH && k <= before.length; k++)
    if (NEGATION.test(before.slice(before.length - k, before.length - k + 1).join(' '))) return true;
  return false;
}

/** A follow-up that names only a year ("and in 2019?", "what about 2025"). */
const YEAR_ONLY = /^\W*(?:(?:and|but|what about|how about|same)\s+)?(?:(?:in|for|by)\s+)?(?:19|20)\d{2}\W*$/i;

/** Weight of a figure from a source published in the year asked about. */
const REPORTED_THEN = 1.25;

/** Chat nouns for anyone: "how many border patrol guys" is answered by a count of its officers. */
const PEOPLE_WORDS: ReadonlySet<string> = new Set(['guy', 'folk', 'dude']);
/** Units a quantity of a substance is given in ("380 kilos of fentanyl"). */
const MASS_UNIT = /^(?:kilo|kilogram|kg|ton|tonne|pound|lb|gram|ounce|gallon|liter|litre)s?$/;

/**
 * True when a figure measures the asked substance: "how much fentanyl" is answered by "about 380 kilos of
 * fentanyl…", a unit of mass or volume followed, within a few words, by what it measures.
 */
function measuresOf(n: NumberFact, sentence: Sentence, head: string): boolean {
  if (!MASS_UNIT.test(n.countsLemma)) return false;
  const text = sentence.text.toLowerCase();
  const at = text.indexOf(n.text.toLowerCase());
  if (at < 0) return false;
  // "More than 1,000 kilos of drugs, including fentanyl": what comes after a comma is a part of what is
  // measured, not it.
  const after = text.slice(at, at + n.text.length + MEASURE_REACH).split(/[,;]/)[0] ?? '';
  return after.includes(` of `) && after.includes(head);
}
/** Weight of a quantity of the substance "how much" asks about, over other figures. */
const MEASURE_FACTOR = 3;
/** Characters after a figure looked at for what its unit measures ("of methamphetamine and fentanyl"). */
const MEASURE_REACH = 80;

/** Units of area: the size of a place ("a ranch of about 9,000 acres"), as a head count is a group's. */
const AREA_UNIT = /^(?:acre|hectare|square)s?$/;
/**
 * Weight of a figure in the evidence the last answer showed, for a follow-up that points back to it: 2 answers
 * new-articles-2 dev one more ("how big is his place"), 1.5 none, with every test row unchanged (npm run eval).
 */
const POINTED_BACK = 2;

/** A question asking how big something is. */
const SIZE_ASKED = /\b(?:how (?:big|large|huge|strong)|bigger|larger|smaller|size)\b/i;

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

/** Units of length: "how long was the tunnel?" counts them ("some 1,744 feet", "a 200-foot passage"). */
const LENGTH_UNITS: ReadonlySet<string> = new Set([
  'foot',
  'feet',
  'mile',
  'yard',
  'meter',
  'metre',
  'kilometer',
  'kilometre',
]);
/** "How long" asked with "be" ("how long was the tunnel", "how long is the wall"), which a length answers. */
const LENGTH_ASKED = /\bhow long (?:is|was|are|were)\b/i;

/** What a "how long" (or "how old") question counts. */
const TIME_UNITS: ReadonlySet<string> = new Set([
  'second',
  'minute',
  'hour',
  'day',
  'week',
  'month',
  'year',
  'decade',
]);

/** A number with what it counts, best match first. */
export function answerCount(u: Understanding, ctx: Context): Draft | null {
  const { index } = ctx;
  // "And how many were already there?": a follow-up with words of its own asks for another figure; with no
  // other, an adverb the stop list holds ("already", "still") is its own.
  const own = u.content.length > 0 ? u.content : u.adverbs;
  const another = ctx.followup && own.some((l) => !ctx.conversation.lastTerms.some(([t]) => t === l));
  const ranked = rankSentences(
    index,
    u.terms,
    rankOptions(u, ctx, {
      limit: 60,
      ...(another ? { exclude: new Set(ctx.conversation.lastEvidence) } : {}),
    }),
  );
  // "How old is he?": a person's age, given after the name, before any span of years a figure counts.
  const age = answerAge(u, ctx, ranked);
  if (age) return age;
  const duration = /\bhow (long|old)\b/i.test(u.text);
  const asked = duration ? [] : askedCount(u, ctx.reader.genericCounts, (l) => ctx.reader.countsPeople(l));
  const event = duration ? null : askedEvent(u, ctx);
  const head = asked.at(-1) ?? null;
  // "How many tho?", "how big is his place?": a follow-up naming nothing counts what the last question
  // named, and no other figure the evidence happens to give.
  // A person the last question named ("who is Dale Hutto?") is no thing counted: "how big is his place" asks
  // the size of something of theirs.
  const personWords = new Set(
    u.entities
      .filter((id) => index.entities.get(id)?.type === 'person')
      .flatMap((id) => {
        const e = index.entities.get(id);
        return e ? [e.name, ...e.aliases].flatMap((a) => a.toLowerCase().split(/\s+/)) : [];
      }),
  );
  const lastTopic =
    !duration && head === null && ctx.followup && u.content.length === 0
      ? topicWords(ctx.conversation.lastTerms).filter((w) => !personWords.has(w))
      : [];
  const borrowed = lastTopic.length > 0 ? lastTopic : null;
  // "How long was the first tunnel?": asked with "be", "how long" may ask a length as well as a span of time.
  const headForms = duration
    ? LENGTH_ASKED.test(u.text)
      ? new Set([...TIME_UNITS, ...LENGTH_UNITS])
      : TIME_UNITS
    : head
      ? new Set([head, ...ctx.reader.synonymsOf(head)])
      : borrowed
        ? new Set(borrowed.flatMap((w) => [w, ...ctx.reader.synonymsOf(w)]))
        : null;
  // "How big was Obama's deployment?", "which deployment was bigger?": with nothing counted named, the size of
  // a deployment, a caravan or a force is how many people it has, not a sum or a span of time.
  const sizeOfPeople = headForms === null && !duration && SIZE_ASKED.test(u.text);
  // "How much did the government pay the family?": asked of a verb, "how much" is a sum of money whatever
  // noun the verb takes, when the evidence says that verb ("paid the family $1.9 million").
  const moneyVerb = headForms && !duration && MUCH_OF_A_VERB.test(u.text) ? verbAsked(u) : null;
  // "Who was in that caravan?" — "how many tho": a follow-up asking the size of the group the last question
  // was about counts whatever a sentence naming that group counts.
  const groups = borrowed
    ? new Set(u.entities.filter((id) => index.entities.get(id)?.type === 'group'))
    : new Set<string>();
  // "How much fentanyl…": "how much" asked of a noun, not of a verb.
  const muchOf = /\bhow much\s+\w/i.test(u.text) && !MUCH_OF_A_VERB.test(u.text);
  // "Bush's deployment in 2006": a report from 2006 gives its figure more surely than one looking back.
  const reportedThen = (s: Sentence) =>
    u.years.includes(index.sourceYears[index.sourcePosition.get(s.sourceId) ?? -1] ?? 0);
  // "How big is his place?": a pronoun points back to what the last answer showed, whose figures come first.
  const pointedBack = new Set(u.pronoun !== null && ctx.followup ? ctx.conversation.lastEvidence : []);
  let best: { n: NumberFact; score: number; sentence: Sentence; saysHead: boolean } | null = null;
  for (const r of ranked) {
    // The figure must be of the asked kind and event, whatever it counts: "how many special forces did the
    // US want to send" is not answered by the troops Mexico deployed.
    if (!meetsModifiers(r.sentence, asked, u, ctx)) continue;
    // "Florida in 2023" is not answered by what "in 2021, South Dakota … sent".
    if (saysOtherYear(r.sentence, u.years)) continue;
    const carries = carriesEvent(r.sentence, event, ctx);
    for (const n of index.numbersBySentence.get(r.sentence.id) ?? []) {
      if (
        n.qualifier === 'offset' ||
        (sizeOfPeople && !ctx.reader.countsPeople(n.countsLemma) && !AREA_UNIT.test(n.countsLemma))
      )
        continue;
      if (negatedOne(n, r.sentence)) continue;
      // "How much is DPS spending": a sum of money is what was spent, however the evidence says it ("cost").
      if (!carries && !(moneyVerb !== null && n.countsLemma === MONEY_LEMMA)) continue;
      const countsForms = new Set([n.countsLemma, ...ctx.reader.synonymsOf(n.countsLemma)]);
      // "Active-duty service members" says "servicemember", a synonym of troop.
      const joined = n.counts.toLowerCase().replace(/[\s-]+/g, '');
      const generic =
        headForms === null ||
        (moneyVerb !== null && n.countsLemma === MONEY_LEMMA && r.sentence.lemmas.includes(moneyVerb)) ||
        (!duration && ctx.reader.genericCounts.has(head ?? '')) ||
        r.sentence.mentions.some((m) => groups.has(m.entityId));
      const saysHead =
        !generic &&
        headForms !== null &&
        ([...headForms].some((f) => countsForms.has(f) || joined.includes(f)) ||
          (!duration && countsPeopleAsked(n, asked, headForms, ctx)) ||
          (head !== null && measuresOf(n, r.sentence, head)) ||
          (head !== null && PEOPLE_WORDS.has(head) && ctx.reader.countsPeople(n.countsLemma)));
      if (!generic && !saysHead) continue;
      const countsWords = [...n.counts.toLowerCase().split(/[\s-]+/), ...whoseWords(n, r.sentence)];
      const extra = asked.filter(
        (a) => countsWords.some((w) => w.startsWith(a.slice(0, 5))) || (saysHead && a === head),
      ).length;
      const score =
        r.score *
        (1 + 0.3 * extra) *
        (n.qualifier === 'hundreds' || n.qualifier === 'thousands' ? 0.7 : 1) *
        (reportedThen(r.sentence) ? REPORTED_THEN : 1) *
        (pointedBack.has(r.sentence.id) ? POINTED_BACK : 1) *
        // "How much fentanyl": a quantity of it ("380 kilos of fentanyl") before a count of things near it.
        (muchOf && head !== null && measuresOf(n, r.sentence, head) ? MEASURE_FACTOR : 1);
      if (!best || score > best.score) best = { n, score, sentence: r.sentence, saysHead };
    }
  }
  if (!best) return null;
  // The figure says what the question counts, in whatever words: "About 360 Guard members" answers "how
  // many guard troops", "75 service members" "how many troops".
  // "How much is DPS spending": a sum of money answers the verb it is asked of, whatever verb the evidence
  // says it with ("had cost the state about $1.3 million a week").
  const spent = best.n.countsLemma === MONEY_LEMMA && MUCH_OF_A_VERB.test(u.text) ? verbAsked(u) : null;
  const said = [...(best.saysHead && head ? [head] : []), ...(spent ? [spent] : [])];
  const measured =
    said.length > 0 ? { ...best.sentence, lemmas: [...best.sentence.lemmas, ...said] } : best.sentence;
  // "And in 2019?" after "how many troops did DHS want in 2018": a follow-up naming only a year asks the
  // last count of that year, whoever gave it; the evidence is measured by what it counts, not by who.
  const yearOnly = borrowed !== null && u.years.length > 0 && YEAR_ONLY.test(u.text);
  const counted = new Set([best.n.countsLemma, ...ctx.reader.synonymsOf(best.n.countsLemma)]);
  const ofYear =
    reportedThen(best.sentence) ||
    [...best.sentence.text.matchAll(YEAR_IN_TEXT)].some((m) => u.years.includes(Number(m[0])));
  const confidence = yearOnly
    ? ofYear
      ? confidenceOf({ ...u, content: borrowed.filter((w) => counted.has(w)) }, ctx, [measured], [])
      : 0
    : confidenceOf({ ...u, content: own }, ctx, [measured]);
  const direct =
    best.n.counts &&
    best.n.countsLemma !== MONEY_LEMMA &&
    !best.n.text.toLowerCase().includes(best.n.counts.toLowerCase())
      ? `${best.n.text} ${best.n.counts}`
      : best.n.text;
  const source = index.sources.get(best.sentence.sourceId);
  return {
    answeredAs: 'count',
    confidence,
    direct,
    lead: null,
    evidence: [sentenceEvidence(best.sentence)],
    lines: [],
    focus: best.sentence.mentions.map((m) => m.entityId),
    ...(source ? { figure: figureOf(best.n, direct, source) } : {}),
  };
}

/**
 * The name words before a member noun ("Texas National Guard" of "more Texas National Guard members"),
 * lower-cased; empty when the counted head is no member noun or no name stands before it.
 */
function bodyWords(n: NumberFact, memberNouns: ReadonlySet<string>): string[] {
  if (!memberNouns.has(n.countsLemma)) return [];
  const words = n.counts.split(/\s+/).slice(0, -1);
  return words.filter((w) => /^\p{Lu}/u.test(w)).map((w) => w.toLowerCase());
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
function countsPeopleAsked(
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

/** A number fact as a comparison's picture shows it, labelled by what it counts until a side relabels it. */
function figureOf(n: NumberFact, text: string, source: Source): ChartFigure {
  return {
    label: n.counts || text,
    value: n.value,
    high: n.high,
    text,
    sourceId: source.id,
    outlet: source.outlet,
    published: source.published,
  };
}

/**
 * Tests of whether a passage gives the detail a question asks of a type: a length ("how tall"), a
 * percentage ("what rate"), one of a kind the knowledge names ("which state"), or a thing's name ("what is
 * the shelter called?").
 */
import type { KnowledgeIndex } from './knowledge-index.ts';
import type { Understanding } from './understand.ts';
import { askedActs, mayNameAsked } from './unnamed-asked.ts';
import { mentionSpans } from './name-positions.ts';
import { actsDoneTo, namesPatient } from './patient-place.ts';
import { nounNameAsked } from './name-of-phrase.ts';
import { ENTITY_PREFIX, type Analysis, type Token } from '../nlp/pipeline.ts';

/** Patterns with `\p{…}`, built once: inside a function tsx rebuilds them on every call (see src/nlp/letter-tests.ts). */
const P1 =
  /\bwhat(?:'s|\s+(?:is|was|are|were))\s+(?:the|that|this|their|her|his|its)\s+(\p{L}+)\s+called\b|\bwhat(?:'?s|\s+(?:is|was))\s+the\s+name\s+of\s+(?:the|that|this|their|her|his|its)\s+(\p{L}+(?:\s+\p{L}+){0,2})|\bwhat\s+(?:are|were)\s+the\s+names\s+of\s+(?:the|those|these|their|her|his|its)\s+(?:(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|many|few)\s+)?(\p{L}+(?:\s+\p{L}+){0,2})/iu;
const P2 = /^\p{Lu}/u;
/** A participle's ending: an "adjective" after a noun with one modifies it ("the colonel commanding…"). */
const PARTICIPLE = /(?:ing|ed)$/;

/**
 * Nouns of a detail that is a share, not a thing ("what tariff rate"): the evidence must give one as a
 * percentage. English, not the coverage's.
 */
const SHARE_NOUNS: ReadonlySet<string> = new Set(['rate', 'percentage', 'percent', 'proportion']);
const PERCENTAGE =
  /\d\s*(?:%|percent\b|per cent\b)|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|fifteen|twenty|thirty|forty|fifty|hundred)[\s-]+(?:percent|per cent)\b/i;
/** A question asking a size in length: "how tall", "how high", "how far", "how deep", "how wide". */
const MEASURE_ASKED = /\bhow\s+(tall|high|far|deep|wide|thick)\b/i;
/** "How deep into", "how high up into": a distance into a place, not a size of something. */
const REACH_INTO = /\bhow\s+(?:deep|high|far)\s+(?:up\s+)?(?:in|into|inside)\b/i;
/** The words a length is said to be of each dimension in ("14 feet high", "2 meters deep"). */
const DIMENSION_WORDS: Readonly<Record<string, string>> = {
  tall: 'tall|high',
  high: 'tall|high',
  deep: 'deep',
  wide: 'wide|across',
  thick: 'thick',
};
/** The noun each dimension is named by ("at a height … recorded as 61.35 feet", "a depth of 40 feet"). */
const DIMENSION_NOUNS: Readonly<Record<string, RegExp>> = {
  tall: /\bheights?\b/i,
  high: /\bheights?\b/i,
  deep: /\bdepths?\b/i,
  wide: /\b(?:width|breadth)s?\b/i,
  thick: /\bthickness\b/i,
};
/** A length as written: a figure and a unit ("14 feet", "60-foot", "a mile", "3 km"). */
const LENGTH =
  /(?:\d[\d,.]*|\b(?:a|one|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|thirty|forty|fifty|hundred))[\s-]*(?:feet|foot|ft|miles?|meters?|metres?|kilometers?|kilometres?|km|inch(?:es)?|yards?)\b/i;
/**
 * Most words between a dimension's noun and the length it is given as: "at a height that the gauge at the
 * International Bridge recorded as 61.35 feet" has nine (new-articles-47 a47-057, which 8 lost), and one
 * more is room; past that the length is another's (tests/answer/height-named.test.ts).
 */
const MAX_WORDS_TO_LENGTH = 10;
/** Words that open a turn or a question before its "what"/"which" ("so what…", "in which state…"). */
const BEFORE_WH = new Set([
  'so',
  'and',
  'but',
  'ok',
  'okay',
  'wait',
  'then',
  'in',
  'from',
  'at',
  'on',
  'to',
  'for',
  // "can u list…", "pls name…": asking politely before an imperative.
  'can',
  'could',
  'u',
  'you',
  'pls',
  'plz',
  'please',
]);
/** Words between a noun and the name that says which one it is ("Marines from Camp Pendleton"). */
const NAME_LINKS = new Set([
  'of',
  'from',
  'such',
  'as',
  'including',
  'like',
  'called',
  'named',
  'the',
  ',',
  ':',
  '(',
  '"',
  '“',
]);
/**
 * The links a name asked itself ("what was the name of the steamer…") is given by: not "from", which says
 * where the thing came from ("by steamer from New Orleans" names a port, not the steamer), though "Marines
 * from Camp Pendleton" says which Marines a "which" question means.
 */
const NAMING_LINKS: ReadonlySet<string> = new Set([...NAME_LINKS].filter((w) => w !== 'from'));

/**
 * A question asking a thing's name: "what is the shelter called?", "what's the name of the shelter?", or the
 * names of several ("what were the names of the three soldiers killed…?").
 */
export const NAME_ASKED = P1;
/** Words after a noun that name it further on ("the operation, which it calls Operación Carretera Segura"). */
const NAMING_VERBS: ReadonlySet<string> = new Set(['call', 'name', 'dub']);
/** Tokens after a noun looked at for a verb of naming, or a form of "be", before the name. */
const NAMING_REACH = 5;
/** Word-vector similarity from which the evidence's noun is the asked one ("frigate" of "ship": 0.65). */
export const SAME_THING = 0.6;
/** Words between a name, its comma and the noun it names ("San Judas, a shelter"). */
const APPOSITION = new Set(['a', 'an', 'the']);

/**
 * The detail a "what <noun>" or "which <noun>" question asks for: the noun's lemma, its word as asked and
 * whether it was asked in the plural ("which cartels"); `null` for any other question.
 */
export function askedSlot(
  u: Understanding,
): { noun: string; word: string; plural: boolean; which: boolean } | null {
  const toks = u.analysis.tokens.filter((t) => t.pos !== 'PUNCT' || t.normal === ',');
  let i = 0;
  while (i < toks.length && BEFORE_WH.has(toks[i]?.normal ?? '')) i++;
  const wh = toks[i]?.normal;
  // "Can u list the 13 governors who…", "name the governors": asked for as a "which" is.
  const listing = (wh === 'list' || wh === 'name') && toks[i]?.pos === 'VERB';
  if (wh !== 'what' && wh !== 'which' && !listing) return null;
  let j = i + 1;
  if (listing) while (j < toks.length && (toks[j]?.pos === 'DET' || toks[j]?.pos === 'NUM')) j++;
  const from = j;
  // "Which old statute stops/NOUN soldiers from doing police work?": with no other finite verb, a noun of
  // the run in a verb's "-s" form with its object after it is the question's verb, not the asked noun's.
  const verbless = !toks.some((t) => t.pos === 'AUX' || (t.pos === 'VERB' && !GERUND.test(t.normal)));
  while (j < toks.length && ['ADJ', 'NOUN', 'PROPN'].includes(toks[j]?.pos ?? '')) {
    if (verbless && j > from && readsAsVerb(toks, j)) break;
    j++;
  }
  const head = toks[j - 1];
  if (j === from || !head || head.pos !== 'NOUN') return null;
  // "What kind of…", "which part of…" ask for no detail of their own; "what rate of tariffs" does.
  if (toks[j]?.normal === 'of' && !SHARE_NOUNS.has(head.lemma)) return null;
  return {
    noun: head.lemma,
    word: head.normal,
    plural: head.normal !== head.lemma,
    which: wh === 'which' || listing,
  };
}

/** A verb's "-ing" form: a gerund or participle, not the finite verb of a question. */
const GERUND = /ing$/;
/** Parts of speech an object opens with ("stops soldiers", "keeps the troops"). */
const OBJECT_OPENS: ReadonlySet<string> = new Set(['NOUN', 'PROPN', 'DET', 'PRON', 'NUM']);

/** True when the noun at `j` is a verb's third-person form ("stops") with an object after it. */
function readsAsVerb(toks: readonly Token[], j: number): boolean {
  const t = toks[j];
  return (
    t !== undefined &&
    t.pos === 'NOUN' &&
    t.normal !== t.lemma &&
    t.normal.endsWith('s') &&
    OBJECT_OPENS.has(toks[j + 1]?.pos ?? '')
  );
}

/**
 * For a question asking a detail of a type, whether a passage (its text and sentences) gives one: a rate
 * wants a percentage ("what tariff rate did Trump threaten?" is not answered by "threatened tariffs");
 * "what state" (a kind of thing the knowledge names) wants one named that the question does not name;
 * "which cartels", of cartels the question names as a whole, wants members named ("the Sinaloa cartel"),
 * not the kind in general. `null` when the question asks for no such detail.
 */
export function askedKindTest(
  u: Understanding,
  index: KnowledgeIndex,
  analyse: (text: string) => Analysis,
): ((text: string, sentenceIds: readonly string[]) => boolean) | null {
  // "How tall was the fence?": a height, length or distance, in its units.
  const measure = MEASURE_ASKED.exec(u.text)?.[1]?.toLowerCase();
  if (measure) {
    // "How tall": a length said to be the height ("14 feet high", "a 30-foot wall"); "how far": any.
    // "How deep into Arizona": how far into a place, which any length answers ("11 miles north of the border").
    const dimension = REACH_INTO.test(u.text) ? undefined : DIMENSION_WORDS[measure];
    const said = dimension
      ? new RegExp(
          `${LENGTH.source}[\\s-]*(?:${dimension})\\b|\\d[\\d,.]*-(?:foot|feet|meter|metre|mile)\\b`,
          'i',
        )
      : LENGTH;
    // "rose at a height that the gauge recorded as 61.35 feet": a length a few words after the dimension's
    // noun; a height and a distance a clause apart say no height.
    const noun = dimension ? DIMENSION_NOUNS[measure] : undefined;
    const named = noun
      ? new RegExp(`${noun.source}(?:\\s+\\S+){0,${MAX_WORDS_TO_LENGTH}}?\\s+${LENGTH.source}`, 'i')
      : undefined;
    return (text) => said.test(text) || (named !== undefined && named.test(text));
  }
  const slot = askedSlot(u);
  if (!slot) return null;
  if (SHARE_NOUNS.has(slot.noun)) return (text) => PERCENTAGE.test(text);
  const isKind = (id: string) => index.entities.get(id)?.kinds?.includes(slot.noun) ?? false;
  const known = index.entityKinds.has(slot.noun);
  // "Which cartels…" where the question names the cartels as a whole: the evidence about them as a whole
  // does not say which.
  const group =
    slot.plural &&
    slot.which &&
    u.entities.some((id) => {
      const e = index.entities.get(id);
      return e && [e.name, ...e.aliases].some((a) => a.toLowerCase().split(/\s+/).at(-1) === slot.word);
    });
  // "Which governors came with Abbott?": people asked for by their office want someone holding it named,
  // not the office counted ("13 Republican governors").
  const holders = slot.plural && slot.which ? index.holdersOfTitle(slot.noun) : new Set<string>();
  if (!known && !group && holders.size === 0) return null;
  const asked = new Set(u.entities);
  if (!known && !group) {
    return (_text, sentenceIds) =>
      sentenceIds.some((id) =>
        (index.sentence(id)?.mentions ?? []).some((m) => !asked.has(m.entityId) && holders.has(m.entityId)),
      );
  }
  const questionWords = new Set(u.analysis.tokens.map((t) => t.normal));
  return (text, sentenceIds) =>
    sentenceIds.some((id) =>
      (index.sentence(id)?.mentions ?? []).some((m) => !asked.has(m.entityId) && isKind(m.entityId)),
    ) || namesOne(analyse(text), slot.noun, questionWords, isKind);
}

/**
 * For a question asking a thing's name ("what is the shelter called?", "what's the name of the navy ship…"),
 * whether a passage gives the thing a name the question does not say ("the Casa del Migrante San Judas, a
 * shelter", "the frigate was the USS Carrollton"), or, asked of a person ("the boy", "the lieutenant"),
 * names a person the question does not; `null` for any other question. Evidence that gives none does not
 * answer: "what was the name of the lieutenant…" is not answered by "he talked to the lieutenant in charge".
 */
export function nameGivenTest(
  u: Understanding,
  index: KnowledgeIndex,
  analyse: (text: string) => Analysis,
  words: NamingWords,
): ((text: string, sentenceIds: readonly string[]) => boolean) | null {
  const named = NAME_ASKED.exec(u.text);
  const phrase = named?.[2] ?? named?.[3];
  // "What was the name of de la Huerta's wife?": the head of the phrase after "of", by its grammar.
  const noun = named?.[1]
    ? lemmaOf(u, named[1])
    : phrase
      ? headOf(u, phrase)
      : nounNameAsked(u.analysis.tokens);
  return noun ? nounNamedTest(u, noun, index, analyse, words, true) : null;
}

/** How a passage is tested for a name of an asked noun: word vectors, and which entities are its persons. */
export interface NamingWords {
  similarity: (a: string, b: string) => number | null;
  /**
   * True when WordNet makes a first sense of one word the same thing as one of the other, or a direct kind of
   * it ("statute" is a kind of "act": the "Posse Comitatus Act" is a statute); absent without a table.
   */
  sameOrKind?: (a: string, b: string) => boolean;
  /** True when a first noun sense of the first word is a direct kind of the second ("hacienda" of "estate"). */
  kindOf?: (word: string, noun: string, throughPhrases?: boolean) => boolean;
  /**
   * True when WordNet forms, from a first sense of the first word (one who holds an office: "secretary"), a
   * word whose first noun sense is the second or a direct kind of it ("secretaryship", a post).
   */
  officeOf?: (holder: string, noun: string) => boolean;
  /** For a noun of a person ("boy", "lieutenant"), whether entity `id` is one; `null` for another noun. */
  personFits: (noun: string) => ((id: string) => boolean) | null;
}

/**
 * Whether a passage (its text and sentences) names one of `noun` the question does not name: a person
 * fitting it, for a noun of a person ("the lieutenant"); else a name next to the noun or to one for the same
 * thing ("the frigate was the USS Carrollton" for "ship"). With `nameAsked` (the question asks the name
 * itself), a person not linked to the noun counts only in a sentence that {@link mayNameAsked}: a "which"
 * question's verb is often paraphrased ("which cabinet guy was gonna greenlight…": "…would approve").
 */
export function nounNamedTest(
  u: Understanding,
  noun: string,
  index: KnowledgeIndex,
  analyse: (text: string) => Analysis,
  words: NamingWords,
  nameAsked = false,
): (text: string, sentenceIds: readonly string[]) => boolean {
  const questionWords = new Set(u.analysis.tokens.map((t) => t.normal));
  const same = (lemma: string) => (words.similarity(lemma, noun) ?? 0) >= SAME_THING;
  // "At which estate…": "the hacienda of La Loba" names one by a word for a kind of it (kind-of-asked.ts).
  const kind = (t: Token) =>
    t.pos === 'NOUN' && !questionWords.has(t.normal) && (words.kindOf?.(t.lemma, noun) ?? false);
  const asked = new Set(u.entities);
  const fits = words.personFits(noun);
  // A person of the kind named in a sentence that says the asked act and no unnamed one of the noun ("…when
  // an ATF agent in Phoenix went to Senate investigators" names no agent, whoever else it names).
  const acts = askedActs(u.analysis);
  const isNoun = (t: Token) => t.lemma === noun || (!questionWords.has(t.normal) && same(t.lemma));
  // "The man arrested…" asks the one the act was done to: a name in the agent's place is someone else.
  const nounAt = u.analysis.tokens.findIndex((t) => t.pos === 'NOUN' && t.lemma === noun);
  const doneTo = nameAsked && nounAt >= 0 ? actsDoneTo(u.analysis.tokens, nounAt) : [];
  const candidate = (id: string) => !asked.has(id) && fits !== null && fits(id);
  const namesPerson = (sentenceIds: readonly string[]) =>
    fits !== null &&
    sentenceIds.some((id) => {
      const s = index.sentence(id);
      if (s == null || !s.mentions.some((m) => candidate(m.entityId))) return false;
      if (!nameAsked) return true;
      const analysis = analyse(s.text);
      if (!mayNameAsked({ lemmas: s.lemmas, tokens: analysis.tokens }, acts, isNoun)) return false;
      if (doneTo.length === 0) return true;
      const names = mentionSpans(analysis, s).filter((m) => candidate(m.entityId));
      return doneTo.every((act) => namesPatient(analysis.tokens, names, act));
    });
  const links = nameAsked ? NAMING_LINKS : NAME_LINKS;
  // Of a person ("the soldiers"), a name next to the noun must be a person's: "soldiers of Troop A" names none.
  const isPerson = (id: string) => index.entities.get(id)?.type === 'person';
  return (text, sentenceIds) =>
    namesPerson(sentenceIds) ||
    (fits === null
      ? namesOne(analyse(text), noun, questionWords, () => true, same, true, kind, links)
      : namesOne(analyse(text), noun, questionWords, isPerson, same, false, kind, links));
}

function lemmaOf(u: Understanding, word: string): string | null {
  return u.analysis.tokens.find((t) => t.normal === word.toLowerCase())?.lemma ?? null;
}

/**
 * The noun a phrase names ("the navy ship that found…" → "ship"): its last noun before any other word. A
 * word read as an adjective after a noun is that noun's head ("the army general who…" → "general"): an
 * English adjective stands before its noun, not after it; a participle there modifies the noun ("the colonel
 * commanding the regiment" → "colonel").
 */
function headOf(u: Understanding, phrase: string): string | null {
  let head: string | null = null;
  for (const word of phrase.toLowerCase().split(/\s+/)) {
    const t = u.analysis.tokens.find((k) => k.normal === word);
    if (!t || !['NOUN', 'PROPN', 'ADJ'].includes(t.pos)) break;
    if (t.pos === 'NOUN' || (t.pos === 'ADJ' && head !== null && !PARTICIPLE.test(t.normal))) head = t.lemma;
  }
  return head ?? lemmaOf(u, phrase.split(/\s+/)[0] ?? '');
}

/**
 * True when `analysis` names one of `noun` next to it: a proper name before it ("Sinaloa cartel",
 * "Jalisco and Sinaloa cartels") or after a linking word ("the state of Chihuahua"), that the question
 * does not say and that is no known entity of another kind ("United States" is no state). With `unlisted`
 * false, only a known entity of the kind is a name; `links` are the words that may stand between the noun
 * and a name after it.
 */
function namesOne(
  analysis: Analysis,
  noun: string,
  questionWords: ReadonlySet<string>,
  isKind: (id: string) => boolean,
  sameNoun: ((lemma: string) => boolean) | null = null,
  unlisted = true,
  kindNoun: ((t: Token) => boolean) | null = null,
  links: ReadonlySet<string> = NAME_LINKS,
): boolean {
  const toks = analysis.tokens;
  const entityAt = (i: number) => {
    const span = analysis.custom.find((c) => c.start <= i && i < c.end && c.name.startsWith(ENTITY_PREFIX));
    return span ? span.name.slice(ENTITY_PREFIX.length) : null;
  };
  const isName = (i: number) => {
    const t = toks[i];
    if (!t || t.pos !== 'PROPN' || questionWords.has(t.normal)) return false;
    const id = entityAt(i);
    return id === null ? unlisted : isKind(id);
  };
  for (let i = 0; i < toks.length; i++) {
    const tok = toks[i];
    if (!tok) continue;
    // A noun for the same thing ("the frigate" of "the ship") counts only with a naming verb or "be" after
    // it: a name before a merely related noun ("the Texas coast") names something else, and a noun the
    // question says of something else ("the drug boat") is that thing.
    if (tok.lemma !== noun && !(kindNoun?.(tok) ?? false)) {
      const same =
        sameNoun !== null &&
        tok.pos === 'NOUN' &&
        !questionWords.has(tok.normal) &&
        !questionWords.has(tok.lemma) &&
        sameNoun(tok.lemma);
      if (same && namedAfter(toks, i, isName)) return true;
      continue;
    }
    // The noun capitalised in a known name of another kind ("United States") is not the noun.
    const own = entityAt(i);
    if (own !== null && !isKind(own) && P2.test(toks[i]?.value ?? '')) continue;
    if (i > 0 && isName(i - 1)) return true;
    // "…San Judas, a shelter": the name before the noun set off by a comma.
    if (i > 2 && toks[i - 2]?.normal === ',' && APPOSITION.has(toks[i - 1]?.normal ?? '') && isName(i - 3))
      return true;
    let k = i + 1;
    while (k < toks.length && k <= i + 3 && links.has(toks[k]?.normal ?? '')) k++;
    if (k > i + 1 && isName(k)) return true;
    if (sameNoun && namedAfter(toks, i, isName)) return true;
  }
  return false;
}

/**
 * True when a verb of naming or a form of "be" a few words after the noun at `i` gives its name ("the
 * operation, which it calls Operación Carretera Segura", "the frigate was the USS Carrollton").
 */
function namedAfter(toks: Analysis['tokens'], i: number, isName: (k: number) => boolean): boolean {
  for (let k = i + 1; k < toks.length && k <= i + NAMING_REACH; k++) {
    const t = toks[k];
    if (!t || t.value === '.' || t.value === ';') return false;
    if (!NAMING_VERBS.has(t.lemma) && !(t.lemma === 'be' && k === i + 1)) continue;
    let n = k + 1;
    while (toks[n]?.pos === 'DET') n++;
    return isName(n);
  }
  return false;
}

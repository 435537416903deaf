/**
 * The role a who-question asks and the entity that fills it in a sentence: the question's verb (or the role
 * noun of "who is the spokeswoman"), and in the evidence its agent ("a request from X", "led by X", "X
 * said", "X, then the commander of…, signed"), never merely the nearest name.
 */
import type { Sentence } from '../knowledge/schema.ts';
import { lowerBound } from '../nlp/analysis.ts';
import type { Analysis } from '../nlp/pipeline.ts';
import { PASSIVE_BE } from '../nlp/passive-auxiliaries.ts';
import {
  leaderUnder,
  namesBodyOfPeople,
  titledLeaderOfBody,
  type AskedBody,
  type UnderReading,
} from './body-leader.ts';
import type { Context } from './handlers.ts';
import { namesDoerOf } from './agent-noun.ts';
import type { Understanding } from './understand.ts';

/** Patterns with `\p{…}`, built once: inside a function tsx rebuilds them on every call (see src/nlp/letter-tests.ts). */
const P1 = /^\p{Lu}/u;

/** Verbs asking who made something known: answered by the source a report is attributed to. */
export const REPORTING: ReadonlySet<string> = new Set(['report', 'reveal', 'publish', 'break']);
/** Verbs of speaking the speech verbs of the data leave out, as a question asks them ("who talked about…"). */
const SPEAKING: ReadonlySet<string> = new Set(['talk', 'speak', 'comment', 'remark']);
/** Verbs asking who put a figure on something ("who counted them?" — "estimated by the United Nations"). */
export const FIGURING: ReadonlySet<string> = new Set(['count', 'estimate', 'tally', 'calculate', 'number']);

/**
 * Verbs asking who was over a body of people ("who commanded the defenders?", "who led the company?"):
 * answered also by "under": "The defenders, under Gen. Plutarco Elías Calles, numbered…".
 */
const LEADING: ReadonlySet<string> = new Set(['lead', 'command', 'head']);

/**
 * Words after a verb that make its act an answer to another's ("Agent Mark Ruiz fired back", "shot back"):
 * the one who did it is not who did the act asked of ("who fired the shots?") unless the question says so too.
 */
export const RESPONDING: ReadonlySet<string> = new Set(['back']);

/** Verbs that ask nothing of their own ("who is", "who did"). */
const EMPTY_VERBS = new Set(['be', 'do', 'have', 'get', 'go']);
/** Words between a name and the verb it is the subject of ("has", "also", "not"). */
const MAX_SUBJECT_GAP = 3;
/** Words between a verb or noun and the "by"/"from" that names its agent ("a request from"). */
const MAX_AGENT_GAP = 4;

/** The verbs a who-question asks about, and the role noun of "who is the spokeswoman". */
export function askedPredicates(u: Understanding): string[] {
  const tokens = u.analysis.tokens;
  const out: string[] = [];
  const who = tokens.findIndex((t) => t.normal === 'who');
  let verbAt = who + 1;
  while (who >= 0 && (tokens[verbAt]?.pos === 'ADV' || tokens[verbAt]?.normal === 'first')) verbAt++;
  tokens.forEach((t, i) => {
    // The word after "who" is its verb, however the tagger read it ("who first put out…").
    const verb = t.pos === 'VERB' || (who >= 0 && i === verbAt && t.pos !== 'AUX' && t.pos !== 'PUNCT');
    if (verb && !EMPTY_VERBS.has(t.lemma)) out.push(t.lemma);
  });
  // "Who is the Pentagon's chief spokesperson?": the nouns of the phrase after "who is" name the role, and
  // so do those of "who were the three Mexican commissioners", a count of the holders asked for.
  if (/^(who|whom)$/i.test(tokens[0]?.normal ?? '') && tokens[1]?.lemma === 'be') {
    for (let i = 2; i < tokens.length; i++) {
      const t = tokens[i];
      if (!t || !['DET', 'NUM', 'ADJ', 'NOUN', 'PROPN', 'PART'].includes(t.pos)) break;
      if (t.pos === 'NOUN') out.push(t.lemma);
    }
  }
  // "Who said…", "the general who said…": the verb after "who" is the role asked; others qualify it.
  const own = tokens[verbAt];
  if (who >= 0 && own && out.includes(own.lemma)) return [own.lemma];
  return [...new Set(out)];
}

/**
 * The entity that fills the asked role in a sentence: after "by" or "from" following the asked verb or its
 * noun ("a request from the Department of Homeland Security", "is led by Kenneth Rapuano"); else the name
 * right before the verb ("Trump designated…"); for a role noun, the name it stands beside ("Dana White, the
 * Pentagon's chief spokesperson"). `null` when no candidate stands in such a place.
 */
export function agentIn(
  ctx: Context,
  sentence: Sentence,
  asked: readonly string[],
  isCandidate: (id: string) => boolean,
  /** The bodies of people the question asks about ("troops"), for "under" (see {@link leaderUnder}). */
  isAskedBody: AskedBody | null = null,
  /** True when the question asks of the act done in answer ("who fired back?"): see {@link RESPONDING}. */
  asksResponse = false,
): string | null {
  const analysis = ctx.reader.analyse(sentence.text);
  const tokens = analysis.tokens;
  const spans = mentionSpans(analysis, sentence).filter((m) => isCandidate(m.entityId));
  const wordnet = ctx.reader.data.wordnet;
  if (spans.length === 0) return null;
  // Word vectors are not used here: they rank common verbs as alike ("say" and "make" 0.78).
  // Any verb of making known answers another ("who reported it?" — "…, which published a photo").
  // "Who talked about them?" — "the president of Mexico says…": a verb of speaking in general is answered by
  // any verb of speaking; a particular one ("who called it open-ended") only by itself.
  const speaking = (l: string) => SPEAKING.has(l) || ctx.reader.speechVerbs.has(l);
  const matches = (lemma: string) =>
    asked.some(
      (a) =>
        a === lemma ||
        // "Command" a body is not "order" one about: "under orders from Defense Secretary Jim Mattis" names
        // who sent the troops, not who led them.
        (!LEADING.has(a) && ctx.reader.synonymsOf(a).includes(lemma)) ||
        (REPORTING.has(a) && REPORTING.has(lemma)) ||
        (FIGURING.has(a) && FIGURING.has(lemma)) ||
        (SPEAKING.has(a) && speaking(lemma)),
    );
  // "Who reported it?": the news organisation a report is attributed to, "according to X" or "…told X".
  if (asked.some((a) => REPORTING.has(a))) {
    for (const m of spans) {
      const before = tokens.slice(Math.max(0, m.start - 2), m.start).map((t) => t.normal);
      const source =
        (before[0] === 'according' && before[1] === 'to') ||
        before.at(-1) === 'told' ||
        (before[0] === 'told' && before[1] === 'the');
      if (source && ctx.index.entities.get(m.entityId)?.type === 'organisation') return m.entityId;
    }
  }
  if (asked.some((a) => LEADING.has(a))) {
    const under = leaderUnder(tokens, spans, {
      namesBody: namesBodyIn(ctx),
      isAskedBody,
      ...ranksIn(ctx),
    });
    if (under) return under.entityId;
    const titles = new Set(ctx.reader.data.titles ?? []);
    const owner = titledLeaderOfBody(tokens, spans, {
      titled: (id) => (ctx.index.entities.get(id)?.roles.length ?? 0) > 0,
      countsPeople: (lemma) => ctx.reader.countsPeople(lemma),
      isTitle: (word) => titles.has(word),
    });
    if (owner) return owner;
  }
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i];
    if (!tok || (tok.pos !== 'VERB' && tok.pos !== 'NOUN' && tok.pos !== 'PROPN')) continue;
    if (tok.pos === 'PROPN' || !matches(tok.lemma)) {
      // "Who commanded Squadron 201?" — "the squadron commander, Captain Radamés Gaxiola Andrade": the noun
      // for one who does the asked act, with the name it titles or stands beside.
      // "Organizers Jim Gilchrist and…": a capitalised plural opening a sentence is read as a name, as written.
      const doer =
        (tok.pos === 'NOUN' || tok.pos === 'PROPN') &&
        asked.some((a) => namesDoerOf(wordnet, a, tok.lemma) || namesDoerOf(wordnet, a, tok.normal));
      const named = doer ? (nameBeside(tokens, spans, i) ?? nameAfterDoerOf(tokens, spans, i)) : null;
      if (named) return named;
      continue;
    }
    if (tok.pos === 'VERB' && !asksResponse && RESPONDING.has(tokens[i + 1]?.normal ?? '')) continue;
    for (let j = i + 1; j <= i + MAX_AGENT_GAP && j < tokens.length; j++) {
      const w = tokens[j];
      if (!w || w.pos === 'PUNCT') break;
      if (w.normal !== 'by' && w.normal !== 'from') continue;
      // "Led by Maj. Gen. Scott Naumann": titles may stand between "by" and the name.
      const after = spans.find((m) => m.start > j);
      const between = after ? tokens.slice(j + 1, after.start) : [];
      if (
        after &&
        between.length <= MAX_TITLE_WORDS &&
        between.every((t) => t.pos === 'DET' || P1.test(t.value) || t.value === '.')
      )
        return after.entityId;
      break;
    }
    if (tok.pos === 'VERB' && tokens[i - 1]?.normal === 'by') {
      // "X … responded by saying…": the gerund's agent is the clause's subject, its first name.
      const subject = spans.find((m) => m.end <= i);
      if (subject) return subject.entityId;
    }
    if (tok.pos === 'VERB') {
      const setOff = subjectBeforeSetOff(tokens, spans, i);
      if (setOff) return setOff;
      const before = subjectBefore(tokens, spans, i);
      if (before) return before;
    } else {
      const named = nameBeside(tokens, spans, i);
      if (named) return named;
      const apposed = spans.filter((m) => m.end < i && i - m.end <= 6).at(-1);
      if (apposed && tokens[apposed.end]?.value === ',') return apposed.entityId;
    }
    // "Sgt. Ann Cole, a Guard soldier who was wounded": the one a clause in the passive describes had the act
    // done to them.
    const antecedent = inPassive(tokens, i) ? null : relativeAntecedent(tokens, spans, i);
    if (antecedent) return antecedent;
  }
  return null;
}

/**
 * The name a role noun at `at` titles ("spokesman Raul Ortiz") or stands beside ("The family's lawyer, Raymond
 * Olivas III of El Paso, said"), or `null`.
 */
function nameBeside(
  tokens: Analysis['tokens'],
  spans: ReadonlyArray<{ entityId: string; start: number; end: number }>,
  at: number,
): string | null {
  const titled = spans.find((m) => m.start === at + 1);
  if (titled) return titled.entityId;
  const beside = tokens[at + 1]?.value === ',' ? spans.find((m) => m.start === at + 2) : undefined;
  return beside && APPOSITION_CLOSE.has(tokens[beside.end]?.normal ?? '.') ? beside.entityId : null;
}

/** Words of an "of" phrase after a noun for a doer ("the leaders of the armed band"). */
const MAX_DOER_OBJECT = 5;
/** Parts of speech an "of" phrase naming what a doer did their act to is made of. */
const DOER_OBJECT_POS: ReadonlySet<string> = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM']);

/**
 * The name set after a noun for a doer at `at` and the "of" phrase that says what they did it to ("the leaders
 * of the band: Arturo Gámiz García, 25, …"), or `null`; `null` too when the phrase names a candidate, whom
 * the question did not name: "the organizers of another group" did not organize the one asked of.
 */
function nameAfterDoerOf(
  tokens: Analysis['tokens'],
  spans: ReadonlyArray<{ entityId: string; start: number; end: number }>,
  at: number,
): string | null {
  if (tokens[at + 1]?.normal !== 'of') return null;
  let end = at + 2;
  while (end < tokens.length && end - at - 2 < MAX_DOER_OBJECT && DOER_OBJECT_POS.has(tokens[end]?.pos ?? ''))
    end++;
  if (end === at + 2 || spans.some((m) => m.start > at + 1 && m.start < end)) return null;
  const mark = tokens[end]?.value;
  const named = mark === ':' || mark === ',' ? spans.find((m) => m.start === end + 1) : undefined;
  if (!named) return null;
  return mark === ':' || APPOSITION_CLOSE.has(tokens[named.end]?.normal ?? '.') ? named.entityId : null;
}

/** {@link namesBodyOfPeople} with the engine's people nouns and WordNet. */
export function namesBodyIn(ctx: Context): (lemma: string) => boolean {
  return (lemma) => namesBodyOfPeople(lemma, (l) => ctx.reader.countsPeople(l), ctx.reader.data.wordnet);
}

/**
 * WordNet steps from a rank to "serviceman". "General" and "admiral" take five (general → general officer →
 * commissioned military officer → commissioned officer → military officer → serviceman), the most of any
 * title; at four "Gen." read as a civilian title, so "Mexican troops under Gen. José de Urrea" named no
 * leader. Five changes no other title of the lexicon (personTitles, titleAbbreviations).
 */
const RANK_STEPS = 5;

/**
 * Military ranks and other titles, in full or abbreviated ("Gen.", "colonel", "Sgt."; "President", "Gov."): a
 * rank is a title whose first noun sense is a kind of serviceman in WordNet, which "president" and "governor"
 * are not; a civilian title is one of the lexicon's person titles that is no rank.
 */
export function ranksIn(ctx: Context): Pick<UnderReading, 'isRank' | 'isCivilianTitle'> {
  const abbreviations = ctx.reader.data.titleAbbreviations;
  const wordnet = ctx.reader.data.wordnet;
  const titles = new Set(ctx.reader.data.titles ?? []);
  const full = (word: string) => abbreviations?.get(word) ?? word;
  const isRank = (word: string) => wordnet?.nounKindWords(full(word), RANK_STEPS).has('serviceman') ?? false;
  return { isRank, isCivilianTitle: (word) => (titles.has(word) || titles.has(full(word))) && !isRank(word) };
}

/** True when a who-question asks who led or commanded ("who led the troops?", "who commanded the post?"). */
export function asksLeader(asked: readonly string[]): boolean {
  return asked.some((a) => LEADING.has(a));
}

/**
 * The one a sentence says the asked body of people was "under" ({@link leaderUnder}): `entityId` a candidate,
 * or `null` when the name is no candidate's whole mention ("Gen. José de Urrea" where the knowledge holds "Gen.
 * José" at most); `null` overall when the sentence says no body was under anyone.
 */
export function leaderUnderIn(
  ctx: Context,
  sentence: Sentence,
  isCandidate: (id: string) => boolean,
  isAskedBody: AskedBody | null,
): { entityId: string | null; within: string | null } | null {
  const analysis = ctx.reader.analyse(sentence.text);
  const spans = mentionSpans(analysis, sentence).filter((m) => isCandidate(m.entityId));
  return leaderUnder(analysis.tokens, spans, {
    namesBody: namesBodyIn(ctx),
    isAskedBody,
    ...ranksIn(ctx),
  });
}

/** Words that may follow a name set beside a role noun ("lawyer, Raymond Olivas III of El Paso,"), not a list's "and". */
const APPOSITION_CLOSE: ReadonlySet<string> = new Set([',', '.', 'of', 'said', 'says']);

/** Words from "who" to the asked word in a relative clause ("who fired the fatal shot"). */
const MAX_RELATIVE_CLAUSE = 8;
/** Words of the noun phrase a relative clause may hang on after a name ("X, the Marine who…"). */
const MAX_APPOSED_NOUN = 4;

/**
 * "Cpl. Clemente Bañuelos, the Marine who fired the fatal shot": the asked word at `at` in a relative clause
 * belongs to the one the clause describes — the name right before "who", or the name a noun phrase set off
 * by a comma stands beside. `null` when `at` is in no such clause.
 */
export function relativeAntecedent(
  tokens: Analysis['tokens'],
  spans: ReadonlyArray<{ entityId: string; start: number; end: number }>,
  at: number,
): string | null {
  let who = -1;
  for (let k = at - 1; k >= 0 && at - k <= MAX_RELATIVE_CLAUSE; k--) {
    const t = tokens[k];
    if (!t || t.pos === 'PUNCT') return null;
    if (t.normal === 'who') {
      who = k;
      break;
    }
  }
  if (who < 0) return null;
  const right = spans.find((m) => m.end === who);
  if (right) return right.entityId;
  for (let k = who - 1; k >= 0 && who - k <= MAX_APPOSED_NOUN + 1; k--) {
    const t = tokens[k];
    if (!t) return null;
    if (t.value === ',') return spans.find((m) => m.end === k)?.entityId ?? null;
    if (!['DET', 'ADJ', 'NOUN', 'PROPN'].includes(t.pos)) return null;
  }
  return null;
}

/** True when the verb at `at` is in the passive: a form of "be" before it, maybe with an adverb between ("was later freed"). */
export function inPassive(tokens: Analysis['tokens'], at: number): boolean {
  let k = at - 1;
  if (tokens[k]?.pos === 'ADV') k--;
  return PASSIVE_BE.has(tokens[k]?.normal ?? '');
}

/** Titles between "by" and the name of the agent ("by Maj. Gen. Scott Naumann"). */
const MAX_TITLE_WORDS = 4;

/**
 * The name right before the verb at `verbAt` that is its subject (see {@link isSubjectGap}). A name inside
 * a phrase after another ("Nobody from the Pentagon has called", "Sheinbaum of Morena said") is not: the
 * name before that phrase is, when there is one. `null` when no name is.
 */
function subjectBefore(
  tokens: Analysis['tokens'],
  spans: ReadonlyArray<{ entityId: string; start: number; end: number }>,
  verbAt: number,
): string | null {
  const before = spans.filter((m) => m.end <= verbAt);
  for (let k = before.length - 1; k >= 0; k--) {
    const m = before[k];
    if (!m) break;
    let p = m.start - 1;
    if (tokens[p]?.pos === 'DET') p--;
    if (tokens[p]?.normal === 'of' || tokens[p]?.normal === 'from') {
      if (before[k - 1]?.end === p) continue;
      return null;
    }
    return isSubjectGap(tokens.slice(m.end, verbAt)) ? m.entityId : null;
  }
  return null;
}

/** Words a catenative verb before the asked one may take ("is expected to", "was going to", "has agreed to"). */
const MAX_CATENATIVE = 4;

/**
 * True when the words between a name and a verb leave the name its subject: auxiliaries and adverbs ("has
 * also"), a relative ("that news agency, which published…"), a phrase placing the name ("Sheinbaum of
 * Mexico said") and a verb the asked one completes ("Mattis is expected to sign": the one expected to sign
 * signs). Not a passive ("troops have been photographed": its subject is who it was done to).
 */
function isSubjectGap(gap: Analysis['tokens']): boolean {
  let from = 0;
  if (gap[0]?.normal === 'of' || gap[0]?.normal === 'from') {
    from = 1;
    if (gap[from]?.pos === 'DET') from++;
    const name = from;
    while (gap[from]?.pos === 'PROPN') from++;
    if (from === name) return false;
  }
  const to = gap.findLastIndex((g) => g.normal === 'to');
  if (to > from) {
    const catenative = gap.slice(from, to);
    const verb = catenative.at(-1);
    if (
      catenative.length > MAX_CATENATIVE ||
      (verb?.pos !== 'VERB' && verb?.pos !== 'ADJ') ||
      !catenative.every((g) => ['AUX', 'ADV', 'PART', 'VERB', 'ADJ'].includes(g.pos))
    )
      return false;
    from = to + 1;
  }
  const rest = gap.slice(from);
  const relative = (g: { value: string; normal: string }) =>
    g.value === ',' || g.normal === 'which' || g.normal === 'who' || g.normal === 'that';
  const passive = rest.some((g) => PASSIVE_BE.has(g.normal));
  return (
    rest.length <= MAX_SUBJECT_GAP &&
    !passive &&
    rest.every((g) => g.pos === 'AUX' || g.pos === 'ADV' || g.pos === 'PART' || relative(g))
  );
}

/**
 * "Whose ranch…?": the one a sentence gives the asked thing to — a name right before it ("the Brannock
 * ranch", "Brannock's ranch") or after "of" ("the ranch of Hollis Brannock"). `null` when the sentence names
 * no candidate so.
 */
export function possessorIn(
  ctx: Context,
  sentence: Sentence,
  thing: string,
  isCandidate: (id: string) => boolean,
): string | null {
  const analysis = ctx.reader.analyse(sentence.text);
  const tokens = analysis.tokens;
  const spans = mentionSpans(analysis, sentence).filter((m) => isCandidate(m.entityId));
  for (let i = 1; i < tokens.length; i++) {
    const tok = tokens[i];
    if (
      !tok ||
      tok.pos !== 'NOUN' ||
      (tok.lemma !== thing && !ctx.reader.synonymsOf(thing).includes(tok.lemma))
    )
      continue;
    const at = /^['’]s$/.test(tokens[i - 1]?.normal ?? '') ? i - 1 : i;
    const before = spans.find((m) => m.end === at);
    if (before) return before.entityId;
    if (tokens[i + 1]?.normal === 'of') {
      const after = spans.find(
        (m) => m.start === i + 2 || (m.start === i + 3 && tokens[i + 2]?.pos === 'DET'),
      );
      if (after) return after.entityId;
    }
  }
  return null;
}

/**
 * Words an apposition between a subject and its verb may run to ("X, then the commander of…, signed"; "Grover
 * C. Wilmoth, the district director of the U.S. Immigration and Naturalization Service in El Paso, ordered":
 * 13 words and its commas). 12 left that one unanswered; 16: all dev 1143 → 1144/1454, test unchanged (npm
 * run eval 2026-12-02).
 */
const MAX_APPOSITION = 16;

/**
 * The name before a part set off by commas right before the verb at `verbAt` is the subject of that verb, not
 * the last name inside the part: an apposition ("Gen. Colin Powell, then the commander of the Army's Forces
 * Command, signed the order"), which holds no verb, or a clause that describes the name ("Don Andrés Viesca,
 * who holds Piedras Negras for President Juárez, bought…"). `null` when the verb follows no such part or no
 * name stands right before it.
 */
function subjectBeforeSetOff(
  tokens: Analysis['tokens'],
  spans: ReadonlyArray<{ entityId: string; start: number; end: number }>,
  verbAt: number,
): string | null {
  if (tokens[verbAt - 1]?.value !== ',') return null;
  let holdsVerb = false;
  for (let k = verbAt - 2; k >= 0 && verbAt - k <= MAX_APPOSITION; k--) {
    const t = tokens[k];
    if (!t) return null;
    if (t.value !== ',') {
      holdsVerb ||= t.pos === 'VERB' || t.pos === 'AUX';
      continue;
    }
    const opener = tokens[k + 1]?.normal;
    if (holdsVerb && opener !== 'who' && opener !== 'which') return null;
    return spans.find((m) => m.end === k)?.entityId ?? null;
  }
  return null;
}

/** Each mention of a sentence as a token range in its analysis. */
/** The token spans of a sentence's named mentions (pronouns left out), by where their words stand. */
export function mentionSpans(
  analysis: Analysis,
  sentence: Sentence,
): Array<{ entityId: string; start: number; end: number }> {
  const out: Array<{ entityId: string; start: number; end: number }> = [];
  const { tokens } = analysis;
  // A name said many times is one mention per saying, each with the same text: its places are found once.
  const seen = new Set<string>();
  for (const m of sentence.mentions) {
    if (m.via === 'pronoun' || m.text.length === 0) continue;
    const key = `${m.entityId}\u0000${m.text}`;
    if (seen.has(key)) continue;
    seen.add(key);
    for (let at = sentence.text.indexOf(m.text); at >= 0; at = sentence.text.indexOf(m.text, at + 1)) {
      const first = lowerBound(0, tokens.length, (i) => (tokens[i]?.start ?? 0) < at);
      const start = tokens[first]?.start === at ? first : -1;
      if (start < 0) continue;
      let end = start;
      while (end < analysis.tokens.length && (analysis.tokens[end]?.end ?? 0) <= at + m.text.length) end++;
      out.push({ entityId: m.entityId, start, end });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

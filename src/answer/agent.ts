/**
 * The entity that fills the asked role of a who-question in a sentence: in the evidence the agent of the
 * asked verb or its noun ("a request from X", "led by X", "X said", "X, then the commander of…, signed"),
 * never merely the nearest name; the leader a body of people was under; the owner a "whose" question asks.
 */
import type { Sentence } from '../knowledge/schema.ts';
import {
  leaderUnder,
  namesBodyOfPeople,
  titledLeaderOfBody,
  type AskedBody,
  type UnderReading,
} from './body-leader.ts';
import type { Context } from './handlers.ts';
import { namesDoerOf } from './agent-noun.ts';
import {
  inPassive,
  mentionSpans,
  nameAfterDoerOf,
  nameBeside,
  relativeAntecedent,
  subjectBefore,
  subjectBeforeSetOff,
} from './name-positions.ts';
import { FIGURING, LEADING, REPORTING, RESPONDING, SPEAKING } from './who-predicates.ts';

/** Patterns with `\p{…}`, built once: inside a function tsx rebuilds them on every call (see src/nlp/letter-tests.ts). */
const P1 = /^\p{Lu}/u;

/** Words between a verb or noun and the "by"/"from" that names its agent ("a request from"). */
const MAX_AGENT_GAP = 4;

/** Titles between "by" and the name of the agent ("by Maj. Gen. Scott Naumann"). */
const MAX_TITLE_WORDS = 4;

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

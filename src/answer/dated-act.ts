/**
 * Which act a date in a sentence dates. "When did the Mexicans surround Victorio's camp?" is answered by the
 * date in the clause that says the surrounding ("surrounded his camp … on the evening of Oct. 14"), not by
 * the day the news came ("brought word on Monday that … surrounded"), nor by a date in a sentence that says
 * another act of the same people.
 */
import { lowerBound, type Token } from '../nlp/pipeline.ts';
import type { WordLens } from './retrieval.ts';

/** Patterns with `\p{…}`, built once: inside a function tsx rebuilds them on every call (see src/nlp/letter-tests.ts). */
const P1 = /[^\p{L}\p{N}]+/u;

/** Words that open a clause of its own: a date on their other side dates another act. */
const CLAUSE_OPENERS: ReadonlySet<string> = new Set([
  'that',
  'which',
  'who',
  'whom',
  'whose',
  'where',
  'when',
  'while',
  'because',
  'although',
  'though',
  'whether',
]);
/** Marks that close a clause (a semicolon, a dash, a bracket). */
const CLAUSE_MARKS = /^[;:—–()[\]]$/u;
/**
 * The end of a sentence inside a passage read as one, a quotation of several sentences ("The men of Mier fought
 * the Texans in the streets. … We pray today for all the dead"): a date past it dates none of the acts before.
 */
const SENTENCE_END = /^[.?!]["”’]?$/u;
/**
 * A word, a clause's mark, or a sentence's end: a full stop, question or exclamation mark after a word in small
 * letters (not an initial or an abbreviated title: "Gen. Taylor", "Dec. 25", "a.m. Sunday") and before a
 * capital. Read in the text as written, for its capitals.
 */
const WORDS =
  /[\p{L}\p{N}][\p{L}\p{N}'’.,-]*[\p{L}\p{N}]|[\p{L}\p{N}]|[;:—–()[\]]|(?<=(?<![\p{L}.])\p{Ll}{2,})[.?!]["”’]?(?=\s+["“‘]?\p{Lu})/gu;

/** Particles that make a light verb an act of its own ("take over", "break out", "turn down"). */
const PARTICLES: ReadonlySet<string> = new Set(['over', 'out', 'down', 'up', 'off', 'back', 'away']);

/** A light verb and its particle, read as one act ("take over"): the lemma of each. */
export interface PhrasalAct {
  verb: string;
  particle: string;
}

/**
 * The phrasal acts a question asks about: a verb the stop list holds ("take", "break", which the question's
 * predicates leave out) followed by a particle ("wen did texas take over shelby park", "when did the revolt
 * break out").
 */
export function phrasalActs(tokens: readonly Token[]): PhrasalAct[] {
  const acts: PhrasalAct[] = [];
  tokens.forEach((t, i) => {
    const next = tokens[i + 1];
    if (t.pos === 'VERB' && t.stop && next && PARTICLES.has(next.normal))
      acts.push({ verb: t.lemma, particle: next.normal });
  });
  return acts;
}

/**
 * The phrasal acts to look for, and a reading of a sentence's tokens to find them in, or a form of the act
 * its stem does not tell ("broke"); read only then.
 */
export interface PhrasalLookup {
  acts: readonly PhrasalAct[];
  tokensOf: (text: string) => readonly Token[];
}

/** Where a sentence stands to the asked act: a date in the act's clause, the act elsewhere in it, or no act. */
export type DatedAct = 'dates-act' | 'says-act' | 'no-act';

interface Word {
  text: string;
  start: number;
}

/** The words of `text` in small letters, with where each starts. */
function wordsOf(text: string): Word[] {
  return [...text.matchAll(WORDS)].map((m) => ({ text: m[0].toLowerCase(), start: m.index }));
}

/** True when no clause opener or mark (`marks` only: {@link SENTENCE_END}) stands strictly between words `a` and `b`. */
function sameClause(words: readonly Word[], a: number, b: number, marksOnly = false): boolean {
  const [from, to] = a < b ? [a, b] : [b, a];
  for (let i = from + 1; i < to; i++) {
    const w = words[i]?.text ?? '';
    if (SENTENCE_END.test(w)) return false;
    if (!marksOnly && (CLAUSE_OPENERS.has(w) || CLAUSE_MARKS.test(w))) return false;
  }
  return true;
}

/** Words of a relative clause's subject between its noun and its verb ("the treaty the two countries signed"). */
const SUBJECT_TAGS: ReadonlySet<string> = new Set(['DET', 'PRON', 'NUM', 'ADJ', 'NOUN']);

/**
 * True when a relative clause without "that" opens between offsets `from` and `to` of the tokens' text and
 * its verb stands before `to`: a noun, then a subject opening with a determiner or a pronoun, then a verb
 * ("the kidnapping broke the extradition treaty the two countries signed in 1978"). A date after that verb
 * dates the clause's act (the signing), not an act said before it (the kidnapping).
 */
function contactRelativeBetween(tokens: readonly Token[], from: number, to: number): boolean {
  // From the first token past `from`, found by search, up to `to`: read once per act word, not from the start.
  const first = lowerBound(0, tokens.length, (k) => (tokens[k]?.start ?? 0) <= from);
  for (let k = first; k + 2 < tokens.length; k++) {
    const noun = tokens[k];
    const opener = tokens[k + 1];
    if (!noun || !opener || noun.start >= to) break;
    if (noun.pos !== 'NOUN' || (opener.pos !== 'DET' && opener.pos !== 'PRON')) continue;
    for (let j = k + 2; j < Math.min(tokens.length, k + 6); j++) {
      const t = tokens[j];
      if (!t || t.start >= to) break;
      if (t.pos === 'VERB') return true;
      if (!SUBJECT_TAGS.has(t.pos)) break;
    }
  }
  return false;
}

/** A past participle's ending as written ("published", "taken"): a verb read so after a noun may modify it. */
const PARTICIPLE_ENDING = /(?:ed|en|wn)$/;

/**
 * True when a reduced relative clause opens between offsets `from` and `to` of the tokens' text: after a verb of
 * the clause `from` stands in, a noun followed by a past participle ("Her remarks to supporters came in
 * response to an article published the day before"). A date after the participle dates the participle's act
 * (the publishing), not the clause's before it (the remarks).
 */
function participleRelativeBetween(tokens: readonly Token[], from: number, to: number): boolean {
  const first = lowerBound(0, tokens.length, (k) => (tokens[k]?.start ?? 0) <= from);
  let verbSeen = false;
  for (let k = first; k + 1 < tokens.length; k++) {
    const t = tokens[k];
    const next = tokens[k + 1];
    if (!t || !next || next.start >= to) break;
    if (t.pos === 'VERB' || t.pos === 'AUX') verbSeen = true;
    else if (
      verbSeen &&
      (t.pos === 'NOUN' || t.pos === 'PROPN') &&
      next.pos === 'VERB' &&
      next.normal !== next.lemma &&
      PARTICIPLE_ENDING.test(next.normal)
    )
      return true;
  }
  return false;
}

/**
 * A test of where a sentence's date stands to the act a question asks the date of (`acts`: the lemmas of
 * the question's own verbs): `dates-act` when a word of the sentence says the act (the same word, a form of
 * it or a synonym) in the clause the date stands in; `says-act` when the sentence says it elsewhere;
 * `no-act` when it does not say it. `null` when the question asks no act.
 *
 * A word only near in meaning by the word vectors does not count: "reveal" is near "publish" and "raise"
 * near "begin", and with such words (related ≥ 0.4, the count handler's measure) all dev splits answered
 * 917/1090 against 919 without them (npm run eval 2026-12-01).
 */
export function datedActTest(
  acts: readonly string[],
  lens: Pick<WordLens, 'synonymsOf'>,
  stem: (word: string) => string,
  phrasal: PhrasalLookup = { acts: [], tokensOf: () => [] },
): ((sentence: { text: string; lemmas: readonly string[] }, dateText: string) => DatedAct) | null {
  if (acts.length === 0 && phrasal.acts.length === 0) return null;
  const forms = new Set(acts.flatMap((a) => [a, ...lens.synonymsOf(a)]));
  const stems = new Set([...forms].map(stem));
  const says = (lemma: string) => forms.has(lemma) || stems.has(stem(lemma));
  // A sentence with several dates is tested once per date: it is read once.
  const read = new Map<string, readonly Token[]>();
  return (sentence, dateText) => {
    const lower = sentence.text.toLowerCase();
    // Lower case keeps every position but in a few scripts ("İ"): then the words are read in it.
    const words = wordsOf(lower.length === sentence.text.length ? sentence.text : lower);
    const sayers = new Set(sentence.lemmas.filter(says).map(stem));
    const actWords: number[] = [];
    if (sayers.size > 0)
      words.forEach((w, i) => {
        if (sayers.has(stem(w.text)) || stems.has(stem(w.text))) actWords.push(i);
      });
    // "Broke" for "break": a form its stem does not tell is found by the lemma of each token, read only then.
    const irregular = sayers.size > 0 && actWords.length === 0;
    // Only a sentence that has a particle asked about may say a phrasal act.
    const particle = phrasal.acts.some((a) => words.some((w) => w.text === a.particle));
    if (particle || irregular) {
      const tokens = read.get(sentence.text) ?? phrasal.tokensOf(sentence.text);
      read.set(sentence.text, tokens);
      tokens.forEach((t, i) => {
        const next = tokens[i + 1];
        const phrase = phrasal.acts.some((a) => a.verb === t.lemma && a.particle === next?.normal);
        if (!phrase && !(irregular && says(t.lemma))) return;
        const at = words.findIndex((w) => w.start >= t.start);
        if (at >= 0) actWords.push(at);
      });
    }
    if (sayers.size === 0 && actWords.length === 0) return 'no-act';
    const at = lower.indexOf(dateText.toLowerCase());
    const from = words.findIndex((w) => w.start >= at);
    if (at < 0 || from < 0) return 'says-act';
    const end = at + dateText.length;
    let to = from;
    while ((words[to + 1]?.start ?? end) < end) to++;
    // "Jan. 10 (Wednesday): … take over the park": a date heading its line with a colon dates all of it.
    const after = words[to + 1]?.text === ':' ? to + 1 : to;
    const near = (i: number, sentenceOnly: boolean) =>
      i < from ? sameClause(words, i, from, sentenceOnly) : sameClause(words, after, i, sentenceOnly);
    const dating = actWords.filter((i) => near(i, false));
    if (dating.length > 0) {
      const tokensOf = (text: string) => {
        const tokens = read.get(text) ?? phrasal.tokensOf(text);
        read.set(text, tokens);
        return tokens;
      };
      const own = (i: number) => {
        const w = words[i];
        if (!w || i > from) return true;
        const tokens = tokensOf(sentence.text);
        return (
          !contactRelativeBetween(tokens, w.start, at) && !participleRelativeBetween(tokens, w.start, at)
        );
      };
      if (dating.some(own)) return 'dates-act';
    }
    // Said only in another sentence of the passage, the act is no more said than in another sentence.
    return actWords.length > 0 && !actWords.some((i) => near(i, true)) ? 'no-act' : 'says-act';
  };
}

/**
 * Credit (0–1, {@link WordLens.saidOtherwise}) from which a sentence's word says one of the question's other
 * words in other words. "Body" is 0.53 from the words of "Camarena … was seized by armed men on Feb. 7";
 * 0.6, 0.8 and 1 measured alike (npm run eval 2026-12-01: all dev 1026 → 1027/1238, all test 946/1591,
 * answerable declined and must-decline answered unchanged); without it (stems only) all test 946 → 945 and
 * test answerable declined 189 → 190.
 */
export const OTHER_WORD_SAID = 0.6;

/**
 * True when a date sentence tells of something else than the question asks: none of the question's words
 * beside its acts (`others`: its content words less its verbs) is said in it, by the same stem or in other
 * words ({@link OTHER_WORD_SAID}). A date question whose act no candidate sentence says ("When was
 * Camarena's body found?" against "Camarena … was seized … on Feb. 7") is then answered with another event's
 * date; with its other words ("When did AMLO hold the press conference?": "… said during a press conference
 * on Tuesday") the act is most often said in other words. False when the question has no other words.
 */
export function tellsOtherThing(
  others: readonly string[],
  sentence: { text: string; lemmas: readonly string[] },
  stem: (word: string) => string,
  lens: Pick<WordLens, 'saidOtherwise'>,
): boolean {
  if (others.length === 0) return false;
  const said = new Set([...sentence.lemmas, ...sentence.text.toLowerCase().split(P1)].map(stem));
  const lemmas = new Set(sentence.lemmas);
  return !others.some((w) => said.has(stem(w)) || lens.saidOtherwise(w, lemmas) >= OTHER_WORD_SAID);
}

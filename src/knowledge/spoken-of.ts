/**
 * Words a turn's speaker recounts from someone they speak of ("SHERIFF TOM REYES: I talked to the captain
 * on Monday. He told me, '…'"): "he" or "she" in a turn of speech is never the one speaking, who would
 * say "I", but the person the turn spoke of last, in the paragraph's last few sentences.
 */
import { firstTokenAtOrAfter } from '../nlp/pipeline.ts';
import type { WorkingQuote, WorkingSentence } from './working.ts';
import { tokenAt, type SpeakerGuess } from './speakers.ts';
import type { VerbsOfSaying } from './saying-verbs.ts';
import { hyphenatedWordAt } from './hyphenated-words.ts';
import { THIRD_PERSON } from '../nlp/third-person.ts';

/** Tokens back from a quotation to the verb of saying that hands it over ("He told me, '…'"). */
const MAX_TOKENS_TO_CUE = 8;
/** Subjects of a verb of saying that name no one the turn spoke of ("I told them", "we said"). */
const OTHER_PRONOUNS = new Set(['i', 'we', 'you', 'they', 'it']);
/** Sentences of the paragraph at most looked back through for whom "he" or "she" stands. */
const MAX_SENTENCES_BACK = 3;
/** Words opening a description of a person ("the captain", "my deputy", which the turn's speaker owns). */
const DETERMINERS = new Set(['the', 'a', 'an', 'my', 'our']);
/** Words at most between "the" and the noun for a person it names ("the lieutenant in charge"). */
const MAX_DESCRIBED_WORDS = 3;

/** What this reading asks of the article: its entities' kinds and its nouns for people. */
export interface SpokenOfReader {
  entity(id: string): { id: string; name: string; type: string } | undefined;
  isPersonNoun(lemma: string): boolean;
  /** The gender a noun for a person marks ("grandmother": female), if any; absent: none is checked. */
  nounGender?(lemma: string): 'male' | 'female' | null;
}

/**
 * The verb of saying before `q` in its sentence, within a few tokens, and its subject's word ("he", "i"),
 * or `null` when no such verb hands the quotation over.
 */
export function subjectOfCue(q: WorkingQuote, cues: VerbsOfSaying): string | null {
  const at = pronounAt(q, cues);
  return at < 0 ? null : (q.sentence.analysis.tokens[at]?.normal ?? null);
}

/** The token of the subject of the verb of saying before `q`, or -1. */
function pronounAt(q: WorkingQuote, cues: VerbsOfSaying): number {
  const { analysis, tokenStart, tokenEnd } = q.sentence;
  const opening = firstTokenAtOrAfter(analysis, tokenStart, tokenEnd, q.span.outerStart);
  const reach = Math.max(tokenStart, opening - MAX_TOKENS_TO_CUE);
  let cue = opening - 1;
  while (
    cue >= reach &&
    !(analysis.tokens[cue]?.pos === 'VERB' && cues.has(analysis.tokens[cue]?.lemma ?? ''))
  )
    cue--;
  let subject = cue - 1;
  while (subject > tokenStart && ['ADV', 'AUX'].includes(analysis.tokens[subject]?.pos ?? '')) subject--;
  // "He used to say, '…'", "she wanted to tell them": the verb "to" joins the verb of saying to has the
  // same subject.
  if (analysis.tokens[subject]?.normal === 'to' && analysis.tokens[subject - 1]?.pos === 'VERB')
    for (subject -= 2; subject > tokenStart && ['ADV', 'AUX'].includes(analysis.tokens[subject]?.pos ?? '');)
      subject--;
  if (cue < reach || subject < tokenStart) return -1;
  // "He stood on the hill by the cemetery and said, '…'": a verb joined on by "and" shares the subject the
  // sentence opens with (after a turn's label, "REYES: I went … and said"), when that is a pronoun.
  if (analysis.tokens[subject]?.normal !== 'and') return subject;
  let start = subject;
  while (start > tokenStart && analysis.tokens[start - 1]?.value !== ':') start--;
  const opener = analysis.tokens[start];
  return opener?.pos === 'PRON' && SUBJECTS.has(opener.normal) ? start : subject;
}

/** Pronouns a sentence opens with as the subject of every verb "and" joins on ("He stood … and said"). */
const SUBJECTS: ReadonlySet<string> = new Set(['he', 'she', 'i']);

/**
 * Whom a turn's `he`/`she` handing over `q` stands for, the turn's speaker (`speakerId`) aside: the last
 * person the nearest of the paragraph's few sentences before names, or describes by "the"/"a" and a noun
 * for a person ("the captain"), as written; `null` when `q` is not handed over so or no one is found.
 */
export function spokenOf(
  reader: SpokenOfReader,
  q: WorkingQuote,
  speakerId: string | null,
  cues: VerbsOfSaying,
): Omit<SpeakerGuess, 'cue'> | null {
  // "My dad used to tell us, '…' He said it like it was a rank.": a verb before the words with no pronoun
  // for its subject leaves the "he" handing them over after them.
  const subject = subjectOfCue(q, cues);
  if (subject && OTHER_PRONOUNS.has(subject)) return null;
  const before = subject && THIRD_PERSON.has(subject) ? subject : null;
  const after = before ? null : pronounAfter(q, cues);
  const pronoun = before ?? after;
  if (!pronoun || !THIRD_PERSON.has(pronoun)) return null;
  const gender = pronoun === 'she' ? 'female' : 'male';
  // "I called the lieutenant and he told me, '…'": the sentence's own words before the pronoun first; for
  // a quotation handed over after it ("'…' That's what she always said"), its words before the quotation.
  const upTo = after
    ? firstTokenAtOrAfter(q.sentence.analysis, q.sentence.tokenStart, q.sentence.tokenEnd, q.span.outerStart)
    : pronounAt(q, cues);
  const own = latest(reader, q.sentence, speakerId, upTo, gender);
  if (own) return own;
  // "In my grandmother's kitchen he was 'el general.' Never the bandit. She said, '…'": the paragraph's
  // sentences before, nearest first, up to a few.
  // Handed over after the words, the pronoun looks back past them only to the sentence just before: further
  // back it is more often someone the sentence goes on to describe ("she said to me once, a woman in …").
  let previous = q.sentence.previous;
  /** Sentences passed that open with the same pronoun: they go on about one person. */
  let chained = 0;
  for (let back = 0; back < (after ? 1 : MAX_SENTENCES_BACK) + chained; back++) {
    if (!previous || previous.paragraph !== q.sentence.paragraph) {
      // "Q: What did Byers say? / A: He told a newspaper reporter … '…,' he said.": a pronoun the turn
      // opens with and goes on with is the person named in the words just before the turn.
      if (chained === 0 || !previous) return null;
      return lastNamed(reader, previous, speakerId, previous.tokenEnd)?.guess ?? null;
    }
    // "He told a newspaper reporter … '…,' he said.": a sentence opening with the same pronoun goes on with
    // the same person; whom it speaks to is not who speaks next.
    if (chained < MAX_SENTENCES_BACK && opensWithPronoun(previous, pronoun)) {
      chained++;
      previous = previous.previous;
      continue;
    }
    const found = latest(reader, previous, speakerId, previous.tokenEnd, gender);
    if (found) return found;
    previous = previous.previous;
  }
  return null;
}

/**
 * True when a later sentence of `q`'s paragraph hands it over by "he" or "she" ("'…' That's what she always
 * said"): in a turn of speech that pronoun is someone the speaker spoke of, whoever it was taken for.
 */
export function handedOverAfter(q: WorkingQuote, cues: VerbsOfSaying): boolean {
  return pronounAfter(q, cues) !== null;
}

/** "he" or "she" handing `q` over, before it ("he told me, '…'") or after it ("'…,' she said"), or `null`. */
export function handingPronoun(q: WorkingQuote, cues: VerbsOfSaying): string | null {
  const subject = subjectOfCue(q, cues);
  const pronoun = subject ?? pronounAfter(q, cues);
  return pronoun !== null && THIRD_PERSON.has(pronoun) ? pronoun : null;
}

/**
 * The subject of a verb of saying that hands `q` over after it, in its own sentence or a later one of its
 * paragraph ("'He was seventy years old…' That's what she always said"): "he"/"she" close before the verb,
 * or `null`.
 */
function pronounAfter(q: WorkingQuote, cues: VerbsOfSaying): string | null {
  // "'…,' he told me last week" in the quotation's own sentence, or a later one of its paragraph.
  const s = q.attributionSentence ?? q.sentence;
  if (s.paragraph !== q.sentence.paragraph || (s !== q.sentence && s.start < q.span.outerEnd)) return null;
  const { analysis } = s;
  const from =
    s === q.sentence
      ? firstTokenAtOrAfter(analysis, s.tokenStart, s.tokenEnd, q.span.outerEnd)
      : s.tokenStart;
  for (let k = from; k < s.tokenEnd && k - from < MAX_TOKENS_TO_CUE; k++) {
    if (!THIRD_PERSON.has(tokenAt(analysis, k).normal)) continue;
    let verb = k + 1;
    while (verb < s.tokenEnd && ['ADV', 'AUX'].includes(tokenAt(analysis, verb).pos)) verb++;
    const t = analysis.tokens[verb];
    if (t?.pos === 'VERB' && cues.has(t.lemma)) return tokenAt(analysis, k).normal;
  }
  return null;
}

/** The person named or described last in `sentence` before token `before`, of `gender` when it shows. */
function latest(
  reader: SpokenOfReader,
  sentence: WorkingSentence,
  speakerId: string | null,
  before: number,
  gender: 'male' | 'female',
): Omit<SpeakerGuess, 'cue'> | null {
  const named = lastNamed(reader, sentence, speakerId, before);
  const described = lastDescribed(reader, sentence, before, gender);
  const [later] = [named, described].sort((a, b) => (b?.at ?? -1) - (a?.at ?? -1));
  return later ? later.guess : null;
}

interface Found {
  guess: Omit<SpeakerGuess, 'cue'>;
  at: number;
}

function lastNamed(
  reader: SpokenOfReader,
  sentence: WorkingSentence,
  speakerId: string | null,
  before: number,
): Found | null {
  for (let i = sentence.mentions.length - 1; i >= 0; i--) {
    const m = sentence.mentions[i];
    if (!m || m.via === 'pronoun' || m.entityId === speakerId || m.token >= before) continue;
    const entity = reader.entity(m.entityId);
    if (entity?.type === 'person')
      return { guess: { speakerId: entity.id, speakerName: entity.name }, at: m.token };
  }
  return null;
}

function lastDescribed(
  reader: SpokenOfReader,
  sentence: WorkingSentence,
  before: number,
  gender: 'male' | 'female',
  throughBe = true,
): Found | null {
  const { analysis } = sentence;
  // "Never the bandit.": a fragment with no verb says again what someone was; it brings in no one new.
  if (!hasVerb(sentence)) return null;
  for (let k = before - 1; k >= sentence.tokenStart; k--) {
    const noun = tokenAt(analysis, k);
    if (noun.pos !== 'NOUN' || !reader.isPersonNoun(noun.lemma) || noun.lemma !== noun.normal) continue;
    // "The way my grandmother told it, the old man … 'He was seventy' That's what she always said": a
    // noun of the other gender is not whom "she" stands for.
    const marked = reader.nounGender?.(noun.lemma) ?? null;
    if (marked && marked !== gender) continue;
    // "put his picture in the visitor center": a noun before another only says what kind of thing it is.
    if (tokenAt(analysis, k + 1).pos === 'NOUN' && k + 1 < sentence.tokenEnd) continue;
    for (let d = k - 1; d >= sentence.tokenStart && k - d <= MAX_DESCRIBED_WORDS; d--) {
      const det = tokenAt(analysis, d);
      // "my sister-in-law": the relative is the whole word the hyphens join, not its first part.
      const end = tokenAt(analysis, hyphenatedWordAt(analysis, k).last).end;
      if (DETERMINERS.has(det.normal)) {
        // "My daddy was a civilian mechanic, and he …": what a person was is said of them; they are the one.
        // One step back only: "my son was my son was …" must not recurse once per "was".
        const subject =
          throughBe && tokenAt(analysis, d - 1).lemma === 'be' && d - 1 > sentence.tokenStart
            ? lastDescribed(reader, sentence, d - 1, gender, false)
            : null;
        if (subject) return subject;
        return { guess: { speakerId: null, speakerName: analysis.text.slice(det.start, end) }, at: d };
      }
      // "my great-grandmother": a hyphen joins the words of one noun.
      if (det.pos !== 'ADJ' && det.pos !== 'NOUN' && det.pos !== 'PROPN' && det.value !== '-') break;
    }
  }
  return null;
}

/** Tokens at most of a turn's label before its colon ("Tapia Whitley:", "SHERIFF TOM REYES:"). */
const MAX_LABEL_TOKENS = 8;

/** True when `sentence` opens with `pronoun` as its subject, after its turn's label if it opens a paragraph. */
function opensWithPronoun(sentence: WorkingSentence, pronoun: string): boolean {
  const { analysis, tokenStart, tokenEnd } = sentence;
  let k = tokenStart;
  if (sentence.position === 1)
    for (let c = tokenStart; c < tokenEnd && c - tokenStart <= MAX_LABEL_TOKENS; c++)
      if (tokenAt(analysis, c).value === ':') {
        k = c + 1;
        break;
      }
  return k < tokenEnd && tokenAt(analysis, k).normal === pronoun;
}

/** True when the sentence holds a verb or an auxiliary: a clause, not a fragment. */
function hasVerb(sentence: WorkingSentence): boolean {
  for (let k = sentence.tokenStart; k < sentence.tokenEnd; k++) {
    const pos = tokenAt(sentence.analysis, k).pos;
    if (pos === 'VERB' || pos === 'AUX') return true;
  }
  return false;
}

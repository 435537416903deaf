/**
 * Quotations an article's format gives a speaker without quotation marks: an interview's answers ("Q:" /
 * "A:") and a transcript's turns ("RUTLEDGE:"), each the words of the person the format names.
 */
import type { WorkingQuote, WorkingSentence } from './annotate.ts';
import {
  calledWithRole,
  labelWords,
  MIN_TRANSCRIPT_TURNS,
  nameCase,
  noteDescription,
  noteName,
  speakerLabel,
  type SpeakerLabel,
} from './transcript.ts';
import { tokenAt, type SpeakerGuess } from './speakers.ts';
import { describedBeforeLabel } from './unidentified-labels.ts';
import { describedLabel, relativeClauseLabel } from './described-labels.ts';
import { recurringLabels } from './recurring-labels.ts';
import { NAME_SUFFIX } from './name-words.ts';
import { escapeRegExp } from '../nlp/escape.ts';
import { firstTokenAtOrAfter } from '../nlp/analysis.ts';
import type { VerbsOfSaying } from './saying-verbs.ts';
import { type EntityOf, type RelativeNamed, type Turn, turnQuotes } from './turn-quotes.ts';

/** "Q:" or "A:" opening a paragraph of an interview printed as questions and answers. */
const INTERVIEW_MARKER = /^\s*([QA])\s*[:.]\s+/i;
/** Answers an article must print for its "A:" paragraphs to be read as an interview's. */
const MIN_INTERVIEW_ANSWERS = 2;
/** Different speakers a transcript's labels must name for its turns to be read as quotations. */
const MIN_TRANSCRIPT_SPEAKERS = 2;

/** The interview mark ("Q", "A") opening sentence `s`'s paragraph, if it is the paragraph's first. */
function interviewMarker(s: WorkingSentence): string | null {
  return s.position === 1 ? (INTERVIEW_MARKER.exec(s.analysis.text)?.[1]?.toUpperCase() ?? null) : null;
}

/** No verbs of saying. */
const NO_CUES: VerbsOfSaying = { has: () => false, listed: () => false, needsMark: () => false };

/**
 * An interview printed as questions and answers ("Q: …" / "A: …"): each answer, from its "A:" paragraph
 * up to the next "Q:", is the interviewee's words, a quotation of them as much as words in marks are. The
 * interviewee is the person the introduction (the paragraphs before the first question) names most often.
 */
export function interviewAnswers(
  sentences: readonly WorkingSentence[],
  quotes: readonly WorkingQuote[],
  entityOf: EntityOf,
): WorkingQuote[] {
  let firstQuestion = -1;
  let answers = 0;
  /** Answers whose paragraph comes right after a question's: "Q: …" then "A: …" is an interview however short. */
  let answersAfterQuestions = 0;
  let lastMark: { mark: string; paragraph: number } | null = null;
  sentences.forEach((s, i) => {
    const m = interviewMarker(s);
    if (m === 'Q' && firstQuestion < 0) firstQuestion = i;
    if (m === 'A' && firstQuestion >= 0) {
      answers++;
      if (lastMark?.mark === 'Q' && lastMark.paragraph === s.paragraph - 1) answersAfterQuestions++;
    }
    if (m) lastMark = { mark: m, paragraph: s.paragraph };
  });
  if (firstQuestion < 0 || (answers < MIN_INTERVIEW_ANSWERS && answersAfterQuestions === 0)) return [];
  const named = new Map<string, number>();
  let interviewee: string | null = null;
  // The paragraph just before the first question usually introduces whom the questions were put to
  // ("We … put their questions to Héctor Arreola Ruvalcaba, a historian… His answers have been edited"):
  // a mention there counts double, and of equals the later named wins.
  const lastParagraph = sentences[firstQuestion - 1]?.paragraph ?? -1;
  for (const s of sentences.slice(0, firstQuestion)) {
    for (const m of s.mentions) {
      if (entityOf(m.entityId)?.type !== 'person') continue;
      const n = (named.get(m.entityId) ?? 0) + (s.paragraph === lastParagraph ? 2 : 1);
      named.set(m.entityId, n);
      if (interviewee === null || n >= (named.get(interviewee) ?? 0)) interviewee = m.entityId;
    }
  }
  const person = interviewee ? entityOf(interviewee) : undefined;
  if (!person) return [];
  const turns = new Map<WorkingSentence, Turn>();
  for (const s of sentences.slice(firstQuestion)) {
    const m = interviewMarker(s);
    if (m === 'Q') turns.set(s, { speaker: null, head: 0 });
    if (m === 'A')
      turns.set(s, {
        speaker: { speakerId: person.id, speakerName: person.name },
        head: INTERVIEW_MARKER.exec(s.analysis.text)?.[0].length ?? 0,
      });
  }
  // Read with no verbs of saying: an answer is not cut around a quotation its speaker hands over ("I told
  // them: '…'"), as a transcript's turn is.
  return turnQuotes(sentences, quotes, turns, 'answer', NO_CUES, entityOf, null);
}

/**
 * A broadcast transcript's turns ("KAREN WHITFIELD, ANCHOR: …", "**RUTLEDGE:** …", "TSOSIE (sound bite):
 * …"): each is its speaker's words. A label names its speaker by the person the label's own words mention,
 * by an earlier label ("WHITFIELD" after "KAREN WHITFIELD"), by a person the article named
 * ("ARAGÓN" for Miguel Aragón), by a role an earlier label gave ("ANCHOR" after "TOM DELUCA, ANCHOR"), or,
 * when the label has a first name and a surname no one else bears, by the name it writes.
 */
export function transcriptTurns(
  sentences: readonly WorkingSentence[],
  quotes: readonly WorkingQuote[],
  entityOf: EntityOf,
  cues: VerbsOfSaying,
  isPersonNoun: (lemma: string) => boolean,
  isTitle: (word: string) => boolean,
  nounGender?: (lemma: string) => 'male' | 'female' | null,
  relativeNamed?: RelativeNamed,
): WorkingQuote[] {
  const labelled: Array<[WorkingSentence, SpeakerLabel]> = [];
  const openers = sentences.filter((s) => s.position === 1);
  // "Tapia Whitley: …": labels in ordinary case count where the article repeats them, turn about.
  const plain = recurringLabels(openers.map((s) => s.analysis.text));
  openers.forEach((s, i) => {
    const label = speakerLabel(s.analysis.text) ?? relativeClauseLabel(s.analysis.text) ?? plain[i] ?? null;
    if (label) labelled.push([s, label]);
  });
  if (labelled.length < MIN_TRANSCRIPT_TURNS) return [];
  /** The article's people by their full name and by their surname, as labels are compared. */
  const byName = new Map<string, Omit<SpeakerGuess, 'cue'>>();
  const bySurname = new Map<string, Omit<SpeakerGuess, 'cue'>>();
  // A label's words, read once per name: a transcript repeats its labels, and names its people often.
  const wordsOf = rememberedWords();
  /** Ids the walk below has looked up: a person named again is already in `byName`. */
  const looked = new Set<string>();
  for (const s of sentences)
    for (const m of s.mentions) {
      if (m.via === 'pronoun' || looked.has(m.entityId)) continue;
      looked.add(m.entityId);
      const entity = entityOf(m.entityId);
      if (entity?.type !== 'person' || byName.has(entity.id)) continue;
      const words = wordsOf(entity.name);
      const who = { speakerId: entity.id, speakerName: entity.name };
      byName.set(entity.id, who);
      byName.set(words.join(' '), who);
      const surname = words.at(-1);
      if (surname && !bySurname.has(surname)) bySurname.set(surname, who);
    }
  /** Speakers by what earlier labels called them: the full label, its last word, its role. */
  const byLabel = new Map<string, Omit<SpeakerGuess, 'cue'>>();
  const byRole = new Map<string, Omit<SpeakerGuess, 'cue'>>();
  const turns = new Map<WorkingSentence, Turn>();
  const speakers = new Set<string>();
  /** Where each labelled sentence's label ends: the words after it are the turn's, not the label's. */
  const labelEnds = new Map(labelled.map(([s, label]) => [s, label.end]));
  // The words written outside the labels, read once: a label asks of them, and labels repeat ("Q:", "A:").
  const outside = new OutsideLabelWords(
    sentences.map((s) => s.analysis.text.slice(Math.max(s.start, labelEnds.get(s) ?? 0), s.end)),
  );
  for (const [s, label] of labelled) {
    const words = wordsOf(label.name);
    const key = words.join(' ');
    const inLabel = s.mentions.find(
      (m) =>
        m.via !== 'pronoun' &&
        tokenAt(s.analysis, m.token).start < label.nameEnd &&
        entityOf(m.entityId)?.type === 'person',
    );
    // "FAMILY FRIEND, SPEAKING AFTER A VIGIL:", "CALLER (DID NOT GIVE NAME):": a description, not a name,
    // though the reading of names took the label's words in capitals for one.
    // "ANNOUNCER:": a one-word label for a person no one of the article is named after is a description, as
    // "BAKER:" after "John Baker" is not.
    const described = describedLabel(
      label,
      isPersonNoun,
      (w) => outside.has(w) || (words.length === 1 && !bySurname.has(w) && !byName.has(w)),
    );
    const found = inLabel ? entityOf(inLabel.entityId) : undefined;
    const entity = found && !(described && wordsOf(found.name).join(' ') === key) ? found : undefined;
    // "CALLER (LUPE, CANUTILLO):": the caller the note names, as the host greets them ("Lupe in Canutillo");
    // the label's word is a role every caller shares, so it names no one later.
    const called = entity ? null : noteName(label);
    const byNote = called && calledByHost(outside, called) ? { speakerId: null, speakerName: called } : null;
    // "CALLER (RANCHER NEAR LANGTRY):": a caller who gave no name, as the note describes them.
    const description = entity || byNote ? null : noteDescription(label, isPersonNoun, (w) => outside.has(w));
    const byDescription = description ? { speakerId: null, speakerName: description } : null;
    // "RAMSEY:" again after the guest's father "Anthony Ramsey Jr." was named: a label an earlier one set
    // names whom it named then, whoever the surname last stood for in the text.
    let speaker: Omit<SpeakerGuess, 'cue'> | null =
      describedBeforeLabel(s, words, entityOf) ??
      byLabel.get(key) ??
      (entity ? { speakerId: entity.id, speakerName: entity.name } : null) ??
      byNote ??
      byDescription ??
      null;
    // "LT. COL. MONICA TSOSIE": the words after a title are the name.
    for (let k = 0; !speaker && k < words.length; k++) {
      const tail = words.slice(k);
      const hit = (tail.length === 1 ? bySurname.get(tail[0] ?? '') : byName.get(tail.join(' '))) ?? null;
      speaker = hit && !(described && wordsOf(hit.speakerName).join(' ') === key) ? hit : null;
    }
    speaker ??= byRole.get(key) ?? null;
    // "EARL, CALLER (KILLEEN):" after "Earl is calling from Killeen": a first name alone that the host calls
    // the speaker by outside the labels.
    if (!speaker && words.length === 1 && calledByHost(outside, nameCase(label.name)))
      speaker = {
        speakerId: null,
        speakerName: calledWithRole(label, isPersonNoun, (w) => outside.has(w)),
      };
    const byLabelWords = speaker || !described ? null : { speakerId: null, speakerName: described };
    speaker ??= byLabelWords;
    // "REP. VOSKAMP:" for a member the article names nowhere else: a title and a surname name the speaker.
    speaker ??= titledSurnameSpeaker(label, s.analysis.text.slice(label.end), isTitle, (offset) => {
      const tokens = s.analysis.tokens;
      const k = firstTokenAtOrAfter(s.analysis, 0, tokens.length, label.end + offset);
      return tokens[k]?.start === label.end + offset ? tokens[k]?.pos : undefined;
    });
    if (!speaker) {
      const name = label.name
        .split(/\s+/)
        .filter((w) => !w.endsWith('.'))
        .join(' ');
      if (name.split(' ').length >= 2) speaker = { speakerId: null, speakerName: nameCase(name) };
    }

    turns.set(s, { speaker, head: label.end });
    if (speaker) speakers.add(speaker.speakerName);
    if (!speaker || byNote || speaker === byDescription || speaker === byLabelWords) continue;
    byLabel.set(key, speaker);
    const surname = surnameOfLabel(words);
    if (surname) byLabel.set(surname, speaker);
    if (label.role) byRole.set(wordsOf(label.role).join(' '), speaker);
  }
  if (speakers.size < MIN_TRANSCRIPT_SPEAKERS) return [];
  return turnQuotes(
    sentences,
    quotes,
    turns,
    'turn',
    cues,
    entityOf,
    isPersonNoun,
    nounGender,
    relativeNamed,
  );
}

/** Characters of a turn's opening read for the name its speaker introduces themselves by. */
const SELF_INTRODUCTION_REACH = 160;
/** Titles a member greets a witness by before giving their own name: "General, ", "Mr. Chairman, ". */
const GREETING = /^((?:[\p{L}.]+\s+){0,2}[\p{L}.]+),\s+/u;
/** Parts of speech a word of a name may be given ("Dale" may be read as a noun, "Rudy" as a name). */
const NAME_WORD_TAGS: ReadonlySet<string> = new Set(['PROPN', 'NOUN', 'ADJ', 'X']);

/**
 * The speaker of a label that is titles and one surname ("REP. VOSKAMP", "MAJ. GEN. OSTRANDER") when nothing
 * else names them: the full name they give at the turn's opening, as a hearing's members do ("General, Dale
 * Voskamp. I want to…", "Rudy Arizpe, San Antonio."), else the label's title and surname in name case ("Rep.
 * Voskamp"). `null` for a label that is not titles and a surname ("U.S. ARMY": "U.S." is no title).
 */
export function titledSurnameSpeaker(
  label: SpeakerLabel,
  turn: string,
  isTitle: (word: string) => boolean,
  posAt: (offset: number) => string | undefined,
): Omit<SpeakerGuess, 'cue'> | null {
  const labelled = label.name.split(/\s+/);
  const surname = labelled.at(-1) ?? '';
  const titles = labelled.slice(0, -1);
  if (
    titles.length === 0 ||
    surname.endsWith('.') ||
    !titles.every((w) => /^\p{L}+\.$/u.test(w) && isTitle(nameCase(w.slice(0, -1))))
  )
    return null;
  const cased = nameCase(surname);
  // The turn opens with the name ("Rudy Arizpe, San Antonio."), or with a title the member greets the witness
  // by first ("General, Dale Voskamp."): a name later in the turn may be anyone's ("I think of Luis Ortiz, my
  // brother", "Welcome, Elena Garza"), a capital at the opening a place's ("In Washington, …").
  const opening = turn.slice(0, SELF_INTRODUCTION_REACH);
  const greeting = GREETING.exec(opening);
  const from =
    greeting && greeting[1]?.split(/\s+/).every((w) => isTitle(w.replace(/\.$/, '')))
      ? greeting[0].length
      : 0;
  const given = new RegExp(
    String.raw`^((?:\p{Lu}\p{Ll}[\p{L}\p{M}'’-]*\s+){1,2})${escapeRegExp(cased)}(?=[.,])`,
    'u',
  ).exec(opening.slice(from))?.[1];
  const words = given?.trim().split(/\s+/) ?? [];
  // "Senator Ted Cruz, Texas.": the name after the titles; each of its words one a name may be.
  const titled = words.findIndex((w) => !isTitle(w));
  const first = titled < 0 ? [] : words.slice(titled);
  let at = from;
  const tags = words.map((w) => {
    const pos = posAt(at);
    at += w.length + 1;
    return pos;
  });
  if (first.length > 0 && tags.slice(titled).every((t) => t !== undefined && NAME_WORD_TAGS.has(t)))
    return { speakerId: null, speakerName: `${first.join(' ')} ${cased}` };
  return { speakerId: null, speakerName: [...titles.map(nameCase), cased].join(' ') };
}

/** {@link labelWords}, remembered per name for one transcript (the lists are shared: read them, never change them). */
function rememberedWords(): (name: string) => readonly string[] {
  const known = new Map<string, readonly string[]>();
  return (name) => {
    let words = known.get(name);
    if (!words) known.set(name, (words = labelWords(name)));
    return words;
  };
}

/** A label's surname: its last word, or the one before a generational suffix ("anthony ramsey iii" → "ramsey"). */
function surnameOfLabel(words: readonly string[]): string | undefined {
  const last = words.at(-1);
  return last !== undefined &&
    words.length > 1 &&
    NAME_SUFFIX.test(last === 'jr' || last === 'sr' ? `${nameCase(last.toUpperCase())}.` : last.toUpperCase())
    ? words.at(-2)
    : last;
}

/**
 * True when the text outside the labels calls a caller by the name a label's note gives: the one word
 * ("LUPE" → "Lupe in Canutillo"), or the first name of a full one ("TOM BRANNIGAN" → "Tom in Harlingen"),
 * written alone, not before the name's second word as a place's first word is ("EL PASO" → "El Paso").
 */
function calledByHost(outside: OutsideLabelWords, called: string): boolean {
  // "Mr. Garza": the host may say the honorific or not; the name after it is what must be written.
  const [first, second] = called.split(' ').filter((w) => !w.endsWith('.'));
  if (first === undefined) return false;
  return outside.has(first, second ?? null);
}

/** A run of letters: what a word of a name is bounded by. */
const LETTERS = /[\p{L}\p{M}]+/gu;
const ONLY_LETTERS = /^[\p{L}\p{M}]+$/u;

/** White space from where it is set, read in place (a slice per pair of words would be a copy each). */
const SPACE_RUN = /\s+/uy;

/** True when the text from `start` to `end` is white space, at least one character of it. */
function onlySpaceBetween(text: string, start: number, end: number): boolean {
  if (start >= end) return false;
  SPACE_RUN.lastIndex = start;
  // The run is read greedily and a letter follows at `end`: it ends there exactly when all between is space.
  return SPACE_RUN.test(text) && SPACE_RUN.lastIndex === end;
}

/**
 * The words an article writes outside its speaker labels, read once per article: for each run of letters, how
 * often it is written and how often each word follows it after white space alone. A label's question of them
 * is then a look-up, not a pass over the article per label (a transcript repeats its labels).
 */
class OutsideLabelWords {
  readonly #texts: readonly string[];
  readonly #count = new Map<string, number>();
  readonly #next = new Map<string, Map<string, number>>();
  /** Answers for names that are not one run of letters ("O'Brien"), read with a pattern once each. */
  readonly #other = new Map<string, boolean>();

  constructor(texts: readonly string[]) {
    this.#texts = texts;
    for (const text of texts) {
      let prevWord: string | null = null;
      let prevEnd = 0;
      for (const m of text.matchAll(LETTERS)) {
        const word = m[0];
        this.#count.set(word, (this.#count.get(word) ?? 0) + 1);
        if (prevWord !== null && onlySpaceBetween(text, prevEnd, m.index)) {
          let after = this.#next.get(prevWord);
          if (!after) this.#next.set(prevWord, (after = new Map<string, number>()));
          after.set(word, (after.get(word) ?? 0) + 1);
        }
        prevWord = word;
        prevEnd = m.index + word.length;
      }
    }
  }

  /**
   * True when `name` is written as a word of its own outside the labels, at least once not before
   * `notBefore` as a place's first word is ("El" of "El Paso").
   */
  has(name: string, notBefore: string | null = null): boolean {
    if (!ONLY_LETTERS.test(name)) return this.#byPattern(name, notBefore);
    const count = this.#count.get(name) ?? 0;
    const before = notBefore === null ? 0 : (this.#next.get(name)?.get(notBefore) ?? 0);
    return count > before;
  }

  #byPattern(name: string, notBefore: string | null): boolean {
    const key = `${name}\u0000${notBefore ?? ''}`;
    const known = this.#other.get(key);
    if (known !== undefined) return known;
    const next = notBefore === null ? '' : String.raw`(?!\s+${escapeRegExp(notBefore)}(?![\p{L}\p{M}]))`;
    const word = new RegExp(String.raw`(?<![\p{L}\p{M}])${escapeRegExp(name)}(?![\p{L}\p{M}])${next}`, 'u');
    const found = this.#texts.some((t) => word.test(t));
    this.#other.set(key, found);
    return found;
  }
}

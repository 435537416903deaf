/**
 * Quotations an article's format gives a speaker without quotation marks: an interview's answers ("Q:" /
 * "A:") and a transcript's turns ("RUTLEDGE:"), each the words of the person the format names.
 */
import type { WorkingQuote, WorkingSentence } from './annotate.ts';
import type { EntityData } from './entity-data.ts';
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
import { cleanQuoteText, quoteKind, tokenAt, type SpeakerGuess } from './speakers.ts';
import { apposedSpeaker } from './apposed-speakers.ts';
import { handedOverAfter, spokenOf, subjectOfCue, THIRD_PERSON } from './spoken-of.ts';
import { pronounIsTurnSpeaker } from './turn-speaker-pronoun.ts';
import { namedBefore, onlyAddressedBefore } from './addressed-in-turn.ts';
import { describedBeforeLabel } from './unidentified-labels.ts';
import { describedLabel, relativeClauseLabel } from './described-labels.ts';
import { recurringLabels } from './recurring-labels.ts';
import { NAME_SUFFIX } from './name-words.ts';
import { escapeRegExp } from '../nlp/escape.ts';
import type { VerbsOfSaying } from './saying-verbs.ts';
import { firstPersonRelative } from './letter-writers.ts';

/** Patterns with `\p{…}`, built once: inside a function tsx rebuilds them on every call (see src/nlp/letter-tests.ts). */
const P1 = /\p{L}/u;

/** The person the article names as `owner`'s `relation` ("Gee's father"), if it names one. */
type RelativeNamed = (owner: string, relation: string) => Omit<SpeakerGuess, 'cue'> | null;

/** A known entity or one the article introduced, by id. */
type EntityOf = (id: string) => Pick<EntityData, 'id' | 'name' | 'type'> | undefined;

/** "Q:" or "A:" opening a paragraph of an interview printed as questions and answers. */
const INTERVIEW_MARKER = /^\s*([QA])\s*[:.]\s+/i;
/** Answers an article must print for its "A:" paragraphs to be read as an interview's. */
const MIN_INTERVIEW_ANSWERS = 2;
/** Different speakers a transcript's labels must name for its turns to be read as quotations. */
const MIN_TRANSCRIPT_SPEAKERS = 2;
/** A paragraph that is only a direction in brackets: "(BEGIN VIDEOTAPE)", "[CROSSTALK]". */
const STAGE_DIRECTION = /^\s*[([][^)\]]*[)\]]\s*$/;

/** A turn of speech: who speaks (none for an interviewer's question) and where their words start. */
interface Turn {
  speaker: Omit<SpeakerGuess, 'cue'> | null;
  /** Characters of the paragraph before the turn's words: its "A:" or speaker label. */
  head: number;
}

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
  for (const s of sentences)
    for (const m of s.mentions) {
      const entity = m.via === 'pronoun' ? undefined : entityOf(m.entityId);
      if (entity?.type !== 'person' || byName.has(entity.id)) continue;
      const words = labelWords(entity.name);
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
    const words = labelWords(label.name);
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
    const entity = found && !(described && labelWords(found.name).join(' ') === key) ? found : undefined;
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
      speaker = hit && !(described && labelWords(hit.speakerName).join(' ') === key) ? hit : null;
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
    if (label.role) byRole.set(labelWords(label.role).join(' '), speaker);
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

/**
 * "She wrote that spring that the soldiers had '…'": words quoted in part that "he" or "she" hands over in a
 * turn are someone the turn spoke of, as words in full are.
 */
function spokenOfPart(q: WorkingQuote, cues: VerbsOfSaying): boolean {
  const subject = subjectOfCue(q, cues);
  return subject !== null && THIRD_PERSON.has(subject);
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
      let prev: { word: string; end: number } | null = null;
      for (const m of text.matchAll(LETTERS)) {
        const word = m[0];
        this.#count.set(word, (this.#count.get(word) ?? 0) + 1);
        if (prev && /^\s+$/u.test(text.slice(prev.end, m.index))) {
          const after = this.#next.get(prev.word) ?? new Map<string, number>();
          after.set(word, (after.get(word) ?? 0) + 1);
          this.#next.set(prev.word, after);
        }
        prev = { word, end: m.index + word.length };
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

/** Words a paragraph at most has to be a heading ("How Juárez remembers") rather than a turn's words. */
const MAX_HEADING_WORDS = 8;

/**
 * True when an unmarked paragraph is the article's again, not more of the turn before it: a heading (a few
 * words with no closing stop), a question standing alone, or reported speech ("Arreola said the rebels numbered about 2,500",
 * "Denning said the restraint was deliberate") — nobody reports their own words by their name.
 */
function endsTurn(s: WorkingSentence, turn: Turn | null): boolean {
  const text = s.analysis.text.trim();
  const words = text.split(/\s+/).length;
  if (words <= MAX_HEADING_WORDS && !/[.!?:"”]$/.test(text)) return true;
  // "What do people who live near the fence think?": a question of its own is the asker's, not an answer.
  if (text.endsWith('?') && s.end >= s.analysis.text.trimEnd().length) return true;
  const speaker = turn?.speaker?.speakerId;
  const namesSpeaker = s.mentions.some((m) => m.via !== 'pronoun' && m.entityId === speaker);
  const reports = s.analysis.tokens
    .slice(s.tokenStart, s.tokenEnd)
    .some((t) => t.pos === 'VERB' && t.lemma === 'say');
  return namesSpeaker || (reports && s.mentions.some((m) => m.via !== 'pronoun'));
}

/**
 * A turn's speaker as the owner of a relative they name: a name as written ("Lupe"), a description by its
 * first part made definite ("a caller, a former shop owner" → "the caller", so "the caller's husband"), a name
 * with what the label said of them by the name ("Earl, a caller from Killeen" → "Earl").
 */
function owner(speakerName: string): string {
  const described = /^(?:a|an)\s+([^,]+)/i.exec(speakerName)?.[1];
  // "Earl, a caller from Killeen": the name before the description ("Earl's grandmother").
  return described ? `the ${described}` : (speakerName.split(', ')[0] ?? speakerName);
}

/** True when `q` lies in the mark opening its turn: the nickname in 'TOMÁS "CHINO" RESÉNDEZ (on tape):'. */
function inHead(q: WorkingQuote, turns: ReadonlyMap<WorkingSentence, Turn>): boolean {
  return q.span.outerStart < (turns.get(q.sentence)?.head ?? 0);
}

/**
 * The quotations of turns of speech marked at the start of their paragraph (an interview's "A:", a
 * transcript's speaker label): each paragraph of a turn, from its mark up to the next, is a quotation of
 * the turn's speaker; a turn with no speaker (an interview's question) is none. A turn runs on through
 * paragraphs with no mark of their own, until one of another kind of text or a stage direction
 * ("(BEGIN VIDEOTAPE)"). It is cut around the sentences quoting someone else in full ('Ray Dunphy put it
 * to me this way: "…"'), which stay theirs; a word in marks ("support") stays inside it.
 */
function turnQuotes(
  sentences: readonly WorkingSentence[],
  quotes: readonly WorkingQuote[],
  turns: ReadonlyMap<WorkingSentence, Turn>,
  cue: string,
  cues: VerbsOfSaying,
  entityOf: EntityOf,
  isPersonNoun: ((lemma: string) => boolean) | null,
  nounGender?: (lemma: string) => 'male' | 'female' | null,
  relativeNamed?: RelativeNamed,
): WorkingQuote[] {
  const out: WorkingQuote[] = [];
  /** The quotations of sentences quoting someone in full, or by a speaker named. */
  const quoting = new Map<WorkingSentence, WorkingQuote[]>();
  for (const q of quotes)
    if (
      q.parent === null &&
      (q.kind === 'full' || q.speakerName !== 'unattributed' || spokenOfPart(q, cues)) &&
      !inHead(q, turns)
    ) {
      const list = quoting.get(q.sentence);
      if (list) list.push(q);
      else quoting.set(q.sentence, [q]);
    }
  /** Quotations in marks no one was found to have said, by sentence. */
  const unattributed = new Map<WorkingSentence, WorkingQuote[]>();
  for (const q of quotes) {
    if (q.parent !== null || q.speakerId !== null || q.speakerName !== 'unattributed') continue;
    const list = unattributed.get(q.sentence);
    if (list) list.push(q);
    else unattributed.set(q.sentence, [q]);
  }
  let current: Turn | null = null;
  let kind: WorkingSentence['kind'] | null = null;
  let run: WorkingSentence[] = [];
  let head = 0;
  const close = () => {
    const [first, ...rest] = run;
    const last = run.at(-1);
    const speaker = current?.speaker;
    run = [];
    if (!first || !last || !speaker) return;
    const start = Math.max(first.start, head);
    const text = cleanQuoteText(first.analysis.text.slice(start, last.end));
    if (!P1.test(text)) return;
    out.push({
      sentence: first,
      span: { start, end: last.end, outerStart: start, outerEnd: last.end, parent: null, closed: true },
      parent: null,
      speakerId: speaker.speakerId,
      speakerName: speaker.speakerName,
      cue,
      kind: quoteKind(text),
      text,
      attributionSentence: null,
      continuesInto: rest,
    });
  };
  /** Quotations a turn gave to someone its speaker spoke of, with the speaker each had before. */
  const moved = new Map<WorkingQuote, { from: string; to: Omit<SpeakerGuess, 'cue'> }>();
  /** Whom the turn's speaker recounts words from, by the name given them: their later words stay inside too. */
  const recounted = new Set<string>();
  let started = false;
  /** The paragraph the current turn's mark opens. */
  let markedParagraph = -1;
  /** The sentence holding the current turn's mark, and where its words start in it. */
  let opening: WorkingSentence | null = null;
  let openingHead = 0;
  for (const s of sentences) {
    const turn = turns.get(s);
    if (!turn && !started) continue;
    started = true;
    if (turn) {
      close();
      markedParagraph = s.paragraph;
      opening = s;
      openingHead = turn.head;
      recounted.clear();
      current = turn;
      kind = s.kind;
      head = turn.head;
    } else if (s.position === 1) {
      close();
      head = 0;
      if (s.kind !== kind || STAGE_DIRECTION.test(s.analysis.text) || endsTurn(s, current)) current = null;
    }
    const speaker = current?.speaker;
    if (!speaker) continue;
    const quoted = quoting.get(s) ?? [];
    // "I'll tell you what I told my people: '…'": the turn's speaker quoting themselves.
    for (const q of quoted) {
      // "He wrote that his men had '…,' and that they '…'": words that took their speaker from earlier words
      // go with them to whom the turn's speaker spoke of.
      const followed = q.copiedFrom && moved.get(q.copiedFrom);
      if (followed && q.speakerName === followed.from) {
        Object.assign(q, followed.to);
        moved.set(q, followed);
        recounted.add(q.speakerName);
        continue;
      }
      // '"…," she said to me once, a woman in Presidio …': the one the apposition describes.
      const apposed = isPersonNoun ? apposedSpeaker(q, { isPersonNoun, cues }) : null;
      if (apposed) {
        Object.assign(q, { speakerId: null, speakerName: apposed });
        recounted.add(apposed);
        continue;
      }
      if (q.speakerId !== speaker.speakerId && subjectOfCue(q, cues) === 'i')
        Object.assign(q, { speakerId: speaker.speakerId, speakerName: speaker.speakerName });
      // "I talked to the captain. He told me, '…'": "he" in a turn is whom the speaker spoke of.
      const heard = isPersonNoun
        ? spokenOf(
            { entity: entityOf, isPersonNoun, ...(nounGender && { nounGender }) },
            q,
            speaker.speakerId,
            cues,
          )
        : null;
      // "the manager out there now" found already for "The manager": the fuller name the reading gave stays.
      const same = heard !== null && q.speakerName.toLowerCase().startsWith(heard.speakerName.toLowerCase());
      const other =
        !same &&
        (q.speakerId === speaker.speakerId ||
          q.speakerName === 'unattributed' ||
          handedOverAfter(q, cues) ||
          // "Morning, Carl. My daddy … He used to say, '…'": the host greeted is not whom "he" stands for.
          (q.speakerId !== null && onlyAddressedBefore(q, q.speakerId)) ||
          // "MRS. RUIZ: My great-grandfather … He said, '…'" after the host's turn: whom the turn speaks of,
          // not someone its paragraph never names.
          (q.speakerId !== null && heard !== null && !namedBefore(q, q.speakerId)))
          ? heard
          : null;
      if (other) {
        moved.set(q, { from: q.speakerName, to: other });
        Object.assign(q, other);
      } else if (
        heard === null &&
        opening !== null &&
        q.speakerName !== speaker.speakerName &&
        pronounIsTurnSpeaker(q, opening, openingHead, cues, (id) => entityOf(id)?.type === 'person', null)
      ) {
        // 'OLIVAS: "I was weighing …," he said.': no one else in the turn for "he" to stand for. The words
        // after it that took their speaker from it go with it.
        moved.set(q, {
          from: q.speakerName,
          to: { speakerId: speaker.speakerId, speakerName: speaker.speakerName },
        });
        Object.assign(q, { speakerId: speaker.speakerId, speakerName: speaker.speakerName });
      }
      // "My neighbor told me, '…'": someone the turn's speaker names by their relation to themselves.
      const relative = q.speakerId === null ? firstPersonRelative(q.speakerName) : undefined;
      // "My dad used to tell us, '…'" after "Gee's father, Gee Hong": the relative the article named.
      const named = relative ? (relativeNamed?.(speaker.speakerName, relative) ?? null) : null;
      if (named) Object.assign(q, named);
      else if (relative) q.speakerName = `${owner(speaker.speakerName)}'s ${relative}`;
      if (other || relative || same) recounted.add(q.speakerName);
    }
    // "It called the crossing 'an involuntary error'": words quoted in part leave the sentence the turn's.
    // Words the speaker recounts from someone they speak of ("'…' That's what she always said") stay inside
    // the turn, as they are its speaker's telling, and stay that person's too.
    if (
      quoted.some(
        (q) => q.kind === 'full' && q.speakerId !== speaker.speakerId && !recounted.has(q.speakerName),
      )
    ) {
      // 'A: "Not even close. …"': an answer printed in marks, opening right after its mark, is the turn's.
      for (const q of (turn && unattributed.get(s)) ?? [])
        if (/^\s*$/.test(s.analysis.text.slice(turn?.head ?? 0, q.span.outerStart)))
          Object.assign(q, { speakerId: speaker.speakerId, speakerName: speaker.speakerName, cue });
      // Inside the marked paragraph the sentence stays in the turn: the turn is what its speaker said, the
      // quotation inside keeps its own speaker ('RAMSEY: … My husband said, "…"'). In a paragraph after it,
      // unmarked, it is as often the writer's again ('Reader Marisol Ontiveros texted us: "…"').
      if (s.paragraph !== markedParagraph) {
        close();
        continue;
      }
    }
    run.push(s);
  }
  close();
  return out;
}

/**
 * A quotation's speaker named in the words before it, in its own sentence: "according to" a source ("According
 * to the ministry, … '…'"), a verb and its subject ('The colonel said, "…"', 'My foreman, Chuy Villanueva,
 * called the house and said, "…"'; a verb of saying, or any verb right before the words that hands them over
 * by where it stands), or a clause ending in a colon ("Ray Dunphy put it to me this way: '…'", 'City Attorney
 * Gil Nakamura: "…"'). Reads the tokens before the quotation, back to the quotation before it, from the verb
 * nearest the words.
 */
import { aPersonDescribed } from './described-goes-on.ts';
import { describedBeforeVerb } from './described-after.ts';
import { oneOfThem } from './one-of-them.ts';
import { isPresentParticiple } from './participle-clauses.ts';
import { participleSpeaker } from './participle-speaker.ts';
import { apposedAfterVerb } from './apposed-after-verb.ts';
import { documentSubject } from './document-subjects.ts';
import { describedBeforeWho } from './described-after.ts';
import { relativeClauseOpening } from './relative-clause-start.ts';
import { insideSetOffRelative } from './set-off-saying.ts';
import { sayingVerbTaggedNoun } from './verbs-read-as-nouns.ts';
import { sayingAfterCatenative } from './catenative-saying.ts';
import { askedBeforeAnswer, askedDescribed } from './answers-of-the-asked.ts';
import { withoutSetOffParticiple } from './set-off-participles.ts';
import { withoutSetOffReport } from './set-off-report.ts';
import { mainClauseWithoutComma } from './unmarked-clause-end.ts';
import { saidNameOpening } from './said-name-opening.ts';
import { someoneUnnamed } from './indefinite-speakers.ts';
import { namedBeforeWho } from './named-before-who.ts';
import { describedBesideSpeaker } from './beside-speaker.ts';
import { subjectOfReportedClause } from './reported-subject.ts';
import { describedBeforeSetOffWho } from './set-off-who.ts';
import { oneOfThoseBefore } from './one-of-those-before.ts';
import { documentBeforeRelative } from './relative-document.ts';
import { OPENS_AS_SENTENCE, speakerBeforeColon } from './colon-speaker.ts';
import { gappedSpeaker } from './gapped-saying.ts';
import { sayingAskedOfAnother } from './asked-to-say.ts';
import type { Analysis } from '../nlp/pipeline.ts';
import type { WorkingSentence } from './annotate.ts';
import {
  accordingTo,
  countedGroup,
  groupBefore,
  handingOver,
  withoutClosingCommas,
  mainClauseOf,
  opensWithSubject,
  subjectAfterOpening,
  subjectOf,
  theDescribed,
  verbChainStart,
  withoutRelative,
  wordsToPunctuation,
} from './clause-words.ts';
import { firstPersonRelative, relativeNamedByOwner, relativeOf } from './referents.ts';
import { endsClause, type QuoteSurroundings, type SpeakerFinder } from './speaker-finder.ts';
import { charRange } from './mention-index.ts';
import { describedAfterOpening } from './described-after-opening.ts';
import { NAME_WORD } from './name-words.ts';
import { nounPhraseBefore, tokenAt, type SpeakerGuess } from './speakers.ts';

/** Parts of speech that end a verb of saying's subject ("He says", "the colonel said", "Cantú told"). */
const SUBJECT_POS = new Set(['PRON', 'PROPN', 'NOUN']);

/**
 * What the reading at one verb before a quotation gives: a speaker; `null` when the words are no one's (a
 * verb of saying stands there with no speaker found); `undefined` when the verb hands nothing over, and the
 * verb before it is read.
 */
type CueReading = SpeakerGuess | null | undefined;

/** A verb before a quotation that may hand it over: its place in `before`, its token, and whether it is a verb of saying. */
interface Cue {
  k: number;
  token: number;
  /** A verb of saying (`false`: a verb that hands the words over by where it stands). */
  listed: boolean;
}

/**
 * The speaker "according to", a verb of saying or a colon before the quotation gives; `null` if none, or when
 * a verb of saying stands there with no speaker found (the words are then no one's).
 */
export function speakerBefore(finder: SpeakerFinder, around: QuoteSurroundings): SpeakerGuess | null {
  const opening =
    accordingSpeaker(finder, around) ??
    askedSpeaker(finder, around) ??
    saidNameOpening(finder, around) ??
    // 'Mr. Pettibone writes of "…"; Mr. Dorsey of "…"': the verb of saying left out, its new subject kept.
    gappedSpeaker(finder, around);
  if (opening) return opening;
  const { sentence, span, before } = around;
  const { analysis } = sentence;
  const handOver = handingOver(analysis, before, finder.isSayingLemma);
  for (let k = before.length - 1; k >= 0; k--) {
    const token = before[k];
    if (token === undefined) continue;
    const listed =
      (finder.isCue(tokenAt(analysis, token)) &&
        !unmarked(
          finder,
          analysis,
          before,
          k,
          OPENS_AS_SENTENCE.test(analysis.text.slice(span.start, span.end)),
        )) ||
      sayingVerbTaggedNoun(analysis, before, k, finder.isSayingLemma) ||
      sayingAfterCatenative(analysis, before, k, finder.isSayingLemma);
    if (!listed && k !== handOver) continue;
    // "The network asked the department to respond '…'": the one asked says nothing yet.
    if (listed && sayingAskedOfAnother(analysis, before, k)) continue;
    // "A lawyer, who asked not to be named, put it the other way: '…'": the clause set off hands nothing over.
    if (listed && insideSetOffRelative(analysis, before, k)) continue;
    const found = speakerOfCue(finder, around, { k, token, listed });
    if (found !== undefined) return found;
  }
  // "Ray Dunphy put it to me this way: '…'", "Coombs's answer was short: '…'": a colon hands the
  // quotation to the subject of the verb before it, a person.
  return speakerBeforeColon(finder, around);
}

/** "According to the ministry, they had tried … 'in a violent and illegal manner'": the source named. */
function accordingSpeaker(finder: SpeakerFinder, around: QuoteSurroundings): SpeakerGuess | null {
  const { sentence, before, people, outer } = around;
  const { analysis } = sentence;
  const according = accordingTo(analysis, before);
  if (according < 0) return null;
  const phrase = wordsToPunctuation(analysis, before.slice(according + 2));
  const named =
    finder.subjectIn(sentence, phrase, people, outer, false) ??
    finder.properName(analysis, phrase) ??
    nounPhraseBefore(analysis, phrase);
  return named ? { ...named, cue: 'according' } : null;
}

/** "When the captain asked one of the corporals whether …, the answer was, '…'": the one asked answers. */
function askedSpeaker(finder: SpeakerFinder, around: QuoteSurroundings): SpeakerGuess | null {
  const { sentence, before, people, outer } = around;
  const { analysis } = sentence;
  const asked = askedBeforeAnswer(analysis, before);
  if (!asked) return null;
  const named =
    finder.subjectIn(sentence, asked, people, outer, false) ??
    askedDescribed(analysis, asked, finder.isPersonNoun);
  return named ? { ...named, cue: null } : null;
}

/**
 * The words of the clause of the verb `cue` (its subject and what comes between): from the clause's edge
 * before it (a colon, a full stop, or a relative clause's opening), without what is set off inside it.
 */
function cueClause(
  finder: SpeakerFinder,
  analysis: Analysis,
  before: readonly number[],
  cue: Cue,
): { clauseStart: number; left: readonly number[] } {
  const { k, listed } = cue;
  // "ALBERT GEE: My dad used to tell us, '…'": a colon ends a label or a clause before the subject.
  const clauseEnd = before
    .slice(0, k)
    .findLastIndex((t) => endsClause(analysis, t, finder) || tokenAt(analysis, t).value === ':');
  // "the passage in which de la Peña writes that '…'": a relative clause's own subject speaks.
  const relative = listed ? relativeClauseOpening(analysis, before.slice(clauseEnd + 1, k)) : -1;
  const clauseStart = relative < 0 ? clauseEnd : clauseEnd + 1 + relative;
  // "The lieutenant, he said, told the men, '…'": the reporting clause set off is no part of the subject;
  // nor is a participle phrase ("The marker's text, supplied by the commission, reads: '…'").
  const left = mainClauseWithoutComma(
    analysis,
    withoutSetOffParticiple(
      analysis,
      withoutSetOffReport(analysis, withoutRelative(analysis, before.slice(clauseStart + 1, k)), (t) =>
        finder.isCue(t),
      ),
    ),
  );
  return { clauseStart, left };
}

/** The speaker the verb `cue` before the quotation hands it to (see {@link CueReading}). */
function speakerOfCue(finder: SpeakerFinder, around: QuoteSurroundings, cue: Cue): CueReading {
  const { sentence, before, people, outer } = around;
  const { analysis } = sentence;
  const { k, listed } = cue;
  const { clauseStart, left } = cueClause(finder, analysis, before, cue);
  // "When the troops arrived, '…'", "As it ended, …": the verb's clause must open with its subject.
  // A subject set off by an apposition ("Lic. Garza Treviño, secretary of …, estimated that '…'") opens it.
  if (!listed && !opensWithSubject(analysis, withoutClosingCommas(analysis, left))) return undefined;
  const participle = participleSpeaker(finder, around, cue, left, before.slice(clauseStart + 1, k));
  if (participle !== undefined) return participle;
  if (reportedByEarlierCue(finder, analysis, cue, left)) return undefined;
  const cueLemma = tokenAt(analysis, cue.token).lemma;
  // "an officer of the United States who had told my friends, '…'": the one "who" refers to, described.
  const clause = before.slice(clauseStart + 1, k);
  const described = describedBeforeWho(
    analysis,
    clause.slice(0, verbChainStart(analysis, clause)),
    finder.isPersonNoun,
  );
  if (listed && described) return { ...described, cue: cueLemma };
  // "…spoke with one of his sergeants, who said to me, '…'": the one set off before "who" speaks.
  const setOff = listed
    ? describedBeforeSetOffWho(
        analysis,
        clause.slice(0, verbChainStart(analysis, clause)),
        finder.isPersonNoun,
      )
    : null;
  if (setOff) return { ...setOff, cue: cueLemma };
  // "he met Geronimo, who promised … 'in two moons'": the one named before "who" speaks.
  const antecedent = listed
    ? namedBeforeWho(sentence, before.slice(0, verbChainStart(analysis, before.slice(0, k))), (id) =>
        finder.reader.entity(id),
      )
    : null;
  if (antecedent) return { ...antecedent, cue: cueLemma };
  // "She said her husband had written that he had '…'": the words right before the verb and its
  // auxiliaries; the husband speaks, named if the article names him, else as whose husband he is.
  const nearest = left.slice(0, verbChainStart(analysis, left)).slice(-2);
  // "He said he had, and that it described the area as '…'": the verb's own "it", found for no body,
  // is not passed over for the subject of a clause before it.
  // "the children in it shouted" is the children's: "it" after a preposition is no subject.
  const own = nearest.at(-1);
  if (
    own !== undefined &&
    tokenAt(analysis, own).normal === 'it' &&
    tokenAt(analysis, own).pos === 'PRON' &&
    analysis.tokens[nearest.at(-2) ?? -1]?.pos !== 'ADP' &&
    !finder.subjectIn(sentence, [own], people, outer, true)
  )
    return listed ? null : undefined;
  const reported = listed ? subjectOfReportedClause(finder, sentence, left, people, outer) : undefined;
  if (reported === null) return null;
  const subject =
    reported ??
    // "when Gen. Twiggs called on him …, the Mexican replied": the one called on, not the one calling.
    (outer ? null : describedAfterOpening(finder.reader, sentence, left, people)) ??
    namedSubject(finder, around, cue, left, nearest) ??
    describedSubject(finder, around, cue, left);
  const fromDocument = documentSpeaker(finder, around, left, clauseStart, subject);
  if (fromDocument) return { ...fromDocument, cue: cueLemma };
  if (subject) return { ...subject, cue: cueLemma };
  // A verb that hands over by where it stands, with no speaker found, gives way to a verb of saying.
  return listed ? null : undefined;
}

/**
 * True when the verb `cue`, which hands words over by where it stands or is a way of saying only WordNet
 * gives, stands inside what a verb of saying before it, after its subject, reports: it gives way to that verb.
 */
function reportedByEarlierCue(
  finder: SpeakerFinder,
  analysis: Analysis,
  cue: Cue,
  left: readonly number[],
): boolean {
  // "He says his father kept the certificate until the day he died, '…'": a verb handing over by where it
  // stands, inside what a verb of saying before it reports, gives way to that verb.
  // Only a verb of saying after its subject reports: "Asked whether …, her answer was blunt:" does not.
  // A way of saying only WordNet gives gives way too: in "Sheinbaum said … that Trump had proposed sending
  // troops to 'help'" the words are the report's. A verb of saying in a clause set before the main one
  // reports nothing of it: "When I asked a corporal why …, he answered me, '…'" is the corporal's answer.
  return (
    (!cue.listed || !finder.isListedCue(tokenAt(analysis, cue.token))) &&
    mainClauseOf(analysis, left).some(
      (t, j, main) =>
        j > 0 &&
        finder.isCue(tokenAt(analysis, t)) &&
        SUBJECT_POS.has(tokenAt(analysis, main[j - 1] ?? -1).pos),
    )
  );
}

/**
 * The subject of the verb `cue` as the article names it: a relative or a titled name right before the verb
 * (`nearest`), an entity in its clause (`left`), the one named after the verb, or a name written out.
 */
function namedSubject(
  finder: SpeakerFinder,
  around: QuoteSurroundings,
  cue: Cue,
  left: readonly number[],
  nearest: readonly number[],
): Omit<SpeakerGuess, 'cue'> | null {
  const { sentence, before, people, outer } = around;
  const { analysis } = sentence;
  const { k } = cue;
  // "Mrs. Ida Harlan Purcell, his daughter, with whom he lived …, said": a relative set off after a name is
  // that name's apposition, and the one named speaks.
  const at = left.indexOf(nearest[0] ?? -1);
  const comma = at > 0 && tokenAt(analysis, left[at - 1] ?? -1).value === ',';
  const apposed = comma && finder.subjectIn(sentence, left.slice(0, at - 1), people, outer, true) !== null;
  return (
    // "…," Consuelo Aréstegui said, while her brother said the soldiers were "…"': a relative of the
    // one named before, right before the verb, speaks, not the one named.
    (apposed ? null : relativeOf(finder.reader, sentence, nearest, people)) ??
    (apposed ? null : relativeNamedByOwner(finder.reader, sentence, nearest, people)) ??
    titledNameBefore(finder, sentence, nearest) ??
    finder.subjectIn(sentence, left, people, outer, true) ??
    // "…, said Lt. X: '…'": the subject after its verb, when none stands before it; in "The lieutenant
    // told our agent, '…'" the words after the verb are whom it was said to.
    (opensWithSubject(analysis, left)
      ? null
      : (finder.subjectIn(sentence, before.slice(k + 1, k + 4), people, outer, false) ??
        // "…, said the city's chronicler, Professor Tomás Ibarra Cavazos, was '…'": the name set beside it.
        finder.subjectIn(
          sentence,
          apposedAfterVerb(analysis, before, k, finder.isPersonNoun),
          people,
          outer,
          false,
        ))) ??
    finder.properName(analysis, left)
  );
}

/**
 * The subject of the verb `cue` described, not named by the article: the words opening its clause (`left`),
 * people counted, one of a group, someone unnamed, or a group named before.
 */
function describedSubject(
  finder: SpeakerFinder,
  around: QuoteSurroundings,
  cue: Cue,
  left: readonly number[],
): Omit<SpeakerGuess, 'cue'> | null {
  const { sentence, outer } = around;
  const { analysis } = sentence;
  const { isPersonNoun } = finder;
  const subject = subjectOf(analysis, left);
  return (
    // "After each name, the crowd of about 70 answered, '…'", "When the news was read out, the men of the
    // post cheered and called out, '…'": the description opening the clause after a phrase set off before it.
    theDescribed(analysis, subjectAfterOpening(analysis, left)) ??
    // "…, dozens of drivers leaned on their horns and shouted, '…'": people counted, not described.
    countedGroup(analysis, subjectAfterOpening(analysis, left), isPersonNoun) ??
    // "My foreman, Chuy Villanueva, called the house and said, '…'", "The lieutenant stood up and said,
    // '…'": the name or description before the clause's first verb.
    finder.properName(analysis, subject) ??
    nounPhraseBefore(analysis, left) ??
    theDescribed(analysis, subject) ??
    oneOfThem(analysis, subject, isPersonNoun) ??
    oneOfThoseBefore(sentence, left, isPersonNoun) ??
    // "A woman came to me and said, '…'" inside a quotation: someone the speaker met, as they describe them.
    // "…, a rider came in at a gallop crying '…'": the one described opening the clause whose participle
    // the verb of saying is.
    (outer ? aPersonDescribed(analysis, subject, isPersonNoun) : null) ??
    // "A man of his company, crying like a child, said to me, '…'": with what qualifies them.
    (outer ? describedBeforeVerb(analysis, withoutEndMarks(analysis, subject), isPersonNoun) : null) ??
    // "A young trooper by me, a boy from Tennessee, kept asking, '…'": someone beside the one recounting.
    (outer ? describedBesideSpeaker(analysis, left, isPersonNoun) : null) ??
    (isPresentParticiple(tokenAt(analysis, cue.token))
      ? aPersonDescribed(analysis, subjectAfterOpening(analysis, left), isPersonNoun)
      : null) ??
    countedGroup(analysis, subject, isPersonNoun) ??
    // "My first commander used to tell us, '…'": someone the speaker names as theirs.
    firstPersonRelative(finder.reader, analysis, subject, outer) ??
    someoneUnnamed(analysis, left) ??
    groupBefore(sentence, left, isPersonNoun)
  );
}

/**
 * "A notice posted at the landing at Las Moras reads: '…'": the document speaks, not the place; a person or
 * body found in its description speaks for it ("A letter from Gen. Ord reads"). `null` when the clause names
 * no document, or its `subject` is a person or body.
 */
function documentSpeaker(
  finder: SpeakerFinder,
  around: QuoteSurroundings,
  left: readonly number[],
  clauseStart: number,
  subject: Omit<SpeakerGuess, 'cue'> | null,
): Omit<SpeakerGuess, 'cue'> | null {
  const { sentence, before, people, outer } = around;
  const { analysis } = sentence;
  const isCommunicationNoun = finder.reader.isCommunicationNoun;
  const document = isCommunicationNoun
    ? (documentSubject(
        analysis,
        [...before.slice(0, clauseStart + 1), ...left],
        clauseStart + 1 + left.length,
        {
          isCommunicationNoun,
          isPersonNoun: finder.isPersonNoun,
        },
      ) ?? relativeDocument(analysis, left, finder))
    : null;
  if (!document) return null;
  // "A statement released by the Mexican Foreign Ministry reads": the one it is by speaks, when named (a
  // place it came from, "a telegram … from Colonia Juarez", does not).
  const author = documentAuthor(finder, sentence, document.author, people, outer);
  if (author) return author;
  const subjectType = finder.reader.entity(subject?.speakerId ?? '')?.type;
  return subjectType === undefined || subjectType === 'place'
    ? { speakerId: null, speakerName: document.speakerName }
    : null;
}

/**
 * Who a document's description says it is by (`author`, the words after its "by" or "from"): a person or
 * body the article names, or a name opened by "the" ("the Mexican Foreign Ministry"); `null` for a place.
 */
export function documentAuthor(
  finder: SpeakerFinder,
  sentence: WorkingSentence,
  author: readonly number[],
  people: QuoteSurroundings['people'],
  outer: QuoteSurroundings['outer'],
): Omit<SpeakerGuess, 'cue'> | null {
  const { analysis } = sentence;
  const named = finder.subjectIn(sentence, author, people, outer, false);
  const type = named?.speakerId ? finder.reader.entity(named.speakerId)?.type : undefined;
  if (named && type !== undefined && type !== 'place') return named;
  const first = author[0] === undefined ? undefined : tokenAt(analysis, author[0]);
  return first?.normal === 'the' && !named ? finder.properName(analysis, author) : null;
}

/** Marks (and "that") after which a verb of saying that needs one ("cry") hands the words over. */
const MARKS_BEFORE_WORDS = new Set([',', ':', 'that']);

/**
 * True when the verb of saying at `before[k]` hands words over only after a mark or as "-ing" ("cry": weep)
 * and stands here in another form with no comma or colon after it, before words that are no utterance of
 * their own (`full`: they open as a sentence does, 'the sentry cried "Halt!"'): in 'Ana Ruiz cried "tears of
 * rage"' the quoted words are a phrase of the sentence.
 */
function unmarked(
  finder: SpeakerFinder,
  analysis: Analysis,
  before: readonly number[],
  k: number,
  full: boolean,
): boolean {
  const verb = tokenAt(analysis, before[k] ?? -1);
  if (full || !finder.reader.cues.needsMark(verb.lemma) || isPresentParticiple(verb)) return false;
  // "cried out to the crowd, '…'": the mark is the last before the words, wherever the verb stands.
  const last = before.at(-1);
  return last === undefined || last === before[k] || !MARKS_BEFORE_WORDS.has(tokenAt(analysis, last).normal);
}

/** "a hand-lettered sign that read": the document a relative pronoun stands for, with no author read from it. */
function relativeDocument(
  analysis: Analysis,
  left: readonly number[],
  finder: SpeakerFinder,
): (Omit<SpeakerGuess, 'cue'> & { author: number[] }) | null {
  const isCommunicationNoun = finder.reader.isCommunicationNoun;
  if (!isCommunicationNoun) return null;
  const found = documentBeforeRelative(analysis, left, {
    isCommunicationNoun,
    isPersonNoun: finder.isPersonNoun,
  });
  return found ? { ...found, author: [] } : null;
}

/**
 * "… in March when President Bush said, '…'": a title written out and one capitalised name right before the
 * verb (its auxiliaries aside) are its subject, though no entity stands for them (a title before an English
 * word is not read as a name: "Bush", "Carter", "Grant"); a body named further back is in another clause.
 * `nearest` holds the two tokens before the verb.
 */
function titledNameBefore(
  finder: SpeakerFinder,
  sentence: WorkingSentence,
  nearest: readonly number[],
): Omit<SpeakerGuess, 'cue'> | null {
  const { analysis } = sentence;
  const [title, name] = nearest.map((t) => tokenAt(analysis, t));
  if (nearest.length !== 2 || !title || !name) return null;
  if (!NAME_WORD.test(title.value) || !finder.reader.isTitle(title.value) || !NAME_WORD.test(name.value))
    return null;
  if (name.pos !== 'PROPN') return null;
  const from = title.start;
  const covered = sentence.mentions.some((m) => {
    const r = charRange(analysis, m);
    return r.start < name.end && r.end > from;
  });
  return covered ? null : { speakerId: null, speakerName: `${title.value} ${name.value}` };
}

/** `words` without the marks that end them ("A man of his company ," → "A man of his company"). */
function withoutEndMarks(analysis: Analysis, words: readonly number[]): number[] {
  let end = words.length;
  while (end > 0 && tokenAt(analysis, words[end - 1] ?? -1).pos === 'PUNCT') end--;
  return words.slice(0, end);
}

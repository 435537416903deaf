/**
 * The checks a draft passes before it is shown, read once per question from what it asks (the act or
 * predicate a yes/no question turns on, the months and places it names, the kind of thing it asks for):
 * each is named for developers' traces and the first a draft fails says why it was declined. Also what the
 * engine reads after them: evidence saying the asked thing is not known, and the places the answer must say.
 */
import { askedAfterEvent, showsAfterEvent } from './after-event.ts';
import { askedSubjectAct, shownSaysActOfSubject } from './act-of-subject.ts';
import { actReading, actWords, draftShowsAskedAct, yesNoAct } from './asked-act.ts';
import { askedPlaces, type AskedPlace } from './asked-place.ts';
import { isWrittenPlace } from './written-places.ts';
import { ASKED_SAID_CONFIDENCE, saysEverythingAsked } from './asked-said.ts';
import { askedPredicate, predicateWords, sourcesSayAskedPredicate } from './asked-predicate.ts';
import { countedFigureSaid } from './counted-figure-said.ts';
import { firstEvidenceAnswers } from './first-evidence-share.ts';
import { givesAskedKind, reportsItHappened, speaksOfMonths } from './fit.ts';
import { MIN_CONFIDENCE, type Draft } from './handlers.ts';
import type { KnowledgeIndex } from './knowledge-index.ts';
import { asksYesNo } from './qualifying.ts';
import { reportedAct, shownSaysReportedAct } from './said-how.ts';
import { shownActLemma, shownActWords, shownSaysAct } from './shown-act.ts';
import { unknownStated } from './stated-unknown.ts';
import { namesADoer } from './who-doer.ts';
import { nounKindsOf } from './compare-attributed.ts';
import type { DeclineStage } from './types.ts';
import type { QuestionReader, Understanding } from './understand.ts';

export interface DraftGates {
  /** The checks in order, each with the stage a draft failing it is declined at. */
  gates: ReadonlyArray<readonly [DeclineStage, (d: Draft) => boolean]>;
  /** The sentence of a draft's evidence saying the asked thing is not known, if any. */
  saysUnknown: (d: Draft) => ReturnType<typeof unknownStated>;
  /** The places the question asks about: a draft's answer must say them. */
  places: AskedPlace[];
}

/** The checks for drafts answering `u`. */
export function draftGates(u: Understanding, index: KnowledgeIndex, reader: QuestionReader): DraftGates {
  // The act a yes/no question turns on, read once for every draft the checks see.
  const predicate = askedPredicate(u.analysis, actReading(reader));
  const predicateSaid = predicateWords(reader, index);
  const shownAct = shownActLemma(u.analysis, predicate);
  const shownSaid = shownActWords(reader, predicateSaid);
  const act = yesNoAct(u, reader);
  const places = askedPlaces(
    u.analysis,
    (id) => index.entities.get(id)?.type === 'place',
    (w) => reader.isEnglishWord(w),
    (phrase) => isWrittenPlace(index.sentences, phrase),
  );
  const yesNo = asksYesNo(u.text);
  const reported = yesNo ? reportedAct(u.analysis, reader.speechVerbs) : null;
  const subjectAct = yesNo ? askedSubjectAct(u.analysis, actReading(reader)) : null;
  const actSaid = actWords(reader);
  const subjectWords = {
    ...shownSaid,
    act: actSaid,
    sayings: reader.speechVerbs,
    analyse: (text: string) => reader.analyse(text),
  };
  const after = askedAfterEvent(u.analysis);
  const wordnet = reader.data.wordnet;
  const doerWords = { ...subjectWords, kinds: wordnet ? nounKindsOf(wordnet) : null };
  const saysUnknown = (d: Draft) => unknownStated(d, yesNo, act, index, actSaid, u.content, u.text);
  // The checks a draft passes before it is shown, each named for developers' traces.
  const gates: ReadonlyArray<readonly [DeclineStage, (d: Draft) => boolean]> = [
    [
      'low-confidence',
      (d) =>
        d.confidence >= MIN_CONFIDENCE ||
        firstEvidenceAnswers(u, d, index, reader.lens(u)) ||
        countedFigureSaid(u, d, index, reader) ||
        (d.confidence >= ASKED_SAID_CONFIDENCE &&
          saysEverythingAsked(u, d, index, (l) => reader.synonymsOf(l))),
    ],
    ['months', (d) => speaksOfMonths(index, d, u)],
    ['happened', (d) => reportsItHappened(d, u, index, (text) => reader.analyse(text), reader.speechVerbs)],
    ['asked-act', (d) => draftShowsAskedAct(d, act, index, reader)],
    ['stated-unknown', (d) => saysUnknown(d) === null],
    ['asked-predicate', (d) => sourcesSayAskedPredicate(d, predicate, index, predicateSaid)],
    [
      'shown-act',
      (d) =>
        shownSaysAct(d, shownAct, index, shownSaid) && shownSaysReportedAct(d, reported, index, shownSaid),
    ],
    ['act-of-subject', (d) => shownSaysActOfSubject(d, subjectAct, index, subjectWords)],
    [
      'asked-kind',
      (d) =>
        givesAskedKind(d, u, index, (text) => reader.analyse(text)) && namesADoer(d, u, index, doerWords),
    ],
    ['after-event', (d) => showsAfterEvent(d, after, index)],
  ];
  return { gates, saysUnknown, places };
}

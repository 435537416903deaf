/**
 * A signed letter quoting its own writer: '"For years my sister came every Sunday…," I wrote to the agency.'
 * The letter speaks in its writer's first person, so an "I" or "we" that says the quoted words (the subject of
 * a verb of saying outside the quotation) is the writer who signed it, and the letter's next quotation that
 * has no verb of saying of its own goes on in their words. Quotations someone else in the letter says ("my
 * pastor told us", "the agent said") keep their own speaker; an article no one signs is not read here.
 */
import type { Token } from '../nlp/pipeline.ts';
import { topLevelHolding } from './quote-spans.ts';
import type { WorkingQuote, WorkingSentence } from './working.ts';

/** Subjects that are the writer speaking of themselves. */
const WRITER_SUBJECTS: ReadonlySet<string> = new Set(['i', 'we']);
/** Words that may stand between the subject and its verb ("I once wrote", "I also told them"). */
const BETWEEN_SUBJECT_AND_VERB = 1;

export interface WriterIds {
  /** True for a verb of saying. */
  isCue: (tok: Token) => boolean;
  /** The id the article's people will give the writer a sign-off names as written ("Lt. Col. Ann Ruiz"). */
  idOf: (written: string) => { id: string; name: string };
}

/**
 * Gives the writer each top-level quotation of a signed letter (`writers`, by paragraph index, from
 * `letterWriters`) that no one was found for and whose sentence has the writer's "I" say it, and the
 * quotations after it in the same paragraph that have no verb of saying of their own.
 */
export function writersOwnWords(
  quotes: readonly WorkingQuote[],
  writers: ReadonlyMap<number, string>,
  ids: WriterIds,
): void {
  if (writers.size === 0) return;
  let goingOn: { paragraph: number; id: string; name: string } | null = null;
  for (const q of quotes) {
    if (q.parent !== null) continue;
    const paragraph = q.sentence.paragraph - 1;
    const written = writers.get(paragraph);
    if (goingOn && goingOn.paragraph !== paragraph) goingOn = null;
    if (!written || q.speakerId !== null || q.speakerName !== 'unattributed') {
      // A quotation someone was found for ends the writer's run of words.
      if (q.speakerName !== 'unattributed') goingOn = null;
      continue;
    }
    const saying = writerSays(q.sentence, ids.isCue);
    if (saying === 'writer') goingOn = { paragraph, ...ids.idOf(written) };
    else if (saying === 'other') goingOn = null;
    if (!goingOn) continue;
    q.speakerId = goingOn.id;
    q.speakerName = goingOn.name;
  }
}

/**
 * 'writer' when the sentence, outside its quotations, has "I" or "we" as the subject of a verb of saying and
 * no verb of saying with another subject ('"…," I heard him say' is his); 'other' when it has a verb of saying
 * with some other subject; `null` when it has none.
 */
function writerSays(s: WorkingSentence, isCue: (tok: Token) => boolean): 'writer' | 'other' | null {
  const { tokens } = s.analysis;
  const outside = (t: number): boolean => {
    const tok = tokens[t];
    return tok !== undefined && topLevelHolding(s.paragraphSpans, tok.start, tok.start + 1) === null;
  };
  let writer = false;
  for (let t = s.tokenStart; t < s.tokenEnd; t++) {
    const tok = tokens[t];
    if (!tok || !outside(t) || !isCue(tok)) continue;
    if (!saidByWriter(s, t, outside)) return 'other';
    writer = true;
  }
  return writer ? 'writer' : null;
}

/** True when "I" or "we" is the subject just before the verb at `t`, an adverb or so apart ("I once wrote"). */
function saidByWriter(s: WorkingSentence, t: number, outside: (t: number) => boolean): boolean {
  const { tokens } = s.analysis;
  for (let back = 1; back <= BETWEEN_SUBJECT_AND_VERB + 1; back++) {
    const at = t - back;
    const subject = tokens[at];
    if (!subject || at < s.tokenStart || !outside(at)) return false;
    if (WRITER_SUBJECTS.has(subject.normal) && subject.pos === 'PRON') return true;
    if (subject.pos !== 'ADV') return false;
  }
  return false;
}

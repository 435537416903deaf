/**
 * The time a passage of an article is told in, for the dates it writes without a year or relative to a day.
 * A dispatch or a printed letter opens with its own dateline ("SEGUIN, Sept. 12. — Yesterday morning, …",
 * "SALTILLO, Mexico, Feb. 25, 1847." on a line of its own): its "yesterday", "this morning" and "on Friday"
 * count from that day, not from the paper's. A past event told without its year ("On February 15, Vega
 * attacked") is in the year the story last wrote out, and never after publication.
 */
import type { Analysis, Token } from '../nlp/pipeline.ts';
import { opensWithCapital } from '../nlp/letter-tests.ts';
import type { DatePrecision, IsoDate } from './schema.ts';
import type { DaysRead } from './same-day-again.ts';

/** What an article has told so far that dates what follows; one per article, updated as dates are read. */
export interface StoryDays {
  /** The day of the last dateline read (see {@link isDateline}), the day relative days count from. */
  dateline: IsoDate | null;
  /**
   * The story's running day: the last day written out with its year ("January 29, 1911"), else the last month
   * ("March 1846"), the year of a past event told without one. A year alone is not taken: it is as often an
   * aside ("a veteran of the 1906 strike") as the story's.
   */
  written: IsoDate | null;
  /** True once a day with its year has been written: a month alone no longer moves {@link written}. */
  dayWritten: boolean;
  /** The days named by their month the article has read, each month and day the first day read as it. */
  daysRead: DaysRead;
}

/** A fresh {@link StoryDays}, for the start of an article. */
export function storyDays(): StoryDays {
  return { dateline: null, written: null, dayWritten: false, daysRead: new Map() };
}

/**
 * Notes a date written out with its year. A day outranks a month: "in August 1847" after "April 25, 1846"
 * looks ahead, and the story runs on in 1846.
 */
export function writeYear(story: StoryDays, date: IsoDate, precision: DatePrecision): void {
  if (precision === 'day') Object.assign(story, { written: date, dayWritten: true });
  else if (!story.dayWritten && precision === 'month') story.written = date;
}

/** The tense of a date's clause (see {@link clauseTense}); `null` when no verb of it says. */
export type ClauseTense = 'past' | 'present' | null;

/** How the day a date sits in is told: its dateline day, its story's day, and the tense of its clause. */
export interface DateContext {
  dateline: IsoDate | null;
  written: IsoDate | null;
  tense: ClauseTense;
}

/** At most this many tokens of a place may come before a dateline's date ("CAMP ON THE SALADO,"). */
const MAX_DATELINE_PLACE_TOKENS = 8;

/** What may end a dateline after its date: the end of the line, a full stop, a dash or a colon. */
const DATELINE_ENDS: ReadonlySet<string> = new Set(['.', '—', '–', '-', ':']);

/**
 * True when the date at tokens `[start, end)` is the dateline of the sentence `[sentenceStart, sentenceEnd)`:
 * the sentence opens with a place in capitalised words and a comma before the date, and the date ends the
 * line or is followed by a full stop or a dash ("SAN ANTONIO, Sept. 21. — …", "Point Isabel, May 9").
 */
export function isDateline(
  analysis: Analysis,
  start: number,
  end: number,
  sentenceStart: number,
  sentenceEnd: number,
): boolean {
  const places = start - sentenceStart;
  if (places < 2 || places > MAX_DATELINE_PLACE_TOKENS) return false;
  const toks = analysis.tokens;
  if (toks[start - 1]?.value !== ',') return false;
  for (let t = sentenceStart; t < start; t++) {
    const v = toks[t]?.value ?? '';
    if (v !== ',' && !opensWithCapital(v)) return false;
  }
  return end >= sentenceEnd || DATELINE_ENDS.has(toks[end]?.value ?? '');
}

/** Auxiliaries and verbs that tell their clause in the past. */
const PAST_AUXILIARIES: ReadonlySet<string> = new Set(['was', 'were', 'had', 'did']);
/** Auxiliaries that tell their clause in the present or the future ("is", "has", "will"). */
const PRESENT_AUXILIARIES: ReadonlySet<string> = new Set([
  'is',
  'are',
  'am',
  "'re",
  "'m",
  'has',
  'have',
  'does',
  'do',
  'will',
  "'ll",
  'shall',
  'can',
  'may',
  'must',
]);
/** What ends a clause, looking forward from a date: "Correction, Feb. 22: An earlier version said …". */
const CLAUSE_ENDS: ReadonlySet<string> = new Set([';', ':', '—', '–', '(', ')']);
/** What ends a clause looking back from a date: those, and a comma ("written or recorded, by March 1"). */
const CLAUSE_BREAKS: ReadonlySet<string> = new Set([...CLAUSE_ENDS, ',']);
/** How far from the date a verb is looked for, either side: a clause's verb is near its time phrase. */
const MAX_VERB_DISTANCE = 24;

/**
 * The tense the clause of the date at tokens `[start, end)` is told in: its nearest verb before the date in
 * the sentence (else the first after it, "On February 15, Vega attacked"), read from the first auxiliary of
 * its verb group: `past` ("was sent", "attacked"), `present` ("will be sent", "runs", "has"), or `null` when
 * no verb says ("to end", "we gather", a dateline).
 */
export function clauseTense(
  analysis: Analysis,
  start: number,
  end: number,
  sentenceStart: number,
  sentenceEnd: number,
): ClauseTense {
  const toks = analysis.tokens;
  let verb = -1;
  for (let t = start - 1; t >= Math.max(sentenceStart, start - MAX_VERB_DISTANCE); t--) {
    if (CLAUSE_BREAKS.has(toks[t]?.value ?? '')) break;
    if (isVerb(toks[t])) {
      verb = t;
      break;
    }
  }
  // A phrase opening the clause ("On February 15, Vega attacked"): its verb follows, past a comma.
  if (verb < 0)
    for (let t = end; t < Math.min(sentenceEnd, end + MAX_VERB_DISTANCE); t++) {
      if (CLAUSE_ENDS.has(toks[t]?.value ?? '')) break;
      if (isVerb(toks[t])) {
        verb = t;
        break;
      }
    }
  if (verb < 0) return null;
  // The head of the verb group: back over auxiliaries and the adverbs and "not" between them.
  let head = verb;
  for (let t = verb - 1; t >= sentenceStart; t--) {
    const pos = toks[t]?.pos;
    if (pos === 'AUX') head = t;
    else if (pos !== 'ADV' && pos !== 'PART') break;
  }
  if (toks[head - 1]?.normal === 'to') return null;
  return tenseOf(toks[head]);
}

function isVerb(tok: Token | undefined): boolean {
  return tok !== undefined && (tok.pos === 'VERB' || tok.pos === 'AUX');
}

/** The tense of the first verb of a verb group: "was", "attacked", "wrote" past; "is", "runs", "will" present. */
function tenseOf(tok: Token | undefined): ClauseTense {
  if (!tok) return null;
  const { normal, lemma } = tok;
  if (PAST_AUXILIARIES.has(normal)) return 'past';
  if (PRESENT_AUXILIARIES.has(normal)) return 'present';
  if (tok.pos === 'AUX' || normal === lemma || normal.endsWith('ing')) return null;
  // "runs", "carries", "goes": the present of the third person.
  if (normal === `${lemma}s` || normal === `${lemma}es` || normal === `${lemma.slice(0, -1)}ies`)
    return 'present';
  return 'past';
}

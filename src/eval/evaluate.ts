/**
 * Runs a question set through the engine and checks each answer against what it must contain (or that it
 * declines). Conversations share one user so follow-ups see their history.
 */
import type { AnswerEngine } from '../answer/engine.ts';
import { LONG_MONTHS } from '../answer/text.ts';
import type { Answer, DeclineStage } from '../answer/types.ts';

export interface EvalItem {
  id: string;
  q: string;
  intent: string;
  /** The style of the question (casual, spanish, followup, decline…); `plain` when not given. */
  kind?: string;
  /** `dev` (tuned on) or `test` (only reported); none for the regression set. */
  split?: 'dev' | 'test';
  conversation?: string;
  expect: {
    /** Groups of alternatives: the answer contains one string of every group. */
    all?: string[][];
    /** Alternatives the one-line direct answer must contain when the answer shows one. */
    direct?: string[];
    sources?: string[];
    decline?: boolean;
    intent_only?: boolean;
  };
}

export interface EvalResult {
  item: EvalItem;
  answer: Answer;
  ok: boolean;
  problems: string[];
  /** True when the answer showed a direct (bold) answer the question did not allow. */
  wrongHeadline: boolean;
  ms: number;
  /**
   * For an answerable question declined, the gate that declined it (`AskOptions.trace`), or `other` for a
   * decline before the gates (out of scope, an opinion asked); `null` otherwise.
   */
  gate: DeclineStage | 'other' | null;
}

export interface Tally {
  total: number;
  ok: number;
}

export interface EvalSummary {
  results: EvalResult[];
  byIntent: Map<string, Tally>;
  byKind: Map<string, Tally>;
  correct: number;
  total: number;
  accuracy: number;
  /** Answerable questions (neither declines nor greetings) declined, of all answerable ones. */
  falseDeclines: Tally;
  /** Must-decline questions answered, of all must-decline ones. */
  falseAnswers: Tally;
  /** Answers whose bold headline names the wrong thing, of all answers that were checked for one. */
  wrongHeadlines: Tally;
  /** Answerable questions declined, counted by the gate that declined them. */
  declinedAt: Map<string, number>;
}

const MONTH_NAMES = LONG_MONTHS.map((m) => m.toLowerCase());
const MONTHS = `(${MONTH_NAMES.join('|')})`;
/** A month written short with its stop ("aug.", "sept."), before a day. */
const SHORT_MONTH = /\b(jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\.(?= \d{1,2}\b)/g;
/** A day written without its month ("the 20th"), as a dispatch dates a day of the month it is in. */
const BARE_DAY = /^the (\d{1,2})(?:st|nd|rd|th)$/;

/**
 * Whether normalised `text` holds the normalised expected string `s`; a bare day ("the 20th") is also found in
 * `headline` (normalised) as that day of a month ("tuesday 20 september 1842"), which is how the engine writes
 * the date it resolved — in the headline only, not in any date the evidence happens to write.
 */
function holds(text: string, s: string, headline: string): boolean {
  if (text.includes(s)) return true;
  const day = BARE_DAY.exec(s);
  return day !== null && new RegExp(`\\b${day[1]} ${MONTHS}\\b`).test(headline);
}

/**
 * Text compared case-blind, without markdown escapes or curly quotes, and with dates in one form ("May 15",
 * "15 May" and "2006-05-15" all read "15 may"), so a right date written another way still matches.
 */
function normalise(text: string): string {
  return (
    text
      .toLowerCase()
      // "Aug. 18", "Sept. 3": a month written short reads as the month.
      .replace(SHORT_MONTH, (_, short: string) => MONTH_NAMES.find((m) => m.startsWith(short)) ?? short)
      .replace(/\b(\d{4})-(\d{2})-(\d{2})\b/g, (_, y: string, m: string, d: string) => {
        const month = MONTH_NAMES[Number(m) - 1];
        return month ? `${Number(d)} ${month} ${y}` : `${y}-${m}-${d}`;
      })
      .replace(new RegExp(`\\b${MONTHS} (\\d{1,2})(?:st|nd|rd|th)?\\b`, 'g'), '$2 $1')
      // "February 19, 1999" read as "19 february 1999", as the engine writes it: the comma goes with the order.
      .replace(new RegExp(`\\b(\\d{1,2} ${MONTHS}), (\\d{4})\\b`, 'g'), '$1 $3')
      .replace(/\\([\\*_~`|>#[\]()-])/g, '$1')
      .replace(/[‘’]/g, "'")
      .replace(/[“”]/g, '"')
  );
}

/** A question that asks for a headline or a title ("what did the headline say", "el titular"). */
const ASKS_TITLE = /\b(headlines?|titles?|titular|titulares|t[ií]tulo)\b/i;

function headlineIsWrong(item: EvalItem, answer: Answer): boolean {
  const allowed = item.expect.direct;
  if (!allowed || !answer.answered || answer.direct === null) return false;
  const direct = normalise(answer.direct);
  return !allowed.some((s) => holds(direct, normalise(s), direct));
}

/** `text` without the web addresses of its source lines (`<https://…>`, or bare). */
function withoutLinks(text: string): string {
  return text.replace(/<?https?:\/\/[^\s>]+>?/g, '');
}

/**
 * A source line under the evidence ("-# The Kentucky Falls Register — News From the Rio Grande, 28 May 1846
 * <…>"): it says where the words come from, not what the answer says. "May" must not pass for "who led the
 * charge?" because the article is dated 28 May; what a source line may answer is added from the citations.
 */
const SOURCE_LINE = /^-# .*$/gm;

/** Checks one answer against its expectation; returns what is wrong (empty when right). */
export function checkAnswer(item: EvalItem, answer: Answer): string[] {
  const problems: string[] = [];
  const e = item.expect;
  if (e.intent_only) {
    if (answer.intent !== item.intent && answer.answeredAs !== item.intent)
      problems.push(`intent ${answer.intent} (${answer.answeredAs}), expected ${item.intent}`);
    return problems;
  }
  if (e.decline) {
    if (answer.answered) problems.push('answered, expected a decline');
    return problems;
  }
  if (!answer.answered) problems.push('declined, expected an answer');
  // A source's outlet may be the answer ("who reported it?"); its title only when the question asks for one, so a
  // name the answer never shows does not pass because the article's headline carries it; its date only for a
  // question asking when ("when was it reported?").
  const titles = ASKS_TITLE.test(item.q);
  const dates = item.intent === 'date';
  // A cited link is not the answer's words: "…/23-muertos-en-villa-union" must not pass for "23".
  const headline = normalise(answer.direct ?? '');
  const text = normalise(
    [
      withoutLinks(answer.text.replace(SOURCE_LINE, '')),
      answer.direct ?? '',
      ...answer.citations.map((c) =>
        [c.outlet, titles ? c.title : '', dates ? c.published : ''].filter((w) => w !== '').join(' '),
      ),
    ].join('\n'),
  );
  for (const group of e.all ?? []) {
    if (!group.some((s) => holds(text, normalise(s), headline)))
      problems.push(`missing one of ${JSON.stringify(group)}`);
  }
  for (const id of e.sources ?? []) {
    if (!answer.citations.some((c) => c.sourceId === id)) problems.push(`does not cite ${id}`);
  }
  if (headlineIsWrong(item, answer))
    problems.push(`headline "${answer.direct ?? ''}", expected one of ${JSON.stringify(e.direct)}`);
  return problems;
}

function count(map: Map<string, Tally>, key: string, ok: boolean): void {
  const t = map.get(key) ?? { total: 0, ok: 0 };
  t.total++;
  if (ok) t.ok++;
  map.set(key, t);
}

/** Summarises results already run (a subset of a run, such as one split). */
export function summarise(results: readonly EvalResult[]): EvalSummary {
  const byIntent = new Map<string, Tally>();
  const byKind = new Map<string, Tally>();
  const falseDeclines: Tally = { total: 0, ok: 0 };
  const falseAnswers: Tally = { total: 0, ok: 0 };
  const wrongHeadlines: Tally = { total: 0, ok: 0 };
  const declinedAt = new Map<string, number>();
  for (const r of results) {
    count(byIntent, r.item.intent, r.ok);
    count(byKind, r.item.kind ?? 'plain', r.ok);
    if (r.item.expect.intent_only) continue;
    if (r.item.expect.decline) {
      falseAnswers.total++;
      if (r.answer.answered) falseAnswers.ok++;
    } else {
      falseDeclines.total++;
      if (!r.answer.answered) falseDeclines.ok++;
      if (r.gate !== null) declinedAt.set(r.gate, (declinedAt.get(r.gate) ?? 0) + 1);
    }
    if (r.item.expect.direct && r.answer.answered) {
      wrongHeadlines.total++;
      if (r.wrongHeadline) wrongHeadlines.ok++;
    }
  }
  const correct = results.filter((r) => r.ok).length;
  return {
    results: [...results],
    byIntent,
    byKind,
    correct,
    total: results.length,
    accuracy: results.length === 0 ? 0 : correct / results.length,
    falseDeclines,
    falseAnswers,
    wrongHeadlines,
    declinedAt,
  };
}

/** Runs every item; items of one conversation run in order as one user. */
export async function evaluate(
  engine: AnswerEngine,
  items: readonly EvalItem[],
  runId = 'eval',
): Promise<EvalSummary> {
  const results: EvalResult[] = [];
  for (const item of items) {
    const userId = item.conversation ? `${runId}:${item.conversation}` : `${runId}:${item.id}`;
    const started = performance.now();
    let stage: DeclineStage | null = null;
    const answer = await engine.ask(item.q, { userId, trace: (s) => (stage = s) });
    const ms = performance.now() - started;
    const problems = checkAnswer(item, answer);
    const answerable = !item.expect.decline && !item.expect.intent_only;
    results.push({
      item,
      answer,
      ok: problems.length === 0,
      problems,
      wrongHeadline: headlineIsWrong(item, answer),
      ms,
      gate: answerable && !answer.answered ? (stage ?? 'other') : null,
    });
  }
  return summarise(results);
}

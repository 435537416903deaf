/**
 * Comparisons by a word of measure whose sides are offered as alternatives at the question's end: "Which
 * lasted longer, the shooting at San Ygnacio or the fight on the Pecos?", "Who was older at the time, the
 * youngest man killed or Juan Flores?", "Which state is putting more money into its border emergency, New
 * Mexico or Arizona?". Each side is asked the question the measure word stands for, with the side in the
 * place of the question word: "how long did the shooting at San Ygnacio last", "how old was Juan Flores at
 * the time", "how much money is New Mexico putting into its border emergency". Reads the question's tokens
 * only; the words of measure ("longer", "older", "more") are English grammar, a closed class.
 */
import { answerSizes } from './compare-phrases.ts';
import { freeRelativeQuestion } from './free-relative.ts';
import { MIN_CONFIDENCE, type Draft } from './handlers.ts';
import type { Analysis, Token } from '../nlp/pipeline.ts';
import type { Evidence } from './types.ts';

/** Each comparative of measure and the "how" its sides are asked with; `more`/`less` by what they count. */
const MEASURES: ReadonlyMap<string, string> = new Map([
  ['longer', 'how long'],
  ['shorter', 'how long'],
  ['older', 'how old'],
  ['younger', 'how old'],
  ['bigger', 'how many'],
  ['larger', 'how many'],
  ['smaller', 'how many'],
  ['fewer', 'how many'],
  ['more', 'how many'],
  ['less', 'how much'],
  ['farther', 'how far'],
  ['further', 'how far'],
  ['higher', 'how high'],
  ['taller', 'how tall'],
]);
/** Comparatives of size: asked with a verb, each side is asked how big it is. */
const SIZES: ReadonlySet<string> = new Set(['bigger', 'larger', 'smaller']);
/** Question words that open a choice between alternatives. */
const CHOOSING: ReadonlySet<string> = new Set(['which', 'who', 'what']);
/** Marks that set the alternatives apart from the question asked of them. */
const LIST_OPENER = /^[,:;—–-]$/;
/** Parts of speech of the words naming what "more" counts ("more money", "more men"). */
const COUNTED_POS: ReadonlySet<string> = new Set(['ADJ', 'NOUN']);
/** Parts of speech of the words after the question word that name what is chosen ("which state"). */
const CHOSEN_POS: ReadonlySet<string> = new Set(['ADJ', 'NOUN', 'PROPN']);
/** Longest side, in words, read as an alternative; longer ones are clauses this reading would mangle. */
const MAX_SIDE_WORDS = 14;

/** The two alternatives of a question, each with the question asked of it alone. */
export interface OfferedSides {
  sides: [string, string];
  questions: [string, string];
  /** True when each side is asked a number that sets them in order: how many, how much, how old. */
  figured: boolean;
}

const words = (x: string) => x.split(/\s+/).filter(Boolean).length;
const bare = (side: string) => side.replace(/^(?:the|a|an)\s+/i, '');

/**
 * The alternatives a question offers after a comma or colon ("…, A or B?") when it asks which of them is
 * more by a word of measure before them, each with the question asked of it; `null` for any other question.
 */
export function offeredSides(analysis: Analysis): OfferedSides | null {
  const { tokens, text } = analysis;
  const wh = tokens.findIndex((t) => t.pos !== 'PUNCT' && t.normal !== 'so' && t.normal !== 'and');
  if (wh < 0 || !CHOOSING.has(tokens[wh]?.normal ?? '')) return null;
  const ors = tokens.flatMap((t, i) => (t.normal === 'or' ? [i] : []));
  const [or] = ors;
  if (ors.length !== 1 || or === undefined) return null;
  let sep = or - 1;
  while (sep > wh && !LIST_OPENER.test(tokens[sep]?.value ?? '')) sep--;
  const measured = tokens.findIndex((t, i) => i > wh && i < sep && MEASURES.has(t.normal));
  const measure = tokens[measured];
  const firstSide = tokens[sep + 1];
  const beforeOr = tokens[or - 1];
  const secondSide = tokens[or + 1];
  if (sep <= wh || !measure || !firstSide || !beforeOr || !secondSide || sep + 1 >= or) return null;
  const left = text.slice(firstSide.start, beforeOr.end).trim();
  const right = text
    .slice(secondSide.start)
    .replace(/[?.!\s]+$/, '')
    .trim();
  if (!left || !right || words(left) > MAX_SIDE_WORDS || words(right) > MAX_SIDE_WORDS) return null;
  const asking = askedOf(tokens, text, wh, measured, sep);
  if (!asking) return null;
  const { ask, lead } = asking;
  // "…or what Richardson committed for his border emergency": a side named by what someone did is asked
  // with its own verb.
  const sideTokens = (from: number, to: number) =>
    tokens.slice(from, to).filter((t, i, all) => i < all.length - 1 || t.pos !== 'PUNCT');
  const askSide = (side: string, from: number, to: number) =>
    freeRelativeQuestion(sideTokens(from, to), text, lead) ?? ask(side);
  const questions: [string, string] = [askSide(left, sep + 1, or), askSide(right, or + 1, tokens.length)];
  const figured = /^how (?:many|much|old|big)\b/.test(questions[0]);
  // Each side is labelled as alternativeSizes (compare-alternatives.ts) labels it: without its article.
  return { sides: [bare(left), bare(right)], questions, figured };
}

/**
 * The question asked of one side, built from the words between the question word (`wh`) and the list (`sep`)
 * around the word of measure (`measured`): its auxiliary and verb, what "more" counts, and the rest.
 */
function askedOf(
  tokens: readonly Token[],
  text: string,
  wh: number,
  measured: number,
  sep: number,
): { ask: (side: string) => string; lead: string } | null {
  let at = wh + 1;
  while (at < measured && CHOSEN_POS.has(tokens[at]?.pos ?? '')) at++;
  const aux = tokens[at]?.pos === 'AUX' ? tokens[at] : undefined;
  if (aux) at++;
  const verb = tokens[at]?.pos === 'VERB' && at < measured ? tokens[at] : undefined;
  if (verb) at++;
  // "Which was the bigger armed force": the measure describes a noun the sides are; each is asked how many.
  const describes = tokens[measured - 1]?.pos === 'DET';
  if (at !== measured && !describes) return null;
  const measure = tokens[measured];
  if (!measure) return null;
  let end = measured + 1;
  const counts = measure.normal === 'more' || measure.normal === 'fewer' || measure.normal === 'less';
  if (counts) while (end < sep && COUNTED_POS.has(tokens[end]?.pos ?? '')) end++;
  const countedTokens = tokens.slice(measured + 1, end);
  const mass = countedTokens.length > 0 && countedTokens.every((t) => t.normal === t.lemma);
  // "Which deployment was bigger, Bush's or Obama's?": asked with its verb, a word of size asks how big each
  // is, the size of a deployment or a force being how many people it has (asked-size.ts); "how many was
  // Obama's" counts whatever the sentence about Obama does.
  const how =
    counts && mass
      ? 'how much'
      : SIZES.has(measure.normal) && !describes
        ? 'how big'
        : (MEASURES.get(measure.normal) ?? 'how many');
  const counted = countedTokens.map((t) => t.value).join(' ');
  const lead = counted ? `${how} ${counted}` : how;
  const restFrom = tokens[end];
  const restTo = tokens[sep - 1];
  const rest = restFrom && restTo && end < sep ? ` ${text.slice(restFrom.start, restTo.end)}` : '';
  if (describes) return { ask: (side) => `${how} ${bare(side)}`, lead };
  if (verb && aux) return { ask: (side) => `${lead} ${aux.value} ${side} ${verb.value}${rest}`, lead };
  if (verb) return { ask: (side) => `${lead} did ${side} ${verb.lemma}${rest}`, lead };
  if (aux) return { ask: (side) => `${lead} ${aux.value} ${side}${rest}`, lead };
  return null;
}

/**
 * The two alternatives side by side, each answered by `answerSide` from its own question: their figures and
 * which is larger when both give one ({@link answerSizes}), else each side's evidence under its words.
 * `null` unless both are answered: one side alone is no answer to which of two is more.
 * When one sentence answers both, `otherOfShared` answers apart the side it does not name (side-own-count.ts).
 */
export function answerOffered(
  offered: OfferedSides,
  answerSide: (question: string) => Draft | null,
  otherOfShared: (shared: Draft) => { side: 0 | 1; draft: Draft } | null = () => null,
): Draft | null {
  const drafts = offered.questions.map((q) => answerSide(q));
  const answered = drafts.filter(
    (d): d is Draft => d !== null && d.confidence >= MIN_CONFIDENCE && d.evidence.length > 0,
  );
  if (answered.length < 2) return null;
  // One sentence answering both sides answers one of them: the other is not told apart from it, unless
  // it is answered apart (`otherOfShared`).
  const [a, b] = answered;
  if (a && a.evidence[0]?.id === b?.evidence[0]?.id) {
    const other = offered.figured ? otherOfShared(a) : null;
    if (!other) return null;
    drafts[other.side] = other.draft;
  }
  const labelled = offered.sides.map((label, i) => ({ label, draft: drafts[i] ?? null }));
  // Figures set in order only when both count or give an age: a length of time is worded too many ways.
  const sized = offered.figured ? answerSizes(labelled) : null;
  if (sized) return sized;
  const evidence: Evidence[] = [];
  const seen = new Set<string>();
  for (const d of answered)
    for (const e of d.evidence.slice(0, 2))
      if (!seen.has(e.id)) {
        seen.add(e.id);
        evidence.push(e);
      }
  return {
    answeredAs: answered[0]?.answeredAs ?? 'what',
    confidence: Math.min(...answered.map((d) => d.confidence)),
    direct: null,
    lead: `Side by side — ${offered.sides.join(' and ')}:`,
    evidence,
    lines: [],
    focus: answered.flatMap((d) => d.focus),
  };
}

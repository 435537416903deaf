/**
 * Splits what a person wrote into the questions it asks. A long message keeps its question sentences and
 * passes the rest on as context ("my uncle keeps saying… How many troops were requested?"); a sentence that
 * asks two things ("who is the defence minister and did he say…?") becomes two parts, answered in turn so
 * the second can lean on the first ("he").
 */
import { ASKING, buriedQuestion, words } from './buried-question.ts';
import { withElidedClauses } from './elided-clause.ts';
import { withCountedCarried } from './elided-parts.ts';
import { hedgedClauseStarts, mayHoldHedgedClause, type ClauseStart } from './hedged-clause.ts';
import type { Analysis } from '../nlp/pipeline.ts';
import { joinedParallel, joinedSecondGiver } from './parallel-question.ts';

/** Patterns with `\p{…}`, built once: inside a function tsx rebuilds them on every call (see src/nlp/letter-tests.ts). */
const P2 = /(?:^|\s)\p{Lu}\.$/u;
const P3 = /(?:^|\s)(?:\p{Lu}\.){2,}$/u;
const P4 = /^\p{Ll}/u;

export interface QuestionPlan {
  /** The questions, in the order asked (one for most messages). */
  parts: string[];
  /** The message's other sentences, read for their topic only; `null` when there are none. */
  context: string | null;
}

/** At most this many parts are answered; the rest of a message is context. */
export const MAX_PARTS = 3;
/** Below this many words a message is read whole, as one question. */
const LONG_MESSAGE_WORDS = 25;
/** A part shorter than this many words is not split off ("and when?" stays with its question). */
const MIN_PART_WORDS = 3;

const QUESTION_START =
  /^(who|whom|whose|what|what's|whats|when|where|why|how|which|did|does|do|is|was|were|are|has|have|had|can|could|would|will|should|tell me|give me|list|show me|explain|i want to know|i'd like to know|i wonder)\b/i;
/**
 * A new clause that asks something: a question word (after a preposition: "and by when…"), or an auxiliary
 * that opens a yes/no question. "Or"
 * does not split: "…or was that the Guard?" offers an alternative to the same question.
 */
const NEW_CLAUSE = new RegExp(
  `\\s*(?:,\\s*)?(?:\\band\\b|;|\\bbut\\b|\\balso\\b|\\bplus\\b)\\s+(?=(?:(?:by|for|in|from|since|until|on|at|to|with)\\s+)?(?:${ASKING})\\b)`,
  'gi',
);

/**
 * Sentences of a message, split after . ? ! followed by a space, but not after an initial ("George W. Bush")
 * or after an initialism the next word goes on from in lower case ("what the U.S. general said").
 */
function sentencesOf(text: string): string[] {
  const out: string[] = [];
  for (const piece of text.split(/(?<=[.?!])\s+(?=\S)/u)) {
    const s = piece.trim();
    if (s === '') continue;
    const last = out.at(-1);
    const goesOn = last !== undefined && (P2.test(last) || (P3.test(last) && P4.test(s)));
    if (goesOn) out[out.length - 1] = `${last} ${s}`;
    else out.push(s);
  }
  return out;
}

/** True when `sentence` opens as a question does ("how…", "¿cuántos…"), past opening marks and quotes. */
function opensAsQuestion(sentence: string): boolean {
  return QUESTION_START.test(sentence.replace(/^[\s¿¡"“]+/, ''));
}

/** The question sentences of a long message: those that end in "?" or open as a question, else the last. */
function questionSentences(text: string): { asked: string[]; context: string[] } {
  const sentences = sentencesOf(text);
  if (sentences.length <= 1 || words(text) < LONG_MESSAGE_WORDS) return { asked: [text], context: [] };
  const isQuestion = (s: string) => s.endsWith('?') || opensAsQuestion(s);
  const asked = sentences.filter(isQuestion);
  const chosen = asked.length > 0 ? asked : sentences.slice(-1);
  return { asked: chosen, context: sentences.filter((s) => !chosen.includes(s)) };
}

/**
 * The question in a sentence that opens with something else, after a colon or semicolon ("I'm just
 * curious: how many…").
 * The words before it go to the context.
 */
function questionIn(sentence: string): { question: string; before: string | null } {
  // "When the Pentagon moved the money in 2020, how did it justify it?": the clause after the comma asks,
  // and the one before says about what, so the question is read question first.
  const scene = SCENE_THEN_QUESTION.exec(sentence);
  if (scene?.[1] && scene[2] && words(scene[2]) >= MIN_PART_WORDS)
    return { question: `${scene[2].replace(/[?.!\s]+$/, '')}, ${scene[1].trim()}?`, before: null };
  let at = -1;
  for (const m of sentence.matchAll(/[:;]\s+/g)) {
    const rest = sentence.slice((m.index ?? 0) + m[0].length);
    if (QUESTION_START.test(rest) && words(rest) >= MIN_PART_WORDS) {
      at = (m.index ?? 0) + m[0].length;
      break;
    }
  }
  if (at < 0 || opensAsQuestion(sentence)) return { question: sentence, before: null };
  // "2018 vs 2025: how did the presence change?": a short lead naming what is compared is part of the question.
  const lead = sentence.slice(0, at);
  if (words(lead) <= MAX_COMPARED_LEAD_WORDS && COMPARED_LEAD.test(lead))
    return { question: sentence, before: null };
  return { question: sentence.slice(at), before: sentence.slice(0, at).replace(/[\s:;,–—-]+$/, '') };
}

/** A lead before a colon that names the sides compared: a year or "vs". */
const COMPARED_LEAD = /\b(?:1[89]|20)\d\d\b|\b(?:vs\.?|versus)(?=\s|$)/i;
const MAX_COMPARED_LEAD_WORDS = 6;

/** A sentence opening with a clause that sets the scene ("When…", "If…", "After…"), then the question. */
const SCENE_THEN_QUESTION =
  /^\s*((?:when|if|after|before|since|while|once|given that|now that)\b[^,?]{3,}),\s+((?:who|whom|whose|what|when|where|why|how|which|did|does|do|is|was|were|are|has|have|had|can|could|would|will)\b.*)$/i;

/**
 * A question asked after a comma with no "and", when the clause before it asks too: "Who announced this,
 * when was it, and…?". Only a question word then an auxiliary ("when was it"), not "…, when he visited".
 */
const LISTED_CLAUSE =
  /\s*,\s+(?=(?:who|what|when|where|why|how|which)\s+(?:was|is|were|are|did|does|do|has|have|had|will|can|could|would)\b)/gi;

/** A "between" still waiting for the "and" of its second side. */
const BETWEEN_OPEN = /\bbetween\b(?![^]*\band\b)/i;

/** `sentence` with a question asked twice of two sides joined into one ({@link joinedParallel}, {@link joinedSecondGiver}). */
function withParallelsJoined(sentence: string): string {
  const givers = joinedSecondGiver(sentence);
  if (givers) return givers;
  for (const m of sentence.matchAll(NEW_CLAUSE)) {
    const at = m.index ?? 0;
    const joined = joinedParallel(sentence.slice(0, at), sentence.slice(at + m[0].length));
    if (joined) return withParallelsJoined(joined);
  }
  return sentence;
}

/** Tags a text with parts of speech, for the clauses a word pattern cannot find ({@link hedgedClauseStarts}). */
export type AnalyseText = (text: string) => Analysis;

/** Where new question clauses begin in `sentence`, in order. */
function clauseStarts(sentence: string, analyse: AnalyseText | undefined): ClauseStart[] {
  const listed = opensAsQuestion(sentence) ? [...sentence.matchAll(LISTED_CLAUSE)] : [];
  const starts = [...sentence.matchAll(NEW_CLAUSE), ...listed].map((m) => ({
    at: m.index ?? 0,
    length: m[0].length,
  }));
  if (analyse && mayHoldHedgedClause(sentence)) starts.push(...hedgedClauseStarts(analyse(sentence)));
  return starts.sort((a, b) => a.at - b.at);
}

/** Splits one question sentence where a new question clause begins. */
function clausesOf(asked: string, analyse: AnalyseText | undefined): string[] {
  const sentence = withParallelsJoined(asked);
  const out: string[] = [];
  let last = 0;
  for (const { at, length } of clauseStarts(sentence, analyse)) {
    if (at < last) continue;
    const before = sentence.slice(last, at);
    const after = sentence.slice(at + length);
    // "The difference between what Trump said… and what AMLO said…": the "and" joins the two things compared.
    if (BETWEEN_OPEN.test(before)) continue;
    if (words(before) >= MIN_PART_WORDS && words(after) >= MIN_PART_WORDS) {
      out.push(before.trim());
      last = at + length;
    }
  }
  out.push(sentence.slice(last).trim());
  return out.filter((p) => p !== '');
}

/**
 * The questions a message asks and its context; see the module header. `analyse` tags a sentence whose
 * second clause may open with a hedge ("…and about how many…"); without it such a sentence stays whole.
 */
export function planQuestion(text: string, analyse?: AnalyseText): QuestionPlan {
  const { asked, context } = questionSentences(text.trim());
  const long = words(text) >= LONG_MESSAGE_WORDS;
  // A long message's sentence that tells more of the story before it asks: the story is context.
  const questions = asked.map((s) => {
    const read = questionIn(s);
    return (long && read.before === null && buriedQuestion(read.question)) || read;
  });
  for (const q of questions) if (q.before) context.push(q.before);
  const parts = withCountedCarried(
    withElidedClauses(questions.map((q) => q.question).flatMap((q) => clausesOf(q, analyse))),
  );
  const kept = parts.slice(0, MAX_PARTS);
  const rest = [...context, ...parts.slice(MAX_PARTS)];
  return { parts: kept.length > 0 ? kept : [text], context: rest.length > 0 ? rest.join(' ') : null };
}

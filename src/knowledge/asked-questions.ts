/**
 * "We asked Mr. Mayhall a few questions of our own." and then paragraphs that each open with the question as
 * the paper puts it and give the answer in quotation marks: "Did he ever see Geronimo close to? '…'", "Were
 * the Apache scouts to be trusted? '…'". The answers are the words of the one asked, the person the "ask"
 * sentence names as its object before "questions", for as long as the paragraphs keep that shape.
 */
import type { WorkingQuote, WorkingSentence } from './working.ts';

/** Nothing but spaces and quotation marks: the words of a sentence before a quotation that opens it. */
const ONLY_MARKS = /^[\s"“‘']*$/u;
/** Tokens at most between "asked" and the person asked ("asked Mr. Mayhall"). */
const MAX_TOKENS_TO_ASKED = 3;
/** Tokens at most from "asked" to "questions" ("asked Mr. Mayhall a few questions of our own"). */
const MAX_TOKENS_TO_QUESTIONS = 10;

/**
 * Gives each top-level quotation with no speaker that opens the sentence after its paragraph's opening
 * question, in the paragraphs right after one saying someone was asked questions, to the one asked.
 */
export function answersToAskedQuestions(
  quotes: readonly WorkingQuote[],
  sentences: readonly WorkingSentence[],
  person: (id: string) => { id: string; name: string } | null,
): void {
  const wanted = new Map<WorkingSentence, WorkingQuote[]>();
  for (const q of quotes) {
    if (q.parent !== null || q.speakerId !== null || q.speakerName !== 'unattributed') continue;
    const list = wanted.get(q.sentence);
    if (list) list.push(q);
    else wanted.set(q.sentence, [q]);
  }
  if (wanted.size === 0) return;
  /** The one asked, and the paragraph the run of questions has reached. */
  let asked: { id: string; name: string; paragraph: number } | null = null;
  for (const s of sentences) {
    if (asked && s.paragraph !== asked.paragraph && opensParagraph(s)) {
      // A paragraph of the run opens with the question, in no quotation marks of its own.
      asked = questionOpening(s) ? { id: asked.id, name: asked.name, paragraph: s.paragraph } : null;
    }
    if (asked && s.paragraph === asked.paragraph && s.previous?.paragraph === s.paragraph) {
      const question = opensParagraph(s.previous) && questionOpening(s.previous);
      for (const q of wanted.get(s) ?? [])
        if (question && opensSentence(s, q))
          Object.assign(q, { speakerId: asked.id, speakerName: asked.name });
    }
    const one = askedInSentence(s, person);
    if (one) asked = { ...one, paragraph: s.paragraph };
  }
}

/** True when sentence `s` is the first of its paragraph. */
function opensParagraph(s: WorkingSentence): boolean {
  return s.previous?.paragraph !== s.paragraph;
}

/** True when sentence `s` is a question outside quotation marks: it ends with "?" and quotes nothing. */
function questionOpening(s: WorkingSentence): boolean {
  return s.quoteSpans.length === 0 && s.text.trimEnd().endsWith('?');
}

/** True when quotation `q` opens its sentence `s` (nothing but marks before it). */
function opensSentence(s: WorkingSentence, q: WorkingQuote): boolean {
  return ONLY_MARKS.test(s.text.slice(0, Math.max(0, q.span.start - s.start)));
}

/** The person sentence `s` says was asked questions ("We asked Mr. Mayhall a few questions"), if any. */
function askedInSentence(
  s: WorkingSentence,
  person: (id: string) => { id: string; name: string } | null,
): { id: string; name: string } | null {
  if (s.quoteSpans.length > 0) return null;
  const { tokens } = s.analysis;
  for (let t = s.tokenStart; t < s.tokenEnd; t++) {
    const tok = tokens[t];
    if (tok?.lemma !== 'ask' || tok.pos !== 'VERB') continue;
    // By binary search among the mentions by name: a sentence may say "asked" thousands of times.
    const mention = s.named.firstIn(t + 1, t + MAX_TOKENS_TO_ASKED + 1, () => true);
    const who = mention ? person(mention.entityId) : null;
    if (!who || !mention) continue;
    for (let k = mention.token + 1; k < Math.min(s.tokenEnd, t + MAX_TOKENS_TO_QUESTIONS); k++)
      if (tokens[k]?.lemma === 'question') return who;
  }
  return null;
}

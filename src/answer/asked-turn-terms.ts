/**
 * An interview's answer turn often leaves its topic to the question before it: "YBARRA: Marcus, how long do
 * the children stay?" then "WHITFIELD: HHS tells me the average stay in its shelters is about a month…", or
 * "Q: How far is Progreso from us?" then "A: About eight miles…". For retrieval, the first sentences of an
 * answer turn carry the content words of the turn that asked it. Reads each sentence's text, paragraph and
 * lemmas and the sentence before it; one pass at index time, a bounded number of sentences per turn.
 */
import type { Sentence } from '../knowledge/schema.ts';
import { speakerLabel } from '../knowledge/transcript.ts';

/** An interview's "Q:" or "A:" opening a paragraph. */
const QA_LABEL = /^\s*(?:\*\*)?[QA](?:\*\*)?\s*[:.]\s*(?:\*\*)?\s*/u;
/** A question mark closing the sentence, before any closing marks. */
const ASKS = /\?[\s"”’')\]]*$/u;
/**
 * A question asking for something (how, what, which, who, when, where, why), not yes or no: its answer turn
 * gives the thing without its topic ("About a month."), where "Didn't Madero call it off?" is answered by
 * "He did, more or less." and then the words that say so.
 */
const ASKS_FOR = /\b(?:how|what|which|who|whom|whose|when|where|why)\b/iu;
/** The question words themselves, which the answer does not say: a how-question's "how" is no answer's word. */
const QUESTION_WORDS: ReadonlySet<string> = new Set([
  'how',
  'what',
  'which',
  'who',
  'whom',
  'whose',
  'when',
  'where',
  'why',
]);
/** Words as written, for leaving the names of a label or a mention out of the carried words. */
const WORDS = /\p{L}+/gu;
/** Sentences of an answer turn, from its first, that carry the asked words: an answer's first sentences answer. */
const ANSWER_SENTENCES = 1;
/** Sentences of the asking turn, from its last, whose words are carried ("Start with the number. More than 60?"). */
const ASKING_SENTENCES = 1;

/** The label opening a paragraph's first sentence: a transcript's speaker or an interview's Q or A. */
function turnLabel(text: string): string | null {
  const label = speakerLabel(text);
  if (label) return text.slice(0, label.end);
  const qa = QA_LABEL.exec(text);
  return qa ? qa[0] : null;
}

/**
 * For each sentence (in the knowledge's order), the lemmas of the question its turn answers that it lacks;
 * empty for a sentence of no answer turn. A turn answers when its paragraph opens with a label and the
 * paragraph right before, of the same article, opens with a label and ends with a question; the words carried
 * are that paragraph's last sentences' lemmas, but the names in them (the labels', the mentions').
 */
export function askedTurnTerms(sentences: readonly Sentence[]): string[][] {
  const out: string[][] = sentences.map(() => []);
  /** The carried lemmas of the turn being read, and how many of its sentences have carried them. */
  let asked: string[] = [];
  let carried = 0;
  for (let i = 0; i < sentences.length; i++) {
    const s = sentences[i];
    if (!s) continue;
    if (s.position === 1) {
      asked = s.kind === 'report' ? questionBefore(sentences, i) : [];
      carried = 0;
    }
    if (asked.length === 0 || carried >= ANSWER_SENTENCES) continue;
    carried++;
    const own = new Set(s.lemmas);
    out[i] = asked.filter((l) => !own.has(l));
  }
  return out;
}

/** The lemmas `sentences[i]`, opening a paragraph, is asked about, when it opens an answer turn; else none. */
function questionBefore(sentences: readonly Sentence[], i: number): string[] {
  const s = sentences[i];
  const last = sentences[i - 1];
  if (!s || !last || last.sourceId !== s.sourceId || last.paragraph !== s.paragraph - 1) return [];
  if (last.kind !== 'report' || !ASKS.test(last.text) || turnLabel(s.text) === null) return [];
  if (!ASKS_FOR.test(last.text)) return [];
  const first = i - last.position;
  const opening = sentences[first];
  const label = opening ? turnLabel(opening.text) : null;
  if (!opening || opening.paragraph !== last.paragraph || label === null) return [];
  const names = new Set<string>();
  const nameWords = (text: string) => {
    for (const w of text.toLowerCase().match(WORDS) ?? []) names.add(w);
  };
  nameWords(label);
  nameWords(turnLabel(s.text) ?? '');
  const lemmas: string[] = [];
  for (let k = Math.max(first, i - ASKING_SENTENCES); k < i; k++) {
    const asking = sentences[k];
    if (!asking) continue;
    for (const m of asking.mentions) nameWords(m.text);
    lemmas.push(...asking.lemmas);
  }
  // Nor an abbreviation, a title of the one addressed ("Mr. Durán, how much…", "Dr. Pruett, what…").
  return [...new Set(lemmas.filter((l) => !names.has(l) && !QUESTION_WORDS.has(l) && !l.endsWith('.')))];
}

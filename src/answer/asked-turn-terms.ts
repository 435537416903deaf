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
/** Sentences of an answer turn, from its first, read for the words it says and given the asked words it does not. */
const TURN_SENTENCES = 12;
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
 * For each sentence (in the knowledge's order), the lemmas of the question its turn answers that the turn does
 * not say; empty for a sentence of no answer turn. A turn answers when its paragraph opens with a label and the
 * paragraph right before, of the same article, opens with a label and ends with a question; the words carried
 * are that paragraph's last sentences' lemmas, but the names in them (the labels', the mentions'). The turn's
 * first sentence carries them, and a later one that takes up a word of the question: it answers a part of it
 * ("…and how big were the armies?" then "Taylor brought about 6,000 men. About 80 of them ended up prisoners.").
 */
export function askedTurnTerms(sentences: readonly Sentence[]): string[][] {
  const out: string[][] = sentences.map(() => []);
  /** The asking turn's words, those of them the answer turn does not say, and where the turn opens. */
  let question: ReadonlySet<string> = new Set();
  let asked: string[] = [];
  let opening = 0;
  for (let i = 0; i < sentences.length; i++) {
    const s = sentences[i];
    if (!s) continue;
    if (s.position === 1) {
      const words = s.kind === 'report' ? questionBefore(sentences, i) : [];
      question = new Set(words);
      asked = unsaid(words, sentences, i);
      opening = i;
    }
    if (asked.length === 0 || i - opening >= TURN_SENTENCES || s.kind !== 'report') continue;
    if (i > opening && !s.lemmas.some((l) => question.has(l))) continue;
    out[i] = asked;
  }
  return out;
}

/**
 * The asked lemmas the answer turn opening at `sentences[i]` does not say anywhere: a word the turn says
 * finds the sentence that says it ("How many ended up prisoners, and how big were the armies?" then "Taylor
 * brought about 6,000 men. About 80 of them ended up prisoners.": the prisoners are the second sentence's).
 * Reads the turn's sentences once, up to {@link TURN_SENTENCES}.
 */
function unsaid(asked: string[], sentences: readonly Sentence[], i: number): string[] {
  if (asked.length === 0) return asked;
  const first = sentences[i];
  const said = new Set<string>();
  for (let k = i; k < sentences.length && k < i + TURN_SENTENCES; k++) {
    const s = sentences[k];
    if (!s || !first || s.sourceId !== first.sourceId || s.paragraph !== first.paragraph) break;
    for (const l of s.lemmas) said.add(l);
  }
  return asked.filter((l) => !said.has(l));
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

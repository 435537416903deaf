/**
 * The answers to a message's parts often sit side by side in one report: "How many men did Taylor take into
 * the fight at the Resaca de la Palma, and how many did the enemy have?" is answered by two sentences of one
 * dispatch. When one part is answered with confidence and another finds nothing, the part that found nothing
 * is asked again within the articles the answered part came from (the engine asks it there, under the same
 * checks as any draft): a part that says too little alone to find the report finds its sentence beside the
 * other's.
 */
import type { Answer } from './types.ts';

/** Confidence a part's answer must have for its articles to be where another part is asked again. */
export const BESIDE_CONFIDENCE = 0.8;

/** Where a part is asked again: the articles and the sentences of the other part's answer. */
export interface BesideAnswer {
  sources: string[];
  sentences: Set<string>;
}

/** The articles an answer cites, in the order shown, each once. */
function sourcesOf(answer: Answer): string[] {
  return [...new Set(answer.citations.map((c) => c.sourceId))];
}

/**
 * For each of a message's parts (`answers`, in order): the articles it is asked again within, or null. Only
 * a part that was not answered is asked again, within the articles of the surest other part answered at
 * {@link BESIDE_CONFIDENCE} or more (the nearer one on a tie); null when no other part is.
 */
export function besideAnswers(answers: readonly Answer[]): Array<BesideAnswer | null> {
  return answers.map((a, i) => {
    if (a.answered) return null;
    let best: Answer | null = null;
    let nearest = Infinity;
    for (const [j, other] of answers.entries()) {
      if (j === i || !other.answered || other.confidence < BESIDE_CONFIDENCE) continue;
      const distance = Math.abs(i - j);
      const surer = !best || other.confidence > best.confidence;
      if (surer || (other.confidence === best?.confidence && distance < nearest)) {
        best = other;
        nearest = distance;
      }
    }
    const sources = best ? sourcesOf(best) : [];
    return best && sources.length > 0 ? { sources, sentences: new Set(best.sentenceIds) } : null;
  });
}

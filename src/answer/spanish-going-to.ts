/** "Va a mandar": the Spanish future made with "ir", "a" and an infinitive, read as the English one. */
import { foldWord } from '../nlp/pipeline.ts';

/** The forms of "ir" that make a future with "a" and an infinitive, and the English for them. */
const GOING_TO: Readonly<Record<string, string>> = {
  voy: 'will',
  vas: 'will',
  va: 'will',
  vamos: 'will',
  van: 'will',
  iba: 'would',
  ibas: 'would',
  ibamos: 'would',
  iban: 'would',
};

/**
 * "Va a mandar", "iba a mandar": the English future or its past ("will", "would") for a form of "ir" with
 * "a" before an infinitive (one `isWord` knows, or a long one); `undefined` elsewhere ("va a la frontera"
 * goes to it).
 */
export function goingTo(
  tokens: readonly string[],
  i: number,
  isWord: (folded: string) => boolean,
): string | undefined {
  const going = GOING_TO[foldWord(tokens[i] ?? '')];
  const verb = tokens[i + 2] ?? '';
  const infinitive = foldWord(verb);
  if (going === undefined || foldWord(tokens[i + 1] ?? '') !== 'a' || verb !== verb.toLowerCase())
    return undefined;
  return /(?:ar|er|ir)$/.test(infinitive) && (isWord(infinitive) || infinitive.length >= 5)
    ? going
    : undefined;
}

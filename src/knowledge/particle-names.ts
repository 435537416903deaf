/**
 * Surnames written with a particle in lower case: "Agustín de la Peña", "Ludwig van Beethoven", "Wernher
 * von Braun". A run of capitalised words stops at the particle, and the word after "de la" then reads as the
 * tail of a Spanish body's name ("Secretaría de la Defensa Nacional"). The two are told apart by what the
 * article says of the name: only a description of a person after it ("…, a merchant of this place,")
 * lets the particle join a given name to a surname, so a ministry's or a town's name is never taken for a
 * person's.
 */
import type { Token } from '../nlp/pipeline.ts';
import { NAME_WORD } from './name-words.ts';

/** Particles that open a surname, each a sequence of lower-case words ("de la", "van der"). */
const SURNAME_PARTICLES: readonly (readonly string[])[] = [
  ['de', 'la'],
  ['de', 'las'],
  ['de', 'los'],
  ['van', 'der'],
  ['van', 'den'],
  ['von', 'der'],
  ['de'],
  ['del'],
  ['van'],
  ['von'],
];

/**
 * Where a name run ending at token `end` (exclusive) goes on when a surname particle and one capitalised
 * name word follow it, then a comma ("Agustín | de la Peña ,"): the token after that name word. `null`
 * when no particle, or more than one name word, follows, or when `excluded` holds for any of those tokens
 * (a known name, a quotation).
 */
export function particleSurnameEnd(
  tokens: readonly Token[],
  end: number,
  excluded: (t: number) => boolean,
): number | null {
  for (const particle of SURNAME_PARTICLES) {
    if (!particle.every((w, i) => tokens[end + i]?.value === w)) continue;
    const tail = end + particle.length;
    const word = tokens[tail];
    if (!word || !NAME_WORD.test(word.value) || word.pos !== 'PROPN') return null;
    if (tokens[tail + 1]?.value !== ',') return null;
    for (let k = end; k <= tail; k++) if (excluded(k)) return null;
    return tail + 1;
  }
  return null;
}

/** True for a lower-case word of a surname's particle ("de", "la", "von"), which names no one alone. */
export function isParticleWord(word: string): boolean {
  return SURNAME_PARTICLES.some((p) => p.includes(word));
}

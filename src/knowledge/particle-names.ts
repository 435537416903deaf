/**
 * Surnames written with a particle in lower case: "Agustín de la Peña", "Ludwig van Beethoven", "Wernher
 * von Braun", "Señor Peña y Peña". A run of capitalised words stops at the particle, and the word after
 * "de la" then reads as the tail of a Spanish body's name ("Secretaría de la Defensa Nacional"). The two are
 * told apart by what the article says of the name: only a description of a person after it ("…, a merchant
 * of this place,") lets the particle join a given name to a surname, so a ministry's or a town's name is
 * never taken for a person's.
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
  // "Señor Peña y Peña", "José Ortega y Gasset": the father's and the mother's surnames joined by "and".
  ['y'],
];

/**
 * Where a name run ending at token `end` (exclusive) goes on when a surname particle and one capitalised
 * name word or two follow it, then a comma ("Agustín | de la Peña ,", "Jesús | de León Tello ,"): the token
 * after those name words. `null` when no particle, or more than two name words, follow, or when `excluded` holds for any of those tokens
 * (a known name, a quotation).
 */
export function particleSurnameEnd(
  tokens: readonly Token[],
  end: number,
  excluded: (t: number) => boolean,
  /** What must follow the surname: a comma, unless told otherwise. */
  closes: (next: Token | undefined) => boolean = (next) => next?.value === ',',
): number | null {
  for (const particle of SURNAME_PARTICLES) {
    if (!particle.every((w, i) => tokens[end + i]?.value === w)) continue;
    let tail = end + particle.length;
    const surnameWord = (t: number) => {
      const word = tokens[t];
      return word !== undefined && NAME_WORD.test(word.value) && word.pos === 'PROPN';
    };
    if (!surnameWord(tail)) return null;
    // "Jesús de León Tello,": a Spanish surname after the particle may be two, the father's and the mother's.
    if (surnameWord(tail + 1)) tail++;
    if (!closes(tokens[tail + 1])) return null;
    for (let k = end; k <= tail; k++) if (excluded(k)) return null;
    return tail + 1;
  }
  return null;
}

/**
 * Where a mention of someone whose name has a particle goes on when the word at token `at` is the word
 * `word` of the name whose words are `words` and the particle and the rest of the name follow it ("Col. Domingo |
 * de Ugartechea" for Domingo de Ugartechea): the token after the name's last word. `at + 1` when they do not, or
 * when `excluded` holds for any of them (a quotation), or the name would run past `to`.
 */
export function particleNameEnd(
  tokens: readonly Token[],
  at: number,
  to: number,
  word: string,
  words: readonly string[],
  excluded: (t: number) => boolean,
): number {
  const from = words.indexOf(word) + 1;
  if (from === 0 || from >= words.length || !isParticleWord(words[from] ?? '')) return at + 1;
  let t = at + 1;
  for (let k = from; k < words.length; k++, t++)
    if (t >= to || excluded(t) || tokens[t]?.value !== words[k]) return at + 1;
  return t;
}

/** True for a lower-case word of a surname's particle ("de", "la", "von"), which names no one alone. */
export function isParticleWord(word: string): boolean {
  return SURNAME_PARTICLES.some((p) => p.includes(word));
}

/**
 * Spanish articles, which open a place's or a body's name written with a capital ("El Paso Sector", "Las
 * Cruces", "La Junta"): they are no title, and the name is written whole with them.
 */
const NAME_ARTICLES: ReadonlySet<string> = new Set(['el', 'la', 'los', 'las']);

/** True for a capitalised Spanish article opening a name ("El", "Las"). */
export function isNameArticle(value: string): boolean {
  return value !== value.toLowerCase() && NAME_ARTICLES.has(value.toLowerCase());
}

/**
 * Where a name whose last words open at `from` of the capitalised words `values` begins, when the grammar
 * before them is the name's own: a surname's particle and the given name before it ("Jesús | de | León
 * Tello"), then an article that opens the name ("El | Paso Sector"). `from` when neither stands there.
 */
export function nameOpeningBefore(values: readonly string[], from: number): number {
  let start = from;
  let k = start;
  while (k > 0 && isParticleWord(values[k - 1] ?? '')) k--;
  if (k < start && k > 0 && NAME_WORD.test(values[k - 1] ?? '') && !isNameArticle(values[k - 1] ?? ''))
    start = k - 1;
  if (start > 0 && isNameArticle(values[start - 1] ?? '')) start--;
  return start;
}

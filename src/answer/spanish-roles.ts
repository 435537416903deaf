/**
 * Roles in English order, for the Spanish reader (`spanish.ts`): Spanish follows a noun of a person's role
 * with what the role serves ("el vocero de la fuerza de tarea"), English puts it before ("the task force
 * spokesman"), and the engine reads a role by the words before its noun. Spanish grammar, not the domain: the
 * roles themselves come from the lexicon (`knowledge/spanish.json`).
 */
import { foldWord } from '../nlp/pipeline.ts';

/** Patterns with `\p{…}`, built once: inside a function tsx rebuilds them on every call (see src/nlp/letter-tests.ts). */
const P2 = /^\p{L}/u;
const P4 = /^\p{Ll}+$/u;
const P5 = /^\p{Lu}/u;

/** Articles, before a role and before what it serves. */
export const ARTICLES: ReadonlySet<string> = new Set(['el', 'la', 'los', 'las', 'un', 'una']);
/** Words that may end what a role serves, besides the marker words: conjunctions and prepositions. */
export const ROLE_SERVED_ENDS: ReadonlySet<string> = new Set([
  'y',
  'e',
  'o',
  'u',
  'en',
  'a',
  'al',
  'con',
  'de',
  'del',
]);

/**
 * The tokens with a role and what it serves in English order: "el vocero de la fuerza de tarea que…" →
 * el fuerza de tarea vocero que…, read "the task force spokesman who…". Only for a role after an article,
 * serving one common noun or lexicon phrase that a function word, a mark or the end follows (not "el
 * gobernador de Texas", a name, nor "el jefe de la fuerza de tarea conjunta", a longer one), and not where
 * a phrase of the lexicon starts at the role ("secretario de defensa"). `isRole` and `isMarker` read a folded
 * word (a noun of a role; a function or question word), `phraseLength` how many words from `i` a lexicon
 * phrase takes.
 */
export function rolesFirst(
  tokens: readonly string[],
  isRole: (folded: string) => boolean,
  isMarker: (folded: string) => boolean,
  phraseLength: (tokens: readonly string[], i: number) => number,
): string[] {
  const out = [...tokens];
  for (let j = 1; j + 2 < out.length; j++) {
    const role = out[j] ?? '';
    const article = foldWord(out[j - 1] ?? '');
    if (!ARTICLES.has(article) || !isRole(foldWord(role)) || role !== role.toLowerCase()) continue;
    const of = foldWord(out[j + 1] ?? '');
    if (of !== 'de' && of !== 'del') continue;
    if (phraseLength(out, j) > 0) continue;
    // "de el paso" is a name's article, not the served noun's.
    if (phraseLength(out, j + 2) > 0 && ARTICLES.has(foldWord(out[j + 2] ?? ''))) continue;
    const start = of === 'de' && ARTICLES.has(foldWord(out[j + 2] ?? '')) ? j + 3 : j + 2;
    const first = out[start] ?? '';
    if (!P4.test(first) || isMarker(foldWord(first))) continue;
    const length = Math.max(1, phraseLength(out, start));
    const next = out[start + length];
    const after = out[start + length + 1] ?? '';
    // A name may follow with "de" ("la funcionaria de cultura de Nogales"), not a noun ("de defensa").
    const ends =
      next === undefined ||
      !P2.test(next) ||
      (/^del?$/.test(foldWord(next))
        ? P5.test(after)
        : ROLE_SERVED_ENDS.has(foldWord(next)) || isMarker(foldWord(next)));
    if (!ends) continue;
    // "del" holds the article the served noun keeps in English order ("el jefe del ejército": the army chief).
    const served = out.slice(start, start + length);
    out.splice(j, start + length - j, ...served, role);
    j += served.length;
  }
  return out;
}

/**
 * "¿Cuántos resultaron heridos?", "quedaron detenidos": Spanish says the state a thing ended up in with
 * "resultar" or "quedar" before a participle, where English says "were wounded", "were detained". Read word by
 * word, "resultaron" is "resulted" (or a sense the coverage uses) and the question asks nothing English can
 * match; read as the copula, it asks what the coverage says ("eight wounded").
 */

/** Forms of "resultar" and "quedar" (written without accents) to the English copula of their tense and number. */
const COPULA_FORMS: ReadonlyMap<string, string> = new Map([
  ['resulto', 'was'],
  ['resultaron', 'were'],
  ['resulta', 'is'],
  ['resultan', 'are'],
  ['quedo', 'was'],
  ['quedaron', 'were'],
]);

/** A Spanish past participle, written without accents ("heridos", "detenida", "capturados"). */
const PARTICIPLE = /^\p{L}{2,}(?:ad|id)[oa]s?$/u;

/**
 * The English copula `word` stands for before `next`, both folded (lower case, no accents): "were" for
 * "resultaron" before "heridos"; undefined when `word` is no such verb or `next` no participle.
 */
export function copulaBeforeParticiple(word: string, next: string): string | undefined {
  const copula = COPULA_FORMS.get(word);
  return copula !== undefined && PARTICIPLE.test(next) ? copula : undefined;
}

/**
 * A relative named in apposition: "His father, Aurelio Sandoval, was 19" beside Aurelio Sandoval Jr. names
 * the father, who bears the name without the suffix, not the son whose father he is.
 */
import type { Token } from '../nlp/pipeline.ts';
import { isPossessiveEnding } from '../nlp/possessive.ts';
import { NAME_SUFFIX } from './name-words.ts';

/** Possessive pronouns owning a relative ("his father"). */
const KIN_OWNERS: ReadonlySet<string> = new Set(['his', 'her', 'their']);

/**
 * True for a name at token `start` set off after a possessive and a noun for a relative ("His father, …",
 * "Gee's father, …"); `isKin` tells a noun for a relative (a gendered noun: "father", "wife").
 */
export function kinApposition(
  tokens: readonly Token[],
  start: number,
  isKin: (word: string) => boolean,
): boolean {
  const owner = tokens[start - 3]?.normal ?? '';
  return (
    tokens[start - 1]?.value === ',' &&
    isKin(tokens[start - 2]?.normal ?? '') &&
    (KIN_OWNERS.has(owner) || isPossessiveEnding(owner))
  );
}

/**
 * Of `holders` of a surname, the one a relative's apposition names by `given` and `surname` when the holder
 * first found by the given name (`found`) bears it with a generational suffix and another bears it without:
 * "Aurelio Sandoval" beside "Aurelio Sandoval Jr.", when no suffix (`after`) follows the name. `undefined` otherwise.
 */
export function unsuffixedRelative<P extends { name: string }>(
  holders: readonly P[],
  found: P | undefined,
  given: string,
  surname: string,
  after: Token | undefined,
): P | undefined {
  if (NAME_SUFFIX.test(after?.value ?? '') || !found || !NAME_SUFFIX.test(found.name.split(' ').at(-1) ?? ''))
    return undefined;
  const unsuffixed = found.name.replace(/ \S+$/, '');
  return holders.find((p) => p.name === unsuffixed && p.name === `${given} ${surname}`);
}

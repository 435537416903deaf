/**
 * A count of the changes made to a sentence's mentions once they are read in order (a pronoun given to a
 * letter's writer or taken from a described speaker): what is read from a sentence's mentions may be kept
 * while its count stands. Every change to `WorkingSentence.mentions` after the reading in order calls
 * {@link mentionsChanged}.
 */
const versions = new WeakMap<object, number>();

/** Marks `sentence`'s mentions changed: what was read from them before is read again. */
export function mentionsChanged(sentence: object): void {
  versions.set(sentence, (versions.get(sentence) ?? 0) + 1);
}

/** How many times `sentence`'s mentions have changed. */
export function mentionsVersion(sentence: object): number {
  return versions.get(sentence) ?? 0;
}

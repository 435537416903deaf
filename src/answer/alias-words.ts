/** The words an entity's names are written with, for finding the entity's name among a question's words. */

/**
 * What parts a name's words as the tokenizer parts them: spaces and hyphens ("Ortiz-Franco" is read "ortiz",
 * "-", "franco"), and apostrophes ("O'Rourke"). A full stop stays on its word, as on the token ("jr.").
 */
const BETWEEN_NAME_WORDS = /[\s'’-]+/;

/** The words of `aliases`, lower case ("domingo", "de", "ugartechea" of "Domingo de Ugartechea"). */
export function aliasWords(aliases: readonly string[]): Set<string> {
  return new Set(aliases.flatMap((a) => a.toLowerCase().split(BETWEEN_NAME_WORDS)));
}

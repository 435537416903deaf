/** The names custom entities are matched under: an entity's id or a role phrase, each with its prefix. */

export const ENTITY_PREFIX = 'entity:';
export const ROLE_PREFIX = 'role:';

/** Normalises a role phrase the way role matches are named: lower case, no leading article. */
export function rolePhraseKey(phrase: string): string {
  return phrase
    .toLowerCase()
    .replace(/^(the|a|an)\s+/, '')
    .replace(/[’]/g, "'")
    .trim();
}

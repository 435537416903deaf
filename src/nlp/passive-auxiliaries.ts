/**
 * Words that make a clause passive: the forms of "be" before a participle ("was detained", "have been
 * photographed"), and those of "get" that do the same ("got arrested"). One list for the answer side and the
 * knowledge side, so that the two read a passive alike.
 */

/** Forms of "be" before a participle that make it passive ("was detained", "have been photographed"). */
export const PASSIVE_BE: ReadonlySet<string> = new Set(['be', 'been', 'being', 'is', 'are', 'was', 'were']);

/** Forms of "be" and of "get" that make the clause passive ("who was told…", "who got arrested"). */
export const PASSIVE_BE_OR_GET: ReadonlySet<string> = new Set([...PASSIVE_BE, 'get', 'gets', 'got']);

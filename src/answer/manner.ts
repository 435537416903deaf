/**
 * How something was done: the means a sentence gives ("pitched the bombs over the side by hand", "crossed by
 * swimming the river"), read from the tagger's parts of speech rather than from a list of phrases.
 */
import type { Token } from '../nlp/pipeline.ts';

/**
 * True when the tokens give a means: "by" followed at once by a noun or a verb ("by hand", "by plane", "by
 * swimming"). "By" before a name, a determiner or an adjective gives an agent or a time ("signed by Trump",
 * "by the customs collector", "by late summer"), not a means.
 */
export function givesMeans(tokens: readonly Token[]): boolean {
  return tokens.some((t, i) => t.normal === 'by' && ['NOUN', 'VERB'].includes(tokens[i + 1]?.pos ?? ''));
}

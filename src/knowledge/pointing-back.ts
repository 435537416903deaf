/**
 * A sentence that hands the quotation before it over by pointing back at it: "'…' That is what an old man in
 * Temósachic told me." The words opening it ("That is what", "That's what", "This was what") say the
 * quotation is what the subject after them said; it reads only the sentence's first few tokens.
 */
import type { Analysis } from '../nlp/pipeline.ts';
import { tokenAt } from './speakers.ts';

const POINTERS = new Set(['that', 'this']);
const BE = new Set(['is', 'was', "'s", '’s']);

/**
 * The position in `lead` (a sentence's first tokens) of the first word after "That is what", or -1 when the
 * sentence does not open so.
 */
export function afterPointingBack(analysis: Analysis, lead: readonly number[]): number {
  const [pointer, be, what] = lead.map((t) => tokenAt(analysis, t).normal);
  return pointer !== undefined && POINTERS.has(pointer) && be !== undefined && BE.has(be) && what === 'what'
    ? 3
    : -1;
}

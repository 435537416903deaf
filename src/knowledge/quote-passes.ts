/**
 * Passes over an article's attributed quotations that look across sentences: a quotation running on into the
 * next paragraph, and a speaker named only by a description of an organisation the article named before.
 */
import type { WorkingQuote, WorkingSentence } from './annotate.ts';

/** A speaker named only by "the" and a noun or two ("the ministry", "the foreign ministry"): its last noun. */
const DEFINITE_DESCRIPTION = /^the\s+(?:[\p{Ll}-]+\s+)?([\p{Ll}-]{4,})$/u;

/**
 * A quotation running on over paragraphs leaves the first without a closing mark and opens the next with
 * one; the attribution comes after the last, so it names who said the earlier paragraphs too.
 */
export function speakerOfRunOnQuotes(quotes: WorkingQuote[]): void {
  for (let i = quotes.length - 1; i >= 0; i--) {
    const q = quotes[i];
    if (!q || q.speakerId !== null || q.span.closed) continue;
    const next = quotes.slice(i + 1).find((x) => x.sentence.paragraph !== q.sentence.paragraph);
    const opensParagraph =
      next !== undefined &&
      next.sentence.paragraph === q.sentence.paragraph + 1 &&
      next.sentence.kind === q.sentence.kind &&
      /^[\p{P}\s]*$/u.test(next.sentence.analysis.text.slice(0, next.span.outerStart));
    if (!opensParagraph || next.speakerId === null) continue;
    // Every quotation of this paragraph from the run-on one to its end is the same speaker's.
    for (let k = i; k >= 0; k--) {
      const earlier = quotes[k];
      if (!earlier || earlier.sentence.paragraph !== q.sentence.paragraph) break;
      if (earlier.speakerId !== null) break;
      Object.assign(earlier, {
        speakerId: next.speakerId,
        speakerName: next.speakerName,
        cue: next.cue,
        attributionSentence: next.attributionSentence ?? next.sentence,
      });
    }
  }
}

/**
 * "The ministry said": the organisation the article named with those words before ("Mexico's Interior
 * Ministry", "the House Judiciary subcommittee"), when it is no known entity.
 */
export function organisationsDescribed(quotes: WorkingQuote[], sentences: readonly WorkingSentence[]): void {
  for (const q of quotes) {
    if (q.speakerId !== null) continue;
    const head = DEFINITE_DESCRIPTION.exec(q.speakerName)?.[1];
    if (!head) continue;
    // Capitalised words before the head, written with a capital or not ("Interior Ministry", "House
    // Judiciary subcommittee"); without the "i" flag, so \p{Lu} means a capital.
    const headPattern = `[${head.charAt(0).toUpperCase()}${head.charAt(0)}]${head.slice(1)}`;
    const named = new RegExp(`(?:\\p{Lu}[\\p{L}'’.-]*\\s+){1,4}${headPattern}\\b`, 'gu');
    let found: string | null = null;
    for (const earlier of sentences) {
      if (earlier === q.sentence) break;
      const text = earlier.analysis.text.slice(earlier.start, earlier.end);
      for (const m of text.matchAll(named)) found = m[0];
    }
    // Kept a description ("the Interior Ministry"), so no person named "Ministry" is made of it.
    if (found) q.speakerName = `the ${found.replace(/^(?:the|a|an)\s+/i, '').replace(/^\S+['’]s\s+/, '')}`;
  }
}

/**
 * Words someone reads out of a document: "Her granddaughter, Kaitlyn Enos, 17, read a statement the family
 * had written. '…,' she read. '…'" The words are the statement's, not the reader's own, and "read" is no verb
 * of saying that would give them to anyone: they are given to the document as the sentence names it, with
 * its reader ("the statement read by Kaitlyn Enos"), and so are the quotations standing after them in the
 * paragraph with no speaker of their own.
 */
import { isDocumentNoun } from './document-authors.ts';
import { ONLY_MARKS } from './quote-passes.ts';
import type { EntityData } from './entity-data.ts';
import type { WorkingQuote, WorkingSentence } from './working.ts';

/** '"…," she read.': the tag after the words, a pronoun or a name and "read", ending the sentence or clause. */
const READ_TAG =
  /^[\s,]*(?:he|she|they|\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3})\s+read(?:\s+(?:aloud|out))?\s*[.,;]/u;
/** "read a statement", "read out the family's letter": the document read, its noun captured. */
const READ_DOCUMENT =
  /\bread(?:\s+(?:aloud|out))?\s+(?:from\s+)?(?:a|an|the|his|her|their)\s+(?:[\p{L}’'-]+\s+){0,2}?(\p{Ll}+)\b/gu;

/** The document noun a sentence says someone read ("statement"), or `null`. */
function documentRead(sentence: WorkingSentence, before: number): string | null {
  const text = sentence.analysis.text.slice(sentence.start, before);
  for (const m of text.matchAll(READ_DOCUMENT)) if (m[1] && isDocumentNoun(m[1])) return m[1].toLowerCase();
  return null;
}

/**
 * Gives each top-level quotation with no speaker whose tag says it was read ('"…," she read.'), after a
 * sentence of its paragraph (or its own words before it) saying a document was read, to that document and
 * its reader (the person the tag names), and the quotations after it in the paragraph that stand as
 * sentences with no speaker.
 */
export function speakersOfDocumentsReadAloud(
  quotes: WorkingQuote[],
  entity: (id: string) => Pick<EntityData, 'name' | 'type'> | undefined,
): void {
  let reading: { paragraph: number; id: string | null; name: string } | null = null;
  for (const q of quotes) {
    if (q.parent !== null) continue;
    const own = q.sentence;
    if (reading && reading.paragraph !== own.paragraph) reading = null;
    if (q.speakerId !== null || q.speakerName !== 'unattributed') {
      reading = null;
      continue;
    }
    const text = own.analysis.text;
    const tag = READ_TAG.exec(text.slice(q.span.outerEnd, own.end));
    if (tag) {
      const previous: WorkingSentence | null =
        own.previous?.paragraph === own.paragraph ? own.previous : null;
      const noun: string | null =
        documentRead(own, q.span.outerStart) ?? (previous ? documentRead(previous, previous.end) : null);
      const tagEnd = q.span.outerEnd + tag[0].length;
      const readerMention = own.mentions.find((m) => {
        const at = own.analysis.tokens[m.token]?.start ?? -1;
        return at >= q.span.outerEnd && at < tagEnd && entity(m.entityId)?.type === 'person';
      });
      const readerName = readerMention ? entity(readerMention.entityId)?.name : undefined;
      // "the reading of a composition by Elvira Chávez Ronquillo … '…,' she read": a work by its reader
      // is read in the reader's own words.
      const author: boolean =
        readerMention && readerName !== undefined
          ? [own, previous].some(
              (s) => s !== null && namedAsAuthor(s, readerMention.entityId, q.span.outerStart),
            )
          : false;
      reading =
        author && readerMention && readerName !== undefined
          ? { paragraph: own.paragraph, id: readerMention.entityId, name: readerName }
          : noun && readerName
            ? { paragraph: own.paragraph, id: null, name: `the ${noun} read by ${readerName}` }
            : null;
    } else if (
      !reading ||
      !ONLY_MARKS.test(text.slice(own.start, q.span.outerStart)) ||
      !ONLY_MARKS.test(text.slice(q.span.outerEnd, own.end))
    ) {
      reading = null;
      continue;
    }
    if (reading) Object.assign(q, { speakerId: reading.id, speakerName: reading.name, cue: null });
  }
}

/**
 * True when `sentence`, before offset `before`, names a work "by" the person `id` stands for: a noun, "by" and
 * a mention of them by name ("a composition by Elvira Chávez Ronquillo").
 */
function namedAsAuthor(sentence: WorkingSentence, id: string, before: number): boolean {
  const tokens = sentence.analysis.tokens;
  return sentence.mentions.some((m) => {
    const by = tokens[m.token - 1];
    return (
      m.entityId === id &&
      m.via !== 'pronoun' &&
      m.token - 2 >= sentence.tokenStart &&
      (by?.end ?? Infinity) <= before &&
      by?.normal === 'by' &&
      tokens[m.token - 2]?.pos === 'NOUN'
    );
  });
}

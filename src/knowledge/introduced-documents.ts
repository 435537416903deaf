/**
 * A document an article introduces and then prints: "The Clarion has received the following letter, written
 * at Garza's dictation and signed in his own hand:" and, in the paragraphs after, the letter in quotation
 * marks with no verb of saying. So too a sentence that hands the next paragraph over with a verb of saying
 * before its colon ("He writes under date of the 4th:", "The sheriff told the council:"). The words are the
 * one person the introducing sentence names; when it names none, or several, it does not say whose they are.
 */
import { isDocumentNoun } from './document-authors.ts';
import { ONLY_MARKS } from './quote-passes.ts';
import type { EntityData } from './entity-data.ts';
import type { WorkingQuote, WorkingSentence } from './working.ts';

/**
 * The one person `sentence` names, when it ends with a colon and names a document ("the following letter,
 * written at Garza's dictation:") or holds a verb of saying (`isSayingVerb`, by lemma: "He writes under
 * date of the 4th:"); `null` otherwise.
 */
export function documentIntroducedBy(
  sentence: WorkingSentence,
  entity: (id: string) => Pick<EntityData, 'name' | 'type'> | undefined,
  isSayingVerb: (lemma: string) => boolean = () => false,
): string | null {
  if (!sentence.text.trimEnd().endsWith(':')) return null;
  let introduces = false;
  for (let k = sentence.tokenStart; k < sentence.tokenEnd && !introduces; k++) {
    const tok = sentence.analysis.tokens[k];
    introduces = isDocumentNoun(tok?.value ?? '') || (tok?.pos === 'VERB' && isSayingVerb(tok.lemma));
  }
  if (!introduces) return null;
  let person: string | null = null;
  for (const m of sentence.mentions) {
    if (entity(m.entityId)?.type !== 'person' || m.entityId === person) continue;
    if (person !== null) return null;
    person = m.entityId;
  }
  return person;
}

/**
 * Gives the quotations that open the paragraph after a sentence introducing a document
 * ({@link documentIntroducedBy}), with nothing but marks before them and no speaker, to the person it names;
 * and the quotations opening the paragraphs the document runs on into (the one before left its quotation
 * open). A quotation inside another is left alone.
 */
export function speakersOfIntroducedDocuments(
  quotes: WorkingQuote[],
  entity: (id: string) => Pick<EntityData, 'name' | 'type'> | undefined,
  isSayingVerb: (lemma: string) => boolean = () => false,
): void {
  /** The writer of the document being printed, and the last paragraph of it so far. */
  let printing: { id: string; paragraph: number; open: boolean } | null = null;
  for (const q of quotes) {
    if (q.parent !== null) continue;
    const own = q.sentence;
    const opensParagraph =
      own.position === 1 && ONLY_MARKS.test(own.analysis.text.slice(own.start, q.span.outerStart));
    let writer: string | null = null;
    if (opensParagraph && printing && printing.open && own.paragraph === printing.paragraph + 1)
      writer = printing.id;
    else if (opensParagraph && own.previous && own.previous.paragraph === own.paragraph - 1)
      writer = documentIntroducedBy(own.previous, entity, isSayingVerb);
    if (writer === null) {
      if (printing && own.paragraph === printing.paragraph) printing.open = !q.span.closed;
      continue;
    }
    printing = { id: writer, paragraph: own.paragraph, open: !q.span.closed };
    const who = entity(writer);
    if (q.speakerId !== null || q.speakerName !== 'unattributed' || !who) continue;
    Object.assign(q, { speakerId: writer, speakerName: who.name, cue: null, attributionSentence: null });
  }
}

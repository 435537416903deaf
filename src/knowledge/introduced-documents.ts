/**
 * A document an article introduces and then prints: "The Clarion has received the following letter, written
 * at Garza's dictation and signed in his own hand:" and, in the paragraphs after, the letter in quotation
 * marks with no verb of saying. So too a sentence that hands the next paragraph over with a verb of saying
 * before its colon ("He writes under date of the 4th:", "The sheriff told the council:"). The words are the
 * one person the introducing sentence names; when it names none, or several, it does not say whose they are.
 * A document it says is from someone ("a letter he received from Gen. Pershing", "a telegram written by
 * Colonel Blaine", "Colonel Blaine's letter") is theirs, whoever makes it public, reads or receives it; one
 * "to" someone is not the addressee's.
 */
import { isDocumentNoun } from './document-authors.ts';
import { namesOne, ownerOfDocumentAt, writerIn } from './document-antecedents.ts';
import { ONLY_MARKS } from './quote-passes.ts';
import { isCapitalisedWord } from '../nlp/letter-tests.ts';
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
  const own = introducer(sentence, entity, isSayingVerb);
  if (own !== undefined) return own;
  // "Sergeant Malachi Drew … writes to his brother in this city. We correct only the spelling:": a colon
  // naming no one and nothing said hands over what a sentence before it in the paragraph said was written,
  // past sentences that introduce nothing ("… a letter from his son. The young man was one of the wounded.
  // We give the greater part of it:").
  for (
    let before = sentence.previous;
    before && before.paragraph === sentence.paragraph && !before.text.trimEnd().endsWith(':');
    before = before.previous
  ) {
    const found = introducer(before, entity, isSayingVerb);
    if (found !== undefined) return found;
  }
  return null;
}

/** What may follow "the following" standing for what is printed after it: a form of "be", or "from". */
const AFTER_THE_FOLLOWING: ReadonlySet<string> = new Set(['is', 'was', 'are', 'were', 'from']);

/**
 * True when token `k` is "following" standing alone for the document printed next, with no noun after it:
 * "The following is from Lieut. Pryor, to his father at Camden:", "The following was received from …:".
 */
function standsForDocument(sentence: WorkingSentence, k: number): boolean {
  const tokens = sentence.analysis.tokens;
  return (
    tokens[k]?.normal === 'following' &&
    tokens[k - 1]?.normal === 'the' &&
    AFTER_THE_FOLLOWING.has(tokens[k + 1]?.normal ?? '')
  );
}

/** Pronouns opening a sentence that may stand for a document the sentence before named. */
const DOCUMENT_PRONOUNS: ReadonlySet<string> = new Set(['it', 'this']);

/**
 * "The second letter is longer. It is from Mr. Henry W. Dorsey, midshipman, to his father:": a sentence
 * opening on "it" or "this" right after one naming a document, in the same paragraph, speaks of that
 * document as if it named it.
 */
function standsForDocumentBefore(sentence: WorkingSentence): boolean {
  const before = sentence.previous;
  const tokens = sentence.analysis.tokens;
  if (!before || before.paragraph !== sentence.paragraph) return false;
  if (!DOCUMENT_PRONOUNS.has(tokens[sentence.tokenStart]?.normal ?? '')) return false;
  for (let k = before.tokenStart; k < before.tokenEnd; k++) {
    const tok = before.analysis.tokens[k];
    if (tok && tok.pos !== 'VERB' && isDocumentNoun(tok.value)) return true;
  }
  return false;
}

/** Tokens at most before the name of a sentence's subject: its title ("Lieut.", "Sergeant"). */
const MAX_TITLE_TOKENS = 4;

/**
 * The person whose words `sentence` introduces: the one it names, or the one it opens with when it names
 * several ("Lieut. Edmund R. Tarlton, …, son of Mr. Josiah Tarlton, …, writes to his father"), when it
 * names a document or holds a verb of saying; `null` when it names several and opens with none of them,
 * `undefined` when it names no one or introduces nothing.
 */
function introducer(
  sentence: WorkingSentence,
  entity: (id: string) => Pick<EntityData, 'name' | 'type'> | undefined,
  isSayingVerb: (lemma: string) => boolean,
): string | null | undefined {
  let introduces = false;
  for (let k = sentence.tokenStart; k < sentence.tokenEnd && !introduces; k++) {
    const tok = sentence.analysis.tokens[k];
    introduces =
      isDocumentNoun(tok?.value ?? '') ||
      (tok?.pos === 'VERB' && isSayingVerb(tok.lemma)) ||
      standsForDocument(sentence, k);
  }
  introduces ||= standsForDocumentBefore(sentence);
  if (!introduces) return undefined;
  const owner = documentOwner(sentence, entity);
  if (owner) return owner;
  const addressees = addresseesOf(sentence);
  const people = sentence.mentions.filter(
    (m) => entity(m.entityId)?.type === 'person' && !addressees.has(m.token),
  );
  const first = people[0];
  if (!first) return undefined;
  if (people.every((m) => m.entityId === first.entityId)) return first.entityId;
  // "In a letter to Mrs. Stiffler, which she has allowed us to print, Mr. Orcutt wrote:": the one named right
  // before the verb of saying is who says what follows, whoever else the sentence names first.
  const subject = subjectOfSaying(sentence, people, isSayingVerb);
  if (subject) return subject;
  return first.via !== 'pronoun' && first.token - sentence.tokenStart <= MAX_TITLE_TOKENS
    ? first.entityId
    : null;
}

/**
 * The person named right before a verb of saying of `sentence` ("Mr. Orcutt wrote:"), their name's words
 * alone between: the subject of the saying; `null` when no verb of saying has one.
 */
function subjectOfSaying(
  sentence: WorkingSentence,
  people: ReadonlyArray<{ entityId: string; token: number }>,
  isSayingVerb: (lemma: string) => boolean,
): string | null {
  const tokens = sentence.analysis.tokens;
  // The capitalised run last walked, [from, to): a name standing inside it ends where it ends, so a run of many
  // names is walked once, not once for each of them.
  let from = -1;
  let to = -1;
  for (const m of people) {
    let k = m.token + 1;
    if (k >= from && k < to) k = to;
    else {
      from = k;
      while (k < sentence.tokenEnd && isCapitalisedWord(tokens[k]?.value ?? '')) k++;
      to = k;
    }
    const verb = tokens[k];
    if (verb?.pos === 'VERB' && isSayingVerb(verb.lemma)) return m.entityId;
  }
  return null;
}

/**
 * The one the sentence says a document it names is from, whoever makes it public, reads or receives it:
 * "a letter he received from Gen. John J. Pershing", "a telegram written by Colonel Blaine", "Colonel
 * Blaine's letter" ({@link ownerOfDocumentAt}); `null` when it gives no person or body for any.
 */
function documentOwner(
  sentence: WorkingSentence,
  entity: (id: string) => Pick<EntityData, 'name' | 'type'> | undefined,
): string | null {
  const tokens = sentence.analysis.tokens;
  for (let d = sentence.tokenStart; d < sentence.tokenEnd; d++) {
    const t = tokens[d];
    if (!t || t.pos === 'VERB' || !isDocumentNoun(t.value) || !namesOne(sentence, d)) continue;
    const owner = ownerOfDocumentAt(sentence, d, entity, () => false) ?? pointedBack(sentence, d, entity);
    if (owner?.speakerId) return owner.speakerId;
  }
  return null;
}

/**
 * "Young Scholl wrote to his brother Jacob. The letter is kept by the family and was lent to the Chronicle
 * by the son:": "the" and a document opening the sentence, with no owner of its own, is what the sentence
 * before in the paragraph says someone wrote, and theirs; whoever kept or lent it is not its author.
 */
function pointedBack(
  sentence: WorkingSentence,
  d: number,
  entity: (id: string) => Pick<EntityData, 'name' | 'type'> | undefined,
): { speakerId: string | null } | null {
  const before = sentence.previous;
  const tokens = sentence.analysis.tokens;
  if (d !== sentence.tokenStart + 1 || tokens[d - 1]?.normal !== 'the') return null;
  return before && before.paragraph === sentence.paragraph ? writerIn(before, entity) : null;
}

/** The tokens mentions open at when they name whom a document is addressed to: "a letter to Colonel Blaine". */
function addresseesOf(sentence: WorkingSentence): Set<number> {
  const tokens = sentence.analysis.tokens;
  const at = new Set<number>();
  for (let d = sentence.tokenStart; d + 2 < sentence.tokenEnd; d++) {
    const t = tokens[d];
    if (t && t.pos !== 'VERB' && isDocumentNoun(t.value) && tokens[d + 1]?.normal === 'to') at.add(d + 2);
  }
  return at;
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
  /**
   * The writer of the document being printed, the last paragraph of it so far, and the sentence that
   * introduced it when that sentence says whom the document is from ({@link documentOwner}).
   */
  let printing: {
    id: string;
    paragraph: number;
    open: boolean;
    endsParagraph: boolean;
    from: WorkingSentence | null;
  } | null = null;
  for (const q of quotes) {
    if (q.parent !== null) continue;
    const own = q.sentence;
    const opensParagraph =
      own.position === 1 && ONLY_MARKS.test(own.analysis.text.slice(own.start, q.span.outerStart));
    let writer: string | null = null;
    let from: WorkingSentence | null = null;
    const next = printing !== null && own.paragraph === printing.paragraph + 1;
    if (opensParagraph && printing && next && printing.open) ({ id: writer, from } = printing);
    // '"… the corn is planted."' / '"We was on the hill …"': a paragraph that opens on quotation marks no
    // verb of saying claims, right after one the document's words closed, is the document going on.
    else if (opensParagraph && printing && next && printing.endsParagraph && q.speakerName === 'unattributed')
      ({ id: writer, from } = printing);
    else if (opensParagraph && own.previous && own.previous.paragraph === own.paragraph - 1) {
      const intro = own.previous;
      writer = documentIntroducedBy(intro, entity, isSayingVerb);
      if (writer !== null && intro.text.trimEnd().endsWith(':') && documentOwner(intro, entity) === writer)
        from = intro;
    }
    if (writer === null) {
      if (printing && own.paragraph === printing.paragraph)
        Object.assign(printing, { open: !q.span.closed, endsParagraph: endsParagraph(q) });
      continue;
    }
    printing = {
      id: writer,
      paragraph: own.paragraph,
      open: !q.span.closed,
      endsParagraph: endsParagraph(q),
      from,
    };
    const who = entity(writer);
    if (!who) continue;
    // "Gen. Funston made public a letter he received from Gen. Pershing:": a speaker taken from the one
    // the introducing sentence names as making the letter public, reading or receiving it gives way to
    // the one it says the letter is from.
    const reader = q.speakerId !== null && from?.mentions.some((m) => m.entityId === q.speakerId);
    if (reader && q.speakerId !== writer) {
      Object.assign(q, { speakerId: writer, speakerName: who.name, cue: null });
      continue;
    }
    if (q.speakerId !== null || q.speakerName !== 'unattributed') continue;
    Object.assign(q, { speakerId: writer, speakerName: who.name, cue: null, attributionSentence: null });
  }
}

/** True when a closed quotation is the last thing in its paragraph: only marks after its closing mark. */
function endsParagraph(q: WorkingQuote): boolean {
  return q.span.closed && ONLY_MARKS.test(q.sentence.analysis.text.slice(q.span.outerEnd));
}

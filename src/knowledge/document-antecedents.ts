/**
 * A document quoted with no verb of saying, pointed back to: "A pencilled note from one of the prisoners …
 * was brought out of the town. It reads: '…'", "the Colonel wrote a note in pencil … A copy came into my
 * hands, and it reads in full: '…'", "Travis wrote his famous letter … Garza read a passage from it aloud:
 * '…'". The "it" or "which" is the document the text has just named, and the words are its owner's: the
 * possessor ("his famous letter"), the "from X" or "of X" after it, or who wrote it. Whoever reads it out is
 * not its author. Read from the parse's parts of speech and the article's mentions, no list of phrases.
 */
import type { Token } from '../nlp/pipeline.ts';
import { lowerBound } from '../nlp/analysis.ts';
import { lowerFirst } from '../nlp/lower-first.ts';
import { lastVisibleIn } from '../nlp/last-character.ts';
import { isDocumentNoun } from './document-authors.ts';
import type { EntityData } from './entity-data.ts';
import type { WorkingQuote, WorkingSentence } from './working.ts';

/**
 * "It reads:", ", and it reads in full:", ", which reads:", "Its text reads, in part:": the document (or its part), as the subject of the clause that
 * ends in the colon before its words, a few words with no name, mark or full stop between.
 */
const POINTER =
  /(?:^[\s\p{P}]*(?:[Ii]t|[Ii]ts\s+\p{Ll}+)|[,;]\s*(?:and\s+|but\s+)?(?:it|which))\s+\p{Ll}[\p{Ll}-]*\b[^"“”:;.]{0,40}:\s*$/u;
/**
 * "It states that the escort numbered about 1,800 men …, and reads:": the document opening the sentence as
 * "It" is the subject of the verb after "and" before the colon too.
 */
const COORDINATED_POINTER =
  /^[\s\p{P}]*[Ii]t\s+\p{Ll}[\p{Ll}-]*\b[^"“”:;.]{0,100},\s*and\s+\p{Ll}[\p{Ll}-]*(?:\s+in\s+(?:part|full))?:\s*$/u;
/**
 * "It reads, '…'", "It goes on, '…'": the document as "It" opening the sentence, its verb (and a particle) and a
 * comma before its words; nothing else, as a comma leads in far more words than a colon does.
 */
const COMMA_POINTER = /^[\s\p{P}]*[Ii]t\s+(?:\p{Ll}+\s+)?\p{Ll}+,\s*$/u;
/** "Garza read a passage from it aloud, in Spanish and then in English:": the document a reader quotes from. */
const READ_FROM = /\b(?:from|of)\s+it\b[^"“”:;.]{0,60}:\s*$/u;

/** {@link POINTER} read as "…, which reads:". */
const RELATIVE = /\bwhich\s+\S+[^:]*:\s*$/u;
/** What stands before words cut from inside a sentence, so that {@link POINTER} does not read them as its opening. */
const CUT = '\u0000 ';
/** The most characters before a quotation its pointer is looked for in: a clause, not a paragraph. */
const LOOK_BACK = 120;
/** Tokens at most between a document and the "from" naming its sender ("a telegram received Friday by … from"). */
const MAX_TOKENS_TO_FROM = 10;
/** Tokens at most of a sender described after "from" ("one of the prisoners, …"). */
const MAX_DESCRIBED_TOKENS = 8;
/** Tokens at most of what stands before a document in its phrase ("his famous", "the general's last"). */
const MAX_MODIFIERS = 4;
/** Tokens at most of a body's name after "from" ("the U.S. Department of Health and Human Services"). */
const MAX_BODY_TOKENS = 10;
/** What a body's name may hold after its "the": names, nouns and the words joining them ("of", "and"). */
const BODY_NAME_POS: ReadonlySet<string> = new Set(['PROPN', 'NOUN', 'ADP', 'CCONJ']);
/** Verbs whose subject is the author of the document they take as object: who wrote, signed, sent or issued it. */
const AUTHOR_VERBS: ReadonlySet<string> = new Set(['write', 'sign', 'send', 'issue']);
/** Words a sender described after "from" opens with: one person of some, not "her son". */
const DESCRIPTION_OPENERS: ReadonlySet<string> = new Set(['a', 'an', 'one', 'the']);
/** Parts of speech a document's phrase may hold before it ("his famous", "a pencilled", "Taylor's last"). */
const MODIFIER_POS: ReadonlySet<string> = new Set(['DET', 'ADJ', 'PRON', 'NUM', 'PROPN', 'PART', 'VERB']);

export type Lookup = (id: string) => Pick<EntityData, 'name' | 'type'> | undefined;
export type Owner = { speakerId: string | null; speakerName: string };
type Mention = WorkingSentence['mentions'][number];

/**
 * Gives each top-level quotation a clause points to a document with ({@link POINTER}: still unattributed;
 * {@link READ_FROM}: whoever read it out) to the owner of the document named last before the pointer, in its
 * sentence or (after "It", not "which") the one before in its paragraph: an entity, or a sender described as
 * written ("one of the prisoners"). "A copy" is no document, so "it" after it points to the note copied.
 * After a pointer (not a reader), a document whose owner the text does not give speaks for itself ("the
 * telegram"); with no document named, and `isCommunicationNoun` given, so does the thing carrying words named
 * last ({@link pointedCommunication}: "a hand-lettered sign … It reads:" gives "the sign").
 */
export function ownersOfDocumentsPointedTo(
  quotes: WorkingQuote[],
  entity: Lookup,
  isPersonNoun: (lemma: string) => boolean,
  isCommunicationNoun?: (lemma: string) => boolean,
): void {
  const documents = new NounsNamed((sentence, d) => {
    const t = sentence.analysis.tokens[d];
    return t !== undefined && isDocumentNoun(t.value) && t.pos !== 'VERB' && namesOne(sentence, d);
  });
  const communications = new NounsNamed((sentence, d) => {
    const t = sentence.analysis.tokens[d];
    return (
      t !== undefined &&
      t.pos === 'NOUN' &&
      t.lemma === t.normal &&
      isCommunicationNoun !== undefined &&
      isCommunicationNoun(t.lemma) &&
      !isPersonNoun(t.lemma) &&
      determined(sentence, d)
    );
  });
  // Where each sentence mentions a person or a body, read once however many quotations it holds.
  const starts = new Map<WorkingSentence, readonly number[]>();
  const speakerStarts = (sentence: WorkingSentence): readonly number[] => {
    let found = starts.get(sentence);
    if (!found) starts.set(sentence, (found = speakerMentionStarts(sentence, entity)));
    return found;
  };
  /** The owner each sentence's "It" pointed to, for an "It" in the next sentence that continues the document. */
  const pointedIn = new Map<WorkingSentence, Owner>();
  for (const quote of quotes) {
    const { sentence, span } = quote;
    if (quote.parent !== null) continue;
    const from = Math.max(sentence.start, span.outerStart - LOOK_BACK);
    // The patterns end in a colon or, "It reads,", a comma: other words are turned away before any runs.
    const mark = lastVisibleIn(sentence.analysis.text, from, span.outerStart);
    if (mark !== ':' && mark !== ',') continue;
    // Cut inside the sentence, the words read do not open it: a mark no pattern reads stands before them.
    const cut = from > sentence.start ? CUT : '';
    const before = cut + sentence.analysis.text.slice(from, span.outerStart);
    const pointer =
      quote.speakerId !== null
        ? null
        : mark === ','
          ? COMMA_POINTER.exec(before)
          : (POINTER.exec(before) ?? COORDINATED_POINTER.exec(before));
    const read = pointer || mark !== ':' ? null : READ_FROM.exec(before);
    const m = pointer ?? read;
    if (!m) continue;
    const at = from + m.index - cut.length;
    if (mentionBetween(speakerStarts(sentence), at, span.outerStart)) continue;
    const scopes: Array<[WorkingSentence, number]> = [[sentence, at]];
    // "…, which reads:" points to a document of its own sentence; "It reads:" may point to the one before.
    const previous = sentence.previous;
    const relative = pointer !== null && RELATIVE.test(pointer[0]);
    if (!relative && previous && previous.paragraph === sentence.paragraph)
      scopes.push([previous, previous.end]);
    const found = lastDocument(scopes, documents, entity, isPersonNoun);
    // A document with no owner the text gives speaks for itself ("the telegram"), as "the statement said" does;
    // a reader's words are left to the reader then. So does any thing made to carry words ("a hand-lettered
    // sign has hung on the fence … It reads: '…'"), when it is the last noun of a communication named.
    // "We have a statement from the consulate. The press attaché sent it to us. It reads, '…' It goes on, '…'":
    // with no document in reach, "It" still points to the one its paragraph's last sentences spoke of.
    const pointedBefore =
      found || !pointer || relative || !previous || previous.paragraph !== sentence.paragraph
        ? null
        : (pointedIn.get(previous) ?? writerOfIt(previous, documents, entity));
    const owner =
      found?.owner ??
      (found && pointer ? { speakerId: null, speakerName: `the ${found.noun}` } : null) ??
      pointedBefore ??
      (pointer && isCommunicationNoun ? pointedCommunication(scopes, communications) : null);
    if (!owner) continue;
    Object.assign(quote, owner, { cue: null, attributionSentence: null });
    if (pointer) pointedIn.set(sentence, owner);
  }
}

/**
 * The thing carrying words named last in `scopes` (as {@link lastDocument} reads them), a noun whose kind is a
 * communication ("sign", "panel", "marker") and not a person's, as "the" and its noun; `null` when none.
 */
function pointedCommunication(
  scopes: ReadonlyArray<[WorkingSentence, number]>,
  communications: NounsNamed,
): Owner | null {
  for (const [sentence, until] of scopes) {
    const d = communications.lastBefore(sentence, until);
    const t = d === null ? undefined : sentence.analysis.tokens[d];
    if (t) return { speakerId: null, speakerName: `the ${t.normal}` };
  }
  return null;
}

/**
 * The tokens of each sentence a test picks out (a document named, a thing carrying words), listed once per
 * sentence, so that each quotation finds the last one before it by binary search rather than by walking the
 * sentence back: a sentence holding many quotations ("…, which reads: '…'" again and again) costs time in
 * step with its length.
 */
class NounsNamed {
  private readonly listed = new Map<WorkingSentence, number[]>();
  constructor(private readonly picks: (sentence: WorkingSentence, d: number) => boolean) {}

  /** The last token of `sentence` picked that ends by offset `until`; `null` when none does. */
  lastBefore(sentence: WorkingSentence, until: number): number | null {
    let list = this.listed.get(sentence);
    if (!list) {
      list = [];
      for (let d = sentence.tokenStart; d < sentence.tokenEnd; d++) if (this.picks(sentence, d)) list.push(d);
      this.listed.set(sentence, list);
    }
    const tokens = sentence.analysis.tokens;
    const after = lowerBound(0, list.length, (k) => (tokens[list[k] ?? 0]?.end ?? 0) <= until);
    return after > 0 ? (list[after - 1] ?? null) : null;
  }
}

/**
 * "The press attaché, Lic. Octavio Sandoval Reyes, sent it to us": the person who wrote, sent or issued "it"
 * in `sentence`, when the sentence before it in the paragraph names a document for "it" to be.
 */
function writerOfIt(sentence: WorkingSentence, documents: NounsNamed, entity: Lookup): Owner | null {
  const before = sentence.previous;
  if (!before || before.paragraph !== sentence.paragraph || documents.lastBefore(before, before.end) === null)
    return null;
  const tokens = sentence.analysis.tokens;
  for (let v = sentence.tokenStart + 1; v + 1 < sentence.tokenEnd; v++) {
    const verb = tokens[v];
    if (verb?.pos === 'VERB' && AUTHOR_VERBS.has(verb.lemma) && tokens[v + 1]?.normal === 'it')
      return writerIn(sentence, entity);
  }
  return null;
}

/** Tokens at most before a noun in its phrase, a compound's hyphens counted ("a hand - lettered"). */
const MAX_COMPOUND_MODIFIERS = 6;

/**
 * True when the singular noun at token `d` stands in a phrase an article or possessive opens, with words
 * qualifying it between ("a hand-lettered sign", "the state's historical marker"), as {@link namesOne} reads
 * one but with a compound's hyphens.
 */
function determined(sentence: WorkingSentence, d: number): boolean {
  const tokens = sentence.analysis.tokens;
  for (let k = d - 1; k >= sentence.tokenStart && d - k <= MAX_COMPOUND_MODIFIERS; k--) {
    const t = tokens[k];
    if (!t) return false;
    if (t.pos === 'DET' || t.pos === 'PRON' || /^['’]s?$/u.test(t.value)) return true;
    if (!MODIFIER_POS.has(t.pos) && t.value !== '-' && t.pos !== 'NOUN') return false;
  }
  return false;
}

/** The offsets, in order, at which `sentence` mentions a person or a body. */
function speakerMentionStarts(sentence: WorkingSentence, entity: Lookup): number[] {
  const starts: number[] = [];
  for (const x of sentence.mentions) {
    const t = sentence.analysis.tokens[x.token];
    if (t !== undefined && isSpeakerKind(entity, x.entityId)) starts.push(t.start);
  }
  return starts.sort((a, b) => a - b);
}

/**
 * True when one of a sentence's person or body mentions (`starts`, {@link speakerMentionStarts}) begins from offset
 * `start` to `end`: the clause names its speaker.
 */
function mentionBetween(starts: readonly number[], start: number, end: number): boolean {
  const i = lowerBound(0, starts.length, (k) => (starts[k] ?? Infinity) < start);
  return i < starts.length && (starts[i] ?? Infinity) < end;
}

function isSpeakerKind(entity: Lookup, id: string): boolean {
  const type = entity(id)?.type;
  return type === 'person' || type === 'organisation';
}

/**
 * The document named last in `scopes` (each a sentence and the offset it is read up to, newest first), as its
 * noun, with its owner (`null` when the text gives none); `null` when no document is named.
 */
function lastDocument(
  scopes: ReadonlyArray<[WorkingSentence, number]>,
  documents: NounsNamed,
  entity: Lookup,
  isPersonNoun: (lemma: string) => boolean,
): { noun: string; owner: Owner | null } | null {
  for (const [sentence, until] of scopes) {
    const d = documents.lastBefore(sentence, until);
    const t = d === null ? undefined : sentence.analysis.tokens[d];
    if (d === null || !t) continue;
    return { noun: t.normal, owner: ownerOfDocumentAt(sentence, d, entity, isPersonNoun) };
  }
  return null;
}

/**
 * Whose the document named at token `d` is: the possessor ("Taylor's dispatch"), the one it came from ("a
 * note from one of the prisoners"), who wrote it ("the Colonel wrote a note") or who it says signed it ("a
 * notice signed by Gen. Blanco"); `null` when the text gives none.
 */
export function ownerOfDocumentAt(
  sentence: WorkingSentence,
  d: number,
  entity: Lookup,
  isPersonNoun: (lemma: string) => boolean,
): Owner | null {
  return (
    possessor(sentence, d, entity) ??
    sender(sentence, d, entity, isPersonNoun) ??
    writer(sentence, d, entity) ??
    signer(sentence, d, entity)
  );
}

/**
 * "A notice signed by Gen. Blanco", "a letter written by the consul": the one named after "by" when a
 * participle of writing, signing, sending or issuing follows the document.
 */
function signer(sentence: WorkingSentence, d: number, entity: Lookup): Owner | null {
  const tokens = sentence.analysis.tokens;
  const verb = tokens[d + 1];
  if (!verb || verb.pos !== 'VERB' || !AUTHOR_VERBS.has(verb.lemma) || tokens[d + 2]?.normal !== 'by')
    return null;
  const mention = mentionAt(sentence, d + 3, entity);
  return mention && mention.via !== 'pronoun' ? known(entity, mention) : null;
}

/**
 * True when the noun at token `d` names one document: a plural, or a singular its phrase determines ("a
 * note", "his letter", "Taylor's order"); a bare singular is no document ("in order to").
 */
export function namesOne(sentence: WorkingSentence, d: number): boolean {
  const tokens = sentence.analysis.tokens;
  const noun = tokens[d];
  if (noun && noun.lemma !== noun.normal) return true;
  for (let k = d - 1; k >= sentence.tokenStart && d - k <= MAX_MODIFIERS; k--) {
    const t = tokens[k];
    if (!t || !MODIFIER_POS.has(t.pos)) return false;
    if (t.pos === 'DET' || t.pos === 'PRON' || /^['’]s?$/u.test(t.value)) return true;
  }
  return false;
}

/** The person or body mentioned at token `k`, the mention covering it, if any. */
function mentionAt(sentence: WorkingSentence, k: number, entity: Lookup): Mention | undefined {
  const tokens = sentence.analysis.tokens;
  const t = tokens[k];
  if (!t) return undefined;
  return sentence.mentions.find((x) => {
    const first = tokens[x.token];
    return (
      first !== undefined &&
      first.start <= t.start &&
      t.start < first.start + x.text.length &&
      isSpeakerKind(entity, x.entityId)
    );
  });
}

/** The last token index of `mention`. */
function mentionEnd(sentence: WorkingSentence, mention: Mention): number {
  const tokens = sentence.analysis.tokens;
  const end = (tokens[mention.token]?.start ?? 0) + mention.text.length;
  let k = mention.token;
  while (k + 1 < sentence.tokenEnd && (tokens[k + 1]?.start ?? Infinity) < end) k++;
  return k;
}

function known(entity: Lookup, mention: Mention | undefined): Owner | null {
  const e = mention ? entity(mention.entityId) : undefined;
  return mention && e ? { speakerId: mention.entityId, speakerName: e.name } : null;
}

/** "Taylor's dispatch", "his famous letter": the one mentioned as its phrase's possessor, just before it. */
function possessor(sentence: WorkingSentence, d: number, entity: Lookup): Owner | null {
  const tokens = sentence.analysis.tokens;
  for (let k = d - 1; k >= sentence.tokenStart && d - k <= MAX_MODIFIERS; k--) {
    const t = tokens[k];
    if (!t || !MODIFIER_POS.has(t.pos) || t.pos === 'VERB') return null;
    const mention = mentionAt(sentence, k, entity);
    if (!mention) continue;
    const next = tokens[mentionEnd(sentence, mention) + 1];
    const possessive = t.pos === 'PRON' || (next !== undefined && /^['’]s?$/u.test(next.value));
    return possessive ? known(entity, mention) : null;
  }
  return null;
}

/**
 * "A pencilled note from one of the prisoners, …", "an order of the General": the one the document came from,
 * named or described with a noun for a person as written; "from her son" (a pronoun owning a noun) is not read.
 */
function sender(
  sentence: WorkingSentence,
  d: number,
  entity: Lookup,
  isPersonNoun: (lemma: string) => boolean,
): Owner | null {
  const tokens = sentence.analysis.tokens;
  if (tokens[d + 1]?.normal === 'of') {
    const k = tokens[d + 2]?.normal === 'the' ? d + 3 : d + 2;
    const mention = mentionAt(sentence, k, entity);
    if (mention && mention.via !== 'pronoun') return known(entity, mention);
  }
  for (let k = d + 1; k + 1 < sentence.tokenEnd && k - d <= MAX_TOKENS_TO_FROM; k++) {
    const t = tokens[k];
    if (!t || t.pos === 'PUNCT' || isDocumentNoun(t.value)) return null;
    if (t.normal !== 'from') continue;
    const mention = mentionAt(sentence, k + 1, entity);
    if (mention && mention.via !== 'pronoun') return known(entity, mention);
    return described(sentence, k + 1, isPersonNoun) ?? namedBodyAt(sentence, k + 1);
  }
  return null;
}

/**
 * "from the U.S. Department of Health and Human Services, which …": a body's name no entity answers to, from
 * "the" at token `from` through its last proper noun, as written ("the" in lower case).
 */
function namedBodyAt(sentence: WorkingSentence, from: number): Owner | null {
  const tokens = sentence.analysis.tokens;
  if (tokens[from]?.normal !== 'the' || tokens[from + 1]?.pos !== 'PROPN') return null;
  let end = from + 1;
  while (end < sentence.tokenEnd && end - from < MAX_BODY_TOKENS && BODY_NAME_POS.has(tokens[end]?.pos ?? ''))
    end++;
  const first = tokens[from];
  const last = tokens[end - 1];
  // "from the Mexican side" is a place's people, no body: the name ends on one of its own words.
  if (!first || last?.pos !== 'PROPN') return null;
  return { speakerId: null, speakerName: lowerFirst(sentence.analysis.text.slice(first.start, last.end)) };
}

/** "one of the prisoners": a description from token `from` to its comma or verb, holding a noun for a person. */
function described(
  sentence: WorkingSentence,
  from: number,
  isPersonNoun: (lemma: string) => boolean,
): Owner | null {
  const tokens = sentence.analysis.tokens;
  const first = tokens[from];
  if (!first || !DESCRIPTION_OPENERS.has(first.normal)) return null;
  let last: Token | undefined;
  let person = false;
  for (let k = from; k < sentence.tokenEnd && k - from < MAX_DESCRIBED_TOKENS; k++) {
    const t = tokens[k];
    if (!t || t.pos === 'PUNCT' || t.pos === 'VERB' || t.pos === 'AUX') break;
    if (t.pos === 'NOUN' && isPersonNoun(t.lemma)) person = true;
    last = t;
  }
  if (!person || !last) return null;
  return { speakerId: null, speakerName: lowerFirst(sentence.analysis.text.slice(first.start, last.end)) };
}

/**
 * "the Colonel wrote a note", "William Barret Travis, wrote his famous letter": the subject of the verb of
 * writing, signing, sending or issuing the document is its object of, mentioned just before that verb.
 */
function writer(sentence: WorkingSentence, d: number, entity: Lookup): Owner | null {
  const tokens = sentence.analysis.tokens;
  let v = d - 1;
  while (v >= sentence.tokenStart && d - v <= MAX_MODIFIERS && tokens[v]?.pos !== 'VERB') {
    if (!MODIFIER_POS.has(tokens[v]?.pos ?? '')) return null;
    v--;
  }
  const verb = tokens[v];
  if (!verb || verb.pos !== 'VERB' || !AUTHOR_VERBS.has(verb.lemma)) return null;
  let k = v - 1;
  while (k >= sentence.tokenStart && (tokens[k]?.value === ',' || tokens[k]?.pos === 'ADV')) k--;
  if (k < sentence.tokenStart) return null;
  return known(entity, mentionAt(sentence, k, entity)) ?? describedSubject(sentence, k);
}

/** Tokens at most of a described subject ending at a verb's left ("the state government"). */
const MAX_SUBJECT_TOKENS = 4;

/**
 * "The state government sent a telegram": a subject the text describes rather than names, opening its
 * sentence with "the" and ending in the noun at token `k` (its words lower-cased, as written otherwise);
 * `null` when the words before the noun are not only "the" and modifiers.
 */
function describedSubject(sentence: WorkingSentence, k: number): Owner | null {
  const tokens = sentence.analysis.tokens;
  const head = tokens[k];
  const first = tokens[sentence.tokenStart];
  if (head?.pos !== 'NOUN' || first?.normal !== 'the' || k - sentence.tokenStart > MAX_SUBJECT_TOKENS)
    return null;
  for (let j = sentence.tokenStart + 1; j < k; j++)
    if (!['ADJ', 'NOUN'].includes(tokens[j]?.pos ?? '')) return null;
  return {
    speakerId: null,
    speakerName: lowerFirst(sentence.analysis.text.slice(first.start, head.end)),
  };
}

/**
 * "From there young Scholl wrote to his brother Jacob.": the one mentioned as the subject of a verb of
 * writing or sending in `sentence`, the last such verb; `null` when none or no one known is its subject.
 */
export function writerIn(sentence: WorkingSentence, entity: Lookup): Owner | null {
  const tokens = sentence.analysis.tokens;
  for (let v = sentence.tokenEnd - 1; v > sentence.tokenStart; v--) {
    const verb = tokens[v];
    if (!verb || verb.pos !== 'VERB' || !AUTHOR_VERBS.has(verb.lemma)) continue;
    let k = v - 1;
    while (k >= sentence.tokenStart && (tokens[k]?.value === ',' || tokens[k]?.pos === 'ADV')) k--;
    const mention = k >= sentence.tokenStart ? mentionAt(sentence, k, entity) : undefined;
    return mention && mention.via !== 'pronoun' && entity(mention.entityId)?.type === 'person'
      ? known(entity, mention)
      : null;
  }
  return null;
}

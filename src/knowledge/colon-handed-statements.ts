/**
 * A body's statement printed as a paragraph of its own after one that hands it over with a colon: "The Navy's
 * statement, posted on Saturday night, read in part:", "The ministry said in a statement on Tuesday:", "The
 * Interior Ministry issued a written statement on Tuesday evening. I'll read part of it:". The words are the
 * body's: the owner of the statement, the one the sentence says issued it, or the subject of the verb of
 * saying before the colon. A person named there is left to the readings of people (introduced-documents.ts);
 * this reads the bodies, named or described ("the ministry"), that no entity stands for.
 */
import { isPossessiveEnding } from '../nlp/possessive.ts';
import { lowerFirst } from '../nlp/lower-first.ts';
import { isDocumentNoun, ownsDocumentAt } from './document-authors.ts';
import type { EntityData } from './entity-data.ts';
import { OPENS_AS_SENTENCE } from './colon-speaker.ts';
import { endsInColon } from './ends-in-colon.ts';
import { ONLY_MARKS } from './quote-passes.ts';
import { tokenAt } from './speakers.ts';
import type { WorkingQuote, WorkingSentence } from './working.ts';
import type { Token } from '../nlp/pipeline.ts';

/** Verbs by which a body gives out a document ("issued a written statement"). */
const ISSUING_VERBS: ReadonlySet<string> = new Set([
  'issue',
  'release',
  'publish',
  'post',
  'send',
  'circulate',
]);
/** The verb by which words of a document are given ("The key line, read in full:"). */
const READING_VERB = 'read';
/** Verbs of saying whose subject, before a colon, hands the next paragraph over ("The Navy said on Tuesday:"). */
const SAYING_VERBS: ReadonlySet<string> = new Set(['say', 'state', 'declare', 'announce', 'write']);
/** Tokens at most from the issuing verb to the document it gives out ("a short written statement"). */
const MAX_TOKENS_TO_DOCUMENT = 4;
/** Tokens at most of a body's name or description before a possessive or a verb ("the Mexican Interior Ministry"). */
const MAX_NAME_TOKENS = 6;
/** Sentences at most read back in the colon's paragraph for the one that says who issued the document. */
const MAX_SENTENCES_BACK = 2;
/** Tokens at most read of each sentence. */
const MAX_TOKENS_READ = 80;

/** Who issued the statement: the entity when one is named, else the words naming the body. */
interface Issuer {
  speakerId: string | null;
  speakerName: string;
  /** True when a document says whose it is ("the Navy's statement", "issued a statement"): its reader gives way. */
  owned: boolean;
}

/**
 * Gives each top-level quotation that opens a paragraph after a sentence ending in a colon to the body that
 * sentence, or one before it in its paragraph, says the statement is from. Words with no speaker take the
 * body however it is found; words given to someone with no verb of their own (the one reading the statement
 * out on air) take the body a document names as its own.
 */
export function speakersOfColonHandedStatements(
  quotes: WorkingQuote[],
  entity: (id: string) => Pick<EntityData, 'name' | 'type'> | undefined,
): WorkingQuote[] {
  const given: WorkingQuote[] = [];
  for (const q of quotes) {
    if (q.parent !== null) continue;
    const unattributed = q.speakerName === 'unattributed';
    // "the bureau's statement read: '…'": words given to a body's document, no one's own, are the body's.
    if (!unattributed && q.cue !== null && !(q.speakerId === null && namesOwnedDocument(q.speakerName)))
      continue;
    const handed = handedByParagraph(q, entity) ?? handedInSentence(q, entity);
    if (!handed) continue;
    const { issuer, intro } = handed;
    if (!unattributed && !issuer.owned) continue;
    if (issuer.speakerId !== null && issuer.speakerId === q.speakerId) continue;
    Object.assign(q, {
      speakerId: issuer.speakerId,
      speakerName: issuer.speakerName,
      cue: null,
      attributionSentence: intro,
    });
    given.push(q);
  }
  return given;
}

/** A statement handed over, and the sentence that says whose it is. */
interface Handed {
  issuer: Issuer;
  intro: WorkingSentence;
}

/** A quotation opening a paragraph after one whose last sentence ends in a colon: the body it says is speaking. */
function handedByParagraph(
  q: WorkingQuote,
  entity: (id: string) => Pick<EntityData, 'name' | 'type'> | undefined,
): Handed | null {
  const own = q.sentence;
  const intro = own.previous;
  if (!intro || intro.paragraph !== own.paragraph - 1 || intro.kind !== own.kind) return null;
  if (!ONLY_MARKS.test(own.analysis.text.slice(own.start, q.span.outerStart))) return null;
  if (intro.quoteSpans.length > 0 || !endsInColon(intro.analysis.text, intro.start, intro.end)) return null;
  const issuer = issuerOf(intro, entity);
  return issuer ? { issuer, intro } : null;
}

/**
 * "The bureau's statement read: '…'", and after "In a statement released Wednesday, the FBI's El Paso
 * Division said that …" the words "The key line, read in full: '…'": words said in full after a colon ending
 * a short clause of their own sentence that names no one, the first quotation there, are the body's that owns
 * the document the clause names, or else the body the sentence before in the paragraph says spoke in a
 * statement (it names a document and opens, past a phrase set off, with the body and its verb of saying).
 */
function handedInSentence(
  q: WorkingQuote,
  entity: (id: string) => Pick<EntityData, 'name' | 'type'> | undefined,
): Handed | null {
  const own = q.sentence;
  const { analysis } = own;
  if ((own.quoteSpans[0]?.start ?? -1) !== q.span.start || !OPENS_AS_SENTENCE.test(q.text)) return null;
  const clause = analysis.text.slice(own.start, q.span.outerStart);
  if (!/\S\s*:\s*$/u.test(clause)) return null;
  const before = own.mentions.filter((m) => tokenAt(analysis, m.token).start < q.span.outerStart);
  if (before.some((m) => m.via === 'pronoun' || entity(m.entityId)?.type === 'person')) return null;
  let clauseTokens = 0;
  for (let k = own.tokenStart; k < own.tokenEnd && tokenAt(analysis, k).end <= q.span.outerStart; k++)
    if (++clauseTokens > MAX_CLAUSE_TOKENS) return null;
  const owner = documentOwnerIn(own, entity, q.span.outerStart);
  // "The bureau's statement read:" gives the document's words; "… quoted the sheriff:", "… ended with a line
  // from the sheriff:" give someone else's, which the document only carries.
  if (owner !== undefined)
    return owner && documentSaysThem(own, q.span.outerStart) ? { issuer: owner, intro: own } : null;
  // "The key line, read in full:" reads words out; "The question now:", "The agents' motto:" hold no verb
  // of reading or saying and may be anyone's.
  if (!readsOut(own, q.span.outerStart)) return null;
  const said = own.previous;
  if (!said || said.paragraph !== own.paragraph || said.kind !== own.kind || said.quoteSpans.length > 0)
    return null;
  const documents = documentNouns(said);
  if (documents.size === 0 || namesOtherSource(own, q.span.outerStart, documents)) return null;
  const subject = sayingSubjectPastOpening(said, entity);
  return subject ? { issuer: subject, intro: said } : null;
}

/**
 * True when `sentence` holds a verb of saying or reading ("read in full") before offset `until`, past its first
 * word: "Read the full statement here:" bids the reader read, and reads nothing out.
 */
function readsOut(sentence: WorkingSentence, until: number): boolean {
  const { analysis } = sentence;
  for (let k = sentence.tokenStart + 1; k < sentence.tokenEnd; k++) {
    const t = tokenAt(analysis, k);
    if (t.end > until) return false;
    if (isReadingOrSaying(t)) return true;
  }
  return false;
}

const isReadingOrSaying = (t: Token): boolean =>
  t.pos === 'VERB' && (SAYING_VERBS.has(t.lemma) || t.lemma === READING_VERB || t.lemma === 'add');

/** Words after a document's verb of saying that say how much of it is given ("read, in part:", "said in full:"). */
const HOW_MUCH: ReadonlySet<string> = new Set(['in', 'part', 'full', 'its', 'entirety', 'as', 'follows']);

/**
 * True when the clause before offset `until` ends with the document's own verb of saying or reading, and
 * words saying how much of it follow at most ("The bureau's statement read:", "… said, in part:"), not with
 * a verb or a person it gives the words of ("… quoted the sheriff:", "… ended with a line from the sheriff:").
 */
function documentSaysThem(sentence: WorkingSentence, until: number): boolean {
  const { analysis } = sentence;
  let says = false;
  for (let k = sentence.tokenStart; k < sentence.tokenEnd; k++) {
    const t = tokenAt(analysis, k);
    if (t.end > until) break;
    if (t.pos === 'VERB' || t.pos === 'AUX') says = isReadingOrSaying(t);
    else if (says && t.pos !== 'PUNCT' && t.pos !== 'ADV' && !HOW_MUCH.has(t.normal)) says = false;
  }
  return says;
}

/**
 * True when the clause before offset `until` names a document other than those the sentence before named
 * (`documents`), a source after "from" or "by", or an owner ("A letter from the family, read aloud at the
 * vigil:", "The mayor's reply, read at the meeting:"): the words read out are that one's, not the body's.
 */
function namesOtherSource(sentence: WorkingSentence, until: number, documents: ReadonlySet<string>): boolean {
  const { analysis } = sentence;
  for (let k = sentence.tokenStart; k < sentence.tokenEnd; k++) {
    const t = tokenAt(analysis, k);
    if (t.end > until) break;
    if (t.pos === 'NOUN' && isDocumentNoun(t.normal) && !documents.has(t.normal)) return true;
    if (t.normal === 'from' || t.normal === 'by' || isPossessiveEnding(t.normal)) return true;
  }
  return false;
}

/** True when `name` is a document a possessive owns ("the bureau's statement", "Sedena's written statement"). */
function namesOwnedDocument(name: string): boolean {
  const m = /['’]s\s+(?:\p{Ll}+\s+)?(\p{Ll}+)$/u.exec(name);
  return m !== null && isDocumentNoun(m[1] ?? '');
}

/** Tokens at most of the clause before a colon that hands its sentence's quotation over ("The key line, read in full"). */
const MAX_CLAUSE_TOKENS = 12;
/** Tokens at most of a phrase set off before a sentence's subject ("In a statement released Wednesday, Feb. 7,"). */
const MAX_OPENING_TOKENS = 14;

/** The nouns by which `sentence` names a document ("statement" of "In a statement released Wednesday"). */
function documentNouns(sentence: WorkingSentence): Set<string> {
  const found = new Set<string>();
  const end = Math.min(sentence.tokenEnd, sentence.tokenStart + MAX_TOKENS_READ);
  for (let k = sentence.tokenStart; k < end; k++) {
    const t = tokenAt(sentence.analysis, k);
    if (t.pos === 'NOUN' && isDocumentNoun(t.normal)) found.add(t.normal);
  }
  return found;
}

/**
 * The body opening `sentence` as the subject of its verb of saying, from its start or after a comma closing a
 * phrase set off before it ("In a statement released Wednesday, Feb. 7, the FBI's El Paso Division said").
 */
function sayingSubjectPastOpening(
  sentence: WorkingSentence,
  entity: (id: string) => Pick<EntityData, 'name' | 'type'> | undefined,
): Issuer | null {
  const own = sayingSubject(sentence, entity);
  if (own !== undefined) return own;
  const { analysis, tokenStart } = sentence;
  const end = Math.min(sentence.tokenEnd, tokenStart + MAX_OPENING_TOKENS);
  for (let k = tokenStart + 1; k < end; k++) {
    if (tokenAt(analysis, k).value !== ',') continue;
    const after = sayingSubject(sentence, entity, k + 1);
    if (after !== undefined) return after;
  }
  return null;
}

/** The body the colon's sentence, or one just before it in its paragraph, says the statement is from. */
function issuerOf(
  intro: WorkingSentence,
  entity: (id: string) => Pick<EntityData, 'name' | 'type'> | undefined,
): Issuer | null {
  const owner = documentOwnerIn(intro, entity);
  if (owner !== undefined) return owner;
  const subject = sayingSubject(intro, entity);
  if (subject !== undefined) return subject;
  let before = intro.previous;
  for (let back = 0; before && back < MAX_SENTENCES_BACK; back++, before = before.previous) {
    if (before.paragraph !== intro.paragraph || before.quoteSpans.length > 0) break;
    const issued = issuingBody(before, entity);
    if (issued !== undefined) return issued;
  }
  return issuingBody(intro, entity) ?? null;
}

/**
 * "The Navy's statement …": the body named before a possessive that owns a document. `null` when the owner is
 * a person (left to the readings of people); `undefined` when there is none.
 */
function documentOwnerIn(
  sentence: WorkingSentence,
  entity: (id: string) => Pick<EntityData, 'name' | 'type'> | undefined,
  until = Number.POSITIVE_INFINITY,
): Issuer | null | undefined {
  const { analysis, tokenStart } = sentence;
  const end = Math.min(sentence.tokenEnd, tokenStart + MAX_TOKENS_READ);
  for (let k = tokenStart + 1; k < end && tokenAt(analysis, k).end <= until; k++) {
    if (!isPossessiveEnding(tokenAt(analysis, k).normal) || !ownsDocumentAt(analysis.tokens, k + 1)) continue;
    return bodyEndingAt(sentence, k, entity, true);
  }
  return undefined;
}

/**
 * "The ministry said in a statement on Tuesday:": the subject opening the sentence before its verb of saying.
 * `null` for a person or a pronoun; `undefined` when the sentence opens with no such subject.
 */
function sayingSubject(
  sentence: WorkingSentence,
  entity: (id: string) => Pick<EntityData, 'name' | 'type'> | undefined,
  from = sentence.tokenStart,
): Issuer | null | undefined {
  const { analysis } = sentence;
  const end = Math.min(sentence.tokenEnd, from + MAX_NAME_TOKENS + 1);
  for (let k = from + 1; k < end; k++) {
    const t = tokenAt(analysis, k);
    if (t.pos === 'VERB' && SAYING_VERBS.has(t.lemma)) {
      const body = bodyEndingAt(sentence, k, entity, false);
      // "The ministry said": the whole subject, from the sentence's start.
      return body && body.start === from ? body : null;
    }
    if (!NAME_POS.has(t.pos)) return undefined;
  }
  return undefined;
}

/** "The Interior Ministry issued a written statement": the subject of a verb giving out a document. */
function issuingBody(
  sentence: WorkingSentence,
  entity: (id: string) => Pick<EntityData, 'name' | 'type'> | undefined,
): Issuer | null | undefined {
  const { analysis, tokenStart } = sentence;
  const end = Math.min(sentence.tokenEnd, tokenStart + MAX_TOKENS_READ);
  for (let k = tokenStart + 1; k < end; k++) {
    const t = tokenAt(analysis, k);
    if (t.pos !== 'VERB' || !ISSUING_VERBS.has(t.lemma)) continue;
    for (let d = k + 1; d < end && d - k <= MAX_TOKENS_TO_DOCUMENT; d++) {
      const w = tokenAt(analysis, d);
      if (w.pos === 'NOUN' && isDocumentNoun(w.normal)) return bodyEndingAt(sentence, k, entity, true);
      if (w.pos !== 'DET' && w.pos !== 'ADJ' && w.pos !== 'NOUN') break;
    }
  }
  return undefined;
}

/** Parts of speech a body's name or description is made of ("the Mexican Interior Ministry"). */
const NAME_POS: ReadonlySet<string> = new Set(['DET', 'PROPN', 'NOUN', 'ADJ', 'PART']);

/**
 * The body named by the tokens right before token `k` (a possessive or a verb), back to the sentence's start
 * or a word no name holds: its entity when it is one, its words when it is no person ("the Navy", "the
 * ministry"); `null` for a person, a pronoun or nothing.
 */
function bodyEndingAt(
  sentence: WorkingSentence,
  k: number,
  entity: (id: string) => Pick<EntityData, 'name' | 'type'> | undefined,
  owned: boolean,
): (Issuer & { start: number }) | null {
  const { analysis, tokenStart } = sentence;
  let start = k;
  while (start > tokenStart && k - start < MAX_NAME_TOKENS && NAME_POS.has(tokenAt(analysis, start - 1).pos))
    start--;
  // "Mexico's foreign ministry": a possessive inside the name is part of it; one owning the name is not read.
  if (start === k) return null;
  const first = tokenAt(analysis, start);
  const last = tokenAt(analysis, k - 1);
  if (first.pos === 'DET' && first.normal !== 'the') return null;
  if (last.pos !== 'PROPN' && last.pos !== 'NOUN') return null;
  for (const m of sentence.mentions) {
    if (m.token < start || m.token >= k) continue;
    const found = entity(m.entityId);
    if (m.via === 'pronoun' || found?.type === 'person') return null;
    if (found?.type === 'organisation')
      return { speakerId: m.entityId, speakerName: found.name, owned, start };
  }
  // A lower-case noun alone, with no "the", is no body ("Officials said"): left to the readings of groups.
  if (first.pos !== 'DET' && first.pos !== 'PROPN') return null;
  const words = analysis.text.slice(first.start, last.end);
  return { speakerId: null, speakerName: first.pos === 'DET' ? lowerFirst(words) : words, owned, start };
}

/**
 * Words a sentence quotes out of a document it names are the document's author's, not those of whoever reads
 * them out: "Dr. Benavides read from Taylor's dispatch to Washington: '…'" is Taylor's, "he read the line from
 * Polk's May 11 message to Congress, that Mexico had '…'" Polk's, "A telegram from the War Department … put the
 * matter plainly: the refugees '…'" the War Department's.
 */
import { lowerBound } from '../nlp/analysis.ts';
import type { Token } from '../nlp/pipeline.ts';
import type { EntityData } from './entity-data.ts';
import type { SpeakerGuess } from './speakers.ts';
import type { WorkingQuote } from './working.ts';
import { isWrittenLowerCase } from '../nlp/letter-tests.ts';
import { MarkPositions } from '../nlp/last-character.ts';

/** Patterns with `\p{…}`, built once: inside a function tsx rebuilds them on every call (see src/nlp/letter-tests.ts). */
const P1 = /^(?:the\s+)?\p{Lu}\S*\s+\p{Lu}/u;

/** Documents whose words are quoted as their author's. */
const DOCUMENT_WORDS: readonly string[] = [
  'statement',
  'report',
  'letter',
  'memo',
  'memorandum',
  'message',
  'order',
  'orders',
  'dispatch',
  'despatch',
  'telegram',
  'cable',
  'proclamation',
  'decree',
  'manifesto',
  'diary',
  'journal',
  'speech',
  'address',
  'note',
  'notice',
  'bulletin',
];
const DOCUMENT = `(?:${DOCUMENT_WORDS.join('|')})`;
const DOCUMENT_SET: ReadonlySet<string> = new Set(DOCUMENT_WORDS);

/** True for a noun naming a document whose words are its author's ("dispatch", "order", "letter"). */
export function isDocumentNoun(word: string): boolean {
  return DOCUMENT_SET.has(word.toLowerCase());
}

/** Words at most between a possessive and the document it owns ("the general's last dispatch"). */
const MAX_WORDS_BEFORE_DOCUMENT = 2;

/**
 * True when a lower-case document noun is at token `from` or within {@link MAX_WORDS_BEFORE_DOCUMENT} lower-case
 * words after it: what follows a possessive names a document of its owner ("the general's dispatch").
 */
export function ownsDocumentAt(tokens: readonly Token[], from: number): boolean {
  for (let k = from; k <= from + MAX_WORDS_BEFORE_DOCUMENT; k++) {
    const tok = tokens[k];
    if (!tok || !isWrittenLowerCase(tok.value)) return false;
    // The tagger may read "dispatch" after a possessive as a verb: the possessive says it is a noun.
    if (isDocumentNoun(tok.value)) return true;
  }
  return false;
}

/** A name as the article writes it: capitalised words, "the" allowed before them ("the War Department"). */
const NAME = "(?:the\\s+)?(?:\\p{Lu}[\\p{L}.'’-]*\\s+){0,4}\\p{Lu}[\\p{L}'’-]*";
/**
 * A participle set off by commas after the document and the words on it ("Maj. Heintzelman's report to the Department,
 * copied at Brownsville and forwarded to us, is short and to the point:"): what it says of the document is
 * no part of the way to its words.
 */
const SET_OFF_PARTICIPLE = ',\\s+\\p{Ll}+(?:ed|en|wn)\\b[^,:;"“”]{0,60},';
/**
 * What may stand between the document and its quoted words: a phrase with no comma, colon or quotation mark
 * ("to Washington", "received at Marfa on Monday put the matter plainly"), then a colon, or a comma and "that"
 * opening the clause the words end ("to Congress, that Mexico had"), and a few words of that clause.
 */
const TO_QUOTE = `[^,:;"“”]{0,80}(?:${SET_OFF_PARTICIPLE}[^,:;"“”]{0,80})?(?::|,\\s+that\\b)[^,:;"“”]{0,40}$`;
/** The marks {@link TO_QUOTE} keeps out of its words: the last of them before a quotation it reads is its colon or comma. */
const TO_QUOTE_MARKS = ',:;"“”';
/** "Taylor's dispatch to Washington: '…'": the owner before the document, with up to three words between. */
const OWNED = new RegExp(`(${NAME})['’]s\\s+(?:[\\p{L}\\d.-]+\\s+){0,3}?${DOCUMENT}\\b${TO_QUOTE}`, 'u');
/**
 * "His order to Maj. Robert L. Howze was short: '…'": a possessive pronoun owning the document, whom the
 * annotator resolved as it resolves any "his" (the sentence's mention of it names the author).
 */
const OWNED_BY_PRONOUN = new RegExp(
  `\\b((?:[Hh]is|[Hh]er|[Tt]heir))\\s+(?:[\\p{L}\\d.-]+\\s+){0,3}?${DOCUMENT}\\b${TO_QUOTE}`,
  'u',
);
/**
 * A verb of passing on someone's document right before the pronoun owning it ("A clerk at the department read his
 * letter to reporters"): the one passing it on is no writer of it, whatever the pronoun stands for.
 */
const PASSED_ON =
  /\b(?:read|reads|showed|shows|released|releases|printed|prints|published|quoted|quotes|handed|forwarded)(?:\s+(?:aloud|out))?\s+$/i;
/** A passive and "in" right before a document ("is quoted in", "was recorded in"): its subject is no document's. */
const PASSIVE_IN = /\b(?:is|was|are|were|been|be)\s+(?:\p{Ll}+ly\s+)?\p{Ll}+(?:ed|en|wn)\s+in\s+$/u;
/**
 * Words at most between a document and the "from" naming its sender: "A telegram was received on Thursday
 * from Mr. Patrick Conroy".
 */
const MAX_WORDS_TO_FROM = 5;
/**
 * " of Los Angeles, who served in Company A with the deceased": a relative clause telling who the sender is,
 * between the sender's name (and what follows it) and the colon handing the words over.
 */
const WHO_CLAUSE = '(?:[^,:;"“”]{0,60},\\s+who\\s+[^,:;"“”]{0,80}(?=:))?';
/** "A telegram from the War Department …: '…'", "A telegram was received on Thursday from Mr. Conroy, who …:": the author after the document and "from". */
const FROM = new RegExp(
  `\\b${DOCUMENT}(?:\\s+[\\p{L}\\d.]+){0,${MAX_WORDS_TO_FROM}}?\\s+from\\s+(${NAME})${WHO_CLAUSE}${TO_QUOTE}`,
  'u',
);

/**
 * The most characters before a quotation that {@link OWNED} or {@link FROM} can span (a name of five words, three
 * words, the document, {@link TO_QUOTE}'s 120): reading no further back keeps a sentence of thousands of
 * quotations linear to attribute.
 */
const LOOK_BACK = 400;

/** Where the text a quotation's document is looked for in starts: its sentence, at most {@link LOOK_BACK} back, at a word's start. */
function lookBackStart(text: string, sentenceStart: number, quoteStart: number): number {
  if (quoteStart - sentenceStart <= LOOK_BACK) return sentenceStart;
  const space = text.indexOf(' ', quoteStart - LOOK_BACK);
  return space < 0 || space >= quoteStart ? quoteStart : space + 1;
}

type Mention = WorkingQuote['sentence']['mentions'][number];

/** A sentence's mentions in the order of their tokens' starts, with those starts, for a binary search. */
interface MentionsByStart {
  mentions: Mention[];
  starts: number[];
}

function mentionsByStart(sentence: WorkingQuote['sentence']): MentionsByStart {
  const tokens = sentence.analysis.tokens;
  const mentions = sentence.mentions
    .filter((x) => tokens[x.token] !== undefined)
    .sort((a, b) => (tokens[a.token]?.start ?? 0) - (tokens[b.token]?.start ?? 0));
  return { mentions, starts: mentions.map((x) => tokens[x.token]?.start ?? 0) };
}

/**
 * The mention of a person or a body whose token starts within `start`–`end` of the sentence's text, if any:
 * a binary search, so a sentence of thousands of quotations and names stays linear to attribute.
 */
function authorMention(
  byStart: MentionsByStart,
  start: number,
  end: number,
  entity: (id: string) => Pick<EntityData, 'name' | 'type'> | undefined,
): Mention | undefined {
  const lo = lowerBound(0, byStart.starts.length, (i) => (byStart.starts[i] ?? 0) < start);
  for (let i = lo; i < byStart.starts.length && (byStart.starts[i] ?? end) < end; i++) {
    const x = byStart.mentions[i];
    const type = x ? entity(x.entityId)?.type : undefined;
    if (x && (type === 'person' || type === 'organisation')) return x;
  }
  return undefined;
}

/**
 * Gives each quotation its sentence quotes out of a document it names the author of ({@link OWNED},
 * {@link FROM}) to that author: the entity named there when one is, a person or a body, else the name as
 * written when it is a body's (two capitalised words or more). A quotation inside another is left alone.
 */
export function authorsOfQuotedDocuments(
  quotes: WorkingQuote[],
  entity: (id: string) => Pick<EntityData, 'name' | 'type'> | undefined,
  describedSubject: (quote: WorkingQuote) => SpeakerGuess | null = () => null,
): void {
  // Each paragraph's marks are found once, at its first quotation.
  const marksOf = new Map<WorkingQuote['sentence']['analysis'], MarkPositions>();
  const mentionsOf = new Map<WorkingQuote['sentence'], MentionsByStart>();
  for (const quote of quotes) {
    if (quote.parent !== null) continue;
    const { sentence, span } = quote;
    const from = lookBackStart(sentence.analysis.text, sentence.start, span.outerStart);
    let marks = marksOf.get(sentence.analysis);
    if (!marks)
      marksOf.set(sentence.analysis, (marks = new MarkPositions(sentence.analysis.text, TO_QUOTE_MARKS)));
    const mark = marks.lastIn(from, span.outerStart);
    if (mark !== ':' && mark !== ',') continue;
    const before = sentence.analysis.text.slice(from, span.outerStart);
    const owned = OWNED.exec(before) ?? FROM.exec(before);
    const m = owned ?? OWNED_BY_PRONOUN.exec(before);
    const name = m?.[1];
    if (!m || name === undefined) continue;
    // "A friend at the post closes his letter with a line: '…'": the pronoun is the described subject's
    // its clause opens with, whoever the article named last; not when the subject only passes the document on.
    const subject =
      owned === null && !PASSED_ON.test(before.slice(0, m.index)) ? describedSubject(quote) : null;
    if (subject) {
      Object.assign(quote, subject, { cue: null });
      continue;
    }
    // "Don Rafael Cantú … is quoted in the Captain's letter:": the one the passive's subject names said the
    // words; the letter is only where they were written down.
    const speaker = quote.speakerId === null ? undefined : entity(quote.speakerId);
    if (speaker?.type === 'person' && PASSIVE_IN.test(before.slice(0, m.index))) continue;
    const start = from + m.index + m[0].indexOf(name);
    let byStart = mentionsOf.get(sentence);
    if (!byStart) mentionsOf.set(sentence, (byStart = mentionsByStart(sentence)));
    const named = authorMention(byStart, start, start + name.length, entity);
    const e = named ? entity(named.entityId) : undefined;
    if (named && e) {
      quote.speakerId = named.entityId;
      quote.speakerName = e.name;
    } else if (P1.test(name) && !/['’]s$/u.test(name)) {
      quote.speakerId = null;
      quote.speakerName = name;
    } else continue;
    quote.cue = null;
  }
}

/** "It reads, in part:", "The order ran:": a document the sentence before named, read out before its words. */
const READ_OUT = /^[\s\p{P}]*(?:It|The\s+\p{Ll}+)\s+(?:reads|read|runs|ran|says|said)\b[^"“”:;.]{0,30}:\s*$/u;
/** The sentence before names the document and its author: "a note from Maj. Howze", "Pershing's order". */
const DOCUMENT_FROM = new RegExp(`\\b${DOCUMENT}\\s+from\\s+(${NAME})`, 'u');
const OWNED_DOCUMENT = new RegExp(`(${NAME})['’]s\\s+(?:[\\p{L}\\d.-]+\\s+){0,3}?${DOCUMENT}\\b`, 'u');

/**
 * Gives the quotation a sentence opens by reading out a document ("It reads, in part: '…'") to the author
 * the sentence before names with it ("He kept in his trunk a note from Maj. Howze"): the person or body
 * mentioned there, when one is. A quotation inside another, or one already given a speaker, is left alone.
 */
export function authorsOfDocumentsReadOut(
  quotes: WorkingQuote[],
  entity: (id: string) => Pick<EntityData, 'name' | 'type'> | undefined,
): void {
  const mentionsOf = new Map<WorkingQuote['sentence'], MentionsByStart>();
  for (const quote of quotes) {
    const { sentence, span } = quote;
    const previous = sentence.previous;
    if (quote.parent !== null || quote.speakerId !== null || !previous) continue;
    if (previous.paragraph !== sentence.paragraph) continue;
    if (span.outerStart - sentence.start > LOOK_BACK) continue;
    if (!READ_OUT.test(sentence.analysis.text.slice(sentence.start, span.outerStart))) continue;
    const text = previous.analysis.text;
    const from = lookBackStart(text, previous.start, previous.end);
    const m =
      DOCUMENT_FROM.exec(text.slice(from, previous.end)) ??
      OWNED_DOCUMENT.exec(text.slice(from, previous.end));
    const name = m?.[1];
    if (!m || name === undefined) continue;
    const start = from + m.index + m[0].indexOf(name);
    let byStart = mentionsOf.get(previous);
    if (!byStart) mentionsOf.set(previous, (byStart = mentionsByStart(previous)));
    const named = authorMention(byStart, start, start + name.length, entity);
    const e = named ? entity(named.entityId) : undefined;
    if (!named || !e) continue;
    quote.speakerId = named.entityId;
    quote.speakerName = e.name;
    quote.cue = null;
  }
}

/**
 * Appeals to the reader at a page's edges: "Subscribe to the Times Digital Archive… for $4.99 a month. Start
 * your free trial", "Support the archive — become a Friend of the Collection for $5 a month", "Get breaking news
 * alerts on your phone. Download the app." A report tells what happened to others; a line whose every sentence
 * either tells the reader what to do (an imperative) or speaks to them ("you", "your") is the page talking to
 * its reader, whatever it offers. Read by the sentence's form, never by its words, and only where a page puts
 * such lines: its first and last few paragraphs.
 *
 * Kept whatever their form: a line quoting someone or opening with a label ("PARDO: Go ahead, you're on the
 * air.", "Letters: We welcome your letters…"), an item of a list of other stories' headlines, and a line in the first person singular (a letter's "I give you
 * what I saw"): those are reported speech or a writer from history, not the page.
 */
import type { Analysis, Token } from '../nlp/pipeline.ts';

/** Paragraphs at each end of an article where a page puts its appeals (the tuned pages: at most 3). */
export const APPEAL_EDGE_PARAGRAPHS = 3;
/** Longest appeal, in words: a longer paragraph is reporting. */
const MAX_APPEAL_WORDS = 40;

/** Any double quotation mark: a quotation is someone's words, not the page's. */
const QUOTATION_MARK = /["“”„«»]/;
/**
 * A label before a colon: a speaker's ("PARDO:", "A:", "Peloncillo Quarterly:", "CALLER (RANCHER NEAR
 * LANGTRY):"), or a line's own ("Letters:", "Cite this page:"): the words after it are the label's, not the
 * page's voice. A speaker's label in capitals may be long; another is a few words at most.
 */
const SPEAKER_LABEL = /^(?:[^a-z:]*\p{Lu}[^a-z:]{0,60}|[^\s:]+(?: [^\s:]+){0,2}):\s/u;
/** The first person singular, whose "you" is a writer's or a speaker's, not the page's. */
const FIRST_PERSON_SINGULAR = /\b(?:I|me|my|mine|myself)\b|\bI['’]/;
/** A letter, built once (see src/nlp/letter-tests.ts). */
const LETTER = /\p{L}/u;
const SECOND_PERSON = new Set(['you', 'your', 'yours', 'yourself', 'yourselves']);
/** Parts of speech that can follow an imperative's verb: its object's determiner, a preposition, an adverb… */
const AFTER_IMPERATIVE = new Set(['DET', 'ADP', 'PRON', 'ADJ', 'ADV', 'PART']);

/** The cheap tests of a line, before it is parsed: short, no quotation, no speaker's label, no "I". */
export function mayBeAppeal(text: string): boolean {
  if (QUOTATION_MARK.test(text) || SPEAKER_LABEL.test(text) || FIRST_PERSON_SINGULAR.test(text)) return false;
  let words = 1;
  for (let at = text.indexOf(' '); at !== -1; at = text.indexOf(' ', at + 1))
    if (++words > MAX_APPEAL_WORDS) return false;
  return true;
}

/**
 * True when every sentence of `analysis` with a word in it addresses the reader: it holds a second-person
 * pronoun, or it is an imperative. `isEnglishWord` tells a common word the tagger read as a name ("Support",
 * "Browse" open a line in capitals and come out PROPN) from a name.
 */
export function addressesReader(analysis: Analysis, isEnglishWord: (word: string) => boolean): boolean {
  let sentences = 0;
  for (const span of analysis.sentences) {
    const tokens = analysis.tokens.slice(span.start, span.end);
    if (!tokens.some((t) => LETTER.test(t.value))) continue;
    sentences++;
    if (tokens.some((t) => t.pos === 'PRON' && SECOND_PERSON.has(t.normal))) continue;
    if (!isImperative(tokens, isEnglishWord)) return false;
  }
  return sentences > 0;
}

/**
 * A sentence opening with a verb in its base form, no verb of it in the past ("Support for the wall grew" is
 * a report): "Download the app", "Become a member for $5 a month". The verb is written as a word, in lower case
 * after its capital (a line in capitals is a heading: "FIGHT AT LAS VACAS."), and what follows it is what an
 * imperative takes: its object's determiner, a preposition, an adverb ("Subscribe to", "Start your"); not a
 * noun, for the tagger reads a noun compound's first word as a verb ("Tear gas and a shutdown as migrants rush
 * the fence"). A capitalised opening word the tagger read as a name counts as the verb when it is an English
 * word ("Support the archive", "Browse the collection"; not "Guard troops…", "January 1915: …").
 */
function isImperative(tokens: readonly Token[], isEnglishWord: (word: string) => boolean): boolean {
  const first = tokens.find((t) => t.pos !== 'PUNCT' && t.pos !== 'SYM');
  if (!first || !CAPITALISED_WORD.test(first.value)) return false;
  const at = tokens.indexOf(first);
  const second = tokens[at + 1];
  if (!second) return false;
  if (tokens.slice(at + 1).some(isPastVerb)) return false;
  if (!AFTER_IMPERATIVE.has(second.pos)) return false;
  return first.pos === 'VERB'
    ? first.normal === first.lemma
    : first.pos === 'PROPN' && isEnglishWord(first.normal);
}

/** A word in letters, a capital then lower case ("Support"; not "LIVE", "Oct.", "9:40"). */
const CAPITALISED_WORD = /^\p{Lu}\p{Ll}+$/u;

/** The past forms of the auxiliaries ("was" ends in -s like a present). */
const PAST_AUXILIARIES = new Set(['was', 'were', 'had', 'did']);

/** A verb whose form is not its base, nor a participle in -ing, nor a present in -s: its past. */
function isPastVerb(token: Token): boolean {
  if (token.pos === 'AUX') return PAST_AUXILIARIES.has(token.normal);
  return (
    token.pos === 'VERB' &&
    token.normal !== token.lemma &&
    !token.normal.endsWith('ing') &&
    !token.normal.endsWith('s')
  );
}

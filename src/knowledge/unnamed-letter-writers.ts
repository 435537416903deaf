/**
 * A letter from someone the article does not name, printed with "he writes": "By the same vessel came a letter,
 * in Spanish, from a merchant of the town to a correspondent in New Orleans … The writer's name is withheld. /
 * '…,' he writes." The pronoun stands for the letter's writer, whom the article describes, not for the last man
 * it named; so do the pronouns that carry the letter on ("He continues in a second paragraph: '…'").
 */
import { firstTokenAtOrAfter } from '../nlp/pipeline.ts';
import { isDocumentNoun } from './document-authors.ts';
import { tokenAt } from './speakers.ts';
import type { WorkingQuote, WorkingSentence } from './working.ts';

/** Subject pronouns a letter's writer is called by. */
const WRITER_PRONOUNS: ReadonlySet<string> = new Set(['he', 'she']);
/** Verbs by which a letter's words are given as its writer's ("he writes", "she wrote"). */
const WRITING_VERBS: ReadonlySet<string> = new Set(['write']);
/** Tokens at most from the quotation's closing mark to the verb (", he writes"). */
const MAX_TOKENS_TO_VERB = 3;
/** Sentences at most read back, over the paragraph before at most, for the letter's introduction. */
const MAX_SENTENCES_BACK = 4;
/** Tokens at most from the document noun to "from" ("a letter, in Spanish, from"). */
const MAX_TOKENS_DOCUMENT_TO_FROM = 8;
/** Tokens at most of the writer's description ("a merchant of the town"). */
const MAX_DESCRIPTION_TOKENS = 6;
/** Paragraphs at most after the first the writer's pronouns are read on through. */
const MAX_PARAGRAPHS_ON = 2;
/** Quotations at most after the first that the writer's pronouns are read on through. */
const MAX_QUOTES_ON = 50;
/** Tokens at most of a sentence read for the letter's introduction. */
const MAX_TOKENS_READ = 120;
/** Parts of speech of a writer's description. */
const DESCRIPTION_POS: ReadonlySet<string> = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'ADP']);
/** Prepositions that end a description rather than qualify it ("from a merchant … to a correspondent"). */
const ENDING_PREPOSITIONS: ReadonlySet<string> = new Set(['to', 'for', 'by', 'with']);

/**
 * Gives quotations "he writes" hands over, right after a letter introduced as from someone described and not
 * named, to that description; and the quotations after them that the same speaker took by a pronoun or by
 * carrying on, until the person named is named again or another speaker speaks.
 */
export function speakersOfUnnamedLetters(
  quotes: WorkingQuote[],
  isPersonNoun: (lemma: string) => boolean,
): void {
  for (let i = 0; i < quotes.length; i++) {
    const q = quotes[i] as WorkingQuote;
    if (q.parent !== null || q.cue !== 'write' || !writtenByPronoun(q)) continue;
    const writer = describedWriterBefore(q.sentence, isPersonNoun);
    if (writer === null) continue;
    const old = { speakerId: q.speakerId, speakerName: q.speakerName };
    Object.assign(q, { speakerId: null, speakerName: writer });
    for (let j = i + 1; j < quotes.length && j - i <= MAX_QUOTES_ON; j++) {
      const later = quotes[j] as WorkingQuote;
      if (later.parent !== null) continue;
      if (later.sentence.paragraph - q.sentence.paragraph > MAX_PARAGRAPHS_ON) break;
      if (later.speakerId !== old.speakerId || later.speakerName !== old.speakerName) break;
      if (namesAgain(later.sentence, old.speakerId)) break;
      Object.assign(later, { speakerId: null, speakerName: writer });
    }
  }
}

/** True when "he" or "she" and a verb of writing follow the quotation's closing mark (", he writes"). */
function writtenByPronoun(q: WorkingQuote): boolean {
  const { analysis, tokenStart, tokenEnd } = q.sentence;
  let k = firstTokenAtOrAfter(analysis, tokenStart, tokenEnd, q.span.outerEnd);
  const end = Math.min(tokenEnd, k + MAX_TOKENS_TO_VERB);
  for (; k < end; k++) {
    const t = tokenAt(analysis, k);
    if (t.pos === 'PUNCT') continue;
    if (!WRITER_PRONOUNS.has(t.normal)) return false;
    const verb = analysis.tokens[k + 1];
    return verb !== undefined && k + 1 < tokenEnd && WRITING_VERBS.has(verb.lemma);
  }
  return false;
}

/** True when `sentence` names the person `id` by name, not by a pronoun. */
function namesAgain(sentence: WorkingSentence, id: string | null): boolean {
  return id !== null && sentence.mentions.some((m) => m.entityId === id && m.via !== 'pronoun');
}

/**
 * The description of the writer of a letter the sentences just before `sentence` introduce as "from a …",
 * when none of them names a person after it; `null` otherwise.
 */
function describedWriterBefore(
  sentence: WorkingSentence,
  isPersonNoun: (lemma: string) => boolean,
): string | null {
  let before = sentence.previous;
  for (let back = 0; before && back < MAX_SENTENCES_BACK; back++, before = before.previous) {
    if (sentence.paragraph - before.paragraph > 1 || before.quoteSpans.length > 0) return null;
    const writer = letterFromDescribed(before, isPersonNoun);
    if (writer !== null) return writer;
    if (before.mentions.some((m) => m.via !== 'pronoun')) return null;
  }
  return null;
}

/** "a letter, in Spanish, from a merchant of the town to …": the description after "from", or `null`. */
function letterFromDescribed(
  sentence: WorkingSentence,
  isPersonNoun: (lemma: string) => boolean,
): string | null {
  const { analysis, tokenStart } = sentence;
  const tokenEnd = Math.min(sentence.tokenEnd, tokenStart + MAX_TOKENS_READ);
  let documentAt = -1;
  for (let k = tokenStart; k < tokenEnd; k++) {
    const t = tokenAt(analysis, k);
    if (t.pos === 'NOUN' && isDocumentNoun(t.normal)) documentAt = k;
    if (t.normal !== 'from' || documentAt < 0 || k - documentAt > MAX_TOKENS_DOCUMENT_TO_FROM) continue;
    const article = analysis.tokens[k + 1];
    if (!article || (article.normal !== 'a' && article.normal !== 'an')) continue;
    let end = k + 2;
    let head: string | null = null;
    while (end < tokenEnd && end - k - 1 <= MAX_DESCRIPTION_TOKENS) {
      const w = tokenAt(analysis, end);
      if (!DESCRIPTION_POS.has(w.pos) || ENDING_PREPOSITIONS.has(w.normal)) break;
      if (w.pos === 'ADP') head ??= tokenAt(analysis, end - 1).lemma;
      end++;
    }
    while (end > k + 2 && ['ADP', 'DET'].includes(tokenAt(analysis, end - 1).pos)) end--;
    head ??= tokenAt(analysis, end - 1).lemma;
    // A person named in the description is the writer by name: the readings of names have them.
    const named = sentence.mentions.some((m) => m.via !== 'pronoun' && m.token > k && m.token < end);
    if (named || end <= k + 2 || !isPersonNoun(head)) return null;
    return analysis.text.slice(article.start, tokenAt(analysis, end - 1).end);
  }
  return null;
}

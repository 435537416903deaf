/**
 * "Our correspondent writes from San Agustin under date of the 21st ult. On the 19th, the divisions … began a
 * road across the Pedregal, 'a field of black broken lava …'": a sentence that says whose account it gives,
 * and quotes no one, makes the paragraph that teller's account from there on. A quotation no other reading
 * gave a speaker, and no verb of saying of its own sentence hands over, is the teller of the nearest such
 * sentence before it in its paragraph, up to a sentence quoting someone. The teller is the subject of a verb
 * of saying or writing ("Our correspondent writes", "A resaca, our correspondent explains, is …", "Dr. …, a
 * historian …, says …"), or the owner of the account a sentence opens by ("By the Captain's account the
 * column will number 'about six thousand men'").
 */
import type { Token } from '../nlp/pipeline.ts';
import { POSSESSIVE_ENDINGS } from '../nlp/possessive.ts';
import type { SpeakerFinder } from './speaker-finder.ts';
import { tokenAt, type PersonMention, type SpeakerGuess } from './speakers.ts';
import { lowerFirst } from '../nlp/lower-first.ts';
import { speakerLabel } from './transcript.ts';
import { introducedBy } from './opening-speakers.ts';
import { RELATIVE_PRONOUNS } from '../nlp/relative-pronouns.ts';
import type { WorkingQuote, WorkingSentence } from './working.ts';

/** Words opening a teller described, not named: someone ("a traveller") or the paper's own ("our correspondent"). */
const DESCRIBED_OPENERS: ReadonlySet<string> = new Set(['a', 'an', 'our']);
/** Words at most after a described teller's opener ("our own correspondent"). */
const MAX_DESCRIBED_WORDS = 3;
/** Tokens at most from a sentence's start to the verb of saying whose subject tells the paragraph (a name and what is said of it). */
const MAX_TOKENS_TO_VERB = 40;
/** Parts of speech no subject of a verb of saying holds: another verb, or a preposition opening an object. */
const NOT_IN_SUBJECT: ReadonlySet<string> = new Set(['VERB', 'AUX', 'ADP']);
/** Tokens at most of the owner between "By" and "'s account" ("the Captain", "Gen. Worth's aide"). */
const MAX_OWNER_TOKENS = 6;

/** Kinds of entity whose words a paragraph may tell. */
const SPEAKER_TYPES: ReadonlySet<string> = new Set(['person', 'organisation']);
/** Sentences at most read back from a quotation, in its paragraph, for the one telling whose account it is. */
const MAX_SENTENCES_BACK = 3;

/**
 * Gives each top-level quotation with no speaker the teller of its paragraph's account: the owner of the
 * account its own sentence opens by, or the teller of the nearest sentence before it in the paragraph that
 * quotes no one; a sentence before that quotes someone ends the search, its words handed over by its own verb.
 */
export function speakersOfToldParagraphs(
  finder: SpeakerFinder,
  quotes: readonly WorkingQuote[],
  people: readonly PersonMention[],
): void {
  // What a quotation's own sentence says is read once per sentence: a sentence may hold thousands of them.
  const ownerOf = perSentence((sentence) => accountOwner(finder, sentence, people));
  const tellerAt = perSentence((sentence) => tellerOf(finder, sentence, people, ownerOf(sentence)));
  const says = perSentence((sentence) => saysOutsideQuotes(finder, sentence));
  for (const quote of quotes) {
    if (quote.parent !== null || quote.speakerName !== 'unattributed') continue;
    const { sentence } = quote;
    // "CALLER: … He said …, they'd say '…'": a transcript's turn is its speaker's words, not the paper's
    // account; who they tell of is read from their words, not here.
    if (speakerLabel(sentence.analysis.text) !== null) continue;
    let teller = ownerOf(sentence);
    // "He said he had, and that it described the bank as '…'": words a verb of their own sentence hands
    // over, to no one the readings found, are no teller's.
    if (!teller && says(sentence)) continue;
    let before = sentence.previous;
    for (let back = 0; !teller && before && back < MAX_SENTENCES_BACK; back++, before = before.previous) {
      if (before.paragraph !== sentence.paragraph || before.kind !== sentence.kind) break;
      teller = tellerAt(before);
      if (before.quoteSpans.length > 0) break;
    }
    if (teller)
      Object.assign(quote, { speakerId: teller.speakerId, speakerName: teller.speakerName, cue: teller.cue });
  }
}

/** `read` of a sentence, worked out once per sentence. */
function perSentence<T>(read: (sentence: WorkingSentence) => T): (sentence: WorkingSentence) => T {
  const known = new Map<WorkingSentence, { value: T }>();
  return (sentence) => {
    let entry = known.get(sentence);
    if (!entry) {
      entry = { value: read(sentence) };
      known.set(sentence, entry);
    }
    return entry.value;
  };
}

/** True when a verb of saying stands in `sentence` outside its quotations. */
function saysOutsideQuotes(finder: SpeakerFinder, sentence: WorkingSentence): boolean {
  const { analysis } = sentence;
  // One walk of the tokens beside the quotations in order of their start: the first quotation not yet ended
  // holds the token when it has started.
  const spans = [...sentence.quoteSpans].sort((a, b) => a.outerStart - b.outerStart);
  let q = 0;
  for (let t = sentence.tokenStart; t < sentence.tokenEnd; t++) {
    const tok = tokenAt(analysis, t);
    while (q < spans.length && (spans[q]?.outerEnd ?? 0) < tok.end) q++;
    const span = spans[q];
    if (span && tok.start >= span.outerStart && tok.end <= span.outerEnd) continue;
    if (finder.isCue(tok)) return true;
  }
  return false;
}

/**
 * The teller whose account `sentence` opens by giving, before any quotation in it: `owner`, the owner of the
 * account it opens with ({@link accountOwner}), else the subject of its verb of saying; `null` if none.
 */
function tellerOf(
  finder: SpeakerFinder,
  sentence: WorkingSentence,
  people: readonly PersonMention[],
  owner: SpeakerGuess | null,
): SpeakerGuess | null {
  // A sentence quoting someone hands its words over with its own verb: it opens no account of its own.
  return owner ?? (sentence.quoteSpans.length > 0 ? null : subjectOfSaying(finder, sentence, people));
}

/**
 * The subject of a verb of saying or writing among a sentence's first words, after the last mark before the
 * verb ("Our correspondent writes", "A resaca, our correspondent explains, is …"): a person or body named, or
 * one described by "a", "an" or "our" and a noun for a person.
 */
function subjectOfSaying(
  finder: SpeakerFinder,
  sentence: WorkingSentence,
  people: readonly PersonMention[],
): SpeakerGuess | null {
  const { analysis } = sentence;
  const lead: number[] = [];
  for (let t = sentence.tokenStart; t < sentence.tokenEnd && lead.length < MAX_TOKENS_TO_VERB; t++)
    lead.push(t);
  for (let k = 1; k < lead.length; k++) {
    const verb = tokenAt(analysis, lead[k] ?? -1);
    if (!finder.isCue(verb)) continue;
    const beforeCue = lead.slice(0, k);
    const subject = beforeCue.slice(beforeCue.findLastIndex((t) => tokenAt(analysis, t).pos === 'PUNCT') + 1);
    // "… who has written two books on the war, says …": a relative clause's verb tells of its subject.
    if (subject.some((t) => RELATIVE_PRONOUNS.has(tokenAt(analysis, t).normal))) continue;
    // "… have written to FBI Director Christopher Wray asking …": words holding a verb or a preposition are
    // a clause's rest, not the subject of the verb after them.
    if (subject.some((t) => NOT_IN_SUBJECT.has(tokenAt(analysis, t).pos))) continue;
    // "Dr. Ernesto Villaseñor Paz, a historian …, says …": the verb after the comma closing what is said of
    // the person the sentence opens with is theirs.
    const who =
      subject.length === 0
        ? introducedBy(finder.reader, sentence)
        : (finder.subjectIn(sentence, subject, people, null, true) ??
          describedTeller(finder, sentence, subject));
    if (who) return { ...who, cue: verb.lemma };
  }
  return null;
}

/** "Our correspondent", "a traveller": "a", "an" or "our", modifiers, and a noun for a person, as written. */
function describedTeller(
  finder: SpeakerFinder,
  sentence: WorkingSentence,
  subject: readonly number[],
): Omit<SpeakerGuess, 'cue'> | null {
  const [first, ...rest] = subject.map((t) => tokenAt(sentence.analysis, t));
  const head = rest.at(-1);
  if (!first || !head || !DESCRIBED_OPENERS.has(first.normal) || rest.length > MAX_DESCRIBED_WORDS)
    return null;
  if (head.pos !== 'NOUN' || !finder.isPersonNoun(head.lemma)) return null;
  if (rest.some((w) => w.pos !== 'ADJ' && w.pos !== 'NOUN')) return null;
  return { speakerId: null, speakerName: lowerFirst(sentence.analysis.text.slice(first.start, head.end)) };
}

/** "By the Captain's account …": the owner of the account a sentence opens with, a person or a body. */
function accountOwner(
  finder: SpeakerFinder,
  sentence: WorkingSentence,
  people: readonly PersonMention[],
): SpeakerGuess | null {
  const { analysis } = sentence;
  const isCommunicationNoun = finder.reader.isCommunicationNoun;
  if (!isCommunicationNoun || tokenAt(analysis, sentence.tokenStart).normal !== 'by') return null;
  const firstQuote = sentence.quoteSpans[0]?.outerStart ?? Infinity;
  const owner: number[] = [];
  for (let t = sentence.tokenStart + 1; t < sentence.tokenEnd && owner.length <= MAX_OWNER_TOKENS; t++) {
    const tok: Token = tokenAt(analysis, t);
    if (tok.end > firstQuote) return null;
    if (POSSESSIVE_ENDINGS.has(tok.normal)) {
      const noun = analysis.tokens[t + 1];
      if (owner.length === 0 || !noun || noun.pos !== 'NOUN' || !isCommunicationNoun(noun.lemma)) return null;
      const who =
        finder.subjectIn(sentence, owner, people, null, false) ??
        sameWordsBefore(
          finder,
          sentence,
          analysis.text.slice(
            tokenAt(analysis, owner[0] ?? -1).start,
            tokenAt(analysis, owner.at(-1) ?? -1).end,
          ),
        );
      return who ? { ...who, cue: noun.lemma } : null;
    }
    owner.push(t);
  }
  return null;
}

/** Sentences at most read back for the person the same words named before ("The Captain writes …"). */
const MAX_SENTENCES_TO_SAME_WORDS = 8;

/**
 * "The Captain writes that … By the Captain's account …": words the article named a person or body by a
 * few sentences before name them again, where no reading of their own sentence found whom they name.
 */
function sameWordsBefore(
  finder: SpeakerFinder,
  sentence: WorkingSentence,
  words: string,
): Omit<SpeakerGuess, 'cue'> | null {
  const wanted = words.toLowerCase();
  let before = sentence.previous;
  for (let back = 0; before && back < MAX_SENTENCES_TO_SAME_WORDS; back++, before = before.previous) {
    const m = before.mentions.find((x) => x.via !== 'pronoun' && x.text.toLowerCase() === wanted);
    const entity = m ? finder.entity(m.entityId) : undefined;
    if (entity && SPEAKER_TYPES.has(entity.type)) return { speakerId: entity.id, speakerName: entity.name };
  }
  return null;
}

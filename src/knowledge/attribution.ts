/**
 * Who said each quotation of an article: the verb of saying beside it and its subject (a name, a role, an
 * organisation, "he"/"she" resolved by gender and recency, "I" inside an outer quotation), after the quotation
 * (words-after-quote.ts) or before it (words-before-quote.ts); failing that, a fallback chain
 * (carried-speakers.ts): "She added, …" in the next sentence, the speaker of the quotation it continues, the
 * subject of the sentence quoting words in part, the person the paragraph opens by introducing or doing something. Cross-sentence passes (run-on
 * quotations, "the ministry said") follow, then quotations nested in others, interview answers and transcript
 * turns.
 */
import { speakerOfHeadingQuotes, speakerOfTitleQuote } from './heading-quotes.ts';
import { speakersOfLetterHeadings } from './letter-headings.ts';
import { bearerOfWords } from './borne-words.ts';
import { genericBodiesNamedAgain } from './generic-bodies.ts';
import { firstTokenAtOrAfter } from '../nlp/pipeline.ts';
import type { WorkingQuote, WorkingSentence } from './annotate.ts';
import type { ArticleReader } from './article-reader.ts';
import { penNamesOfDescribedWriters } from './pen-names.ts';
import type { QuoteSpan } from './quote-spans.ts';
import {
  fullerDescriptions,
  speakerOfRunOnQuotes,
  speakerNamedAfter,
  speakerOfRepeatedWords,
  speakerOfTranslatedQuotes,
} from './quote-passes.ts';
import { organisationsDescribed } from './bodies-named-again.ts';
import { issuersOfDocuments } from './document-issuers.ts';
import { ownersNamedFuller } from './owners-named-fuller.ts';
import { interviewAnswers, transcriptTurns } from './turns.ts';
import { NamedRelatives } from './named-relatives.ts';
import { introducedBy, subjectsWords } from './opening-speakers.ts';
import { addingSpeaker, relativeOfSpeaker } from './referents.ts';
import { authorsOfDocumentsReadOut, authorsOfQuotedDocuments } from './document-authors.ts';
import { speakersOfIntroducedDocuments } from './introduced-documents.ts';
import { signersOfQuotedLetters } from './quoted-letter-signers.ts';
import { speakersOfDescribedIntroductions } from './described-introducers.ts';
import { speakersOfDocumentsReadAloud } from './documents-read-aloud.ts';
import { ownersOfDocumentsPointedTo } from './document-antecedents.ts';
import { ownersOfDocumentTags } from './document-tags.ts';
import { speakersOfDocumentContents } from './document-content-clauses.ts';
import { describedSubjectsWords } from './described-subject-words.ts';
import { describedSpeakerInSentence } from './described-speaker-in-sentence.ts';
import { nestedIn } from './sentence-ranges.ts';
import { describedSpeakerGoesOn } from './described-goes-on.ts';
import { describedSubjectGoesOn } from './described-subject-goes-on.ts';
import { ownedPersonTag } from './owned-person-tag.ts';
import { SpeakerFinder } from './speaker-finder.ts';
import { cleanQuoteText, quoteKind, type PersonMention, type SpeakerGuess } from './speakers.ts';
import { carriedGuess, type Carried, type Introduced, type QuoteAt } from './carried-speakers.ts';
import { speakerAfter } from './words-after-quote.ts';
import { speakerBefore } from './words-before-quote.ts';
import { isCapitalisedWord } from '../nlp/letter-tests.ts';
import { impersonallySaid } from './impersonal-saying.ts';
import { speakersOfTopicPieces } from './topic-colon.ts';
import { speakersByEpithet, type EpithetReader } from './epithet-speakers.ts';
import { describedNamedPeople } from './described-named-person.ts';
import { speakersOfOwnedWords } from './owned-words.ts';
import { answersToAskedQuestions } from './asked-questions.ts';
import { speakersOfToldParagraphs } from './paragraph-tellers.ts';
import { lateSpeakers, type LateSpeakerReader } from './late-speakers.ts';
import { relativesNamedElsewhere } from './relatives-named-elsewhere.ts';
import { ownerOfTheirWords } from './words-in-their-words.ts';

/** Patterns with `\p{…}`, built once: inside a function tsx rebuilds them on every call (see src/nlp/letter-tests.ts). */
const P2 = /^ \p{Lu}\p{Ll}/u;

/** Attributes an article's quotations; built once per annotator, reading the article through `reader`. */
export class QuoteAttributor {
  /** The speaker among given words, and the reader's look-ups, made once, not once per article. */
  readonly #finder: SpeakerFinder;

  constructor(private readonly reader: ArticleReader) {
    this.#finder = new SpeakerFinder(reader);
  }

  /** The person entity `id` names, or `null` for anything else. */
  readonly #person = (id: string): { id: string; name: string } | null => {
    const entity = this.#finder.entity(id);
    return entity?.type === 'person' ? entity : null;
  };

  /** What the epithet pass reads of the article: made once, not once per article. */
  readonly #epithetReader: EpithetReader = {
    entity: (id) => this.#finder.entity(id),
    isPersonNoun: (l) => this.#finder.isPersonNoun(l),
    nounGender: (l) => this.reader.nounGender(l),
    genderOf: (id) => this.reader.genderOf(id),
  };

  /** What the late readings of genres ask of the article (late-speakers.ts): made once, not once per article. */
  readonly #lateReader: LateSpeakerReader = {
    entity: (id) => this.#finder.entity(id),
    isPersonNoun: (l) => this.#finder.isPersonNoun(l),
    genderOf: (id) => this.reader.genderOf(id),
  };

  /** True for a noun of a communication (a letter, a report); false when the reader knows none. */
  readonly #isCommunicationNoun = (lemma: string): boolean =>
    this.reader.isCommunicationNoun?.(lemma) ?? false;

  /** The quotations of an article's sentences, each with its speaker (or none), nested ones after the rest. */
  attribute(sentences: readonly WorkingSentence[], people: readonly PersonMention[]): WorkingQuote[] {
    const quotes: WorkingQuote[] = [];
    /** The person a paragraph opens by introducing ("Dale Whitcomb, 71, a retired engineer, …"), if any. */
    let introduced: Introduced | null = null;
    sentences.forEach((sentence, si) => {
      if (introduced?.paragraph !== sentence.paragraph)
        introduced = { paragraph: sentence.paragraph, guess: introducedBy(this.reader, sentence), sentence };
      const opener = introduced;
      sentence.quoteSpans.forEach((span, qi) => {
        if (nicknameInName(sentence.analysis.text, span)) return;
        quotes.push(this.#quoteInSentence({ sentences, si, span, qi, people, quotes, introduced: opener }));
      });
    });
    this.#crossSentencePasses(quotes, sentences, people);
    this.#nestedQuotes(quotes, people);
    this.#answersAndTurns(quotes, sentences, people);
    speakerOfTitleQuote(quotes);
    fullerDescriptions(quotes, sentences, this.#finder.isPersonNoun);
    speakersByEpithet(this.#epithetReader, quotes, sentences);
    describedNamedPeople(this.#epithetReader, quotes, sentences);
    answersToAskedQuestions(quotes, sentences, this.#person);
    penNamesOfDescribedWriters(quotes, (lemma) => this.reader.cues.has(lemma));
    relativesNamedElsewhere(quotes, sentences, this.#person, this.#finder.isPersonNoun);
    speakersOfOwnedWords(this.#epithetReader, quotes);
    lateSpeakers(quotes, sentences, this.#lateReader);
    return quotes;
  }

  /**
   * A quotation of a sentence with its speaker: the one its own sentence names beside it, or failing that one
   * the fallback chain carries over ({@link #carriedGuess}).
   */
  #quoteInSentence(at: QuoteAt): WorkingQuote {
    const { sentences, si, span, qi, people, quotes } = at;
    const sentence = sentences[si] as WorkingSentence;
    const region = {
      from: qi > 0 ? (sentence.quoteSpans[qi - 1]?.outerEnd ?? sentence.start) : sentence.start,
      to: sentence.quoteSpans[qi + 1]?.outerStart ?? sentence.end,
    };
    // "a white banner reading, in Spanish, '…'": words a thing bears are the thing's, whoever carries it.
    let own =
      bearerOfWords(sentence, span, this.#finder.isPersonNoun) ??
      this.#speakerAround(sentence, span, region, people, null);
    // "Our correspondent says … '…,' and …, who fought, he says, '…'": the described speaker goes on.
    if (own && qi > 0)
      own =
        describedSpeakerInSentence(
          sentence,
          span,
          region.to,
          quotes.at(-1),
          (tok) => this.#finder.isCue(tok),
          (id) => ['person', 'organisation'].includes(this.#finder.entity(id)?.type ?? ''),
        ) ?? own;
    // "It was said in the same crowd that …'…'": words the sentence says were said by no one named are
    // no one's it named, however the fallbacks below would carry a speaker over.
    const impersonal =
      own === null &&
      (impersonallySaid(
        sentence.analysis,
        firstTokenAtOrAfter(sentence.analysis, sentence.tokenStart, sentence.tokenEnd, region.from),
        firstTokenAtOrAfter(sentence.analysis, sentence.tokenStart, sentence.tokenEnd, span.outerStart),
        (tok) => this.#finder.isCue(tok),
      ) ||
        // '"…," his lawyer said': someone the article does not name, whom the possessor has.
        ownedPersonTag(
          sentence.analysis,
          firstTokenAtOrAfter(sentence.analysis, sentence.tokenStart, sentence.tokenEnd, span.outerEnd),
          firstTokenAtOrAfter(sentence.analysis, sentence.tokenStart, sentence.tokenEnd, region.to),
          (tok) => this.#finder.isCue(tok),
          this.#finder.isPersonNoun,
        ));
    // "The question …, he added, 'is closed.'": one who adds goes on speaking; a pronoun that would reach
    // past the last speaker to someone the words only spoke of is theirs.
    const carried: Carried = own
      ? {
          guess:
            (own.cue === 'add' ? addingSpeaker(this.reader, sentences, si, own, quotes.at(-1)) : null) ?? own,
          attributionSentence: null,
          subjects: undefined,
        }
      : impersonal
        ? { guess: null, attributionSentence: null, subjects: undefined }
        : carriedGuess(this.reader, this.#finder, at);
    let { guess } = carried;
    const text = cleanQuoteText(sentence.analysis.text.slice(span.start, span.end));
    // "Abbott issues his statement invoking the state's 'constitutional authority…'": words quoted in
    // part inside a sentence are its subject's, when it opens with a person or a body.
    const kind = quoteKind(text);
    if (!guess && kind === 'fragment')
      guess = carried.subjects === undefined ? subjectsWords(this.reader, sentence, span) : carried.subjects;
    return {
      sentence,
      span,
      parent: null,
      speakerId: guess?.speakerId ?? null,
      speakerName: guess?.speakerName ?? 'unattributed',
      cue: guess?.cue ?? null,
      kind,
      text,
      attributionSentence: carried.attributionSentence,
      ...(carried.copiedFrom && guess && { copiedFrom: carried.copiedFrom }),
    };
  }

  /** Passes across sentences: run-on quotations, "the ministry said", documents and their authors, letters. */
  #crossSentencePasses(
    quotes: WorkingQuote[],
    sentences: readonly WorkingSentence[],
    people: readonly PersonMention[],
  ): void {
    describedSpeakerGoesOn(this.reader, quotes, sentences);
    describedSubjectGoesOn(this.reader, quotes, (id) => this.#finder.entity(id)?.type === 'person');
    speakerOfTranslatedQuotes(quotes);
    speakerOfRunOnQuotes(quotes);
    organisationsDescribed(quotes, sentences, this.#finder.entity, this.#finder.isPersonNoun);
    genericBodiesNamedAgain(
      quotes,
      this.#finder.entity,
      (w) => this.reader.isEnglishWord(w),
      (id) => this.reader.genderOf(id),
    );
    ownersNamedFuller(quotes, sentences);
    issuersOfDocuments(quotes, sentences, this.#finder.entity);
    authorsOfQuotedDocuments(quotes, this.#finder.entity, (q) =>
      describedSubjectsWords(this.reader, q.sentence, q.span),
    );
    authorsOfDocumentsReadOut(quotes, this.#finder.entity);
    speakersOfDocumentsReadAloud(quotes, this.#finder.entity);
    speakersOfIntroducedDocuments(quotes, this.#finder.entity, (lemma) => this.reader.cues.has(lemma));
    speakersOfDescribedIntroductions(quotes, this.reader, this.#finder);
    ownersOfDocumentsPointedTo(
      quotes,
      this.#finder.entity,
      this.#finder.isPersonNoun,
      this.reader.isCommunicationNoun,
    );
    ownersOfDocumentTags(quotes, {
      entity: this.#finder.entity,
      isPersonNoun: this.#finder.isPersonNoun,
      isCommunicationNoun: this.reader.isCommunicationNoun,
    });
    speakersOfDocumentContents(quotes, {
      entity: this.#finder.entity,
      isPersonNoun: this.#finder.isPersonNoun,
      isCommunicationNoun: this.#isCommunicationNoun,
    });
    speakerNamedAfter(quotes, sentences, this.#finder.entity);
    speakerOfRepeatedWords(quotes);
    speakerOfHeadingQuotes(quotes);
    speakersOfLetterHeadings(quotes, sentences, this.#finder.entity);
    signersOfQuotedLetters(quotes, () =>
      [...new Set(people.map((m) => m.entityId))].flatMap((id) => {
        const entity = this.#finder.entity(id);
        return entity?.type === 'person' ? [entity] : [];
      }),
    );
    // A letter printed over paragraphs is signed only at its end: its signer wrote the paragraphs it runs on from.
    speakerOfRunOnQuotes(quotes);
    speakersOfTopicPieces(quotes);
    speakersOfToldParagraphs(this.#finder, quotes, people);
  }

  /** Appends the quotations nested in the article's quotations, each with its speaker. */
  #nestedQuotes(quotes: WorkingQuote[], people: readonly PersonMention[]): void {
    const topLevel = quotes.length;
    for (let i = 0; i < topLevel; i++) {
      const outer = quotes[i];
      if (!outer) continue;
      const nested = nestedIn(outer.sentence.paragraphSpans, outer.span);
      nested.forEach((span, ni) => {
        const region = {
          from: ni > 0 ? (nested[ni - 1]?.outerEnd ?? outer.span.start) : outer.span.start,
          to: nested[ni + 1]?.outerStart ?? outer.span.end,
        };
        const guess =
          this.#speakerAround(outer.sentence, span, region, people, outer) ??
          relativeOfSpeaker(this.reader, outer, span, region.from);
        const text = cleanQuoteText(outer.sentence.analysis.text.slice(span.start, span.end));
        quotes.push({
          sentence: outer.sentence,
          span,
          parent: i,
          speakerId: guess?.speakerId ?? null,
          speakerName: guess?.speakerName ?? 'unattributed',
          cue: guess?.cue ?? null,
          kind: quoteKind(text),
          text,
          attributionSentence: null,
        });
      });
    }
  }

  /** Appends an interview's answers and a transcript's turns, each with its speaker. */
  #answersAndTurns(
    quotes: WorkingQuote[],
    sentences: readonly WorkingSentence[],
    people: readonly PersonMention[],
  ): void {
    for (const answer of interviewAnswers(sentences, quotes, this.#finder.entity)) quotes.push(answer);
    // "Gee's father, Gee Hong": people the article names by whose relative they are, read once per article.
    const relatives = new NamedRelatives(
      [...new Set(people.map((m) => m.entityId))].map((id) => ({
        id,
        description: this.reader.descriptionOf(id),
      })),
    );
    for (const turn of transcriptTurns(
      sentences,
      quotes,
      this.#finder.entity,
      this.reader.cues,
      this.#finder.isPersonNoun,
      (w) => this.reader.isTitle(w),
      (l) => this.reader.nounGender(l),
      (owner, relation) => {
        const id = relatives.holder(owner, relation)?.id;
        const entity = id === undefined ? undefined : this.#finder.entity(id);
        return entity ? { speakerId: entity.id, speakerName: entity.name } : null;
      },
    ))
      quotes.push(turn);
  }

  /** Speaker from an attribution verb next to the quotation, after or before it, within the character `region`. */
  #speakerAround(
    sentence: WorkingSentence,
    span: QuoteSpan,
    region: { from: number; to: number },
    people: readonly PersonMention[],
    outer: WorkingQuote | null,
  ): SpeakerGuess | null {
    const { analysis } = sentence;
    const tokens = analysis.tokens;
    const inRegion: number[] = [];
    // The region's tokens before the quotation and after it, sorted into both lists as they are read.
    const before: number[] = [];
    const afterAll: number[] = [];
    const from = firstTokenAtOrAfter(analysis, sentence.tokenStart, sentence.tokenEnd, region.from);
    for (let t = from; t < sentence.tokenEnd; t++) {
      const tok = tokens[t];
      if (tok && tok.start >= region.to) break;
      if (!tok || tok.start < region.from || tok.end > region.to) continue;
      const isBefore = tok.end <= span.outerStart;
      const isAfter = tok.start >= span.outerEnd;
      if (!isBefore && !isAfter) continue;
      inRegion.push(t);
      if (isBefore) before.push(t);
      if (isAfter) afterAll.push(t);
    }
    const around = { sentence, span, inRegion, before, after: afterAll, people, outer };
    const own = speakerAfter(this.#finder, around) ?? speakerBefore(this.#finder, around);
    return outer ? own : ownerOfTheirWords(this.reader, sentence, before, people, own);
  }
}

/**
 * True for a nickname in marks inside a name ('Wilfredo "Fred" Salinas', '"Cap" Spencer'): one capitalised
 * word with a capitalised name word right after the closing mark. It is a name, not a quotation.
 */
function nicknameInName(text: string, span: QuoteSpan): boolean {
  // A quotation opening on an ASCII character other than a capital is no name: no copy of it is tested.
  const first = text.charCodeAt(span.start);
  if (first < 0x80 && !(first >= 0x41 && first <= 0x5a)) return false;
  return (
    isCapitalisedWord(text.slice(span.start, span.end)) &&
    P2.test(text.slice(span.outerEnd, span.outerEnd + 3))
  );
}

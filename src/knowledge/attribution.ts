/**
 * Who said each quotation of an article: the verb of saying beside it and its subject (a name, a role, an
 * organisation, "he"/"she" resolved by gender and recency, "I" inside an outer quotation), before or after
 * the quotation; failing that, "She added, …" in the next sentence, or the speaker of the quotation it
 * continues in the same paragraph. Cross-sentence passes (run-on quotations, "the ministry said") follow.
 */
import { speakerOfHeadingQuotes } from './heading-quotes.ts';
import { organisationNameBefore } from './organisation-names.ts';
import { genericBodiesNamedAgain } from './generic-bodies.ts';
import { compoundBodyBefore } from './compound-bodies.ts';
import { firstTokenAtOrAfter, type Analysis, type Token } from '../nlp/pipeline.ts';
import type { WorkingQuote, WorkingSentence } from './annotate.ts';
import type { EntityData } from './entity-data.ts';
import type { QuoteSpan } from './quote-spans.ts';
import {
  fullerDescriptions,
  issuersOfDocuments,
  organisationsDescribed,
  speakerOfRunOnQuotes,
  speakerNamedAfter,
  speakerOfRepeatedWords,
  speakerOfTranslatedQuotes,
} from './quote-passes.ts';
import type { EntityMention } from './schema.ts';
import { namedInClause } from './person-descriptions.ts';
import { interviewAnswers, transcriptTurns } from './turns.ts';
import { NamedRelatives } from './named-relatives.ts';
import {
  accordingTo,
  groupBefore,
  handingOver,
  isVerb,
  nameAwareWordCount,
  opensWithSubject,
  subjectAfterOpening,
  subjectOf,
  theDescribed,
  countedGroup,
  verbChainStart,
  withoutRelative,
  wordsToPunctuation,
} from './clause-words.ts';
import { actionBeat, introducedBy, namesOther, personSetOff, subjectsWords } from './opening-speakers.ts';
import {
  addingSpeaker,
  firstPersonRelative,
  possessor,
  referent,
  relativeNamedByOwner,
  relativeOf,
  relativeOfSpeaker,
} from './referents.ts';
import { authorsOfQuotedDocuments } from './document-authors.ts';
import { speakersOfIntroducedDocuments } from './introduced-documents.ts';
import { describedAntecedent, possessedRelationHolder } from './pronoun-antecedents.ts';
import { introducedAntecedent } from './introduced-antecedents.ts';
import { boundObjectReferent } from './bound-object-pronouns.ts';
import { clauseIntroduced } from './clause-introduced.ts';
import { describedSubjectsWords } from './described-subject-words.ts';
import { roleThenName } from './role-then-name.ts';
import { nestedIn } from './sentence-ranges.ts';
import { aPersonDescribed, describedSpeakerGoesOn } from './described-goes-on.ts';
import { apposedDescription, describedBeforeVerb, describedBeforeWho } from './described-after.ts';
import { afterPointingBack } from './pointing-back.ts';
import {
  cleanQuoteText,
  FIRST_PERSON_POSSESSIVES,
  copyGuess,
  isObjectPosition,
  nounPhraseBefore,
  properName,
  quoteKind,
  tokenAt,
  type PersonMention,
  type SpeakerGuess,
} from './speakers.ts';
import { isCapitalisedWord } from '../nlp/letter-tests.ts';

/** Patterns with `\p{…}`, built once: inside a function tsx rebuilds them on every call (see src/nlp/letter-tests.ts). */
const P1 = /^[\p{P}\s]*$/u;
const P2 = /^[\s¡¿]*[\p{Lu}\d]/u;
const P3 = /^\p{Ll}/u;
const P4 = /^\p{Lu}[\p{L}'’-]*$/u;
const P5 = /^ \p{Lu}\p{Ll}/u;
const P6 = /[\s'"‘’“”]+$/u;
const P7 = /^\s*\p{Lu}/u;

const SPEAKER_TYPES = new Set(['person', 'organisation']);
/** Tokens at most of a name and its title set before a colon as a speaker's label ("City Attorney Gil Nakamura:"). */
const MAX_LABEL_TOKENS = 8;
const SUBJECT_PRONOUNS = new Set(['he', 'she']);
/** First-person words that are never a verb's subject. */
const OBJECT_FIRST_PERSON = new Set(['me', 'us']);
/** Words opening a question, which no speaker's tag after a quotation holds. */
const QUESTION_WORDS = new Set(['what', 'who', 'whom', 'why', 'how', 'where', 'when', 'which']);
/** Parts of speech that end a verb of saying's subject ("He says", "the colonel said", "Cantú told"). */
const SUBJECT_POS = new Set(['PRON', 'PROPN', 'NOUN']);
const MAX_WORDS_BEFORE_CUE = 3;
/**
 * Tokens after a quotation searched for its verb of saying: enough for a titled name and an apposition
 * ('…," Lt. Col. Jamie Davis, a Pentagon spokesman, said'); the words counted stay within {@link MAX_WORDS_BEFORE_CUE}.
 */
const MAX_TOKENS_TO_CUE = 14;
const CLAUSE_END = new Set(['.', '?', '!', ';']);
/** Tokens at most opening a sentence before a verb of saying that hands the quotation before it over ("She added"). */
const SAYING_LEAD = 8;

/** What attribution asks of the article being read: its entities, genders and words of saying. */
export interface ArticleReader {
  /** Lemmas of the verbs of saying. */
  cues: ReadonlySet<string>;
  /** Pronouns and the gender each refers to. */
  pronouns: ReadonlyMap<string, 'male' | 'female'>;
  /** "I", "me", "we": the outer speaker inside a nested quotation. */
  firstPerson: ReadonlySet<string>;
  /** A known entity or one the article introduced. */
  entity(id: string): Pick<EntityData, 'id' | 'name' | 'type'> | undefined;
  /** A person's gender as far as the text and their name tell it. */
  genderOf(id: string): 'male' | 'female' | null;
  /** The person a "he"/"she" at token `before` continues from the sentence's own subject, if any. */
  centre(sentence: WorkingSentence, before: number, gender: 'male' | 'female'): string | null;
  /** True for a noun that says what a person is ("husband", "spokesman"). */
  isPersonNoun(lemma: string): boolean;
  /** The gender a noun for a person marks ("spokeswoman": female), if any. */
  nounGender(lemma: string): 'male' | 'female' | null;
  /** The article's own description of a person it introduced ("whose son is a corporal"), if any. */
  descriptionOf(id: string): string | null;
  /** True for a word of the English lexicon ("force", "north"), which no double surname is made of. */
  isEnglishWord(word: string): boolean;
}

/** Attributes an article's quotations; built once per annotator, reading the article through `reader`. */
export class QuoteAttributor {
  constructor(private readonly reader: ArticleReader) {}

  /** The reader's entity look-up, made once, not once per article. */
  readonly #entity = (id: string) => this.reader.entity(id);
  readonly #isPersonNoun = (lemma: string) => this.reader.isPersonNoun(lemma);
  readonly #roleReader = { entity: this.#entity, isCue: (tok: Token) => this.#isCue(tok) };

  /** A body named by a compound ("Joint Task Force-Southern Border said"), whole, else {@link properName}. */
  #properName(analysis: Analysis, tokens: readonly number[]): Omit<SpeakerGuess, 'cue'> | null {
    const body =
      compoundBodyBefore(analysis, tokens, (w) => this.reader.isEnglishWord(w)) ??
      organisationNameBefore(analysis, tokens);
    return body ? { speakerId: null, speakerName: body } : properName(analysis, tokens);
  }

  /** The quotations of an article's sentences, each with its speaker (or none), nested ones after the rest. */
  attribute(sentences: readonly WorkingSentence[], people: readonly PersonMention[]): WorkingQuote[] {
    const quotes: WorkingQuote[] = [];
    /** The person a paragraph opens by introducing ("Dale Whitcomb, 71, a retired engineer, …"), if any. */
    let introduced: { paragraph: number; guess: SpeakerGuess | null; sentence: WorkingSentence } | null =
      null;
    sentences.forEach((sentence, si) => {
      if (introduced?.paragraph !== sentence.paragraph)
        introduced = { paragraph: sentence.paragraph, guess: introducedBy(this.reader, sentence), sentence };
      sentence.quoteSpans.forEach((span, qi) => {
        if (nicknameInName(sentence.analysis.text, span)) return;
        const region = {
          from: qi > 0 ? (sentence.quoteSpans[qi - 1]?.outerEnd ?? sentence.start) : sentence.start,
          to: sentence.quoteSpans[qi + 1]?.outerStart ?? sentence.end,
        };
        let guess = this.#speakerAround(sentence, span, region, people, null);
        let attributionSentence: WorkingSentence | null = null;
        /** The earlier quotation whose speaker this one goes on with, if it has none of its own. */
        let copiedFrom: WorkingQuote | undefined;
        // "The question …, he added, 'is closed.'": one who adds goes on speaking; a pronoun that would reach
        // past the last speaker to someone the words only spoke of is theirs.
        const added =
          guess?.cue === 'add' ? addingSpeaker(this.reader, sentences, si, guess, quotes.at(-1)) : null;
        if (added) guess = added;
        if (!guess && qi > 0) {
          const previous = quotes.at(-1);
          // A speaker named but no known entity ("Mexico's Foreign Ministry said … \"…\" and that … \"…\"")
          // goes on speaking in the same sentence as much as a known one does.
          if (previous && previous.sentence === sentence && previous.speakerName !== 'unattributed') {
            guess = copyGuess(previous);
            copiedFrom = previous;
          }
        }
        if (!guess) {
          const lead = sentence.analysis.text.slice(sentence.start, span.outerStart);
          const startsWithQuote = P1.test(lead);
          const prevSentence = sentences[si - 1];
          const prevQuote = quotes.at(-1);
          // An unclosed quotation opening its paragraph runs on into the next: its speaker is named there.
          const runsOn = !span.closed && sentence.paragraph !== prevSentence?.paragraph;
          if (
            startsWithQuote &&
            !runsOn &&
            prevSentence &&
            prevQuote?.sentence === prevSentence &&
            prevQuote.speakerName !== 'unattributed' &&
            prevSentence.kind === sentence.kind
          ) {
            guess = copyGuess(prevQuote);
            copiedFrom = prevQuote;
            attributionSentence = prevQuote.attributionSentence ?? prevSentence;
          }
        }
        // "The commandant sent word … that he would hold the town 'against any number.'": words quoted in
        // part inside a sentence after its own subject, described or named, are theirs, not the speaker's
        // of the next sentence.
        if (
          !guess &&
          quoteKind(sentence.analysis.text.slice(span.start, span.end)) === 'fragment' &&
          !P1.test(sentence.analysis.text.slice(sentence.start, span.outerStart))
        )
          guess =
            describedSubjectsWords(this.reader, sentence, span) ?? subjectsWords(this.reader, sentence, span);
        if (!guess) {
          const next = sentences[si + 1];
          const fromNext =
            next && next.kind === sentence.kind ? this.#leadingAttribution(next, people) : null;
          if (fromNext) {
            guess = fromNext;
            attributionSentence = next ?? null;
          }
        }
        if (!guess) {
          const prevQuote = quotes.at(-1);
          const samePargraph =
            prevQuote?.sentence.paragraph === sentence.paragraph && prevQuote.sentence.kind === sentence.kind;
          const othersNamed = namesOther(this.reader, sentence, prevQuote?.speakerId ?? null, sentence.end);
          if (samePargraph && prevQuote.speakerId !== null && !othersNamed) {
            guess = copyGuess(prevQuote);
            copiedFrom = prevQuote;
            attributionSentence = prevQuote.attributionSentence ?? prevQuote.sentence;
          }
        }
        if (!guess && introduced?.guess && introduced.sentence !== sentence) {
          // "Tomás Rangel, 61, who runs a pecan orchard, watched the trucks pass. '…'": a quotation standing
          // as a sentence of its own, after a paragraph opened by introducing someone, is theirs.
          const lead = sentence.analysis.text.slice(sentence.start, span.outerStart);
          const othersNamed = namesOther(this.reader, sentence, null, sentence.end);
          if (P1.test(lead) && !othersNamed) {
            guess = introduced.guess;
            attributionSentence = introduced.sentence;
          }
        }
        if (!guess) {
          // "She wiped her goggles on her sleeve. '…'": a quotation standing as a sentence of its own, after
          // a sentence of the same paragraph that opens with a person doing something, is theirs.
          const beat = actionBeat(this.reader, sentence, span, sentences[si - 1]);
          if (beat) {
            guess = beat;
            attributionSentence = sentences[si - 1] ?? null;
          }
        }
        const text = cleanQuoteText(sentence.analysis.text.slice(span.start, span.end));
        // "Abbott issues his statement invoking the state's 'constitutional authority…'": words quoted in
        // part inside a sentence are its subject's, when it opens with a person or a body.
        const kind = quoteKind(text);
        if (!guess && kind === 'fragment') guess = subjectsWords(this.reader, sentence, span);
        quotes.push({
          sentence,
          span,
          parent: null,
          speakerId: guess?.speakerId ?? null,
          speakerName: guess?.speakerName ?? 'unattributed',
          cue: guess?.cue ?? null,
          kind,
          text,
          attributionSentence,
          ...(copiedFrom && guess && { copiedFrom }),
        });
      });
    });
    describedSpeakerGoesOn(this.reader, quotes, sentences);
    speakerOfTranslatedQuotes(quotes);
    speakerOfRunOnQuotes(quotes);
    organisationsDescribed(quotes, sentences, this.#entity);
    genericBodiesNamedAgain(
      quotes,
      this.#entity,
      (w) => this.reader.isEnglishWord(w),
      (id) => this.reader.genderOf(id),
    );
    issuersOfDocuments(quotes, sentences, this.#entity);
    authorsOfQuotedDocuments(quotes, this.#entity);
    speakersOfIntroducedDocuments(quotes, this.#entity);
    speakerNamedAfter(quotes, sentences, this.#entity);
    speakerOfRepeatedWords(quotes);
    speakerOfHeadingQuotes(quotes);
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
    for (const answer of interviewAnswers(sentences, quotes, this.#entity)) quotes.push(answer);
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
      this.#entity,
      this.reader.cues,
      this.#isPersonNoun,
      (l) => this.reader.nounGender(l),
      (owner, relation) => {
        const id = relatives.holder(owner, relation)?.id;
        const entity = id === undefined ? undefined : this.#entity(id);
        return entity ? { speakerId: entity.id, speakerName: entity.name } : null;
      },
    ))
      quotes.push(turn);
    fullerDescriptions(quotes, sentences);
    return quotes;
  }

  /** Speaker from an attribution verb next to the quotation, within the character `region`. */
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
    // "They said to me, 'Captain, this is your machine now.' I said, 'Yes, it is.'": inside a quotation, words
    // closed by a full stop end their sentence; a verb of saying after them hands over the next words.
    const after = outer && endsSentence(analysis.text, span) ? [] : afterAll.slice(0, MAX_TOKENS_TO_CUE);
    const afterCue = after.find((t) => this.#isCue(tokenAt(analysis, t)));
    const between = afterCue === undefined ? [] : after.filter((t) => t < afterCue);
    // '"…," my grandmother used to say', '…," he would say': the auxiliaries of the verb are no subject's
    // words, and count for none of them.
    const subjectWords = between.slice(0, verbChainStart(analysis, between));
    const wordsBetween = nameAwareWordCount(analysis, subjectWords);
    // "'…,' and I told him to…": a clause joined on by "and" goes on with the story; it names no speaker.
    const joined = between.some((t) => tokenAt(analysis, t).pos === 'CCONJ');
    // "'…' What do I tell her?": a question after the words asks, it hands them to no one.
    const asking = between.some((t) => QUESTION_WORDS.has(tokenAt(analysis, t).normal));
    if (afterCue !== undefined && wordsBetween <= MAX_WORDS_BEFORE_CUE && !joined && !asking) {
      const firstWord = between.find((t) => tokenAt(analysis, t).pos !== 'PUNCT');
      const subject =
        this.#subjectIn(sentence, between, people, outer, false) ??
        // '…," his dispatch said': what is someone's says their words, as "His answer came:" does.
        possessor(this.reader, sentence, between, people, outer) ??
        // '"…," my grandmother used to say': someone the speaker names as theirs, as before the words.
        firstPersonRelative(this.reader, analysis, subjectWords, outer) ??
        // '…," said Command Sgt. Maj. Lorenzo Pettaway': the name after a title of a few words.
        this.#subjectIn(sentence, inRegion.filter((t) => t > afterCue).slice(0, 8), people, outer, false) ??
        // '…," said a man selling elotes outside the bridge who gave his name as El Güero': the name given.
        this.#subjectIn(sentence, namedInClause(analysis, inRegion, afterCue), people, outer, false) ??
        this.#properName(analysis, between) ??
        this.#properName(analysis, inRegion.filter((t) => t > afterCue).slice(0, 3)) ??
        // '…," the machinist's wife said': the person introduced as his wife before.
        possessedRelationHolder(
          this.reader,
          sentence,
          subjectWords.filter((t) => tokenAt(analysis, t).pos !== 'PUNCT').map((t) => tokenAt(analysis, t)),
        ) ??
        // '…," the subcommittee wrote': a description no entity answers to, named as written.
        (firstWord !== undefined && tokenAt(analysis, firstWord).normal === 'the'
          ? nounPhraseBefore(analysis, between)
          : null);
      if (subject) return { ...subject, cue: tokenAt(analysis, afterCue).lemma };
    }
    // '"…," a secretary who was in the office told KFTX 7': a person described at length, words handed over;
    // the "who" opens a clause of the description, not a question.
    if (afterCue !== undefined && !joined && handsOver(analysis.text, span)) {
      const opening = subjectWords.findIndex((t) => tokenAt(analysis, t).pos !== 'PUNCT');
      const described =
        opening < 0 ? null : describedBeforeVerb(analysis, subjectWords.slice(opening), this.#isPersonNoun);
      if (described) return { ...described, cue: tokenAt(analysis, afterCue).lemma };
    }
    const named =
      this.#namedAfter(sentence, span, afterAll) ??
      roleThenName(this.#roleReader, analysis, sentence.mentions, afterAll);
    if (named) return named;
    // "… 'as long as the mission requires,' according to Brandt, who…": the source named after the words.
    const afterAccording = accordingTo(analysis, after);
    if (afterAccording >= 0 && afterAccording <= MAX_WORDS_BEFORE_CUE) {
      const to = after[afterAccording + 1] ?? Infinity;
      const phrase = wordsToPunctuation(
        analysis,
        inRegion.filter((x) => x > to),
        MAX_TOKENS_TO_CUE,
      );
      const named =
        this.#subjectIn(sentence, phrase, people, outer, false) ?? this.#properName(analysis, phrase);
      if (named) return { ...named, cue: 'according' };
    }
    // "According to the ministry, they had tried … 'in a violent and illegal manner'".
    const according = accordingTo(analysis, before);
    if (according >= 0) {
      const phrase = wordsToPunctuation(analysis, before.slice(according + 2));
      const named =
        this.#subjectIn(sentence, phrase, people, outer, false) ??
        this.#properName(analysis, phrase) ??
        nounPhraseBefore(analysis, phrase);
      if (named) return { ...named, cue: 'according' };
    }
    const handOver = handingOver(analysis, before);
    for (let k = before.length - 1; k >= 0; k--) {
      const cueToken = before[k];
      if (cueToken === undefined) continue;
      const listed = this.#isCue(tokenAt(analysis, cueToken));
      if (!listed && k !== handOver) continue;
      // "ALBERT GEE: My dad used to tell us, '…'": a colon ends a label or a clause before the subject.
      const clauseStart = before
        .slice(0, k)
        .findLastIndex(
          (t) => CLAUSE_END.has(tokenAt(analysis, t).value) || tokenAt(analysis, t).value === ':',
        );
      const left = withoutRelative(analysis, before.slice(clauseStart + 1, k));
      // "When the troops arrived, '…'", "As it ended, …": the verb's clause must open with its subject.
      if (!listed && !opensWithSubject(analysis, left)) continue;
      // "He says his father kept the certificate until the day he died, '…'": a verb handing over by where it
      // stands, inside what a verb of saying before it reports, gives way to that verb.
      // Only a verb of saying after its subject reports: "Asked whether …, her answer was blunt:" does not.
      if (
        !listed &&
        left.some(
          (t, j) =>
            j > 0 &&
            this.#isCue(tokenAt(analysis, t)) &&
            SUBJECT_POS.has(tokenAt(analysis, left[j - 1] ?? -1).pos),
        )
      )
        continue;
      // "She said her husband had written that he had '…'": the words right before the verb and its
      // auxiliaries; the husband speaks, named if the article names him, else as whose husband he is.
      const nearest = left.slice(0, verbChainStart(analysis, left)).slice(-2);
      // "an officer of the United States who had told my friends, '…'": the one "who" refers to, described.
      const clause = before.slice(clauseStart + 1, k);
      const described = describedBeforeWho(
        analysis,
        clause.slice(0, verbChainStart(analysis, clause)),
        this.#isPersonNoun,
      );
      if (listed && described) return { ...described, cue: tokenAt(analysis, cueToken).lemma };
      // "He said he had, and that it described the area as '…'": the verb's own "it", found for no body,
      // is not passed over for the subject of a clause before it.
      // "the children in it shouted" is the children's: "it" after a preposition is no subject.
      const own = nearest.at(-1);
      if (
        own !== undefined &&
        tokenAt(analysis, own).normal === 'it' &&
        tokenAt(analysis, own).pos === 'PRON' &&
        analysis.tokens[nearest.at(-2) ?? -1]?.pos !== 'ADP' &&
        !this.#subjectIn(sentence, [own], people, outer, true)
      ) {
        if (listed) return null;
        continue;
      }
      const subject =
        // "…," Consuelo Aréstegui said, while her brother said the soldiers were "…"': a relative of the
        // one named before, right before the verb, speaks, not the one named.
        relativeOf(this.reader, sentence, nearest, people) ??
        relativeNamedByOwner(this.reader, sentence, nearest, people) ??
        this.#subjectIn(sentence, left, people, outer, true) ??
        // "…, said Lt. X: '…'": the subject after its verb, when none stands before it; in "The lieutenant
        // told our agent, '…'" the words after the verb are whom it was said to.
        (opensWithSubject(analysis, left)
          ? null
          : this.#subjectIn(sentence, before.slice(k + 1, k + 4), people, outer, false)) ??
        this.#properName(analysis, left) ??
        // "After each name, the crowd of about 70 answered, '…'", "When the news was read out, the men of the
        // post cheered and called out, '…'": the description opening the clause after a phrase set off before it.
        theDescribed(analysis, subjectAfterOpening(analysis, left)) ??
        // "…, dozens of drivers leaned on their horns and shouted, '…'": people counted, not described.
        countedGroup(analysis, subjectAfterOpening(analysis, left), this.#isPersonNoun) ??
        // "My foreman, Chuy Villanueva, called the house and said, '…'", "The lieutenant stood up and said,
        // '…'": the name or description before the clause's first verb.
        this.#properName(analysis, subjectOf(analysis, left)) ??
        nounPhraseBefore(analysis, left) ??
        theDescribed(analysis, subjectOf(analysis, left)) ??
        // "A woman came to me and said, '…'" inside a quotation: someone the speaker met, as they describe them.
        (outer ? aPersonDescribed(analysis, subjectOf(analysis, left), this.#isPersonNoun) : null) ??
        countedGroup(analysis, subjectOf(analysis, left), this.#isPersonNoun) ??
        // "My first commander used to tell us, '…'": someone the speaker names as theirs.
        firstPersonRelative(this.reader, analysis, subjectOf(analysis, left), outer) ??
        groupBefore(sentence, left);
      if (subject) return { ...subject, cue: tokenAt(analysis, cueToken).lemma };
      // A verb that hands over by where it stands, with no speaker found, gives way to a verb of saying.
      if (listed) return null;
    }
    // "Ray Dunphy put it to me this way: '…'", "Coombs's answer was short: '…'": a colon hands the
    // quotation to the subject of the verb before it, a person.
    const last = before.at(-1);
    if (last !== undefined && tokenAt(analysis, last).value === ':') {
      const clauseStart = before.findLastIndex((t) => CLAUSE_END.has(tokenAt(analysis, t).value));
      const clause = before.slice(clauseStart + 1, -1);
      const verb = clause.findLastIndex((t) => isVerb(tokenAt(analysis, t)));
      const subject =
        verb <= 0
          ? null
          : (this.#subjectIn(sentence, clause.slice(0, verb), people, outer, true) ??
            // "His answer came without hesitation:" is his; "Her husband was blunter:" is not hers.
            possessor(this.reader, sentence, clause.slice(0, verb), people, outer) ??
            relativeOf(this.reader, sentence, clause.slice(0, verb), people));
      // Only words said in full: 'The strategy had a name: "prevention through deterrence."' says no one.
      const full = P2.test(analysis.text.slice(span.start, span.end));
      // "A Pentagon official familiar with the command, who spoke on condition of anonymity, put it this
      // way:": the words opening the clause before the verb, without a "who" clause set off by commas.
      const opening = verb > 0 ? withoutRelative(analysis, clause.slice(0, verb)) : [];
      const first = opening.findLastIndex((t) => tokenAt(analysis, t).value === ',') + 1;
      const opener = opening[first];
      // "A Pentagon official": a body naming what an unnamed person is names no body speaking.
      const indefinite = opener !== undefined && ['a', 'an'].includes(tokenAt(analysis, opener).normal);
      const subjectType = this.reader.entity(subject?.speakerId ?? '')?.type;
      // "US Northern Command was blunt in its reply: '…'": a body says words in full as a person does.
      if (subject && (subjectType === 'person' || (full && subjectType === 'organisation' && !indefinite)))
        return { ...subject, cue: null };
      const labelled = verb < 0 ? this.#nameBeforeColon(sentence, clause) : null;
      if (labelled) return { ...labelled, cue: null };
      // "The city of Juárez posted on its Facebook page Saturday: '…'", "the formation answered … with the
      // motto: '…'": with no one named, the words opening the clause before the verb, as written.
      if (
        (!subject || indefinite) &&
        full &&
        opener !== undefined &&
        tokenAt(analysis, opener).pos === 'DET'
      ) {
        const described = nounPhraseBefore(analysis, opening.slice(first));
        if (described) return { ...described, cue: null };
      }
      // "One reader who emailed us, a retired surveyor in Hatch, put it simply:": the person the apposition describes.
      const apposed =
        !subject && full && verb > 0
          ? apposedDescription(analysis, clause.slice(0, verb), this.#isPersonNoun)
          : null;
      if (apposed) return { ...apposed, cue: null };
      const named = !subject && full ? nameOpening(analysis, opening) : null;
      if (named) return { ...named, cue: null };
    }
    return null;
  }

  /**
   * A person named right after a quotation that hands over to them with a comma, a question or an
   * exclamation mark: '"…," Col. Raúl Ibarra Quintanilla, a spokesman for…, said' (an apposition between
   * the name and the verb of saying) and '"…," Cantú joked' (any verb right after the name).
   */
  #namedAfter(sentence: WorkingSentence, span: QuoteSpan, after: readonly number[]): SpeakerGuess | null {
    const { analysis } = sentence;
    // The last mark of the words, inside any closing marks of a quotation within ('…both,\'"').
    const closing =
      analysis.text
        .slice(span.start, span.end)
        .replace(/[\s'"‘’“”]+$/u, '')
        .at(-1) ?? '';
    if (!/[,?!]/.test(closing)) return null;
    const first = after.find((t) => tokenAt(analysis, t).pos !== 'PUNCT');
    const mention = sentence.mentions.find((m) => m.token === first && m.via !== 'pronoun');
    const entity = mention ? this.reader.entity(mention.entityId) : undefined;
    if (!mention || entity?.type !== 'person') return null;
    const end = tokenAt(analysis, mention.token).start + mention.text.length;
    const rest = after.filter((t) => tokenAt(analysis, t).start >= end);
    const next = rest[0] === undefined ? undefined : tokenAt(analysis, rest[0]);
    const guess = { speakerId: entity.id, speakerName: entity.name };
    // '…," Cantú joked.': a verb right after the name, then the clause ends or goes on with a comma.
    const then = rest[1] === undefined ? undefined : tokenAt(analysis, rest[1]);
    if (next?.pos === 'VERB' && (!then || then.pos === 'PUNCT' || then.pos === 'ADV'))
      return { ...guess, cue: next.lemma };
    // '…," Col. X, a spokesman for …, said': an apposition set off by commas, then the verb of saying.
    if (next?.value !== ',') return null;
    const cue = rest.find(
      (t, k) =>
        k > 0 && this.#isCue(tokenAt(analysis, t)) && tokenAt(analysis, rest[k - 1] ?? -1).value === ',',
    );
    const cutShort = rest.findIndex((t) => CLAUSE_END.has(tokenAt(analysis, t).value));
    if (cue === undefined || (cutShort >= 0 && (rest[cutShort] ?? 0) < cue)) return null;
    return { ...guess, cue: tokenAt(analysis, cue).lemma };
  }

  /** "She added, …" at the start of a sentence attributes the quotation just before it. */
  #leadingAttribution(sentence: WorkingSentence, people: readonly PersonMention[]): SpeakerGuess | null {
    const lead: number[] = [];
    for (let t = sentence.tokenStart; t < sentence.tokenEnd && lead.length < MAX_TOKENS_TO_CUE; t++) {
      const tok = tokenAt(sentence.analysis, t);
      if (sentence.quoteSpans.some((q) => tok.start >= q.outerStart)) break;
      lead.push(t);
    }
    const cueIndex = lead.findIndex((t) => this.#isCue(tokenAt(sentence.analysis, t)));
    // "That is what an old man in Temósachic told me.": the words before point back at the quotation, and
    // whoever the words after "what" name or describe said it.
    const pointed = afterPointingBack(sentence.analysis, lead);
    if (pointed > 0 && cueIndex > pointed) {
      const subject = lead.slice(pointed, cueIndex);
      const who =
        this.#subjectIn(sentence, subject, people, null, true) ??
        aPersonDescribed(sentence.analysis, subject, this.#isPersonNoun) ??
        describedBeforeVerb(sentence.analysis, subject, this.#isPersonNoun);
      const cueToken = lead[cueIndex];
      return who && cueToken !== undefined
        ? { ...who, cue: tokenAt(sentence.analysis, cueToken).lemma }
        : null;
    }
    if (cueIndex <= 0 || cueIndex >= SAYING_LEAD) return null;
    const beforeCue = lead.slice(0, cueIndex);
    const clauseStart = beforeCue.findLastIndex((t) => tokenAt(sentence.analysis, t).pos === 'PUNCT');
    const subject = this.#subjectIn(sentence, beforeCue.slice(clauseStart + 1), people, null, true);
    const cueToken = lead[cueIndex];
    if (!subject || cueToken === undefined) return null;
    return { ...subject, cue: tokenAt(sentence.analysis, cueToken).lemma };
  }

  #isCue(tok: Token): boolean {
    return tok.pos === 'VERB' && this.reader.cues.has(tok.lemma);
  }

  /**
   * The speaker among `candidates` (token indices): an entity mention, a pronoun, or "I" inside a quotation.
   * With `fromRight`, the nearest to the verb wins and mentions in object position ("told the caravan",
   * "to Trump") are skipped.
   */
  /** The person whose mention holds `inner` within longer words of its own, if any. */
  #personAround(
    sentence: WorkingSentence,
    inner: EntityMention & { token: number },
  ): (EntityMention & { token: number }) | undefined {
    const r = charRange(sentence.analysis, inner);
    return sentence.mentions.find((o) => {
      if (o === inner || o.via === 'pronoun') return false;
      const c = charRange(sentence.analysis, o);
      return (
        c.start <= r.start &&
        c.end >= r.end &&
        c.end - c.start > r.end - r.start &&
        this.reader.entity(o.entityId)?.type === 'person'
      );
    });
  }

  /**
   * 'City Attorney Gil Nakamura: "It does not."': a clause of no verb that is a person's name, with any title
   * before it, set before a colon as a transcript's label is, names who speaks.
   */
  #nameBeforeColon(sentence: WorkingSentence, clause: readonly number[]): Omit<SpeakerGuess, 'cue'> | null {
    const last = clause.at(-1);
    if (last === undefined || clause.length > MAX_LABEL_TOKENS) return null;
    const end = tokenAt(sentence.analysis, last).end;
    const mention = sentence.mentions.find(
      (m) => m.via !== 'pronoun' && charRange(sentence.analysis, m).end === end,
    );
    const entity = mention ? this.reader.entity(mention.entityId) : undefined;
    if (!mention || entity?.type !== 'person') return null;
    const start = charRange(sentence.analysis, mention).start;
    const before = clause.filter((t) => tokenAt(sentence.analysis, t).end <= start);
    // Only a title may stand before the name: "Lawyers for Gil Nakamura:" is no label.
    if (before.some((t) => P3.test(tokenAt(sentence.analysis, t).value))) return null;
    return { speakerId: entity.id, speakerName: entity.name };
  }

  #subjectIn(
    sentence: WorkingSentence,
    candidates: readonly number[],
    people: readonly PersonMention[],
    outer: WorkingQuote | null,
    fromRight: boolean,
  ): Omit<SpeakerGuess, 'cue'> | null {
    const { analysis } = sentence;
    const ordered = fromRight ? [...candidates].reverse() : candidates;
    const set = new Set(candidates);
    for (const t of ordered) {
      const tok = tokenAt(analysis, t);
      const found = sentence.mentions.find((m) => m.token === t && m.via !== 'pronoun');
      // "A Border Patrol spokesman for the Tucson Sector said": a name inside the words naming a person
      // is part of them; the person speaks.
      const mention = found ? (this.#personAround(sentence, found) ?? found) : undefined;
      if (mention) {
        const entity = this.reader.entity(mention.entityId);
        if (!entity || !SPEAKER_TYPES.has(entity.type)) continue;
        if (fromRight && isObjectPosition(analysis, t, set)) continue;
        // "a Pentagon spokesman, Maj. Dwight Ellery, said": the person set off after the body's role speaks;
        // so does the one set off after a role ("the spokesman, Maj. Ronald Teague, said").
        const named =
          (entity.type === 'organisation' || mention.via === 'role') && !fromRight
            ? personSetOff(this.reader, sentence, t, set)
            : null;
        if (named) return named;
        const theirs = entity.type === 'person' ? ownedBy(analysis, mention, set) : null;
        if (theirs) return { speakerId: null, speakerName: `${entity.name}'s ${theirs}` };
        return { speakerId: entity.id, speakerName: entity.name };
      }
      // "I told him, '…'" inside a quotation is its speaker's; "my foreman … said, '…'" is the foreman's.
      if (
        outer &&
        this.reader.firstPerson.has(tok.normal) &&
        !FIRST_PERSON_POSSESSIVES.has(tok.normal) &&
        // "A woman came to me and said, '…'": before the verb, "me" is an earlier verb's object.
        !(fromRight && tok.pos === 'PRON' && OBJECT_FIRST_PERSON.has(tok.normal)) &&
        outer.speakerId
      ) {
        return { speakerId: outer.speakerId, speakerName: outer.speakerName };
      }
      const gender = this.reader.pronouns.get(tok.normal);
      if (gender && tok.pos === 'PRON' && SUBJECT_PRONOUNS.has(tok.normal)) {
        // "Cárdenas allowed him to return. He crossed …": the person "him" stands for, or no one.
        const bound = outer ? null : boundObjectReferent(this.reader, sentence, t, gender, people);
        if (bound) {
          if (bound.speaker) return bound.speaker;
          continue;
        }
        const who =
          (outer ? null : describedAntecedent(this.reader, sentence, t, gender)) ??
          (outer ? null : introducedAntecedent(this.reader, sentence, t, gender)) ??
          (outer ? null : clauseIntroduced(this.reader, sentence, t, gender)) ??
          referent(this.reader, sentence, t, gender, people, outer);
        if (who) return who;
      }
      // "The Mexican Defense Ministry put out a statement. It said …": a body or group the sentence before opens with.
      if (!outer && tok.pos === 'PRON' && (tok.normal === 'it' || tok.normal === 'they')) {
        const body = describedAntecedent(this.reader, sentence, t, null);
        if (body) return body;
      }
    }
    return null;
  }
}

/**
 * 'Joint Task Force North sent us a statement tonight: "…"': a clause whose words before its verb are all
 * a name's (two words or more, each capitalised) names the body or person that said it, as written.
 */
function nameOpening(analysis: Analysis, opening: readonly number[]): Omit<SpeakerGuess, 'cue'> | null {
  if (opening.length < 2) return null;
  const words = opening.map((t) => tokenAt(analysis, t));
  if (!words.every((w) => w.pos === 'PROPN' && P4.test(w.value))) return null;
  return { speakerId: null, speakerName: words.map((w) => w.value).join(' ') };
}

/** Words at most of what a person's possessive names ("office", "press office"). */
const MAX_OWNED_WORDS = 3;

/**
 * "Congressman Joe Skeen's office put out a statement": the words after a person's possessive, among the
 * `region`'s tokens, when they end with a noun that does something; the one who speaks is what is theirs,
 * not the person.
 */
function ownedBy(
  analysis: Analysis,
  mention: EntityMention & { token: number },
  region: ReadonlySet<number>,
): string | null {
  const end = charRange(analysis, mention).end;
  let t = mention.token;
  while (region.has(t) && tokenAt(analysis, t).end <= end) t++;
  if (!region.has(t) || !["'s", '’s'].includes(tokenAt(analysis, t).normal)) return null;
  let last = t + 1;
  while (
    region.has(last) &&
    last - t <= MAX_OWNED_WORDS &&
    ['ADJ', 'NOUN'].includes(tokenAt(analysis, last).pos)
  )
    last++;
  const head = tokenAt(analysis, last - 1);
  // "Ybarra-Keane's answer was blunt:": what is theirs only described, the words are still the person's.
  if (last === t + 1 || head.pos !== 'NOUN' || analysis.tokens[last]?.pos === 'AUX') return null;
  return analysis.text.slice(tokenAt(analysis, t + 1).start, head.end);
}

/**
 * True when a quotation's words end with a full stop and a capital opens the words after its closing mark
 * ("'…your machine now.' I said"): a new sentence, not a verb of saying handing the words over.
 */
function endsSentence(text: string, span: QuoteSpan): boolean {
  const words = text.slice(span.start, span.end).replace(P6, '');
  return words.endsWith('.') && P7.test(text.slice(span.outerEnd, span.outerEnd + 4));
}

/** True when a quotation's words end with a comma, a question or an exclamation mark, handing them over. */
function handsOver(text: string, span: QuoteSpan): boolean {
  return /[,?!]$/.test(text.slice(span.start, span.end).replace(P6, ''));
}

/** The characters a mention's text spans in its analysis. */
function charRange(analysis: Analysis, m: EntityMention & { token: number }): { start: number; end: number } {
  const start = tokenAt(analysis, m.token).start;
  return { start, end: start + m.text.length };
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
    P5.test(text.slice(span.outerEnd, span.outerEnd + 3))
  );
}

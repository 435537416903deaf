/**
 * A quotation's speaker named in the words after it: the tag of its own sentence ('"…," the colonel said',
 * '"…," said Lt. X', '"…," Cantú joked', '"…," according to Brandt'), or the opening of the next sentence
 * ("She added, …"). Reads the tokens after the quotation, up to the next one, for a verb of saying a few words
 * on, and the subject those words name.
 */
import { aPersonDescribed } from './described-goes-on.ts';
import { apposedAfterVerb, personNamedAfterVerb } from './apposed-after-verb.ts';
import { describedBeforeVerb } from './described-after.ts';
import { definiteDescribedBeforeVerb } from './definite-after-words.ts';
import type { WorkingSentence } from './annotate.ts';
import { accordingTo, nameAwareWordCount, verbChainStart, wordsToPunctuation } from './clause-words.ts';
import { namedInClause } from './person-descriptions.ts';
import { oneOfThem, throughGroupNoun } from './one-of-them.ts';
import { oneOfThoseBefore } from './one-of-those-before.ts';
import { someoneUnnamed } from './indefinite-speakers.ts';
import { bareGroupOfPeople } from './group-speakers.ts';
import { adjectiveReadAsPerson } from './person-adjective.ts';
import { closingVerb, describedAfterVerb } from './closing-verb.ts';
import { handsOver } from './opens-sentence.ts';
import { afterPointingBack } from './pointing-back.ts';
import { possessedRelationHolder } from './pronoun-antecedents.ts';
import type { QuoteSpan } from './quote-spans.ts';
import { firstPersonRelative, possessor } from './referents.ts';
import { roleThenName } from './role-then-name.ts';
import { namedAfterDescription } from './named-after-description.ts';
import { CLAUSE_END, type QuoteSurroundings, type SpeakerFinder } from './speaker-finder.ts';
import { nounPhraseBefore, tokenAt, type PersonMention, type SpeakerGuess } from './speakers.ts';
import { firstTokenAtOrAfter, type Analysis } from '../nlp/pipeline.ts';
import { kindAntecedent } from './kind-antecedent.ts';

/** Patterns with `\p{…}`, built once: inside a function tsx rebuilds them on every call (see src/nlp/letter-tests.ts). */
const P1 = /[\s'"‘’“”]+$/u;
const P2 = /^\s*\p{Lu}/u;

/** Parts of speech of a word that may be a verb's subject before it ("the consul", "Ames", "he"). */
const SUBJECT_POS: ReadonlySet<string> = new Set(['NOUN', 'PROPN', 'PRON']);
/** Words opening a question, which no speaker's tag after a quotation holds. */
const QUESTION_WORDS = new Set(['what', 'who', 'whom', 'why', 'how', 'where', 'when', 'which']);
/** Words at most between a quotation and the verb of saying after it, a name counting as one. */
const MAX_WORDS_BEFORE_CUE = 3;
/**
 * Tokens after a quotation searched for its verb of saying: enough for a titled name and an apposition
 * ('…," Lt. Col. Jamie Davis, a Pentagon spokesman, said'); the words counted stay within {@link MAX_WORDS_BEFORE_CUE}.
 */
const MAX_TOKENS_TO_CUE = 14;
/** Words that pick one out of a group before its noun phrase: "one of". */
const PICKING_WORDS = 2;
/** Tokens at most opening a sentence before a verb of saying that hands the quotation before it over ("She added"). */
const SAYING_LEAD = 8;

/** The speaker a verb of saying after the quotation, or a name handed the words, gives; `null` if none. */
export function speakerAfter(finder: SpeakerFinder, around: QuoteSurroundings): SpeakerGuess | null {
  const { sentence, span, inRegion, before, after: afterAll, people, outer } = around;
  const { analysis } = sentence;
  // Nothing but punctuation before the words in their region: the words open it.
  const opensItsClause = !before.some((t) => tokenAt(analysis, t).pos !== 'PUNCT');
  // "They said to me, 'Captain, this is your machine now.' I said, 'Yes, it is.'": inside a quotation, words
  // closed by a full stop end their sentence; a verb of saying after them hands over the next words.
  // '"…," is how one of the women put it': a cleft's "is how" opens the tag, and the tag is read after it.
  const cleft = cleftOpening(analysis, afterAll);
  const tagged = afterAll.slice(cleft);
  const after = outer && endsSentence(analysis.text, span) ? [] : tagged.slice(0, MAX_TOKENS_TO_CUE);
  // '…," is how one of the women put it': in a cleft's tag, a verb whose object is the words ("it") says them.
  const cue = after.find((t) => finder.isCue(tokenAt(analysis, t)) || (cleft > 0 && verbOfIt(analysis, t)));
  // '"Viva Villa!" the raiders cried.': a described subject's verb closing the tag hands the words over, when
  // the words open their clause ('When Maj. Warren shouted "Fire!", the crowd scattered' is Warren's).
  const closing = opensItsClause && handsOver(analysis.text, span) ? closingVerb(analysis, after) : null;
  const afterCue = closing !== null && (cue === undefined || closing < cue) ? closing : cue;
  const between = afterCue === undefined ? [] : after.filter((t) => t < afterCue);
  // '"…," my grandmother used to say', '…," he would say': the auxiliaries of the verb are no subject's
  // words, and count for none of them.
  const subjectWords = between.slice(0, verbChainStart(analysis, between));
  const subjectTokens = subjectWords.filter((t) => tokenAt(analysis, t).pos !== 'PUNCT');
  // '"…," one of the strikers shouted': the words picking one out of a group ("one of") are no more words of
  // the subject than a title is of a name.
  const pickedOut = oneOfThem(analysis, subjectTokens, finder.isPersonNoun);
  // '"…," one of the agents on his team testified': what says which group counts for no word either.
  const counted = pickedOut ? throughGroupNoun(analysis, subjectWords, pickedOut.speakerName) : subjectWords;
  const wordsBetween = nameAwareWordCount(analysis, counted) - (pickedOut ? PICKING_WORDS : 0);
  // "'…,' and I told him to…": a clause joined on by "and" goes on with the story; it names no speaker.
  const joined = between.some((t) => tokenAt(analysis, t).pos === 'CCONJ');
  // "'…' What do I tell her?": a question after the words asks, it hands them to no one.
  const asking = between.some((t) => QUESTION_WORDS.has(tokenAt(analysis, t).normal));
  if (afterCue !== undefined && wordsBetween <= MAX_WORDS_BEFORE_CUE && !joined && !asking) {
    const firstWord = between.find((t) => tokenAt(analysis, t).pos !== 'PUNCT');
    // '"…," the consul said on Thursday, when he came across': a subject before the verb is the speaker;
    // the words after the verb are its time and circumstances, no speaker of theirs ("he").
    const subjectBefore = subjectWords.some((t) => SUBJECT_POS.has(tokenAt(analysis, t).pos));
    const afterVerb = subjectBefore ? [] : inRegion.filter((t) => t > afterCue);
    const fromCue = [afterCue, ...afterVerb];
    const subject =
      pickedOut ??
      finder.subjectIn(sentence, between, people, outer, false) ??
      // '"…," somebody said', '"…," one of them said': someone unnamed, or one of a group named before.
      someoneUnnamed(analysis, subjectTokens) ??
      oneOfThoseBefore(sentence, subjectTokens, finder.isPersonNoun) ??
      // '…," his dispatch said': what is someone's says their words, as "His answer came:" does.
      possessor(finder.reader, sentence, between, people, outer) ??
      // '"…," my grandmother used to say': someone the speaker names as theirs, as before the words.
      firstPersonRelative(finder.reader, analysis, subjectWords, outer) ??
      // '…," said Command Sgt. Maj. Lorenzo Pettaway': the name after a title of a few words.
      finder.subjectIn(sentence, afterVerb.slice(0, 8), people, outer, false) ??
      // '…," said the municipal chronicler of Laredo, Lic. Eliseo Treviño Garza, who …': the name set beside
      // a description too long for the few words above.
      finder.subjectIn(
        sentence,
        apposedAfterVerb(analysis, fromCue, 0, finder.isPersonNoun),
        people,
        outer,
        false,
      ) ??
      // '…," said the lawyer, Anselmo Quiñónez Bray of Las Cruces': a name the article gives nowhere else.
      personNamedAfterVerb(analysis, fromCue, 0, finder.reader) ??
      // '…," said one of the disarmed men, a clerk who …': the one picked out of a group, unnamed.
      oneOfThem(analysis, wordsToPunctuation(analysis, afterVerb), finder.isPersonNoun) ??
      // '…," said a man selling elotes outside the bridge who gave his name as El Güero': the name given.
      (subjectBefore
        ? null
        : finder.subjectIn(sentence, namedInClause(analysis, inRegion, afterCue), people, outer, false)) ??
      finder.properName(analysis, between) ??
      finder.properName(analysis, afterVerb.slice(0, 3)) ??
      // '"Down with the tyrant!" shouted the crowd.': a description after the verb, no one named in it, when
      // the words open their clause; after 'A farmer, who asked not to be named because, he said, "…,"' the
      // verb is the farmer's ("called the ruling federal meddling"), not a tag.
      (opensItsClause
        ? describedAfterVerb(analysis, afterVerb, {
            isPersonNoun: finder.isPersonNoun,
            isCommunicationNoun: (l) => finder.reader.isCommunicationNoun?.(l) ?? false,
          })
        : null) ??
      // '…," the machinist's wife said': the person introduced as his wife before.
      possessedRelationHolder(
        finder.reader,
        sentence,
        subjectWords.filter((t) => tokenAt(analysis, t).pos !== 'PUNCT').map((t) => tokenAt(analysis, t)),
      ) ??
      // '…," the subcommittee wrote': a description no entity answers to, named as written.
      // '…," residents told our crew': a bare plural noun for people, a group speaking as one.
      (firstWord !== undefined &&
      (tokenAt(analysis, firstWord).normal === 'the' ||
        bareGroupOfPeople(analysis, subjectWords, finder.isPersonNoun))
        ? // '…," the officer said' after "a lieutenant colonel who did not wish to be named": the one described
          // by a kind of the noun (kind-antecedent.ts).
          (generalNounAntecedent(finder, sentence, span.outerStart, subjectTokens) ??
          // '…," the lieutenant commanding the detachment said': a description qualifying its head, whole.
          definiteDescribedBeforeVerb(finder.reader, sentence, subjectTokens) ??
          nounPhraseBefore(analysis, between) ??
          // '…," the major said': a word read as an adjective where only a noun stands, a noun for a person.
          adjectiveReadAsPerson(analysis, subjectWords, finder.isPersonNoun))
        : null);
    if (subject) return { ...subject, cue: tokenAt(analysis, afterCue).lemma };
  }
  // '"…," a secretary who was in the office told KFTX 7': a person described at length, words handed over;
  // the "who" opens a clause of the description, not a question.
  if (afterCue !== undefined && !joined && handsOver(analysis.text, span)) {
    const opening = subjectWords.findIndex((t) => tokenAt(analysis, t).pos !== 'PUNCT');
    const described =
      opening < 0
        ? null
        : (describedBeforeVerb(analysis, subjectWords.slice(opening), finder.isPersonNoun) ??
          definiteDescribedBeforeVerb(finder.reader, sentence, subjectWords.slice(opening)));
    if (described) return { ...described, cue: tokenAt(analysis, afterCue).lemma };
  }
  const named =
    namedAfter(finder, sentence, span, afterAll) ??
    // '"…," a woman who sells blouses in the Zócalo, Guadalupe Rendón Salgado, said': the name set off after.
    namedAfterDescription(finder, sentence, span, afterAll) ??
    roleThenName(finder.roleReader, analysis, sentence.mentions, afterAll);
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
      finder.subjectIn(sentence, phrase, people, outer, false) ?? finder.properName(analysis, phrase);
    if (named) return { ...named, cue: 'according' };
  }
  return null;
}

/** Words after a form of "be" that make a tag of a cleft ('…," is how Ramírez put it', '…," was what she said'). */
const CLEFT_WORDS: ReadonlySet<string> = new Set(['how', 'what']);

/**
 * How many of the tokens after a quotation open a cleft before its tag: punctuation, a form of "be" and "how"
 * or "what" ('"…," is how one of the women put it to us'); 0 when they open none.
 */
function cleftOpening(analysis: Analysis, after: readonly number[]): number {
  const first = after.findIndex((t) => tokenAt(analysis, t).pos !== 'PUNCT');
  const be = first < 0 ? undefined : tokenAt(analysis, after[first] ?? -1);
  const word = after[first + 1] === undefined ? undefined : tokenAt(analysis, after[first + 1] ?? -1);
  return be?.lemma === 'be' && word !== undefined && CLEFT_WORDS.has(word.normal) ? first + 2 : 0;
}

/** True when token `t` is a verb and "it" its object right after it ("put it", "described it"). */
function verbOfIt(analysis: Analysis, t: number): boolean {
  return analysis.tokens[t]?.pos === 'VERB' && analysis.tokens[t + 1]?.normal === 'it';
}

/**
 * A person named right after a quotation that hands over to them with a comma, a question or an
 * exclamation mark: '"…," Col. Raúl Ibarra Quintanilla, a spokesman for…, said' (an apposition between
 * the name and the verb of saying) and '"…," Cantú joked' (any verb right after the name).
 */
function namedAfter(
  finder: SpeakerFinder,
  sentence: WorkingSentence,
  span: QuoteSpan,
  after: readonly number[],
): SpeakerGuess | null {
  const { analysis } = sentence;
  // The last mark of the words, inside any closing marks of a quotation within ('…both,\'"').
  if (!handsOver(analysis.text, span)) return null;
  const first = after.find((t) => tokenAt(analysis, t).pos !== 'PUNCT');
  // By binary search among the names: a sentence of thousands of '"…," she read' holds thousands of pronouns.
  const mention = first === undefined ? undefined : sentence.named.at(first);
  const entity = mention ? finder.reader.entity(mention.entityId) : undefined;
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
      k > 0 && finder.isCue(tokenAt(analysis, t)) && tokenAt(analysis, rest[k - 1] ?? -1).value === ',',
  );
  const cutShort = rest.findIndex((t) => CLAUSE_END.has(tokenAt(analysis, t).value));
  if (cue === undefined || (cutShort >= 0 && (rest[cutShort] ?? 0) < cue)) return null;
  return { ...guess, cue: tokenAt(analysis, cue).lemma };
}

/** "She added, …" at the start of a sentence attributes the quotation just before it. */
export function leadingAttribution(
  finder: SpeakerFinder,
  sentence: WorkingSentence,
  people: readonly PersonMention[],
): SpeakerGuess | null {
  const lead: number[] = [];
  for (let t = sentence.tokenStart; t < sentence.tokenEnd && lead.length < MAX_TOKENS_TO_CUE; t++) {
    const tok = tokenAt(sentence.analysis, t);
    if (sentence.quoteSpans.some((q) => tok.start >= q.outerStart)) break;
    lead.push(t);
  }
  const cueIndex = lead.findIndex((t) => finder.isCue(tokenAt(sentence.analysis, t)));
  // "That is what an old man in Temósachic told me.": the words before point back at the quotation, and
  // whoever the words after "what" name or describe said it.
  const pointed = afterPointingBack(sentence.analysis, lead);
  if (pointed > 0 && cueIndex > pointed) {
    const subject = lead.slice(pointed, cueIndex);
    const who =
      finder.subjectIn(sentence, subject, people, null, true) ??
      aPersonDescribed(sentence.analysis, subject, finder.isPersonNoun) ??
      describedBeforeVerb(sentence.analysis, subject, finder.isPersonNoun);
    const cueToken = lead[cueIndex];
    return who && cueToken !== undefined ? { ...who, cue: tokenAt(sentence.analysis, cueToken).lemma } : null;
  }
  if (cueIndex <= 0 || cueIndex >= SAYING_LEAD) return null;
  const beforeCue = lead.slice(0, cueIndex);
  const clauseStart = beforeCue.findLastIndex((t) => tokenAt(sentence.analysis, t).pos === 'PUNCT');
  const subject = finder.subjectIn(sentence, beforeCue.slice(clauseStart + 1), people, null, true);
  const cueToken = lead[cueIndex];
  if (!subject || cueToken === undefined) return null;
  return { ...subject, cue: tokenAt(sentence.analysis, cueToken).lemma };
}

/**
 * True when a quotation's words end with a full stop and a capital opens the words after its closing mark
 * ("'…your machine now.' I said"): a new sentence, not a verb of saying handing the words over. A question
 * or an exclamation ends one too when a comma or a colon before its opening mark handed the words over
 * already ("a trooper kept asking, 'Sergeant, where are they?' I told him to shoot"); alone it may be
 * followed by its own tag ("'Where are they?' I asked").
 */
function endsSentence(text: string, span: QuoteSpan): boolean {
  const words = text.slice(span.start, span.end).replace(P1, '');
  const last = words.at(-1);
  const ended = last === '.' || ((last === '?' || last === '!') && handedOver(text, span.outerStart));
  return ended && P2.test(text.slice(span.outerEnd, span.outerEnd + 4));
}

/** True when a comma or a colon stands before the opening mark at `outerStart`, past spaces only. */
function handedOver(text: string, outerStart: number): boolean {
  let at = outerStart - 1;
  while (at >= 0 && (text[at] === ' ' || text[at] === '\u00a0')) at--;
  return text[at] === ',' || text[at] === ':';
}

/**
 * The person "the" and one noun for a person (`subject`: "the officer") point back to by a kind of that
 * noun ({@link kindAntecedent}), looked for before the quotation opening at character `quoteStart`.
 */
function generalNounAntecedent(
  finder: SpeakerFinder,
  sentence: WorkingSentence,
  quoteStart: number,
  subject: readonly number[],
): Omit<SpeakerGuess, 'cue'> | null {
  const { analysis } = sentence;
  const isKindOf = finder.reader.isKindOf;
  if (subject.length !== 2 || !isKindOf) return null;
  const [the, noun] = subject.map((t) => tokenAt(analysis, t));
  if (the?.normal !== 'the' || noun?.pos !== 'NOUN' || !finder.isPersonNoun(noun.lemma)) return null;
  const before = firstTokenAtOrAfter(analysis, sentence.tokenStart, sentence.tokenEnd, quoteStart);
  return kindAntecedent(
    { isPersonNoun: finder.isPersonNoun, isKindOf: (l, k) => isKindOf(l, k), entity: finder.entity },
    sentence,
    before,
    noun.lemma,
  );
}

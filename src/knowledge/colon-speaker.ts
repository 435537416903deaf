/**
 * A quotation's speaker named by a clause ending in a colon before it ("Ray Dunphy put it to me this way:
 * '…'", "Coombs's answer was short: '…'", 'City Attorney Gil Nakamura: "…"'): the subject of the clause's
 * verb, a label of a name, or the words opening the clause. One of the readings of words-before-quote.ts.
 */
import { RELATIVE_PRONOUNS } from '../nlp/relative-pronouns.ts';
import type { Analysis } from '../nlp/pipeline.ts';
import type { WorkingSentence } from './annotate.ts';
import { aPersonDescribed } from './described-goes-on.ts';
import { apposedDescription } from './described-after.ts';
import { isVerb, withoutRelative } from './clause-words.ts';
import { charRange } from './mention-index.ts';
import { NAME_WORD } from './name-words.ts';
import { possessor, relativeOf } from './referents.ts';
import { endsClause, type QuoteSurroundings, type SpeakerFinder } from './speaker-finder.ts';
import { nounPhraseBefore, tokenAt, type SpeakerGuess } from './speakers.ts';

// Patterns with `\p{…}`, built once: inside a function tsx rebuilds them on every call (src/nlp/letter-tests.ts).
/** Quoted words that open as a sentence does, on a capital or a figure: words said in full, not a fragment. */
export const OPENS_AS_SENTENCE = /^[\s¡¿]*[\p{Lu}\d]/u;
/** A word opening in lower case: no word of a name's label ("City Attorney Gil Nakamura:"). */
const OPENS_LOWER_CASE = /^\p{Ll}/u;

/** Tokens at most of a name and its title set before a colon as a speaker's label ("City Attorney Gil Nakamura:"). */
const MAX_LABEL_TOKENS = 8;

/**
 * The speaker a colon ending the words before the quotation hands it to: the subject of the verb before it,
 * a person (or a body, for words said in full); `null` when the words before end in no colon or name no one.
 */
export function speakerBeforeColon(finder: SpeakerFinder, around: QuoteSurroundings): SpeakerGuess | null {
  const { sentence, span, before, people, outer } = around;
  const { analysis } = sentence;
  const last = before.at(-1);
  if (last === undefined || tokenAt(analysis, last).value !== ':') return null;
  const clauseStart = before.findLastIndex((t) => endsClause(analysis, t, finder));
  const clause = before.slice(clauseStart + 1, -1);
  const verb = clause.findLastIndex((t) => isVerb(tokenAt(analysis, t)));
  // "A Pentagon official familiar with the command, who spoke on condition of anonymity, put it this
  // way:": the words opening the clause before the verb, without a "who" clause set off by commas.
  const opening = verb > 0 ? withoutRelative(analysis, clause.slice(0, verb)) : [];
  // "A Juárez defense lawyer, who asked not to be named because he represents clients…, put it the other
  // way:": the clause set off says who the subject is; a "he" inside it is no subject of the verb.
  const subject =
    verb <= 0
      ? null
      : (finder.subjectIn(sentence, opening, people, outer, true) ??
        // "His answer came without hesitation:" is his; "Her husband was blunter:" is not hers. In "A taxi
        // driver …, who gave only his first name, Javier, put it another way:" the "his" of the clause the
        // comma did not close is the driver's own: only words before a relative pronoun are read.
        possessor(finder.reader, sentence, beforeRelativePronoun(analysis, opening), people, outer) ??
        relativeOf(finder.reader, sentence, opening, people));
  // Only words said in full: 'The strategy had a name: "prevention through deterrence."' says no one.
  const full = OPENS_AS_SENTENCE.test(analysis.text.slice(span.start, span.end));
  // "A young marine at the tape, his face covered by a balaclava, sent …:": past words set off by commas
  // after it, the subject is the last piece a determiner opens.
  const first = subjectPieceStart(analysis, opening);
  const opener = opening[first];
  // "A Pentagon official": a body naming what an unnamed person is names no body speaking.
  const indefinite = opener !== undefined && ['a', 'an'].includes(tokenAt(analysis, opener).normal);
  const subjectType = finder.reader.entity(subject?.speakerId ?? '')?.type;
  // "US Northern Command was blunt in its reply: '…'": a body says words in full as a person does.
  if (subject && (subjectType === 'person' || (full && subjectType === 'organisation' && !indefinite)))
    return { ...subject, cue: null };
  const labelled = verb < 0 ? nameBeforeColon(finder, sentence, clause) : null;
  if (labelled) return { ...labelled, cue: null };
  if (!full) return null;
  // "The city of Juárez posted on its Facebook page Saturday: '…'", "the formation answered … with the
  // motto: '…'": with no one named, the words opening the clause before the verb, as written.
  if ((!subject || indefinite) && opener !== undefined && tokenAt(analysis, opener).pos === 'DET') {
    const comma = opening.findIndex((t, k) => k > first && tokenAt(analysis, t).value === ',');
    const described = nounPhraseBefore(analysis, opening.slice(first, comma < 0 ? undefined : comma));
    if (described) return { ...described, cue: null };
  }
  return subject ? null : unnamedSubject(finder, analysis, clause, verb, opening);
}

/**
 * With no subject found, the person the words before the verb describe: an apposition ("One reader who emailed
 * us, a retired surveyor in Hatch, put it simply:"), a name ("Joint Task Force North sent us a statement
 * tonight:"), or the subject's opening words ("A taxi driver waiting for fares …, who gave only his first
 * name, Javier, put it another way:").
 */
function unnamedSubject(
  finder: SpeakerFinder,
  analysis: Analysis,
  clause: readonly number[],
  verb: number,
  opening: readonly number[],
): SpeakerGuess | null {
  const apposed = verb > 0 ? apposedDescription(analysis, clause.slice(0, verb), finder.isPersonNoun) : null;
  if (apposed) return { ...apposed, cue: null };
  const named = nameOpening(analysis, opening);
  if (named) return { ...named, cue: null };
  const opened = aPersonDescribed(analysis, openingNounPhrase(analysis, opening), finder.isPersonNoun);
  return opened ? { ...opened, cue: null } : null;
}

/** The article and the adjectives and nouns `tokens` open with ("A taxi driver" of "A taxi driver waiting …"). */
function openingNounPhrase(analysis: Analysis, tokens: readonly number[]): readonly number[] {
  const end = tokens.findIndex((t, k) => k > 0 && !['ADJ', 'NOUN'].includes(tokenAt(analysis, t).pos));
  return end < 0 ? tokens : tokens.slice(0, end);
}

/** The tokens of `tokens` before the first relative pronoun among them (all of them when there is none). */
function beforeRelativePronoun(analysis: Analysis, tokens: readonly number[]): readonly number[] {
  const at = tokens.findIndex((t) => RELATIVE_PRONOUNS.has(tokenAt(analysis, t).normal));
  return at < 0 ? tokens : tokens.slice(0, at);
}

/**
 * 'City Attorney Gil Nakamura: "It does not."': a clause of no verb that is a person's name, with any title
 * before it, set before a colon as a transcript's label is, names who speaks.
 */
function nameBeforeColon(
  finder: SpeakerFinder,
  sentence: WorkingSentence,
  clause: readonly number[],
): Omit<SpeakerGuess, 'cue'> | null {
  const last = clause.at(-1);
  if (last === undefined || clause.length > MAX_LABEL_TOKENS) return null;
  const end = tokenAt(sentence.analysis, last).end;
  const mention = sentence.mentions.find(
    (m) => m.via !== 'pronoun' && charRange(sentence.analysis, m).end === end,
  );
  const entity = mention ? finder.reader.entity(mention.entityId) : undefined;
  if (!mention || entity?.type !== 'person') return null;
  const start = charRange(sentence.analysis, mention).start;
  const before = clause.filter((t) => tokenAt(sentence.analysis, t).end <= start);
  // Only a title may stand before the name: "Lawyers for Gil Nakamura:" is no label.
  if (before.some((t) => OPENS_LOWER_CASE.test(tokenAt(sentence.analysis, t).value))) return null;
  return { speakerId: entity.id, speakerName: entity.name };
}

/**
 * 'Joint Task Force North sent us a statement tonight: "…"': a clause whose words before its verb are all
 * a name's (two words or more, each capitalised) names the body or person that said it, as written.
 */
function nameOpening(analysis: Analysis, opening: readonly number[]): Omit<SpeakerGuess, 'cue'> | null {
  if (opening.length < 2) return null;
  const words = opening.map((t) => tokenAt(analysis, t));
  if (!words.every((w) => w.pos === 'PROPN' && NAME_WORD.test(w.value))) return null;
  return { speakerId: null, speakerName: words.map((w) => w.value).join(' ') };
}

/** Possessive determiners that open words set off about the subject before them ("his face covered …"). */
const SET_OFF_POSSESSIVES: ReadonlySet<string> = new Set(['his', 'her', 'their', 'its']);

/**
 * Where the subject's words start in `opening` (the words before the verb): after its last comma, or, when
 * the words after the last comma are empty and the piece before them opens with a possessive ("A young marine
 * at the tape, his face covered by a balaclava,"), at the piece before that one, when a determiner opens it.
 */
function subjectPieceStart(analysis: Analysis, opening: readonly number[]): number {
  const last = opening.findLastIndex((t) => tokenAt(analysis, t).value === ',') + 1;
  if (last === 0 || last < opening.length) return last;
  const setOff = opening.findLastIndex((t, k) => k < last - 1 && tokenAt(analysis, t).value === ',') + 1;
  if (setOff === 0 || !SET_OFF_POSSESSIVES.has(tokenAt(analysis, opening[setOff] ?? -1).normal)) return last;
  const piece = opening.findLastIndex((t, k) => k < setOff - 1 && tokenAt(analysis, t).value === ',') + 1;
  return tokenAt(analysis, opening[piece] ?? -1).pos === 'DET' ? piece : last;
}

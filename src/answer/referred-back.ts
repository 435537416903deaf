/**
 * A figure's sentence that points back by a pronoun to what the sentence before it names: "The procession
 * formed at ten o'clock in the forenoon. Some three hundred people were in it." The figure counts the people
 * in the procession, and the question's word for it ("how many people walked in the procession?") is said
 * in the sentence the pronoun points to.
 *
 * The pronoun points back only when its own sentence names nothing for it to stand for first ("The Pentagon
 * said it would send 5,200 soldiers": "it" is the Pentagon), unless it is a preposition's object ("were in it",
 * "many of them"), and only to a subject of its number ("it" to "the procession", "they" to "the riders").
 */
import type { Sentence } from '../knowledge/schema.ts';
import { escapeRegExp } from '../nlp/escape.ts';
import type { Token } from '../nlp/pipeline.ts';

/** Pronouns that stand for one thing a sentence before named ("were in it", "its leaders"). */
const SINGULAR_POINTING: ReadonlySet<string> = new Set(['it', 'its']);
/** Pronouns that stand for a group a sentence before named ("of them", "they rode"). */
const PLURAL_POINTING: ReadonlySet<string> = new Set(['they', 'them', 'their']);

/** Forms of the auxiliaries that agree with a singular subject, and with a plural one. */
const SINGULAR_AUX: ReadonlySet<string> = new Set(['is', 'was', 'has', 'does']);
const PLURAL_AUX: ReadonlySet<string> = new Set(['are', 'were', 'have', 'do']);
/** Determiners that make a noun phrase one thing, and ones that make it several. */
const SINGULAR_DET: ReadonlySet<string> = new Set(['a', 'an', 'each', 'every', 'this', 'that', 'one']);
const PLURAL_DET: ReadonlySet<string> = new Set(['these', 'those', 'both', 'many', 'several', 'few']);

type GrammaticalNumber = 'singular' | 'plural';

const isNominal = (t: Token): boolean => t.pos === 'NOUN' || t.pos === 'PROPN';

/** Index of the first verb or auxiliary of `tokens`, or their length when none: the subject ends there. */
function subjectEnd(tokens: readonly Token[]): number {
  const verb = tokens.findIndex((t) => t.pos === 'VERB' || t.pos === 'AUX');
  return verb < 0 ? tokens.length : verb;
}

/**
 * The number of the subject of `tokens` (a sentence), where its grammar says it: the auxiliary after it
 * ("was"/"were"), nouns joined by "and", a figure or a determiner before its last noun, or that noun's own
 * plural (its lemma differs: "riders" → "rider"); `null` when nothing says ("The police formed").
 */
export function subjectNumber(tokens: readonly Token[]): GrammaticalNumber | null {
  const end = subjectEnd(tokens);
  const verb = tokens[end];
  if (verb?.pos === 'AUX' && SINGULAR_AUX.has(verb.normal)) return 'singular';
  if (verb?.pos === 'AUX' && PLURAL_AUX.has(verb.normal)) return 'plural';
  const subject = tokens.slice(0, end);
  let head = -1;
  for (let i = subject.length - 1; i >= 0 && head < 0; i--) if (isNominal(subject[i]!)) head = i;
  if (head < 0) return null;
  const nounBeforeAnd = subject
    .slice(0, head)
    .some((t, i) => t.normal === 'and' && subject.slice(0, i).some(isNominal));
  if (nounBeforeAnd) return 'plural';
  for (const t of subject.slice(0, head)) {
    if (t.pos === 'NUM') return t.normal === 'one' ? 'singular' : 'plural';
    if (SINGULAR_DET.has(t.normal)) return 'singular';
    if (PLURAL_DET.has(t.normal)) return 'plural';
  }
  const noun = subject[head]!;
  return noun.pos === 'NOUN' && noun.lemma !== noun.normal ? 'plural' : null;
}

/**
 * Whether the pronoun at `i` of `tokens` may point out of its sentence: no name comes before it in its own
 * sentence ("The Pentagon said it would send…": it is the Pentagon), or it is a preposition's object ("in it",
 * "of them"). A common noun before it may itself point back ("The group said in a statement that its staff
 * had treated…", the group the sentence before names).
 */
function pointsOut(tokens: readonly Token[], i: number): boolean {
  if (dummyIt(tokens, i)) return false;
  return tokens[i - 1]?.pos === 'ADP' || !tokens.slice(0, i).some((t) => t.pos === 'PROPN');
}

/**
 * An "it" that stands for nothing: "It is expected that 5,200 soldiers will stay", "it was unclear whether…",
 * "It is hard to say…" — "it" then a form of "be" (an adverb may come between), a word that says how the
 * matter is, and "that", "whether" or "to".
 */
function dummyIt(tokens: readonly Token[], i: number): boolean {
  if (tokens[i]?.normal !== 'it') return false;
  let k = i + 1;
  if (tokens[k]?.lemma !== 'be') return false;
  k++;
  if (tokens[k]?.pos === 'ADV' || tokens[k]?.pos === 'PART') k++;
  const said = tokens[k];
  if (!said || (said.pos !== 'ADJ' && said.pos !== 'VERB')) return false;
  const next = tokens[k + 1]?.normal;
  return next === 'that' || next === 'whether' || next === 'to' || next === 'if';
}

/**
 * The sentence before `sentence` in its paragraph (`before`, as the index gives it, analysed as
 * `beforeTokens`) when `sentence`'s tokens hold a pronoun that points out of its own sentence and agrees in
 * number with the subject of the sentence before (it/its one thing, they/them/their several; a subject
 * whose number is not said agrees with either); `null` otherwise, or when it opens its paragraph.
 */
export function referredBack(
  sentence: Sentence,
  tokens: readonly Token[],
  before: Sentence | null,
  beforeTokens: readonly Token[],
): Sentence | null {
  if (!before || before.paragraph !== sentence.paragraph) return null;
  const number = subjectNumber(beforeTokens);
  const agrees = (t: Token): boolean =>
    (SINGULAR_POINTING.has(t.normal) && number !== 'plural') ||
    (PLURAL_POINTING.has(t.normal) && number !== 'singular');
  return tokens.some((t, i) => t.pos === 'PRON' && agrees(t) && pointsOut(tokens, i)) ? before : null;
}

/**
 * What a pronoun may stand for in the sentence it points to (`tokens`, analysed from `before`): the nouns and
 * names of its subject, before its first verb ("The procession formed at ten o'clock in the forenoon" lends
 * "procession", not "form", "o'clock" or "forenoon"), and only the people and places named there ("Crowds
 * filled the plaza, a day after Sheinbaum visited" lends no Sheinbaum).
 */
export function namedIn(before: Sentence, tokens: readonly Token[]): Sentence {
  const end = subjectEnd(tokens);
  const nouns = new Set(
    tokens
      .slice(0, end)
      .filter(isNominal)
      .flatMap((t) => [t.lemma, t.normal]),
  );
  const subjectText = before.text.slice(0, tokens[end]?.start ?? before.text.length);
  const inSubject = (text: string): boolean =>
    new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(text)}(?![\\p{L}\\p{N}])`, 'iu').test(subjectText);
  return {
    ...before,
    lemmas: before.lemmas.filter((l) => nouns.has(l)),
    mentions: before.mentions.filter((m) => inSubject(m.text)),
  };
}

/**
 * "The second letter was written, in her words, '…'": words a possessive pronoun owns right before them
 * ("in her words", "in his own words") are the words of the one the pronoun stands for, whatever the
 * sentence is about; the pronoun's gender chooses among the people named before.
 */
import type { Analysis } from '../nlp/pipeline.ts';
import type { WorkingSentence } from './annotate.ts';
import type { ArticleReader } from './article-reader.ts';
import { readingOrder } from './mention-order.ts';
import { lastPerson, type PersonMention, type SpeakerGuess } from './speakers.ts';

/** The possessives of one person, whose gender the reader's pronouns give. */
const POSSESSIVES: ReadonlySet<string> = new Set(['his', 'her']);

/**
 * The token of the possessive in "in his words," / "in her own words:" ending `before` (token indices read
 * before a quotation, in order), or `null` when the words before the quotation do not end so.
 */
export function possessiveOwningWords(analysis: Analysis, before: readonly number[]): number | null {
  let i = before.length - 1;
  while (i >= 0 && (normalAt(analysis, before, i) === ',' || normalAt(analysis, before, i) === ':')) i--;
  if (normalAt(analysis, before, i) !== 'words') return null;
  i--;
  if (normalAt(analysis, before, i) === 'own') i--;
  if (!POSSESSIVES.has(normalAt(analysis, before, i)) || normalAt(analysis, before, i - 1) !== 'in')
    return null;
  return before[i] ?? null;
}

/**
 * The normal form of the `k`th of the tokens `before` lists, '' past either end. A function of the module, not a
 * closure made per quotation: under tsx each named closure costs a property definition when it is made
 * (esbuild's `keepNames`).
 */
function normalAt(analysis: Analysis, before: readonly number[], k: number): string {
  return analysis.tokens[before[k] ?? -1]?.normal ?? '';
}

/**
 * The speaker of a quotation right after "in her words," in its sentence: `own`, the speaker the words
 * around it name, unless their gender is known and is not the possessive's; then the last person named
 * before it whom the text gives the possessive's gender, else whose first name leans to it. A quotation inside another keeps `own`.
 */
export function ownerOfTheirWords(
  reader: ArticleReader,
  sentence: WorkingSentence,
  before: readonly number[],
  people: readonly PersonMention[],
  own: SpeakerGuess | null,
): SpeakerGuess | null {
  const t = possessiveOwningWords(sentence.analysis, before);
  const tok = t === null ? undefined : sentence.analysis.tokens[t];
  const gender = tok ? reader.pronouns.get(tok.normal) : undefined;
  if (!tok || !gender) return own;
  const ownGender = own?.speakerId ? reader.genderOf(own.speakerId) : null;
  if (own && (ownGender === null || ownGender === gender)) return own;
  const order = readingOrder(sentence.paragraph - 1, tok.start);
  // "General Lauro Villar … in her words": a gender the text said beats one a first name only leans to.
  const said = reader.saidGenderOf;
  const who =
    (said ? lastPerson(people, order, gender, null, (id) => said(id)) : null) ??
    lastPerson(people, order, gender, null, (id) => reader.genderOf(id));
  const entity = who ? reader.entity(who) : undefined;
  return entity ? { speakerId: entity.id, speakerName: entity.name, cue: null } : own;
}

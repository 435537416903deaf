/**
 * "One of my former students is a DEA agent in this city, and he told me after the ruling, '…'": a subject
 * pronoun opening a clause joined on by "and"/"but" goes on about the person an earlier clause of its own
 * sentence introduced by an indefinite noun phrase ("a DEA agent"), when no one of the pronoun's gender is
 * named before it in the sentence. That unnamed person is the last one introduced, nearer than anyone named
 * in the sentences before, so the words are theirs as the article describes them.
 */
import type { Analysis } from '../nlp/pipeline.ts';
import { personPhrase, type IntroducedPhrase } from './introduced-antecedents.ts';
import { quoted, tokenAt, type SpeakerGuess } from './speakers.ts';
import type { WorkingSentence } from './working.ts';
import { lowerFirst } from '../nlp/lower-first.ts';

/** What the reading asks of the article: entities, genders and nouns for people. */
export interface ClauseIntroducedReader {
  pronouns: ReadonlyMap<string, 'male' | 'female'>;
  entity(id: string): { id: string; name: string; type: string } | undefined;
  genderOf(id: string): 'male' | 'female' | null;
  isPersonNoun(lemma: string): boolean;
  nounGender(lemma: string): 'male' | 'female' | null;
}

const INDEFINITE = new Set(['a', 'an', 'one']);
/** Tokens that open a clause before its subject. */
const CLAUSE_OPENERS = new Set([',', ';', ':', '—', '–']);
const CLAUSE_POS = new Set(['CCONJ', 'SCONJ']);
/** Adverbs read over between a verb and its neighbours ("is now a DEA agent", "a man then came"). */
const MAX_ADVERBS = 2;
/** Tokens of a sentence read back from the pronoun for the introducing phrase. */
const MAX_TOKENS_BACK = 40;

/**
 * The unnamed person an earlier clause of `sentence` introduced, whom the pronoun of `gender` at token `t`
 * (opening a clause after "and"/"but") stands for, or `null`.
 */
export function clauseIntroduced(
  reader: ClauseIntroducedReader,
  sentence: WorkingSentence,
  t: number,
  gender: 'male' | 'female',
): Omit<SpeakerGuess, 'cue'> | null {
  const { analysis } = sentence;
  if (t <= sentence.tokenStart || tokenAt(analysis, t - 1).pos !== 'CCONJ') return null;
  const named = sentence.mentions.some((m) => {
    if (m.token >= t || m.via === 'pronoun' || quoted(sentence, m.token)) return false;
    if (reader.entity(m.entityId)?.type !== 'person') return false;
    const known = reader.genderOf(m.entityId);
    return known === null || known === gender;
  });
  if (named) return null;
  let found: IntroducedPhrase | null = null;
  for (let k = Math.max(sentence.tokenStart, t - MAX_TOKENS_BACK); k < t - 1; k++) {
    if (!INDEFINITE.has(tokenAt(analysis, k).normal) || quoted(sentence, k)) continue;
    const phrase = personPhrase(reader, analysis, k, t);
    if (phrase && (predicateAfterBe(reader, sentence, k) || opensClause(sentence, phrase))) found = phrase;
  }
  if (!found) return null;
  // "a nurse … and she told me": a noun that marks the other gender is someone else.
  const marked = reader.nounGender(tokenAt(analysis, found.head).lemma);
  if (marked !== null && marked !== gender) return null;
  // Anyone named between the phrase and the pronoun is nearer than it.
  if (sentence.mentions.some((m) => m.token > found.head && m.token < t && m.via !== 'pronoun')) return null;
  const mention = sentence.mentions.find((m) => m.token === found.from && m.via !== 'pronoun');
  const entity = mention ? reader.entity(mention.entityId) : undefined;
  if (entity?.type === 'person') return { speakerId: entity.id, speakerName: entity.name };
  return { speakerId: null, speakerName: asWritten(analysis, found) };
}

/**
 * True when the phrase at token `k` is the predicate noun of a form of "be" ("is a DEA agent"), whose own
 * clause has no definite person phrase as its subject ("the sheriff is a tall man", "my neighbor is a
 * deputy": the sheriff or neighbor, not a person newly introduced).
 */
function predicateAfterBe(reader: ClauseIntroducedReader, sentence: WorkingSentence, k: number): boolean {
  const { analysis } = sentence;
  let v = k - 1;
  while (v > sentence.tokenStart && v >= k - MAX_ADVERBS && tokenAt(analysis, v).pos === 'ADV') v--;
  if (v < sentence.tokenStart || tokenAt(analysis, v).lemma !== 'be') return false;
  let person = false;
  let j = v - 1;
  for (; j >= sentence.tokenStart && j >= v - MAX_TOKENS_BACK; j--) {
    const tok = tokenAt(analysis, j);
    if (CLAUSE_OPENERS.has(tok.value) || CLAUSE_POS.has(tok.pos)) break;
    if (tok.pos === 'NOUN' && reader.isPersonNoun(tok.lemma)) person = true;
  }
  // "One of my former students is a DEA agent" introduces someone; "my neighbor is a deputy" does not.
  return !person || INDEFINITE.has(tokenAt(analysis, j + 1).normal);
}

/**
 * True when the phrase is its clause's subject: it opens the sentence or follows a clause boundary, and
 * a verb (or "who") comes right after its noun ("A man came to the door, and he …"), not an object or an
 * apposition ("sent a rider to the ranch", "hired a deputy, a young man").
 */
function opensClause(sentence: WorkingSentence, phrase: IntroducedPhrase): boolean {
  const { analysis } = sentence;
  const before = phrase.from > sentence.tokenStart ? tokenAt(analysis, phrase.from - 1) : null;
  if (before && !CLAUSE_OPENERS.has(before.value) && !CLAUSE_POS.has(before.pos)) return false;
  let a = phrase.head + 1;
  while (a < sentence.tokenEnd && a <= phrase.head + MAX_ADVERBS && tokenAt(analysis, a).pos === 'ADV') a++;
  const after = analysis.tokens[a];
  return !!after && (after.pos === 'VERB' || after.pos === 'AUX' || after.normal === 'who');
}

/** The phrase as the article wrote it, its determiner in lower case ("a DEA agent"). */
function asWritten(analysis: Analysis, phrase: IntroducedPhrase): string {
  const text = analysis.text.slice(tokenAt(analysis, phrase.from).start, tokenAt(analysis, phrase.head).end);
  return lowerFirst(text);
}

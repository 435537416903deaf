/**
 * Where a run of names goes on past a surname's particle ("Agustín de la Peña", "Mrs. Josefa Garza de la
 * Vega"), and the age set off by commas after a name that says it is a person's.
 */
import type { Analysis, Token } from '../nlp/pipeline.ts';
import { bare } from './name-words.ts';
import { particleSurnameEnd } from './particle-names.ts';
import { descriptionAfter, headWords } from './person-descriptions.ts';

/** The lexicon's words a run's ending past a particle is read with. */
export interface ParticleRunReader {
  /** Honorifics, lower case without the full stop ("mrs"). */
  readonly honorifics: ReadonlyMap<string, 'male' | 'female' | null>;
  /** Titles, honorifics and their abbreviations. */
  readonly titles: ReadonlySet<string>;
  /** Nouns of office or occupation that mark a gender ("spokeswoman"). */
  readonly gendered: ReadonlyMap<string, 'male' | 'female'>;
  /** Ranks and offices by themselves, abbreviated or written out ("gen", "general"). */
  readonly offices: ReadonlySet<string>;
  isPersonNoun(lemma: string): boolean;
  isEnglishWord(word: string): boolean;
}

/**
 * Where a run of one given name ends when a surname's particle and a surname follow it and a description
 * of a person comes after them ("Agustín de la Peña, a merchant of this place,"); `null` otherwise. A
 * titled run of two names goes on too when the title is an honorific ("Mrs. Josefa Garza de la Vega,") or
 * an age follows ("Doña Refugio Aldama de Soto, 71,"): no body's name is given an honorific or an age.
 */
export function particleRunEnd(
  reader: ParticleRunReader,
  analysis: Analysis,
  run: { start: number; titleEnd: number; end: number },
  blocked: (t: number) => boolean,
): number | null {
  const names = run.end - run.titleEnd;
  if (names !== 1 && names !== 2) return null;
  // "the Cártel del Noreste, heir to the Zetas,": English sets no article before a person's name.
  if (run.titleEnd === run.start && analysis.tokens[run.start - 1]?.normal === 'the') return null;
  const end = particleSurnameEnd(analysis.tokens, run.end, blocked);
  if (end === null) return afterPersonNoun(reader, analysis.tokens, run, blocked);
  if (run.titleEnd > run.start && agedAt(analysis.tokens, end)) return end;
  // "Mrs. Josefa Garza de la Vega, whose house…": an honorific opens no body's name.
  if (run.titleEnd > run.start && reader.honorifics.has(bare(analysis.tokens[run.start]?.value ?? '')))
    return end;
  // "Professor Herminia Leal de Zambrano, who taught history…": "who" after the name says a person's.
  if (analysis.tokens[end + 1]?.normal === 'who') return end;
  if (names !== 1) return null;
  // "Lieutenant Colonel Domingo de Ugartechea, and he…": a rank or office opens no body's name either, when
  // the word after it is no English word ("Presidente Municipal de Juárez," names an office).
  if (rankedGivenName(reader, analysis.tokens, run)) return end;
  const heads = headWords(descriptionAfter(analysis, end, (l) => reader.isPersonNoun(l)));
  return heads.some((w) => reader.titles.has(w) || reader.gendered.has(w) || reader.isPersonNoun(w))
    ? end
    : null;
}

/** True when a run's title words all name a rank or office by themselves and its one name is no English word. */
function rankedGivenName(
  reader: ParticleRunReader,
  tokens: Analysis['tokens'],
  run: { start: number; titleEnd: number; end: number },
): boolean {
  if (run.titleEnd === run.start) return false;
  for (let t = run.start; t < run.titleEnd; t++)
    if (!reader.offices.has(bare(tokens[t]?.value ?? ''))) return false;
  const given = tokens[run.titleEnd]?.value.toLowerCase() ?? '';
  return given !== '' && !reader.isEnglishWord(given);
}

/** True for an age set off by commas after token `end` ("Dilcia Ramos, 34, who left…"): a person's. */
export function agedAt(tokens: readonly Token[], end: number): boolean {
  return (
    tokens[end]?.value === ',' &&
    /^\d{1,3}$/.test(tokens[end + 1]?.value ?? '') &&
    tokens[end + 2]?.value === ','
  );
}

/**
 * "defense attorney César de Castro told jurors": a given name after a noun for a person in lower case goes
 * on past a particle to the surname before the verb it is the subject of; no body's name follows a noun for
 * a person. `null` when no such noun stands before one name with no title.
 */
function afterPersonNoun(
  reader: ParticleRunReader,
  tokens: readonly Token[],
  run: { start: number; titleEnd: number; end: number },
  blocked: (t: number) => boolean,
): number | null {
  if (run.titleEnd !== run.start || run.end - run.start !== 1) return null;
  const noun = tokens[run.start - 1];
  if (noun?.pos !== 'NOUN' || noun.value !== noun.normal || !reader.isPersonNoun(noun.lemma)) return null;
  // "… de Castro told jurors", "… de Castro has argued": a verb or its auxiliary follows the surname.
  return particleSurnameEnd(tokens, run.end, blocked, (next) => next?.pos === 'VERB' || next?.pos === 'AUX');
}

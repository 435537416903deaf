/**
 * An unnamed person whose description a name closes, set off by a comma ("We talked with a woman whose
 * family has fished out of La Paz for three generations, Leticia Amador.", '"…," said a teacher at the
 * school, Ana Ruiz.'): the description comes first and the name after it, so the person is that name.
 */
import type { Token } from '../nlp/pipeline.ts';
import type { ArticlePerson } from './discovered-person.ts';
import { nameOwnedByPhraseEnd } from './name-of-phrase-end.ts';
import { PERSON_NAME_PARTICLES } from './name-words.ts';
import { sentenceHolding } from './paragraph-sentences.ts';
import type { WorkingQuote, WorkingSentence } from './working.ts';

// Patterns with `\p{…}` are built once: inside a function tsx rebuilds them on every call (see src/nlp/letter-tests.ts).
/** A word of a person's name: a capital, then letters ("Leticia", "Amador", "O'Neill"), not all capitals. */
const NAME_WORD = /^\p{Lu}[\p{Ll}'’][\p{L}'’-]*$/u;
/** An indefinite description: the name after it is news to the reader ("a woman", "an officer"). */
const INDEFINITE: ReadonlySet<string> = new Set(['a', 'an']);
/** Tokens of a description read past for its closing comma: a relative clause of a dozen words or so. */
const MAX_DESCRIPTION_TOKENS = 24;
/** Words of the name after the comma, at least and at most ("Leticia Amador", "Ana María de la Cruz Ruiz"). */
const MIN_NAME_WORDS = 2;
const MAX_NAME_WORDS = 6;
/** Sentences of its paragraph read back from a quotation's attribution for the description of its speaker. */
const MAX_SENTENCES_BACK = 4;
/**
 * Tokens at the end of a sentence searched for a speaker's description: a sentence with no full stop may
 * run to thousands of tokens and hold a quotation every few words, and a scan of all of it for each was
 * quadratic.
 */
const MAX_TOKENS_SEARCHED = 400;
/** What ends a description without a name after it: a quotation, or another clause. */
const BREAKS: ReadonlySet<string> = new Set(['"', '“', '”', ';', ':', '(', ')', '—', '–']);

/**
 * Names the speakers the article describes and then names in apposition. An unnamed person (`unnamedAt`)
 * gets the name closing their description, returned by id for the article's people; a quotation whose
 * speaker is a description no person holds ("a woman", read from "she said") gets it as its speaker's name,
 * where the description stands in its paragraph at or before the attribution. The name's first word must be
 * a first name (`genderOfName` gives it a gender: "Baja California" after "a woman from La Paz," is no
 * one's), of the gender the person has when known, and the name must end its clause (a full stop, a comma
 * or the sentence's end), so the words after the comma are the name alone.
 */
export function namesInApposition(
  quotes: readonly WorkingQuote[],
  people: readonly ArticlePerson[],
  sentences: readonly WorkingSentence[],
  {
    genderOfName,
    genderOf,
    isPersonNoun,
  }: {
    genderOfName: (first: string) => 'male' | 'female' | null;
    genderOf: (id: string) => 'male' | 'female' | null;
    isPersonNoun: (lemma: string) => boolean;
  },
): Map<string, string> {
  const out = new Map<string, string>();
  const unnamed = people.filter((p) => p.unnamedAt && indefinite(p.name));
  const described = quotes.filter((q) => q.speakerId === null && indefinite(q.speakerName));
  if (unnamed.length === 0 && described.length === 0) return out;
  // "A woman who runs a shop near the pier, Carmen Olmos, said she was shocked": a name one of the article's
  // people holds already is theirs, and the words the description was given ("she said") go to them.
  const namedIds = new Map<string, string>();
  for (const p of people) if (!p.unnamedAt) namedIds.set(p.name, p.id);
  const fits = (name: string | null, gender: 'male' | 'female' | null): name is string => {
    if (name === null) return false;
    const given = genderOfName(name.split(' ')[0] ?? '');
    return given !== null && (gender === null || gender === given);
  };
  const byParagraph = new Map<number, WorkingSentence[]>();
  // Each sentence's place in its paragraph, found once: a paragraph may hold thousands of quotations.
  const positionOf = new Map<WorkingSentence, number>();
  for (const s of sentences) {
    let list = byParagraph.get(s.paragraph);
    if (!list) byParagraph.set(s.paragraph, (list = []));
    positionOf.set(s, list.push(s) - 1);
  }
  /** The named person each unnamed one turned out to be, by the unnamed one's id. */
  const holders = new Map<string, { id: string; name: string }>();
  for (const p of unnamed) {
    const at = p.unnamedAt;
    if (!at) continue;
    const own = sentenceHolding(byParagraph.get(at.paragraph + 1) ?? [], at.start);
    const name = own ? nameAfterDescription(own.analysis.tokens, at.end, own.tokenEnd, isPersonNoun) : null;
    if (!fits(name, genderOf(p.id))) continue;
    const id = namedIds.get(name);
    if (id === undefined) out.set(p.id, name);
    else holders.set(p.id, { id, name });
  }
  // One pass over the quotations, not one per person: an article may describe thousands.
  for (const q of quotes) {
    const holder = holders.get(q.speakerId ?? '');
    if (holder) Object.assign(q, { speakerId: holder.id, speakerName: holder.name });
  }
  for (const q of described) {
    const said = q.attributionSentence ?? q.sentence;
    const list = byParagraph.get(said.paragraph) ?? [];
    const i = positionOf.get(said) ?? -1;
    for (let j = i; j >= 0 && j > i - MAX_SENTENCES_BACK; j--) {
      const s = list[j];
      const end = s ? descriptionEnd(s, q.speakerName) : -1;
      if (!s || end < 0) continue;
      const name = nameAfterDescription(s.analysis.tokens, end, s.tokenEnd, isPersonNoun);
      if (fits(name, null)) Object.assign(q, { speakerId: namedIds.get(name) ?? null, speakerName: name });
      break;
    }
  }
  return out;
}

/** True for a description opening with "a" or "an". */
function indefinite(name: string): boolean {
  return INDEFINITE.has(name.split(' ')[0]?.toLowerCase() ?? '');
}

/** The token after the last place `description`'s words stand in sentence `s`, or -1. */
function descriptionEnd(s: WorkingSentence, description: string): number {
  const words = description.toLowerCase().split(' ');
  const tokens = s.analysis.tokens;
  const first = Math.max(s.tokenStart, s.tokenEnd - MAX_TOKENS_SEARCHED);
  for (let k = s.tokenEnd - words.length; k >= first; k--) {
    if (words.every((w, n) => tokens[k + n]?.value.toLowerCase() === w)) return k + words.length;
  }
  return -1;
}

/**
 * The name after the comma that closes the description ending near `from`, or `null`; none when the words
 * before the comma end in another person ("A lawyer who represented the former mayor, Eddie Espinoza,").
 */
function nameAfterDescription(
  tokens: readonly Token[],
  from: number,
  end: number,
  isPersonNoun: (lemma: string) => boolean,
): string | null {
  let comma = -1;
  for (let k = from; k < end && k < from + MAX_DESCRIPTION_TOKENS; k++) {
    const v = tokens[k]?.value ?? '';
    if (v === ',') {
      comma = k;
      break;
    }
    if (BREAKS.has(v) || v === '.') return null;
  }
  if (comma < 0 || nameOwnedByPhraseEnd(tokens, comma + 1, isPersonNoun)) return null;
  const words: string[] = [];
  let k = comma + 1;
  for (; k < end && words.length < MAX_NAME_WORDS; k++) {
    const v = tokens[k]?.value ?? '';
    if (!NAME_WORD.test(v) && !(words.length > 0 && PERSON_NAME_PARTICLES.has(v))) break;
    words.push(v);
  }
  while (words.length > 0 && PERSON_NAME_PARTICLES.has(words.at(-1) ?? '')) words.pop();
  const after = tokens[k]?.value;
  const closes = k >= end || after === '.' || after === ',';
  return closes && words.filter((w) => NAME_WORD.test(w)).length >= MIN_NAME_WORDS ? words.join(' ') : null;
}

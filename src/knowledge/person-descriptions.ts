/**
 * What an article says a person is, in the words around their name: an apposition after it (", the
 * commander of U.S. Northern Command,", ", who raises cattle…"), "is"/"was" and a description after a name
 * opening a sentence, an age (", a 29-year-old…"), and the head nouns of such a description.
 */
import type { Analysis, Token } from '../nlp/pipeline.ts';
import { NAME_WORD, SPEECH_CUES } from './name-words.ts';
import { holdsNamedRole } from './role-words-before-name.ts';
import { lowerFirst } from '../nlp/lower-first.ts';
import { isWrittenLowerCase } from '../nlp/letter-tests.ts';
import { isPossessiveEnding } from '../nlp/possessive.ts';

/** Patterns with `\p{…}`, built once: inside a function tsx rebuilds them on every call (see src/nlp/letter-tests.ts). */
const P1 = /^\p{P}+$/u;

const MAX_DESCRIPTION_TOKENS = 24;
const DESCRIPTION_STARTS = new Set(['the', 'a', 'an', 'who', 'whose']);
/**
 * Adverbs of time an apposition's role may open with ("then the secretary of war", "now a lawyer in El Paso"):
 * the description is the role after them.
 */
const ROLE_TIME_ADVERBS: ReadonlySet<string> = new Set(['then', 'now', 'formerly', 'once', 'later']);
/** Possessives opening an apposition of kin or office: "Lorene Vickery, 61, his mother,". */
const POSSESSIVE_STARTS = new Set(['his', 'her', 'their']);

/**
 * The description an apposition gives right after a name: ", the commander of …," or ", who …".
 * `isPersonNoun` tells a role of one word set off by commas (", pastor,") from an aside (", yesterday,").
 */
export function descriptionAfter(
  analysis: Analysis,
  nameEnd: number,
  isPersonNoun: (lemma: string) => boolean,
): string | null {
  const tokens = analysis.tokens;
  // "Oris T. Wendell, 63, of Wichita Falls, the association's national commander": the town set off by commas.
  const from = tokens[nameEnd]?.value === ',' && tokens[nameEnd + 1]?.normal === 'of' ? nameEnd + 1 : nameEnd;
  const comma = afterPlace(tokens, from);
  if (tokens[comma]?.value !== ',') return null;
  // "Jefferson Davis, then the secretary of war,": the role after an adverb of when it was held.
  const end = ROLE_TIME_ADVERBS.has(tokens[comma + 1]?.normal ?? '') ? comma + 1 : comma;
  const first = tokens[end + 1];
  if (!first) return null;
  // "Edith Olivares Ferreto, executive director of Amnesty International Mexico, said": a role, unarticled.
  // "the Rev. J. W. Ashby, pastor, conducting the service": a role of one word, set off by commas, when it
  // is a noun for a person ("Maria Delgado, yesterday, told…" and ", last week," say when, not who).
  const bareRole =
    isWrittenLowerCase(first.value) &&
    (first.pos === 'NOUN' || first.pos === 'ADJ') &&
    !inTimeEntity(analysis, end + 1) &&
    (tokens[end + 2]?.pos === 'NOUN' ||
      tokens[end + 2]?.pos === 'ADP' ||
      (first.pos === 'NOUN' &&
        isPersonNoun(first.lemma) &&
        (tokens[end + 2]?.value === ',' || tokens[end + 2]?.value === '.')));
  // "El Paso's deputy city manager": a possessive within the first words opens a role.
  const possessive = tokens
    .slice(end + 1, end + 4)
    .some((t) => /['’]s$/.test(t.value) || isPossessiveEnding(t.normal));
  const starts =
    DESCRIPTION_STARTS.has(first.normal) || bareRole || possessive || possessiveApposition(tokens, end + 1);
  if (!starts) return null;
  let k = end + 1;
  while (k < tokens.length && k - end <= MAX_DESCRIPTION_TOKENS) {
    const v = tokens[k]?.value ?? '';
    if (v === ',' || v === '.' || v === ';' || v === '"' || v === '“' || v === '”' || v === ':') break;
    k++;
  }
  // "Judson P. Mayhall, who has lived on Hackney Avenue since 1903 and is known to most of our readers as…":
  // a "who" clause too long to keep whole is kept to its first predicate.
  if (k - end > MAX_DESCRIPTION_TOKENS)
    k = /^(who|whose)$/.test(first.normal) ? firstPredicateEnd(tokens, end + 2, k) : -1;
  if (k < 0) return null;
  const last = tokens[k - 1];
  if (!last || k === end + 1) return null;
  // "On Avenida Constitución, lime grower Ezequiel Bautista, 58,": the role of the name it holds.
  if (holdsNamedRole(tokens, end + 1, k)) return null;
  // "…to San Diego, a Pentagon spokesman said": an attribution after a comma, not an apposition. "A retired
  // customs agent who says he is a relative": a verb of saying right after "who" is the clause's own.
  if (
    !/^(who|whose)$/.test(first.normal) &&
    tokens
      .slice(end + 1, k)
      .some((t, j) => t.pos === 'VERB' && SPEECH_CUES.has(t.normal) && tokens[end + j]?.normal !== 'who')
  )
    return null;
  return analysis.text.slice(first.start, last.end);
}

/**
 * Where a relative clause's first predicate ends: the "and" or "but" before a second verb ("who has lived
 * there since 1903 and is known…" ends before "and"), looked for from token `from` to `to`; -1 for none.
 */
function firstPredicateEnd(tokens: readonly Token[], from: number, to: number): number {
  for (let k = from; k < to; k++) {
    const next = tokens[k + 1];
    if (tokens[k]?.pos === 'CCONJ' && (next?.pos === 'VERB' || next?.pos === 'AUX')) return k;
  }
  return -1;
}

/** True when token `k` lies inside one of wink-nlp's DATE or TIME entities. */
function inTimeEntity(analysis: Analysis, k: number): boolean {
  return analysis.ner.some((e) => (e.name === 'DATE' || e.name === 'TIME') && e.start <= k && k < e.end);
}

/**
 * True when the words from `k` are "his mother," or "her former husband,": a possessive, a few words and the
 * comma closing the apposition, so "his" is the description's, not the start of the clause's verb phrase.
 */
function possessiveApposition(tokens: Analysis['tokens'], k: number): boolean {
  if (!POSSESSIVE_STARTS.has(tokens[k]?.normal ?? '')) return false;
  for (let j = k + 1; j <= k + 3; j++) {
    const t = tokens[j];
    if (!t || t.pos === 'VERB' || t.pos === 'AUX') return false;
    if (t.value === ',') return j > k + 1 && tokens[j - 1]?.pos === 'NOUN';
  }
  return false;
}

/**
 * The description a sentence opening with a name gives with "is" or "was": "Juan Manuel Gastélum is the
 * mayor of Tijuana." → "the mayor of Tijuana".
 */
export function copulaDescription(analysis: Analysis, nameStart: number, nameEnd: number): string | null {
  const tokens = analysis.tokens;
  const before = tokens[nameStart - 1];
  if (before && !/^[.!?"“”]$/.test(before.value)) return null;
  if (!['is', 'was'].includes(tokens[nameEnd]?.normal ?? '')) return null;
  if (!DESCRIPTION_STARTS.has(tokens[nameEnd + 1]?.normal ?? '')) return null;
  const first = nameEnd + 1;
  let k = first;
  while (k < tokens.length && k - first < MAX_DESCRIPTION_TOKENS) {
    const v = tokens[k]?.value ?? '';
    if (v === ',' || v === '.' || v === ';' || v === '"' || v === '“' || v === '”' || v === ':') break;
    k++;
  }
  const last = tokens[k - 1];
  const from = tokens[first];
  if (!from || !last || k - first < 2 || k - first >= MAX_DESCRIPTION_TOKENS) return null;
  return analysis.text.slice(from.start, last.end);
}

/** The most words of a town's name after "of". */
const MAX_TOWN_WORDS = 3;

/** Where a name's "of Texas" or "of Rhode Island" ends ("Mac Thornberry of Texas, the senior…"), else `end`. */
function afterPlace(tokens: readonly Token[], end: number): number {
  if (tokens[end]?.normal !== 'of' || !NAME_WORD.test(tokens[end + 1]?.value ?? '')) return end;
  let k = end + 1;
  // "Wichita Falls": a capitalised word after the town's first is the town's, however the tagger reads it.
  while (
    k < tokens.length &&
    NAME_WORD.test(tokens[k]?.value ?? '') &&
    (tokens[k]?.pos === 'PROPN' || (k > end + 1 && k - end <= MAX_TOWN_WORDS))
  )
    k++;
  return afterState(tokens, k);
}

/**
 * The state after a town, set off by commas: "of Yoakum, Tex., who …" goes on at the comma after "Tex.";
 * `k` (the comma after the town) when no state follows.
 */
export function afterState(tokens: readonly Token[], k: number): number {
  if (tokens[k]?.value !== ',' || !STATE_WORD.test(tokens[k + 1]?.value ?? '')) return k;
  const next = tokens[k + 2]?.value === '.' ? k + 3 : k + 2;
  return tokens[next]?.value === ',' ? next : k;
}

/** A state's name or its abbreviation after a town: "Tex.", "Ariz.", "Arizona". */
export const STATE_WORD = /^\p{Lu}\p{Ll}+\.?$/u;

/** Lower-case nouns of a description's first phrase ("the Pentagon's chief spokesperson" → chief, spokesperson). */
export function headWords(description: string | null): string[] {
  if (!description) return [];
  const words = description.toLowerCase().replace(/[’]/g, "'").split(/\s+/);
  const out: string[] = [];
  for (const w of words) {
    if (DESCRIPTION_HEAD_ENDS.has(w) || PHRASE_OPENING_ADVERBS.has(w)) break;
    if (/^[a-z][a-z-]+$/.test(w) && !['the', 'a', 'an', 'former', 'new', 'senior'].includes(w)) out.push(w);
  }
  return out;
}

/**
 * Adverbs of time that open a phrase of their own after a description's noun: "a Douglas native then studying
 * law in Washington" is a native, not "the law" the article speaks of.
 */
const PHRASE_OPENING_ADVERBS: ReadonlySet<string> = new Set([
  'then',
  'now',
  'once',
  'later',
  'still',
  'also',
  'formerly',
  'currently',
  'recently',
]);

/** Words that end a description's first phrase: prepositions, conjunctions and relative pronouns. */
const DESCRIPTION_HEAD_ENDS: ReadonlySet<string> = new Set(
  (
    'of for at in on to who whom whose which where that and with from beside near along across outside ' +
    'inside by under over between among behind around about after before during since until into onto ' +
    'through toward towards within without against like as'
  ).split(' '),
);

/** True for "…, a 29-year-old …" after token `end`: an age given as a description. */
export function yearsOld(analysis: Analysis, end: number): boolean {
  const t = analysis.tokens;
  return (
    t[end]?.value === ',' &&
    /^an?$/i.test(t[end + 1]?.value ?? '') &&
    /^\d{1,3}$/.test(t[end + 2]?.value ?? '') &&
    t[end + 3]?.value === '-' &&
    t[end + 4]?.normal === 'year'
  );
}

/** Verbs that name someone ("gave her name only as", "called her", "known as", "identified as", "goes by"). */
const NAMING_LEMMAS = new Set(['call', 'name', 'know', 'identify', 'go']);
/** Tokens before a name searched for the words naming someone by it. */
const MAX_NAMING_TOKENS = 8;

/**
 * When the words just before token `nameStart` name someone by it ("who gave her name only as Chayo", "what
 * the children called her: Hermana", "known as El Güero", "who goes by Toro"): the gender their pronoun
 * gives, or `null` for none; `false` when they do not.
 */
export function namingGender(t: readonly Token[], nameStart: number): 'male' | 'female' | null | false {
  const before = t[nameStart - 1];
  if (!before) return false;
  if (before.normal !== 'as' && before.normal !== 'by' && before.value !== ':') return false;
  let named = false;
  let gender: 'male' | 'female' | null = null;
  for (let k = nameStart - 2; k >= 0 && nameStart - k <= MAX_NAMING_TOKENS; k--) {
    const tok = t[k];
    if (!tok || /^[.!?;"“”]$/.test(tok.value)) break;
    gender ??= GENDERED_PRONOUNS.get(tok.normal) ?? null;
    if (NAMING_LEMMAS.has(tok.lemma) && (tok.pos === 'VERB' || tok.pos === 'NOUN')) named = true;
  }
  return named ? gender : false;
}

/** Tokens of the phrase a naming clause describes ("a young lieutenant of his staff"). */
const MAX_NAMED_PHRASE_TOKENS = 12;

/**
 * What the phrase before a "who" clause naming someone says they are: "A young lieutenant of his staff, who
 * gave his name as Rodrigo Ibarra," → "a young lieutenant of his staff". `null` when the name at
 * `nameStart` is not given by such a clause or no "a"/"an" phrase opens the sentence before it.
 */
export function namingDescription(analysis: Analysis, nameStart: number): string | null {
  const t = analysis.tokens;
  if (namingGender(t, nameStart) === false) return null;
  let who = nameStart - 2;
  while (who >= 0 && nameStart - who <= MAX_NAMING_TOKENS && t[who]?.normal !== 'who') who--;
  if (t[who]?.normal !== 'who') return null;
  const end = t[who - 1]?.value === ',' ? who - 1 : who;
  for (let k = end - 1; k >= 0 && end - k <= MAX_NAMED_PHRASE_TOKENS; k--) {
    const tok = t[k];
    if (!tok || /^[.!?;:,"“”]$/.test(tok.value) || tok.pos === 'VERB') return null;
    const opens = k === 0 || /^[.!?;:"“”]$/.test(t[k - 1]?.value ?? '');
    if ((tok.normal === 'a' || tok.normal === 'an') && opens) {
      const last = t[end - 1];
      if (!last || end - k < 2) return null;
      const text = analysis.text.slice(tok.start, last.end);
      return lowerFirst(text);
    }
  }
  return null;
}

/** True when the words just before token `nameStart` name someone by it (see {@link namingGender}). */
export function namedAs(t: readonly Token[], nameStart: number): boolean {
  return namingGender(t, nameStart) !== false;
}

/** Tokens after a verb of saying searched for the words naming the person it introduces. */
const MAX_TOKENS_TO_NAMING = 20;

/**
 * The token of the name a "who" clause gives the person described after the verb of saying at `cue` ('said a
 * man … who gave his name as El Güero'), alone in a list, or an empty list for none. The search stops at the
 * clause's end.
 */
export function namedInClause(analysis: Analysis, region: readonly number[], cue: number): number[] {
  const tokens = analysis.tokens;
  let who = false;
  for (const t of region) {
    if (t <= cue) continue;
    if (t - cue > MAX_TOKENS_TO_NAMING) break;
    const tok = tokens[t];
    if (!tok) break;
    if (/^[.;:,"“”]$/.test(tok.value)) break;
    who ||= tok.normal === 'who';
    if (who && tok.pos === 'PROPN' && namedAs(tokens, t)) return [t];
  }
  return [];
}

const GENDERED_PRONOUNS: ReadonlyMap<string, 'male' | 'female'> = new Map([
  ['his', 'male'],
  ['him', 'male'],
  ['himself', 'male'],
  ['her', 'female'],
  ['herself', 'female'],
]);

/** A name standing alone that is a person's by what surrounds it: an age after it, or words naming someone by it. */
export function vouchedAlone(analysis: Analysis, start: number, end: number): boolean {
  // "known as Sedena" names a body as well: only words naming a him or a her ("gave her name as") vouch.
  return yearsOld(analysis, end) || Boolean(namingGender(analysis.tokens, start));
}

/** Endings of the plural names of peoples and groups ("Haitians", "Minutemen", "Texans", "Zetas" aside). */
export const PEOPLES_PLURAL = /(?:ans|men|ers|ists|ites|eses)$/u;

/** Tokens from a clause's start to the comma before a name, for a title opening it. */
const MAX_TITLE_PHRASE_TOKENS = 12;
/** Determiners opening a title set before a name: English, and Spanish as Mexican papers keep it ("El secretario"). */
const CLAUSE_DETERMINERS = new Set(['the', 'el', 'la']);
const POSSESSIVE_PRONOUNS = new Set(['his', 'her', 'their', 'my', 'our']);

/**
 * The title of a phrase set off by a comma just before token `nameStart`, and where the phrase starts: a
 * determiner or possessive, then words with no verb up to the comma, the title first ("El secretario de la
 * Defensa Nacional, gral. Luis…") or last ("the defence secretary, Gen. …", "Tijuana's director of public
 * security, …"), or a noun for a relative after a possessive pronoun ("her grandmother, Tomasa…").
 */
/**
 * The index of the word before a closing "in El Paso", "of Sonora" or "at Fort Bliss" (a preposition and
 * capitalised words up to `last`), or -1 when the phrase from `from` does not end so.
 */
function beforePlace(tokens: readonly Token[], from: number, last: number): number {
  let k = last;
  while (k > from && NAME_WORD.test(tokens[k]?.value ?? '')) k--;
  if (k === last || !PLACE_PREPOSITIONS.has(tokens[k]?.normal ?? '')) return -1;
  return k - 1;
}

/** Prepositions joining a title to the place or body it serves. */
const PLACE_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'of', 'at', 'for']);

export function titleBefore(
  tokens: readonly Token[],
  nameStart: number,
  isTitle: (value: string) => boolean,
  isGendered: (lemma: string) => boolean,
): { title: Token; from: number } | null {
  if (tokens[nameStart - 1]?.value !== ',') return null;
  const last = nameStart - 2;
  for (let d = last - 1; d >= 0 && last - d <= MAX_TITLE_PHRASE_TOKENS; d--) {
    const t = tokens[d];
    if (!t || /^[.;:,"“”]$/.test(t.value) || t.pos === 'VERB' || t.pos === 'AUX') return null;
    // "Tijuana's director of public security, X": a possessive opens the phrase as "the" does.
    // "her grandmother, Tomasa Oyervides": a possessive pronoun opens it too, and a noun for a relative
    // ("grandmother", "wife") says who they are as a title does.
    const pronoun = POSSESSIVE_PRONOUNS.has(t.normal);
    const owned = isPossessiveEnding(t.normal);
    if (!CLAUSE_DETERMINERS.has(t.normal) && !pronoun && !owned) continue;
    // "in El Paso": a capitalised article before a capitalised word opens a place's name, not the phrase.
    const opensSentence = d === 0 || /^[.!?:"“”]$/.test(tokens[d - 1]?.value ?? '');
    if (!isWrittenLowerCase(t.value) && NAME_WORD.test(tokens[d + 1]?.value ?? '') && !opensSentence)
      continue;
    // "El secretario de Seguridad…, X" opens with its title; "the defence secretary, X" ends with it, or
    // with it and the place it serves ("the Mexican consul general in El Paso, X").
    for (const title of [tokens[d + 1], tokens[last], tokens[beforePlace(tokens, d + 1, last)]]) {
      const lower = title !== undefined && title.value === title.value.toLowerCase();
      // "Arvizu's wife, Norma": a noun for a relative after a name's possessive says who they are as well.
      const kin = (pronoun || (owned && title === tokens[d + 1])) && isGendered(title?.normal ?? '');
      if (title && lower && (isTitle(title.value) || kin))
        return { title, from: CLAUSE_DETERMINERS.has(t.normal) || pronoun ? d : d - 1 };
    }
    return null;
  }
  return null;
}

/** Words of a noun phrase before a name in apposition ("A Mexican woman, Areli Pablo Servando,"). */
const MAX_PERSON_NOUN_PHRASE_TOKENS = 6;
/** Words of such a phrase with its prepositional tail ("A member of the Legislature from the district,"). */
const MAX_PERSON_PHRASE_WITH_TAIL_TOKENS = 9;
/**
 * Words of such a phrase read as the person's description: a longer tail ("A spokesman for the National
 * Border Patrol Council's local in San Diego,") still says who they are once the head is a person's.
 */
const MAX_DESCRIBING_PHRASE_TOKENS = 16;
const INDEFINITE_ARTICLES = new Set(['a', 'an']);

/** Participles that join a noun for a person to the name it goes by: "a young man named Josiah Pike". */
const NAMING_PARTICIPLES: ReadonlySet<string> = new Set(['named', 'called']);

/**
 * "A Mexican woman, Areli Pablo Servando, was killed": the phrase a name is set off after, from "a"/"an"
 * to the comma (or to "named": "a young man named Josiah Pike"), whose last word is a noun for a person ("woman", "farmer"). It says the name is a person's
 * where no verb of saying stands beside it. `null` when the name is not set off by commas on both sides,
 * or the phrase before it holds a verb or ends in no noun for a person ("A town in Tamaulipas, Reynosa,").
 */
export function personNounBefore(
  analysis: Analysis,
  nameStart: number,
  nameEnd: number,
  isPersonNoun: (lemma: string) => boolean,
): string | null {
  const tokens = analysis.tokens;
  // "a young man named Josiah Pike, from Salem": a participle of naming joins the phrase to the name as the
  // commas of an apposition do.
  const named = NAMING_PARTICIPLES.has(tokens[nameStart - 1]?.normal ?? '');
  if (!named && (tokens[nameStart - 1]?.value !== ',' || tokens[nameEnd]?.value !== ',')) return null;
  const head = tokens[nameStart - 2];
  if (!head || head.pos !== 'NOUN' || !isWrittenLowerCase(head.value) || !isPersonNoun(head.lemma))
    return null;
  for (let d = nameStart - 3; d >= 0 && nameStart - 2 - d <= MAX_PERSON_NOUN_PHRASE_TOKENS; d--) {
    const t = tokens[d];
    if (!t || t.pos === 'VERB' || t.pos === 'AUX' || P1.test(t.value)) return null;
    if (INDEFINITE_ARTICLES.has(t.normal)) return analysis.text.slice(t.start, head.end);
  }
  return null;
}

/**
 * True when the name in tokens [`nameStart`, `nameEnd`) is set off by commas after a phrase from "a"/"an"
 * whose head, before any preposition, is a noun for a person: "A member of the Legislature from the
 * district, T. W. Kennedy, wired…". It vouches for the name as {@link personNounBefore} does; "A town in
 * Tamaulipas, Reynosa Nuevo," has no person at its head.
 */
export function personPhraseBefore(
  tokens: readonly Token[],
  nameStart: number,
  nameEnd: number,
  isPersonNoun: (lemma: string) => boolean,
): boolean {
  return (
    personPhraseStart(tokens, nameStart, nameEnd, isPersonNoun, MAX_PERSON_PHRASE_WITH_TAIL_TOKENS) !== null
  );
}

/**
 * What such a phrase says the person is: "A spokesman for the National Border Patrol Council's local in San
 * Diego, Art Delgadillo, saw it differently" → "a spokesman for the National Border Patrol Council's local
 * in San Diego". `null` where {@link personPhraseBefore} is false or the phrase does not open its sentence.
 */
export function personPhraseDescription(
  analysis: Analysis,
  nameStart: number,
  nameEnd: number,
  isPersonNoun: (lemma: string) => boolean,
): string | null {
  const tokens = analysis.tokens;
  const from = personPhraseStart(tokens, nameStart, nameEnd, isPersonNoun, MAX_DESCRIBING_PHRASE_TOKENS);
  // '"We can live with this language," a spokesman for the embassy, Rodrigo Ávila, told…': after a
  // quotation the phrase says who spoke, which the speaker finder reads; only a sentence it opens is read here.
  if (from === null || (from > 0 && !/^[.!?;:]$/.test(tokens[from - 1]?.value ?? ''))) return null;
  const last = tokens[nameStart - 2];
  const first = tokens[from];
  return first && last ? analysis.text.slice(first.start, last.end) : null;
}

/** The "a"/"an" opening the phrase {@link personPhraseBefore} reads, or `null`. */
function personPhraseStart(
  tokens: readonly Token[],
  nameStart: number,
  nameEnd: number,
  isPersonNoun: (lemma: string) => boolean,
  most: number,
): number | null {
  if (tokens[nameStart - 1]?.value !== ',' || tokens[nameEnd]?.value !== ',') return null;
  for (let d = nameStart - 3; d >= 0 && nameStart - 2 - d <= most; d--) {
    const t = tokens[d];
    if (!t || t.pos === 'VERB' || t.pos === 'AUX' || P1.test(t.value)) return null;
    if (!INDEFINITE_ARTICLES.has(t.normal)) continue;
    const head = tokens[phraseHead(tokens, d + 1, nameStart - 1)];
    const person =
      head !== undefined && head.pos === 'NOUN' && isWrittenLowerCase(head.value) && isPersonNoun(head.lemma);
    return person ? d : null;
  }
  return null;
}

function phraseHead(tokens: readonly Token[], from: number, to: number): number {
  for (let k = from + 1; k < to; k++) if (tokens[k]?.pos === 'ADP') return k - 1;
  return to - 1;
}

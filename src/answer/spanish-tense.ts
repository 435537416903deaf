import { strongInfinitive } from './spanish-forms.ts';

/** Patterns with `\p{…}`, built once: inside a function tsx rebuilds them on every call (see src/nlp/letter-tests.ts). */
const P1 = /^\p{L}/u;
const P2 = /\p{L}{2}ó$/u;
const P3 = /\p{L}{2}(?:aron|ieron|yeron)$/u;
const P4 = /^\p{Ll}{2,}ed$/u;
const P5 = /^\p{Ll}+$/u;
const P6 = /^(?:the|all|\p{Lu})/u;
/**
 * The past tense of a Spanish preterite read through its infinitive, for the Spanish reader (`spanish.ts`):
 * "dejó" is found as "dejar" (leave), so its English is the bare verb. English asks in the past with "did"
 * and that bare verb after a question word and its subject ("por qué el ejército dejó las calles": why did
 * the army leave the streets) or in a yes/no question ("los marines pararon la obra?": did the marines halt
 * the work?), and puts the verb in the past elsewhere ("quién dejó": who left). English grammar, not the
 * domain.
 */

/** English verbs whose past is not made with "-ed". */
const IRREGULAR_PAST: Readonly<Record<string, string>> = {
  be: 'was',
  become: 'became',
  begin: 'began',
  bring: 'brought',
  build: 'built',
  buy: 'bought',
  catch: 'caught',
  choose: 'chose',
  come: 'came',
  cut: 'cut',
  do: 'did',
  draw: 'drew',
  drive: 'drove',
  eat: 'ate',
  fall: 'fell',
  feel: 'felt',
  fight: 'fought',
  find: 'found',
  fly: 'flew',
  forget: 'forgot',
  get: 'got',
  give: 'gave',
  go: 'went',
  have: 'had',
  hear: 'heard',
  hide: 'hid',
  hit: 'hit',
  hold: 'held',
  keep: 'kept',
  know: 'knew',
  lay: 'laid',
  lead: 'led',
  leave: 'left',
  lose: 'lost',
  make: 'made',
  mean: 'meant',
  meet: 'met',
  pay: 'paid',
  put: 'put',
  read: 'read',
  ride: 'rode',
  run: 'ran',
  say: 'said',
  see: 'saw',
  seek: 'sought',
  sell: 'sold',
  send: 'sent',
  set: 'set',
  shoot: 'shot',
  shut: 'shut',
  sit: 'sat',
  sleep: 'slept',
  speak: 'spoke',
  spend: 'spent',
  stand: 'stood',
  steal: 'stole',
  strike: 'struck',
  swim: 'swam',
  take: 'took',
  teach: 'taught',
  tell: 'told',
  think: 'thought',
  throw: 'threw',
  understand: 'understood',
  wake: 'woke',
  wear: 'wore',
  win: 'won',
  write: 'wrote',
};

/** Words that open an English question, so a message that opens otherwise asks yes or no. */
const QUESTION_OPENERS: ReadonlySet<string> = new Set([
  'who',
  'whom',
  'whose',
  'what',
  'which',
  'when',
  'where',
  'why',
  'how',
  'is',
  'are',
  'was',
  'were',
  'did',
  'does',
  'do',
  'can',
  'could',
  'will',
  'would',
  'should',
  'has',
  'have',
  'had',
  'then',
  'so',
  'and',
  'but',
  'if',
]);
/** Verbs that ask a yes/no question themselves ("los soldados podían detener…?": could the soldiers…). */
const AUXILIARIES: ReadonlySet<string> = new Set([
  'is',
  'are',
  'was',
  'were',
  'can',
  'could',
  'will',
  'would',
  'should',
  'must',
  'may',
  'might',
]);
/** Question words after which a subject and "did" come before the verb ("why did the army leave"). */
const ASKING_WITH_DID: ReadonlySet<string> = new Set(['why', 'how', 'when', 'where']);

/** Words that end a noun phrase after the verb: prepositions and conjunctions ("of" does not: "the siege of Naco"). */
const PHRASE_ENDS: ReadonlySet<string> = new Set([
  'in',
  'on',
  'at',
  'to',
  'from',
  'by',
  'for',
  'with',
  'into',
  'after',
  'before',
  'during',
  'since',
  'when',
  'and',
  'or',
  'that',
]);

/**
 * Where the noun phrase opened by "the" at `start` ends (its last index + 1), or `start` when none opens
 * there: up to a preposition, a mark, the end, or another "the" not after "of".
 */
function phraseEnd(words: readonly string[], start: number): number {
  if (!/^the\b/.test(words[start] ?? '')) return start;
  let end = start + 1;
  for (; end < words.length; end++) {
    const word = words[end] ?? '';
    const head = word.split(' ')[0] ?? '';
    if (!P1.test(word) || PHRASE_ENDS.has(head)) break;
    if (head === 'the' && words[end - 1] !== 'of') break;
  }
  return end;
}

/**
 * A question word and the verb right after it, Spanish order ("cómo tiró las bombas el piloto", "cómo
 * terminó el sitio de Naco"), in English order with "did": the subject is the second phrase after the verb
 * when two follow it, else the one ("how did the pilot drop the bombs", "how did the siege of Naco end").
 * `undefined` when no phrase opened by "the" follows the verb.
 */
function subjectFirst(words: readonly string[]): string[] | undefined {
  const verb = words[1] ?? '';
  const first = phraseEnd(words, 2);
  if (first === 2) return undefined;
  const second = phraseEnd(words, first);
  const rest = words.slice(second);
  return second > first
    ? [words[0] ?? '', 'did', ...words.slice(first, second), verb, ...words.slice(2, first), ...rest]
    : [words[0] ?? '', 'did', ...words.slice(2, first), verb, ...rest];
}

/**
 * True when `word` (as written) is a preterite by its ending: the accented "-ó" ("dejó", "movió") or the
 * plural "-aron", "-ieron" ("pararon", "cayeron"). Unaccented "-o" is also the present ("dejo": I leave).
 */
export function isPreterite(word: string): boolean {
  const lower = word.toLowerCase();
  return P2.test(lower) || P3.test(lower);
}

/**
 * True when `folded` is a third person's strong preterite ("trajo", "hicieron", "tuvo": see
 * `strongInfinitive`), which the accent and the endings of {@link isPreterite} do not show; not its
 * subjunctive ("trajera").
 */
export function isStrongPreterite(folded: string): boolean {
  return /(?:o|eron)$/.test(folded) && strongInfinitive(folded) !== undefined;
}

/** The past tenses of {@link IRREGULAR_PAST}, to their verbs. */
const IRREGULAR_BARE: ReadonlyMap<string, string> = new Map(
  Object.entries(IRREGULAR_PAST).map(([verb, past]) => [past, verb]),
);

/**
 * The bare verb of a one-word English past ("left" → leave, "ended" → end, "closed" → close, "stopped" →
 * stop), the first candidate `isWord` accepts; `undefined` when `past` is no past tense or none is a word.
 */
export function englishBare(past: string, isWord: (word: string) => boolean): string | undefined {
  const irregular = IRREGULAR_BARE.get(past);
  if (irregular !== undefined) return irregular;
  if (!P4.test(past)) return undefined;
  const stem = past.slice(0, -2);
  const candidates = [
    ...(/ied$/.test(past) ? [`${past.slice(0, -3)}y`] : []),
    ...(/([bdgmnpt])\1$/.test(stem) ? [stem.slice(0, -1)] : []),
    `${stem}e`,
    stem,
  ];
  return candidates.find((c) => c.length >= 2 && isWord(c) && englishPast(c) === past);
}

/**
 * The first one-word English past in `out` that is not a relative clause's ("the soldiers that sent"), with
 * its bare verb (see {@link englishBare}); `undefined` when none. A past written as its bare verb ("put")
 * is not told from it, so not taken.
 */
export function firstPast(
  out: readonly string[],
  isWord: (word: string) => boolean,
): { at: number; verb: string } | undefined {
  for (let at = 1; at < out.length; at++) {
    // A lexicon phrase is written as one element ("said that"): its first word may be the past.
    const word = (out[at] ?? '').split(' ')[0] ?? '';
    if (!P5.test(word) || /^(?:that|who|which)$/.test(out[at - 1] ?? '')) continue;
    const verb = englishBare(word, isWord);
    if (verb !== undefined && verb !== word) return { at, verb };
  }
  return undefined;
}

/** The past of a one-word English verb ("leave" → left, "halt" → halted, "stop" → stopped, "try" → tried). */
export function englishPast(verb: string): string {
  const irregular = IRREGULAR_PAST[verb];
  if (irregular !== undefined) return irregular;
  if (verb.endsWith('e')) return `${verb}d`;
  if (/[^aeiou]y$/.test(verb)) return `${verb.slice(0, -1)}ied`;
  // One syllable ending in one vowel and one consonant doubles it ("stop", "drop", "plan").
  if (/^[^aeiou]*[aeiou][bdgmnpt]$/.test(verb)) return `${verb}${verb.slice(-1)}ed`;
  return `${verb}ed`;
}

/**
 * The English words `out` with the preterite at `verbAt`, whose bare English verb is `verb`, asked in the
 * past: "did" after a question word its subject follows ("why the army leave" → why did the army
 * leave) or, put before the verb, precedes ("how drop the bombs the pilot" → how did the pilot drop the bombs), "did" first in a yes/no question (`yesNo`: the message ends in a question mark and `out` opens
 * with no question word) whose subject comes before the verb, else the verb in the past ("who leave" → who
 * left). "Be" is put in the past where it stands, with no "did" ("when was the attack").
 */
export function askedInThePast(
  out: readonly string[],
  verbAt: number,
  verb: string,
  yesNo: boolean,
): string[] {
  const words = [...out];
  // The past written with the rest of its phrase ("said that") is asked with as one word.
  words.splice(verbAt, 1, ...(out[verbAt] ?? '').split(' '));
  // "Be" asks by itself, never with "did" ("cuándo fue el ataque": when was the attack).
  if (verb === 'be') {
    words[verbAt] = englishPast(verb);
    return words;
  }
  words[verbAt] = verb;
  const first = (words[0] ?? '').split(' ')[0]?.toLowerCase() ?? '';
  // A verb of a relative clause ("los soldados que mandaron") is not the one asked with.
  const relative = /^(?:that|who|which)$/.test(words[verbAt - 1] ?? '');
  // An auxiliary asks by itself ("were the soldiers armed?"), but only before the verb: one after it is a
  // clause's ("did the colonel say that he would shoot?").
  const auxiliary = words.slice(0, verbAt).some((w) => AUXILIARIES.has(w));
  if (relative) {
    words[verbAt] = englishPast(verb);
    return words;
  }
  if (ASKING_WITH_DID.has(first) && verbAt > 1 && words[1] === 'the') {
    words.splice(1, 0, 'did');
    return words;
  }
  const inverted = ASKING_WITH_DID.has(first) && verbAt === 1 ? subjectFirst(words) : undefined;
  if (inverted !== undefined) return inverted;
  if (yesNo && !auxiliary && !QUESTION_OPENERS.has(first) && verbAt > 0 && P6.test(words[0] ?? '')) {
    return ['did', ...words];
  }
  words[verbAt] = englishPast(verb);
  return words;
}

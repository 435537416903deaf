/**
 * Numbers in a Spanish question, for the Spanish reader (`spanish.ts`): numbers written as words ("setenta
 * mil" → 70,000, "treinta y cinco" → 35) and a year written with two digits after its article ("en el 54" →
 * in 1954). Tokens are folded (lower case, no accents).
 */

import { LONG_MONTHS } from './text.ts';

/** Patterns with `\p{…}`, built once: inside a function tsx rebuilds them on every call (see src/nlp/letter-tests.ts). */
const P1 = /^\p{L}/u;

/** Values of the Spanish number words below a thousand. */
const NUMBER_WORDS: ReadonlyMap<string, number> = new Map([
  ['cero', 0],
  ['uno', 1],
  ['un', 1],
  ['una', 1],
  ['dos', 2],
  ['tres', 3],
  ['cuatro', 4],
  ['cinco', 5],
  ['seis', 6],
  ['siete', 7],
  ['ocho', 8],
  ['nueve', 9],
  ['diez', 10],
  ['once', 11],
  ['doce', 12],
  ['trece', 13],
  ['catorce', 14],
  ['quince', 15],
  ['dieciseis', 16],
  ['diecisiete', 17],
  ['dieciocho', 18],
  ['diecinueve', 19],
  ['veinte', 20],
  ['veintiuno', 21],
  ['veintiun', 21],
  ['veintiuna', 21],
  ['veintidos', 22],
  ['veintitres', 23],
  ['veinticuatro', 24],
  ['veinticinco', 25],
  ['veintiseis', 26],
  ['veintisiete', 27],
  ['veintiocho', 28],
  ['veintinueve', 29],
  ['treinta', 30],
  ['cuarenta', 40],
  ['cincuenta', 50],
  ['sesenta', 60],
  ['setenta', 70],
  ['ochenta', 80],
  ['noventa', 90],
  ['cien', 100],
  ['ciento', 100],
  ['doscientos', 200],
  ['doscientas', 200],
  ['trescientos', 300],
  ['trescientas', 300],
  ['cuatrocientos', 400],
  ['cuatrocientas', 400],
  ['quinientos', 500],
  ['quinientas', 500],
  ['seiscientos', 600],
  ['seiscientas', 600],
  ['setecientos', 700],
  ['setecientas', 700],
  ['ochocientos', 800],
  ['ochocientas', 800],
  ['novecientos', 900],
  ['novecientas', 900],
]);
/** Words that multiply what comes before them. */
const MULTIPLIERS: ReadonlyMap<string, number> = new Map([
  ['mil', 1_000],
  ['millon', 1_000_000],
  ['millones', 1_000_000],
]);
/** The words for one: read as a number only in a longer number ("un millón", "treinta y un"). */
const ONE = new Set(['un', 'una', 'uno']);

/** A number read from the words at the start of `folded`, and how many tokens it took. */
export interface SpanishNumber {
  value: number;
  tokens: number;
}

/**
 * The number written as words at the start of `folded` ("setenta mil", "treinta y cinco", "mil quinientos"),
 * or `undefined` when they are not one, or are one word under twenty: "dos" reads as well as "two", and "un"
 * is mostly an article.
 */
export function readNumberWords(folded: readonly string[]): SpanishNumber | undefined {
  let total = 0;
  let current = 0;
  let taken = 0;
  let words = 0;
  let afterY = false;
  for (let i = 0; i < folded.length; i++) {
    const word = folded[i] ?? '';
    const value = NUMBER_WORDS.get(word);
    const multiplier = MULTIPLIERS.get(word);
    if (value !== undefined) {
      // A smaller word adds to a hundred ("ciento cinco"), units to tens only after "y" ("treinta y cinco").
      const fits = current === 0 || (current % 100 === 0 && value < 100) || (afterY && value < 10);
      if (!fits) break;
      current += value;
    } else if (multiplier !== undefined && (words > 0 || word === 'mil')) {
      // "mil millones" is a thousand millions.
      total = current === 0 && total > 0 ? total * multiplier : total + (current || 1) * multiplier;
      current = 0;
    } else if (word === 'y' && current % 10 === 0 && current % 100 >= 20) {
      const next = NUMBER_WORDS.get(folded[i + 1] ?? '');
      if (next === undefined || next === 0 || next > 9) break;
      afterY = true;
      continue;
    } else break;
    afterY = false;
    words++;
    taken = i + 1;
  }
  const value = total + current;
  if (words === 0) return undefined;
  // "Ciento" stands alone only in "por ciento" (per cent).
  if (words === 1 && (value < 20 || ONE.has(folded[0] ?? '') || folded[0] === 'ciento')) return undefined;
  return { value, tokens: taken };
}

/** A number as the coverage writes it: "70,000", a year without a comma ("1954"). */
export function formatNumber(value: number): string {
  return value >= 1_000 && (value < 1_900 || value >= 2_100) ? value.toLocaleString('en-US') : String(value);
}

/** The figure of a number written in digits, Spanish or English style ("15.000", "15,000", "1,5"), or `undefined`. */
function digitValue(token: string): number | undefined {
  if (!/^\d+(?:[.,]\d+)*$/.test(token)) return undefined;
  // A separator before three digits groups thousands ("15.000", "15,000"); one before fewer marks decimals.
  const decimal = /[.,](\d{1,2}|\d{4,})$/.exec(token);
  const whole = (decimal ? token.slice(0, decimal.index) : token).replace(/[.,]/g, '');
  return Number(decimal ? `${whole}.${decimal[1]}` : whole);
}

/**
 * A number written in digits at the start of `tokens`, with the word that scales it ("6 mil" → 6,000, "15.000"
 * → 15,000, "1,5 millones" → 1.5 million), as the coverage writes it, and how many tokens it took;
 * `undefined` when the first token is not a number in digits.
 */
export function readDigitNumber(tokens: readonly string[]): { text: string; tokens: number } | undefined {
  const value = digitValue(tokens[0] ?? '');
  if (value === undefined) return undefined;
  const next = tokens[1] ?? '';
  if (next === 'mil' && /^millon(?:es)?$/.test(tokens[2] ?? ''))
    return { text: `${String(value)} billion`, tokens: 3 };
  if (next === 'mil' && Number.isInteger(value * 1_000))
    return { text: formatNumber(value * 1_000), tokens: 2 };
  if (/^millon(?:es)?$/.test(next)) return { text: `${String(value)} million`, tokens: 2 };
  return { text: Number.isInteger(value) ? formatNumber(value) : String(value), tokens: 1 };
}

/** Words a year follows ("en 1854", "desde 1848", "el año 1877", "antes de 1900"). */
const BEFORE_YEAR: ReadonlySet<string> = new Set([
  'en',
  'de',
  'del',
  'desde',
  'hasta',
  'para',
  'ano',
  'entre',
  'y',
  'o',
  'hacia',
  'antes',
  'despues',
]);

/**
 * True when `number` (a token in digits) after the word `previous` (folded) is a year, to be kept as written:
 * four digits with no separator, from 1500 to 2099, after a word a year follows ("atacaron guaymas en 1854",
 * not "1,854"). Years from 1900 read so anywhere (see {@link formatNumber}).
 */
export function isYearAfter(previous: string, number: string): boolean {
  return /^(?:1[5-9]|20)\d\d$/.test(number) && BEFORE_YEAR.has(previous);
}

/** Two-digit years up to this are this century's ("el 18" → 2018); later ones the last's ("el 54" → 1954). */
const CENTURY_PIVOT = 30;
/** Words a year "en el 54" may be followed by: the end, a conjunction, a preposition. */
const AFTER_YEAR = new Set(['y', 'o', 'e', 'cuando', 'que', 'pero', 'en', 'a', 'con', 'por', 'para']);

/**
 * The year a two-digit number after an article stands for ("en el 54" → 1954, "del 93" → 1993), when
 * `article` is "el" or "del" and the number is followed by the end, punctuation or a joining word (not "el 54
 * por ciento" — "por" is followed by its noun, so "el 54 %" and "el 54 por ciento" are left as written).
 */
export function shortYear(
  article: string,
  number: string,
  next: string,
  afterNext: string,
): number | undefined {
  if ((article !== 'el' && article !== 'del') || !/^\d\d$/.test(number)) return undefined;
  if (next === 'por' && /^cient/.test(afterNext)) return undefined;
  if (next !== '' && P1.test(next) && !AFTER_YEAR.has(next)) return undefined;
  if (next === '%') return undefined;
  const n = Number(number);
  return n <= CENTURY_PIVOT ? 2000 + n : 1900 + n;
}

/** The months in Spanish, folded, in order. */
const MONTHS = [
  'enero',
  'febrero',
  'marzo',
  'abril',
  'mayo',
  'junio',
  'julio',
  'agosto',
  'septiembre',
  'octubre',
  'noviembre',
  'diciembre',
];

/**
 * A date written the Spanish way at the start of `folded` ("29 de octubre" → October 29, "29 de octubre de
 * 2018" → October 29, 2018, "octubre de 2018" → October 2018) as the coverage writes it, and how many tokens
 * it took; `undefined` when there is none.
 */
export function readSpanishDate(folded: readonly string[]): { text: string; tokens: number } | undefined {
  const [first = '', second = '', third = '', fourth = '', fifth = ''] = folded;
  const year = (joining: string, y: string) =>
    (joining === 'de' || joining === 'del') && /^(?:1[6-9]|20)\d\d$/.test(y) ? y : undefined;
  const day = /^\d{1,2}$/.test(first) ? Number(first) : 0;
  const month = MONTHS.indexOf(third);
  if (day >= 1 && day <= 31 && second === 'de' && month >= 0) {
    const name = `${LONG_MONTHS[month] ?? ''} ${String(day)}`;
    const y = year(fourth, fifth);
    return y === undefined ? { text: name, tokens: 3 } : { text: `${name}, ${y}`, tokens: 5 };
  }
  const alone = MONTHS.indexOf(first);
  const y = year(second, third);
  if (alone >= 0 && y !== undefined) return { text: `${LONG_MONTHS[alone] ?? ''} ${y}`, tokens: 3 };
  return undefined;
}

/** The Spanish ordinals of first to tenth by their stem (folded), and their English. */
const ORDINAL_STEMS: ReadonlyMap<string, string> = new Map([
  ['primer', 'first'],
  ['segund', 'second'],
  ['tercer', 'third'],
  ['cuart', 'fourth'],
  ['quint', 'fifth'],
  ['sext', 'sixth'],
  ['septim', 'seventh'],
  ['setim', 'seventh'],
  ['octav', 'eighth'],
  ['noven', 'ninth'],
  ['decim', 'tenth'],
]);

/**
 * The English of a Spanish ordinal of first to tenth in any gender and number ("noveno", "novena", "terceros",
 * "primer"), folded, or `undefined`: "el Noveno de Caballería" is the Ninth Cavalry, not a name.
 */
export function spanishOrdinal(folded: string): string | undefined {
  const stem = /^(.+?)(?:o|a|os|as)?$/.exec(folded)?.[1] ?? folded;
  return ORDINAL_STEMS.get(stem);
}

/** Patterns with `\p{…}`, built once: inside a function tsx rebuilds them on every call (see src/nlp/letter-tests.ts). */
const P1 = /\p{L}|\p{N}/u;
const P2 = /\p{L}/u;
/**
 * The reply to a Spanish question in Spanish: its own lines (leads, declines) translated, and the headings of
 * an answer in parts given as the person wrote each question. The evidence stays in the articles' words.
 */

/** The line a Spanish answer opens with: the evidence that follows is quoted in English. */
export const SPANISH_PREFACE = 'Según la cobertura (en inglés; las citas van tal como se publicaron):';

const LEADS: Array<[RegExp, (m: RegExpExecArray) => string]> = [
  [/^(.+) in the coverage:$/, (m) => `${m[1]} en la cobertura:`],
  [
    /^The coverage has no direct quote from (.+) on this; it reports:$/,
    (m) => `La cobertura no tiene una cita directa de ${m[1]} sobre esto; informa:`,
  ],
  [
    /^The coverage has no direct quote from (.+); it reports:$/,
    (m) => `La cobertura no tiene una cita directa de ${m[1]}; informa:`,
  ],
  [
    /^The coverage has no quotation of (.+?) on that topic\.(?: It quotes .+? on other things in (.+)\.)?$/,
    (m) =>
      `La cobertura no tiene ninguna cita de ${m[1]} sobre ese tema.` +
      (m[2]
        ? ` Hay citas suyas sobre otras cosas en ${m[2].replace(/\) and “/g, ') y “').replace(/ and (\d+) more$/, ' y $1 más')}.`
        : ''),
  ],
  [/^(.+) published “(.+)” on that date\.$/, (m) => `${m[1]} publicó «${m[2]}» en esa fecha.`],
  [/^(.+) wrote it, for (.+):$/, (m) => `Lo escribió ${m[1]}, para ${m[2]}:`],
  [/^(\d+) of (\d+) dated events, in order:$/, (m) => `${m[1]} de ${m[2]} hechos fechados, en orden:`],
  [/^They are at odds, as the coverage reports:$/, () => 'Están en desacuerdo, como informa la cobertura:'],
  [/^Side by side — (.+):$/, (m) => `Lado a lado — ${m[1]?.replace(/ and /g, ' y ') ?? ''}:`],
  [
    /^I couldn't tell each side's figure apart; these are the figures the coverage gives:$/,
    () => 'No pude distinguir la cifra de cada lado; estas son las cifras que da la cobertura:',
  ],
  [
    /^I couldn't date each side on its own; these are the dates the coverage gives:$/,
    () => 'No pude fechar cada lado por separado; estas son las fechas que da la cobertura:',
  ],
  [
    /^I couldn't tell which words are each side's; this is what the coverage reports being said:$/,
    () => 'No pude distinguir las palabras de cada lado; esto es lo que la cobertura informa que se dijo:',
  ],
  [/^\(“(.+)” in the article\)$/, (m) => `(«${m[1]}» en el artículo)`],
  [
    /^That is everything the coverage has on this question\.$/,
    () => 'Eso es todo lo que la cobertura tiene sobre esta pregunta.',
  ],
  [
    /^I don't give opinions or take sides\b.*$/,
    () =>
      'No doy opiniones ni tomo partido: informo lo que dice la cobertura y quién dijo qué. Pregúntame qué dijo alguien de la cobertura sobre el tema, o usa /quote.',
  ],
  [
    /^That's outside what I cover\..* from (.+)\.$/,
    (m) =>
      `Eso queda fuera de lo que cubro. Respondo preguntas sobre la cobertura periodística de la política militar en la frontera entre EE. UU. y México —despliegues de tropas, quién dijo qué, fechas y cifras— a partir de ${m[1]}.`,
  ],
  [
    /^The coverage I have doesn't say\. I only answer from (\d+) articles? .*$/,
    (m) =>
      `La cobertura que tengo no lo dice. Solo respondo a partir de ${m[1]} artículo${m[1] === '1' ? '' : 's'} sobre la política militar en la frontera entre EE. UU. y México (ver /sources), y ninguno responde a eso.`,
  ],
];

/** One of the engine's own lead or decline lines in Spanish; a line it does not know is returned as it is. */
export function spanishLead(lead: string): string {
  for (const [pattern, render] of LEADS) {
    const m = pattern.exec(lead);
    if (m) return render(m);
  }
  return lead;
}

/**
 * Where a Spanish sentence starts a new question: "y", "pero" or ";" before a question word, a preposition
 * before it allowed ("y desde cuándo…"); the words as people type them, accents and chat spellings too.
 */
const SPANISH_NEW_CLAUSE =
  /\s*(?:,\s*)?(?:\by\b|;|\bpero\b)\s+(?=(?:(?:a|de|en|con|para|por|desde|hasta)\s+)?(?:qu[eé]|q|k|qui[eé]n(?:es)?|qn|cu[aá]nd[oa]|d[oó]nde|ad[oó]nde|cu[aá]nt[oa]s?|por\s+qu[eé]|xq|pq|c[oó]mo|cu[aá]l(?:es)?)(?![\p{L}]))/giu;
/** A part shorter than this many words is not split off ("y cuándo" stays with its question), as in English. */
const MIN_PART_WORDS = 3;

/** One Spanish question sentence split where a new question begins. */
function clausesOf(sentence: string): string[] {
  const words = (t: string) => t.split(/\s+/).filter((w) => P1.test(w)).length;
  const out: string[] = [];
  let last = 0;
  for (const m of sentence.matchAll(SPANISH_NEW_CLAUSE)) {
    const at = m.index;
    if (
      words(sentence.slice(last, at)) >= MIN_PART_WORDS &&
      words(sentence.slice(at + m[0].length)) >= MIN_PART_WORDS
    ) {
      out.push(sentence.slice(last, at));
      last = at + m[0].length;
    }
  }
  out.push(sentence.slice(last));
  return out;
}

/**
 * The message's questions as the person wrote them, for the headings of an answer in parts: split before
 * "y", "pero" or ";" and a question word, or between questions marked ¿…?; `null` unless that gives
 * `count` parts (the English reading's), so a heading always matches its answer.
 */
export function partsAsWritten(text: string, count: number): string[] | null {
  const parts = text
    .split(/(?<=\?)\s*(?=¿)/u)
    .flatMap((sentence) => clausesOf(sentence))
    .map((p) => p.trim())
    .filter((p) => P2.test(p));
  if (parts.length !== count) return null;
  // Asked with ¿…?, each part is written so.
  return text.includes('¿') ? parts.map((p) => `¿${p.replace(/^¿+|[?\s]+$/gu, '')}?`) : parts;
}

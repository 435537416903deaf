/**
 * Spanish questions, answered from the English coverage: a message is recognised as Spanish by its function
 * and question words, then translated into English word by word with a bilingual lexicon
 * (`knowledge/spanish.json`), longest phrase first, so the engine reads it as it reads English. Names,
 * numbers and words the lexicon lacks pass through as written. The reply's own words (leads, declines) are
 * then given in Spanish; the evidence stays in the articles' words.
 */

export interface SpanishData {
  markers: string[];
  phrases: Record<string, string>;
  words: Record<string, string>;
}

/** Longest phrase in the lexicon, in words. */
const MAX_PHRASE_WORDS = 6;
/** Words whose accent alone tells them apart from a more common word ("él" is he, "el" the). */
const ACCENTED: Record<string, string> = { él: 'he', sí: 'yes', tú: 'you', mí: 'me' };

function fold(word: string): string {
  return word
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '');
}

/**
 * Spanish endings and the endings of the form the lexicon may hold instead (folded, no accents): a verb's
 * tense or person to its infinitive ("movió" → mover), a participle to its verb, a plural to its singular.
 * Spanish grammar, not the domain; tried longest ending first.
 */
const INFLECTIONS: ReadonlyArray<[string, readonly string[]]> = [
  ['arian', ['ar']],
  ['erian', ['er']],
  ['irian', ['ir']],
  ['ieran', ['er', 'ir']],
  ['ieron', ['er', 'ir']],
  ['aria', ['ar']],
  ['eria', ['er']],
  ['iria', ['ir']],
  ['iera', ['er', 'ir']],
  ['aran', ['ar']],
  ['amos', ['ar']],
  ['imos', ['ir']],
  ['emos', ['er']],
  ['aste', ['ar']],
  ['iste', ['er', 'ir']],
  ['aron', ['ar']],
  ['iendo', ['er', 'ir']],
  ['ando', ['ar']],
  ['ados', ['ar', 'ado']],
  ['adas', ['ar', 'ado']],
  ['idos', ['er', 'ir', 'ido']],
  ['idas', ['er', 'ir', 'ido']],
  ['aban', ['ar']],
  ['ado', ['ar']],
  ['ada', ['ar', 'ado']],
  ['ido', ['er', 'ir']],
  ['ida', ['er', 'ir', 'ido']],
  ['aba', ['ar']],
  ['ara', ['ar']],
  ['ian', ['er', 'ir']],
  ['ia', ['er', 'ir']],
  ['io', ['er', 'ir']],
  ['es', ['', 'e']],
  ['an', ['ar', 'a']],
  ['en', ['er', 'ir', 'e']],
  ['as', ['a', 'o', 'ar']],
  ['os', ['o']],
  ['o', ['ar', 'er', 'ir']],
  ['a', ['ar', 'o']],
  ['e', ['er', 'ir', 'ar']],
  ['s', ['']],
];
/** Shortest stem an ending may leave: shorter words are too ambiguous to take apart. */
const MIN_STEM = 3;
/**
 * Endings of Spanish words whose English cognate ends otherwise ("operación" → operation, "reforma" →
 * reform); the result is used only when it is an English word.
 */
const COGNATES: ReadonlyArray<[string, string]> = [
  ['ciones', 'tions'],
  ['cion', 'tion'],
  ['siones', 'sions'],
  ['sion', 'sion'],
  ['dades', 'ties'],
  ['dad', 'ty'],
  ['ismo', 'ism'],
  ['istas', 'ists'],
  ['ista', 'ist'],
  ['icos', 'ic'],
  ['icas', 'ic'],
  ['ico', 'ic'],
  ['ica', 'ic'],
  ['encia', 'ence'],
  ['ancia', 'ance'],
  ['mente', 'ly'],
  ['arios', 'aries'],
  ['ario', 'ary'],
  ['osos', 'ous'],
  ['oso', 'ous'],
  ['ivos', 'ive'],
  ['ivo', 'ive'],
  ['iva', 'ive'],
  ['ales', 'als'],
  // Verbs, in the infinitive or reduced to it: "migrar" → migrate, "deportar" → deport, "organizar" → organize.
  ['ificar', 'ify'],
  ['izar', 'ize'],
  ['ar', 'ate'],
  ['ar', ''],
  ['ir', ''],
  ['er', ''],
  ['es', 's'],
  ['os', 's'],
  ['as', 's'],
  ['o', ''],
  ['a', ''],
  ['e', ''],
];

/**
 * Endings too common in Spanish to say a word is a cognate ("carta" is no cart): one of these makes a cognate
 * only when the coverage uses the English word, never on the general word list alone.
 */
const WEAK_COGNATE_ENDINGS: ReadonlySet<string> = new Set(['es', 'os', 'as', 'o', 'a', 'e']);

/**
 * Words that follow a verb of saying when its subject is left out ("qué dijo sobre…", "qué dijo?"): a
 * preposition or the end of the question, not a name or an article.
 */
const SUBJECTLESS_NEXT: ReadonlySet<string> = new Set([
  'sobre',
  'acerca',
  'de',
  'del',
  'en',
  'al',
  'a',
  'con',
  '?',
]);

/** Recognises and translates Spanish questions; build once from the data. */
export class SpanishReader {
  readonly #markers: Set<string>;
  readonly #phrases: Map<string, string>;
  readonly #words: Map<string, string>;
  readonly #isEnglishWord: (word: string) => boolean;
  readonly #isDictionaryWord: (word: string) => boolean;

  /**
   * `isEnglishWord` (the coverage's words) accepts a cognate ("reform" for "reforma") and keeps a word that
   * is already English as written; `isDictionaryWord` (a general English word list) accepts a cognate too.
   * Without either, no cognate is tried.
   */
  constructor(
    data: SpanishData,
    isEnglishWord: (word: string) => boolean = () => false,
    isDictionaryWord: (word: string) => boolean = () => false,
  ) {
    this.#markers = new Set(data.markers.map(fold));
    this.#phrases = new Map(Object.entries(data.phrases).map(([k, v]) => [fold(k), v]));
    this.#words = new Map(Object.entries(data.words).map(([k, v]) => [fold(k), v]));
    this.#isEnglishWord = isEnglishWord;
    this.#isDictionaryWord = isDictionaryWord;
  }

  /**
   * The English for one Spanish word: the lexicon's, else the lexicon's for another form of it ("movió" →
   * mover), else its English cognate; `undefined` when none (a name, or a word to pass on as written).
   */
  #english(word: string): string | undefined {
    const folded = fold(word);
    const known = ACCENTED[word.toLowerCase()] ?? this.#words.get(folded);
    if (known !== undefined) return known;
    // The infinitives a conjugated form may come from, for a cognate when the lexicon lacks the verb.
    const infinitives: string[] = [];
    for (const [ending, forms] of INFLECTIONS) {
      if (!folded.endsWith(ending) || folded.length - ending.length < MIN_STEM) continue;
      const stem = folded.slice(0, -ending.length);
      for (const form of forms) {
        const english = this.#words.get(stem + form);
        if (english) return english;
        // Only a plainly verbal ending ("-aron", "-ando", the preterite's accented "-ó"): "carta" is no
        // form of a verb "cartar".
        const verbal = ending.length >= 3 || /ó$/u.test(word.toLowerCase());
        if (/^(?:ar|er|ir)$/.test(form) && verbal && stem.length >= MIN_STEM + 1)
          infinitives.push(stem + form);
      }
    }
    // A name keeps its capital; a lower-case word the lexicon lacks may be a cognate.
    if (word !== word.toLowerCase() || this.#isEnglishWord(folded)) return undefined;
    for (const form of [folded, ...infinitives]) {
      for (const [ending, english] of COGNATES) {
        if (!form.endsWith(ending) || form.length - ending.length < MIN_STEM) continue;
        const candidate = form.slice(0, -ending.length) + english;
        const general = !WEAK_COGNATE_ENDINGS.has(ending);
        if (
          candidate.length >= 4 &&
          (this.#isEnglishWord(candidate) || (general && this.#isDictionaryWord(candidate)))
        )
          return candidate;
      }
    }
    return undefined;
  }

  /**
   * True when the message reads as Spanish: opened with ¿ or ¡, or two of its words are Spanish function
   * or question words, or one is and most of its words are Spanish.
   */
  isSpanish(text: string): boolean {
    if (/[¿¡]/.test(text)) return true;
    const words = text
      .split(/[^\p{L}]+/u)
      .filter((w) => w !== '')
      .map(fold);
    if (words.length === 0) return false;
    const markers = words.filter((w) => this.#markers.has(w)).length;
    const spanish = words.filter((w) => this.#words.has(w)).length;
    return markers >= 2 || (markers >= 1 && spanish / words.length >= 0.5);
  }

  /** The message in English, word by word; punctuation, names and numbers kept. */
  translate(text: string): string {
    const tokens = text.replace(/[¿¡]/g, ' ').match(/[\p{L}\p{N}'’-]+|[^\s\p{L}\p{N}]+/gu) ?? [];
    const out: string[] = [];
    // The last name written (capitalised words passed through as written), and the one being read.
    let lastName: string | null = null;
    let name: string[] = [];
    for (let i = 0; i < tokens.length;) {
      const token = tokens[i] ?? '';
      if (name.length > 0 && out.at(-1) !== name.at(-1)) {
        lastName = name.join(' ');
        name = [];
      }
      if (!/^['’‘]*\p{L}/u.test(token)) {
        out.push(token);
        i++;
        continue;
      }
      let matched = false;
      for (let n = Math.min(MAX_PHRASE_WORDS, tokens.length - i); n >= 2; n--) {
        const run = tokens.slice(i, i + n);
        if (!run.every((t) => /^\p{L}/u.test(t))) continue;
        const english = this.#phrases.get(run.map(fold).join(' '));
        if (english !== undefined) {
          // "¿Quién es X y qué dijo sobre…?": Spanish leaves out a subject named before; the English needs it.
          const next = fold(tokens[i + n] ?? '');
          const agent = name.length > 0 ? name.join(' ') : lastName;
          if (english.endsWith(' by') && (next === '' || SUBJECTLESS_NEXT.has(next)))
            out.push(agent ? `${english} ${agent}` : english.slice(0, -' by'.length));
          else if (english) out.push(english);
          i += n;
          matched = true;
          break;
        }
      }
      if (matched) continue;
      // "El muchacho que mataron": after a noun, "que" joins a clause ("that"); it asks "what" elsewhere.
      const previous = tokens[i - 1] ?? '';
      if (fold(token) === 'que' && /^\p{L}/u.test(previous) && !this.#markers.has(fold(previous))) {
        out.push('that');
        i++;
        continue;
      }
      // A word in quotation marks ("la palabra 'militar'") is still a word: the English coverage quotes it in
      // English.
      const [, open = '', bare = token, close = ''] = /^(['’‘]*)(.*?)(['’]*)$/u.exec(token) ?? [];
      const english = /^\p{L}/u.test(bare) ? this.#english(bare) : undefined;
      if (english === undefined) {
        out.push(token);
        if (/^\p{Lu}/u.test(token)) name.push(token);
      } else if (english) out.push(open + english + close);
      i++;
    }
    return out
      .join(' ')
      .replace(/\s+([?!.,;:])/g, '$1')
      .replace(/\s+/g, ' ')
      .trim();
  }
}

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
  [/^(.+) published “(.+)” on that date\.$/, (m) => `${m[1]} publicó «${m[2]}» en esa fecha.`],
  [/^(\d+) of (\d+) dated events, in order:$/, (m) => `${m[1]} de ${m[2]} hechos fechados, en orden:`],
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

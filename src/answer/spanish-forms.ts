/**
 * Spanish word forms, for the Spanish reader (`spanish.ts`): the forms a lexicon may hold a written word under
 * (a verb's infinitive for its tenses and persons, a singular for a plural), and the endings by which a
 * Spanish word the lexicon lacks may be an English cognate. Spanish grammar, not the domain. Words are folded
 * (lower case, no accents) except where a rule needs the accent.
 */

/**
 * Spanish endings and the endings of the form the lexicon may hold instead (folded, no accents): a verb's
 * tense or person to its infinitive ("movió" → mover), a participle to its verb, a plural to its singular.
 * Tried longest ending first.
 */
const INFLECTIONS: ReadonlyArray<[string, readonly string[]]> = [
  ['arian', ['ar']],
  ['erian', ['er']],
  ['irian', ['ir']],
  ['ieran', ['er', 'ir']],
  ['ieron', ['er', 'ir']],
  ['yeron', ['er', 'ir']],
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
  ['yo', ['er', 'ir']],
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
export const MIN_STEM = 3;

/**
 * Endings whose "y" stands for the "i" of "-ió", "-ieron" after a vowel: the verb's stem ends in that vowel
 * and may be short ("leyó" → le-er, "cayeron" → ca-er, "oyó" → o-ír), so a shorter stem is taken apart.
 */
const Y_ENDINGS: ReadonlySet<string> = new Set(['yo', 'yeron']);
const MIN_Y_STEM = 1;

/**
 * The stem a verb's vowel change leaves in the present ("quieren" → quer-er, "pueden" → pod-er, "piden" →
 * ped-ir, "juegan" → jug-ar), tried after the stem as written: the last diphthong or "i" of the stem.
 */
function unchangedStems(stem: string): string[] {
  const out: string[] = [];
  for (const [from, to] of [
    ['ie', 'e'],
    ['ue', 'o'],
    ['ue', 'u'],
    ['i', 'e'],
  ] as const) {
    const at = stem.lastIndexOf(from);
    // The change is in the stem's last syllable: no consonant cluster of another syllable follows it.
    if (at > 0 && stem.length - at - from.length <= 3)
      out.push(stem.slice(0, at) + to + stem.slice(at + from.length));
  }
  return out;
}

/**
 * Verbs whose preterite is built on a stem of its own ("pusieron" → poner, "tuvo" → tener, "dijeron" →
 * decir), and their compounds ("propuso" → proponer, "mantuvieron" → mantener, "produjo" → producir).
 */
const STRONG_PRETERITES: ReadonlyArray<[string, string]> = [
  ['estuv', 'estar'],
  ['anduv', 'andar'],
  ['duj', 'ducir'],
  ['pus', 'poner'],
  ['tuv', 'tener'],
  ['hic', 'hacer'],
  ['hiz', 'hacer'],
  ['dij', 'decir'],
  ['quis', 'querer'],
  ['vin', 'venir'],
  ['pud', 'poder'],
  ['traj', 'traer'],
  ['sup', 'saber'],
  ['hub', 'haber'],
];
/** The endings of those preterites (and of the subjunctive built on them), longest first. */
const STRONG_ENDINGS = ['ieron', 'ieran', 'iera', 'iste', 'imos', 'eron', 'eran', 'era', 'e', 'o'];

/**
 * Participles not built on "-ado" or "-ido" ("abierta" → abrir, "escritos" → escribir, "resuelto" → resolver),
 * by the stem they keep before the gender and number ending, and their compounds ("descubierto" → descubrir,
 * "devuelto" → devolver). Not "puesto" (a noun too: a post) nor "visto" ("revista" is a magazine).
 */
const IRREGULAR_PARTICIPLES: ReadonlyArray<[string, string]> = [
  ['abiert', 'abrir'],
  ['cubiert', 'cubrir'],
  ['escrit', 'escribir'],
  ['suelt', 'solver'],
  ['vuelt', 'volver'],
  ['muert', 'morir'],
  ['hech', 'hacer'],
  ['dich', 'decir'],
];

/** The infinitive of an irregular participle ("abierta" → abrir), or `undefined`. */
function participleInfinitive(folded: string): string | undefined {
  const stem = /^(.+?)(?:os|as|o|a)$/.exec(folded)?.[1];
  if (stem === undefined) return undefined;
  for (const [participle, infinitive] of IRREGULAR_PARTICIPLES)
    if (stem.endsWith(participle)) return stem.slice(0, -participle.length) + infinitive;
  return undefined;
}

/** The infinitive of a strong preterite ("pusieron" → poner), or `undefined`. */
export function strongInfinitive(folded: string): string | undefined {
  for (const ending of STRONG_ENDINGS) {
    if (!folded.endsWith(ending)) continue;
    const stem = folded.slice(0, -ending.length);
    for (const [strong, infinitive] of STRONG_PRETERITES) {
      if (!stem.endsWith(strong)) continue;
      // "-eron" and "-era" only after the j of "dijeron", "trajeron".
      if (ending.startsWith('er') && !strong.endsWith('j')) continue;
      return stem.slice(0, -strong.length) + infinitive;
    }
  }
  return undefined;
}

/** One form the lexicon may hold a word under, and whether it is a verb's infinitive read off a verbal ending. */
export interface LexiconForm {
  form: string;
  /** True for an infinitive reached from a plainly verbal ending: a candidate for a cognate too. */
  verbal: boolean;
  /** True for a singular reached from a plural ending ("calles" → calle): its English takes the plural. */
  plural?: boolean;
}

/** Plural endings and the singular endings that replace them ("calles" → calle, "bombas" → bomba). */
const PLURAL_ENDINGS: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['s', new Set([''])],
  ['es', new Set(['', 'e'])],
  ['os', new Set(['o'])],
  ['as', new Set(['a', 'o'])],
]);

/**
 * The forms the lexicon may hold a written word under, most likely first: a strong preterite's infinitive,
 * then each ending's replacements, on the stem as written and as a vowel change leaves it. `word` is as
 * written (the accent of the preterite "-ó" tells a verb), `folded` its folded form.
 */
export function lexiconForms(word: string, folded: string): LexiconForm[] {
  const out: LexiconForm[] = [];
  const strong = strongInfinitive(folded);
  if (strong !== undefined && strong.length > MIN_STEM) out.push({ form: strong, verbal: true });
  const participle = participleInfinitive(folded);
  if (participle !== undefined) out.push({ form: participle, verbal: true });
  for (const [ending, forms] of INFLECTIONS) {
    const shortest = Y_ENDINGS.has(ending) ? MIN_Y_STEM : MIN_STEM;
    if (!folded.endsWith(ending) || folded.length - ending.length < shortest) continue;
    const stem = folded.slice(0, -ending.length);
    // Only a plainly verbal ending ("-aron", "-ando", the preterite's accented "-ó"): "carta" is no form of a
    // verb "cartar".
    const verbal = ending.length >= 3 || /ó$/u.test(word.toLowerCase());
    for (const form of forms) {
      const infinitive = /^(?:ar|er|ir)$/.test(form);
      const plural = PLURAL_ENDINGS.get(ending)?.has(form) === true;
      out.push({
        form: stem + form,
        verbal: infinitive && verbal && stem.length >= MIN_STEM + 1,
        ...(plural ? { plural } : {}),
      });
      // A vowel change is a verb's: only towards an infinitive.
      if (infinitive)
        for (const changed of unchangedStems(stem)) out.push({ form: changed + form, verbal: false });
    }
  }
  return out;
}

/** Pronouns Spanish joins to an infinitive or a gerund ("entregarlos", "diciéndole"), longest first. */
const ENCLITICS = [
  'selos',
  'selas',
  'selo',
  'sela',
  'nos',
  'los',
  'las',
  'les',
  'lo',
  'la',
  'le',
  'me',
  'te',
  'se',
];

/**
 * An infinitive or gerund without the pronouns joined to it ("entregarlos" → entregar, "diciendole" →
 * diciendo), or `undefined` when `folded` ends in none after such a verb form.
 */
export function withoutEnclitic(folded: string): string | undefined {
  for (const pronoun of ENCLITICS) {
    if (!folded.endsWith(pronoun)) continue;
    const verb = folded.slice(0, -pronoun.length);
    if (verb.length >= 5 && /(?:ar|er|ir|ando|iendo|yendo)$/.test(verb)) return verb;
  }
  return undefined;
}

/**
 * Endings of Spanish words whose English cognate ends otherwise ("operación" → operation, "reforma" →
 * reform); the result is used only when it is an English word.
 */
export const COGNATES: ReadonlyArray<[string, string]> = [
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
  ['orios', 'ories'],
  ['orio', 'ory'],
  ['osos', 'ous'],
  ['oso', 'ous'],
  ['ivos', 'ive'],
  ['ivo', 'ive'],
  ['iva', 'ive'],
  ['ales', 'als'],
  ['mentos', 'ments'],
  ['mento', 'ment'],
  ['uras', 'ures'],
  ['ura', 'ure'],
  // "museo" → museum, "coliseo" → coliseum; "explorador" → explorer, "operador" → operator.
  ['eos', 'eums'],
  ['eo', 'eum'],
  ['adores', 'ators'],
  ['adores', 'ers'],
  ['ador', 'ator'],
  ['ador', 'er'],
  ['ias', 'ies'],
  ['ia', 'y'],
  // Verbs, in the infinitive or reduced to it: "migrar" → migrate, "deportar" → deport, "organizar" → organize.
  ['ificar', 'ify'],
  ['izar', 'ize'],
  // "obtener" → obtain, "reducir" → reduce, "comparar" → compare, "decidir" → decide.
  ['ener', 'ain'],
  ['ducir', 'duce'],
  ['ar', 'ate'],
  ['ar', ''],
  ['ar', 'e'],
  ['ir', ''],
  ['ir', 'e'],
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
export const WEAK_COGNATE_ENDINGS: ReadonlySet<string> = new Set(['es', 'os', 'as', 'o', 'a', 'e']);

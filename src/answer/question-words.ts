/**
 * A question's words one by one: what each weighs in retrieval (its lemma, its synonyms, the coverage's
 * words for one it never uses), which say what is asked (its content and predicates), which the coverage
 * never uses (unknown words, and names or offices it does not know), and the months it dates by.
 */
import type { Analysis } from '../nlp/pipeline.ts';
import { isWrittenLowerCase } from '../nlp/letter-tests.ts';
import { namesPeople } from './counted-otherwise.ts';
import type { CoverageForms } from './coverage-forms.ts';
import type { CoverageMeanings } from './coverage-meanings.ts';
import { type EnglishLexicon, isEnglishForm } from './english-forms.ts';
import { heldOtherwise } from './held-offices.ts';
import { knownHead } from './hyphenated-head.ts';
import type { KnowledgeIndex } from './knowledge-index.ts';
import { coverageDemonym } from './place-demonym.ts';
import { afterDegreeAdverb, headsAnObject } from './predicate-grammar.ts';
import type { QuestionEntities } from './question-entities.ts';
import { leadsIntoAct } from './side-verbs.ts';
import { LONG_MONTHS } from './text.ts';
import type { EngineData, Understanding } from './understanding.ts';
import { isPossessiveEnding } from '../nlp/possessive.ts';
import { ARTICLES } from '../nlp/articles.ts';

/** Patterns with `\p{…}`, built once: inside a function tsx rebuilds them on every call (see src/nlp/letter-tests.ts). */
const P4 = /^\p{Lu}\p{Ll}/u;

/** Weight of a stop-list adverb the coverage uses; measured on people dev. */
const STOP_ADVERB_WEIGHT = 0.5;
const CONTENT_POS = new Set(['NOUN', 'VERB', 'ADJ', 'PROPN', 'ADV']);
/**
 * Weight of a word that frames a question ("what role", "tell me the story") rather than saying what it asks.
 * A frame noun qualified by a word of the question's own ("the official role of…") weighs in full: 0.25 and
 * 0.6 for it measured alike with 1 (people dev 427 → 428/476, test unchanged, npm run eval 2026-11-30).
 */
const FRAME_WEIGHT = 0.25;
/**
 * Weight of a verb the stop list drops that a question asks the object of ({@link asksObjectOf}); a frame verb
 * asked so weighs in full too. npm run eval 2026-12-07 (rank45, against 57f5be4f): all dev 2196 -> 2198/2840,
 * test 3301 -> 3304/5377, must-decline answered unchanged; 0.5 moved no dev question (bench/rank45-study.ts).
 */
const STOP_VERB_WEIGHT = 1;
/** Any word the tagger reads as a verb after "to" is one here (side-verbs.ts also asks WordNet). */
const anyVerb = (): boolean => true;

/** Verbs that stand for any act or state ("what did they do?", "what was it?"): they ask, they say nothing. */
const PRO_VERBS = new Set(['be', 'have', 'do']);

/**
 * True when the verb at `i` is what a question asks the object of: a verb of the question's own ("what did
 * the raiders take", "what did he get for it") after its auxiliary, or after the verbs leading into it by
 * "to" ("what did they try to take"), not a pro-verb, nor a saying verb, which the quote intent reads.
 */
function asksObjectOf(analysis: Analysis, i: number, vocabulary: QuestionVocabulary): boolean {
  const tok = analysis.tokens[i];
  if (!tok || tok.pos !== 'VERB' || PRO_VERBS.has(tok.lemma)) return false;
  if (vocabulary.data.intents.speechVerbs.includes(tok.lemma)) return false;
  const first = analysis.tokens.findIndex(
    (t) => t.pos !== 'PUNCT' && !/^(and|so|but|ok|okay)$/.test(t.normal),
  );
  const opening = analysis.tokens[first];
  if (!opening || !/^(what|which|who|whom)$/.test(opening.normal)) return false;
  // The first verb after the auxiliary, not one in a clause after it ("what did she say about using…").
  const aux = analysis.tokens.findIndex((t, k) => k > first && t.pos === 'AUX');
  if (aux < 0 || aux >= i) return false;
  let asked = analysis.tokens.findIndex((t, k) => k > aux && t.pos === 'VERB');
  // "What did the raiders try to take": a verb leading into another by "to" frames the one asked.
  while (asked >= 0 && leadsIntoAct(analysis.tokens, asked, anyVerb)) asked += 2;
  return asked === i;
}

/** Determiners that point to a thing already spoken of: "the call", "that call". */
const POINTING = new Set(['the', 'that', 'this', 'those', 'these']);
/** Question words the stop list holds as adverbs: they ask, they are not what is asked about. */
const QUESTION_WORDS = new Set(['how', 'when', 'where', 'why', 'what', 'who', 'which']);

export const SYNONYM_WEIGHT = 0.6;
/**
 * Weight of a coverage word near in meaning to one the coverage never uses ({@link CoverageMeanings.nearest}),
 * times their similarity.
 */
const EXPAND_WEIGHT = 0.5;
const WEEKDAY_NAMES = /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/;
const MONTHS = LONG_MONTHS.map((m) => m.toLowerCase());
/** Month names and their abbreviations ("oct", "sept") → the full name. */
const MONTH_NAMES = new Map<string, string>([
  ...MONTHS.map((m): [string, string] => [m, m]),
  ...MONTHS.map((m): [string, string] => [m.slice(0, 3), m]),
  ['sept', 'september'],
]);

/** What a question's words are read against: the coverage's vocabulary and the question reader's tools. */
export interface QuestionVocabulary {
  readonly index: KnowledgeIndex;
  readonly data: EngineData;
  /** The coverage's words and the frame words. */
  readonly known: ReadonlySet<string>;
  /** Words that frame a question rather than say what it asks ("role", "story"). */
  readonly frame: ReadonlySet<string>;
  /** Each word's synonyms, from the data. */
  readonly synonyms: ReadonlyMap<string, readonly string[]>;
  readonly meanings: CoverageMeanings;
  readonly forms: CoverageForms;
  /** The titles someone in the coverage holds, abbreviations in full. */
  readonly held: ReadonlySet<string>;
  readonly names: QuestionEntities;
  readonly lexicon: EnglishLexicon;
  /** True when a figure counting `lemma` counts people. */
  countsPeople(lemma: string): boolean;
}

/** What a question's words say, read one by one. */
export interface QuestionWords {
  /** Retrieval terms and their weights. */
  terms: Map<string, number>;
  /** Each term that stands for a question word (its lemma, form as written, synonyms) → that word's lemma. */
  variants: Map<string, string>;
  /** The lemmas that say what is asked, beside the entities' words. */
  content: string[];
  /** Words the coverage never uses, as written in lower case. */
  unknown: string[];
  /** Those of them that are adjectives or adverbs, as lemmas. */
  tone: string[];
  /** Names, offices and dates the coverage does not know, as written. */
  unknownSubjects: string[];
  /** The months the question dates by, 1 to 12. */
  months: number[];
  predicates: string[];
  /** Stop-list nouns after a pointing determiner ("the call"), for a question with no other word. */
  pointed: string[];
  /** Stop-list adverbs the coverage uses, other than question words ("already", "again"). */
  adverbs: string[];
}

/**
 * "Which Navy agency" of "the Naval Criminal Investigative Service": a name the coverage never writes is the
 * word WordNet forms from it, or it from, that the coverage writes; `undefined` when it writes none.
 */
function formedInCoverage(
  tok: { pos: string; normal: string },
  known: ReadonlySet<string>,
  wordnet: EngineData['wordnet'],
): string | undefined {
  if (tok.pos !== 'PROPN' || !wordnet) return undefined;
  return wordnet.derivedWords(tok.normal).find((w) => known.has(w));
}

/**
 * Reads a question's words one by one; `asked` is what the question reader found before (its years, the
 * entities and their tokens, its intent).
 */
export function questionWords(
  vocabulary: QuestionVocabulary,
  analysis: Analysis,
  asked: {
    years: readonly number[];
    entityTokens: ReadonlySet<number>;
    entities: readonly string[];
    intent: Understanding['intent'];
  },
): QuestionWords {
  const { years, entityTokens, entities, intent } = asked;
  const terms = new Map<string, number>();
  const content: string[] = [];
  const unknown: string[] = [];
  const tone: string[] = [];
  const unknownSubjects: string[] = [];
  const months: number[] = [];
  const predicates: string[] = [];
  const pointed: string[] = [];
  const adverbs: string[] = [];
  const variants = new Map<string, string>();
  const add = (term: string, weight: number) => terms.set(term, Math.max(terms.get(term) ?? 0, weight));
  analysis.tokens.forEach((tok, i) => {
    if (
      tok.pos === 'PUNCT' ||
      tok.pos === 'PART' ||
      tok.type === 'punctuation' ||
      tok.type === 'emoji' ||
      tok.type === 'symbol' ||
      tok.type === 'currency'
    )
      return;
    if (isPossessiveEnding(tok.normal)) return;
    // "I'm", "we've": a pronoun and a verb, whatever the tagger makes of them.
    if (/^(i|you|we|they|he|she|it|that|there)['’]/.test(tok.normal)) return;
    // A month the coverage names is a filter like a year, not a topic the evidence must repeat.
    const month = MONTH_NAMES.get(tok.normal);
    // "May" is a month only beside a day or a year ("May 3", "May 2025"), not in "may send"; a month's name
    // in lower case, beside a day or a year or after a preposition or a determiner ("in june", "this march"),
    // not in "how far did the command march" nor after an article ("the point of the march": the noun).
    const before = analysis.tokens[i - 1];
    const after = before?.pos;
    const article = ARTICLES.has(before?.normal ?? '');
    const asMonth =
      /^\d/.test(analysis.tokens[i + 1]?.value ?? '') ||
      (tok.normal !== 'may' &&
        (tok.value !== tok.normal || after === 'ADP' || (after === 'DET' && !article)));
    if (month && vocabulary.index.coveredMonths.has(MONTHS.indexOf(month) + 1)) {
      if (asMonth) months.push(MONTHS.indexOf(month) + 1);
      return;
    }
    if (month && asMonth) {
      unknownSubjects.push(tok.value);
      return;
    }
    let lemma = tok.type === 'number' ? tok.value.replace(/,/g, '') : tok.lemma;
    if (tok.type === 'number' && years.includes(Number(lemma))) return;
    // "Arresting" where the coverage says "arrest": another form of one of its words is that word.
    if (tok.type === 'word' && !tok.stop && !vocabulary.known.has(lemma) && !vocabulary.known.has(tok.normal))
      lemma = vocabulary.forms.unaccented(tok.normal) ?? vocabulary.forms.sameStem(tok.normal) ?? lemma;
    // "san ysidro": a word the coverage uses as written is that word, whatever the tagger's lemma ("sane").
    else if (tok.type === 'word' && !vocabulary.known.has(lemma) && vocabulary.known.has(tok.normal))
      lemma = tok.normal;
    // "The ex-corporal", "a co-owner": a hyphenated word the coverage never uses is read as its head, the
    // word after the hyphen, when the coverage uses that ("corporal"), not taken for an unknown name; "the
    // missouri teamster": a place the coverage never names is the word it uses for its people ("Missourian").
    if (tok.type === 'word' && !vocabulary.known.has(lemma) && !vocabulary.known.has(tok.normal))
      lemma =
        knownHead(tok.value, vocabulary.known) ??
        coverageDemonym(
          analysis.tokens,
          i,
          vocabulary.known,
          (l) => namesPeople(l, (x) => vocabulary.countsPeople(x), vocabulary.data.wordnet),
          (w) => vocabulary.index.saysApartFromName(w),
        ) ??
        formedInCoverage(tok, vocabulary.known, vocabulary.data.wordnet) ??
        lemma;
    // "What was the call about?": a noun the stop list holds, after a determiner, is kept for a question
    // that has no other word of its own.
    if (
      tok.stop &&
      tok.pos === 'NOUN' &&
      vocabulary.known.has(lemma) &&
      POINTING.has(analysis.tokens[i - 1]?.normal ?? '')
    )
      pointed.push(lemma);
    if (tok.stop && tok.type !== 'number') {
      // "Already", "again": an adverb the stop list drops can still be what the question turns on.
      if (tok.pos === 'ADV' && vocabulary.known.has(tok.normal)) {
        add(tok.normal, STOP_ADVERB_WEIGHT);
        if (!QUESTION_WORDS.has(tok.normal)) adverbs.push(tok.normal);
      }
      // "What did the raiders take?": a verb the stop list drops is what the question asks the object of.
      if (asksObjectOf(analysis, i, vocabulary) && vocabulary.known.has(lemma)) {
        add(lemma, STOP_VERB_WEIGHT);
      }
      return;
    }
    if (vocabulary.frame.has(lemma) || vocabulary.frame.has(tok.normal)) {
      // "The official role of…": a frame noun a word of the question's own qualifies is what is asked.
      const before = analysis.tokens[i - 1];
      const qualified =
        tok.pos === 'NOUN' &&
        before !== undefined &&
        (before.pos === 'ADJ' || before.pos === 'NOUN') &&
        !before.stop &&
        !vocabulary.frame.has(before.lemma) &&
        !vocabulary.frame.has(before.normal) &&
        vocabulary.known.has(before.lemma);
      // "What did they use?": a frame verb the question asks the object of is what it asks, as a stop-list one.
      const asked = asksObjectOf(analysis, i, vocabulary);
      if (vocabulary.known.has(lemma)) add(lemma, qualified || asked ? 1 : FRAME_WEIGHT);
      return;
    }
    // An acronym the coverage spells out ("ACLU"): its words stand for it.
    const spelled = vocabulary.known.has(lemma) ? undefined : vocabulary.index.acronym(tok.normal);
    if (spelled) {
      for (const w of spelled) {
        add(w, 1);
        // "The UACJ researcher": words that say who someone is are no topic, as in "the maquiladora guy".
        if (!entityTokens.has(i)) content.push(w);
      }
      return;
    }
    // Every term for this word is one of its variants: a sentence counts the word once, at its best variant.
    const addVariant = (term: string, weight: number) => {
      add(term, weight);
      if (!variants.has(term)) variants.set(term, lemma);
    };
    addVariant(lemma, 1);
    if (tok.normal !== lemma) addVariant(tok.normal, 0.5);
    if (!entityTokens.has(i)) content.push(lemma);
    const syns = [...(vocabulary.synonyms.get(lemma) ?? []), ...(vocabulary.synonyms.get(tok.normal) ?? [])];
    for (const s of syns) addVariant(s, SYNONYM_WEIGHT);
    // A word the coverage never uses retrieves the coverage's words for the same thing. It stays unknown
    // (the evidence must still say it, in other words): counted as known like a data synonym, all dev
    // 941 → 938/1126 (npm run eval 2026-12-01); as a retrieval word only, test 793 → 796/1332.
    if (!vocabulary.known.has(lemma))
      for (const s of vocabulary.meanings.coverageSynonyms(lemma)) addVariant(s, SYNONYM_WEIGHT);
    const isKnown =
      vocabulary.known.has(lemma) ||
      vocabulary.known.has(tok.normal) ||
      syns.some((s) => vocabulary.index.vocabulary.has(s));
    if (
      !isKnown &&
      !entityTokens.has(i) &&
      CONTENT_POS.has(tok.pos) &&
      tok.type === 'word' &&
      tok.normal.length >= 3 &&
      !(tok.normal in vocabulary.data.intents.followup.pronouns)
    ) {
      // A name the coverage never uses: capitalised mid-sentence, or read as a name in lower-case chat.
      const properNoun =
        tok.pos === 'PROPN' &&
        !vocabulary.known.has(tok.normal) &&
        ((i > 0 && P4.test(tok.value)) || (isWrittenLowerCase(tok.value) && tok.normal.length >= 4));
      // A weekday the coverage never names dates the question outside it ("on Sunday").
      const unknownDate = WEEKDAY_NAMES.test(tok.normal);
      // "What did the governor say?" with no governor in the coverage: an office is a subject, like a name.
      // Not when the question names someone ("admiral Ojeda" is a title the coverage writes "Adm.").
      // "The Houston law professor" for someone an article says teaches law in Houston describes them.
      // Not an office someone holds as the coverage writes it, abbreviated ("the captain": "Capt. Ashby").
      const office =
        entities.length === 0 &&
        tok.normal.length >= 4 &&
        (vocabulary.data.titles ?? []).includes(lemma) &&
        !vocabulary.held.has(lemma) &&
        !heldOtherwise(lemma, vocabulary.held, vocabulary.data.wordnet) &&
        vocabulary.names.describedAt(analysis, i) === null;
      // "Handbags", "repped", "greenlight": a form or compound of words the lexicon has is English, not a name.
      const english = isEnglishForm({ ...tok, written: tok.value }, vocabulary.lexicon);
      if (!english || properNoun || unknownDate || office) unknownSubjects.push(tok.value);
      else {
        unknown.push(tok.normal);
        if (tok.pos === 'ADJ' || tok.pos === 'ADV') tone.push(lemma);
        // Words near in meaning are guesses at it, not its variants: a sentence saying more of them ("killed",
        // "children" for "toll") is likelier to say it, so each counts on its own.
        for (const n of vocabulary.meanings.nearest(lemma)) add(n.word, EXPAND_WEIGHT * n.similarity);
      }
    }
    // "What was their role supposed to be?": a verb that only leads into "to be" says nothing of its own.
    const intoBeing = analysis.tokens[i + 1]?.normal === 'to' && analysis.tokens[i + 2]?.lemma === 'be';
    // "Why were people so upset?": a participle a degree adverb grades is a state, not an act to be reported.
    const graded = afterDegreeAdverb(analysis.tokens, i);
    if (
      (tok.pos === 'VERB' || (intent === 'who' && tok.pos === 'NOUN' && !headsAnObject(analysis, i))) &&
      !entityTokens.has(i) &&
      !intoBeing &&
      !graded
    )
      predicates.push(lemma);
  });
  return { terms, variants, content, unknown, tone, unknownSubjects, months, predicates, pointed, adverbs };
}

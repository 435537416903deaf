/**
 * The one wink-nlp pipeline of the process: built once from the entity data, then shared by the knowledge
 * pipeline and the answer engine. Everything downstream works on {@link Analysis}, plain data.
 */
import winkNLP from 'wink-nlp';
import { lookupTable } from '../lookup.ts';
import { CustomEntityMatcher, type EntityExamples } from './custom-entities.ts';
import { tokeniseAsFresh, type WinkLexemeCache } from './fresh-tokens.ts';
import { cerMetaWords, englishModel, lexemeCacheOf, plainWordPattern, rawDocumentOf } from './wink-model.ts';
import type { Analysis, NamedSpan, Token, TokenSpan } from './analysis.ts';
import { ENTITY_PREFIX, ROLE_PREFIX, rolePhraseKey } from './entity-names.ts';
import { Lexeme, lemmaOf, readLexeme, type ItemToken } from './lexeme.ts';
import { splitAnalysis } from './split-analysis.ts';
import { nearby, occursAt } from './text-positions.ts';
import { entitySwaps, entityTypes, spans, spanText } from './wink-spans.ts';
import { isContractionPart, posCode, precedingSpacesLength, TOKEN_SIZE } from './raw-document.ts';

// What the pipeline gives and the helpers that read it, from the modules that hold them, for the many
// modules that import them from here.
export type { Analysis, NamedSpan, Token, TokenSpan } from './analysis.ts';
export { firstTokenAtOrAfter, lowerBound, sentenceAt, spansStartingIn } from './analysis.ts';
export { ENTITY_PREFIX, ROLE_PREFIX, rolePhraseKey } from './entity-names.ts';
export { foldWord, withoutAccents } from './folded-words.ts';
export { splitAnalysis } from './split-analysis.ts';
export { occursAt } from './text-positions.ts';

/** Patterns with `\p{…}`, built once: inside a function tsx rebuilds them on every call (see src/nlp/letter-tests.ts). */
const P2 = /[\p{L}.]+/gu;

/** wink-nlp's English model, shared by every pipeline of the process as the package's own object is. */
const model = englishModel();
/** The parts of speech wink-nlp's lemmatiser reads a word's lemma for. */
const LEMMATISED_POS = ['NOUN', 'VERB', 'ADJ'] as const;

export interface AliasData {
  id: string;
  aliases: readonly string[];
  roles?: ReadonlyArray<{ phrases: readonly string[] }>;
}

export type NlpPurpose = 'articles' | 'questions';

const PIPES: Record<NlpPurpose, readonly string[]> = {
  articles: ['sbd', 'pos', 'ner', 'cer'],
  questions: ['sbd', 'pos', 'cer'],
};

/** Abbreviated scales after a figure ("$2.5bn", "£40m", "5k"), read as the word they stand for. */
export const SCALE_ABBREVIATIONS: Readonly<Record<string, string>> = lookupTable({
  k: 'thousand',
  m: 'million',
  mn: 'million',
  b: 'billion',
  bn: 'billion',
  tn: 'trillion',
});

/**
 * The language pipeline. Construct once per process: learning the custom entities costs milliseconds, and
 * wink-nlp keeps one set of learnt entities per instance.
 */
export class Nlp {
  readonly #nlp: ReturnType<typeof winkNLP>;
  readonly #its: ReturnType<typeof winkNLP>['its'];
  readonly #caseSensitive: Set<string>;
  /** Length of the longest case-sensitive alias. */
  readonly #caseSensitiveLength: number;
  /** An empty document, kept for its lexicon look-up. */
  readonly #lexicon: ReturnType<ReturnType<typeof winkNLP>['readDoc']>;
  /**
   * What wink-nlp says of each word it has met, by its id in wink-nlp's lexicon (which never changes for a
   * word): read once per word instead of once per token.
   */
  readonly #lexemes: Array<Lexeme | undefined> = [];
  /** The names of wink-nlp's parts of speech by their number in its model, as met. */
  readonly #posNames: Array<string | undefined> = [];
  /**
   * The aliases and role phrases, matched over the tokens read (src/nlp/custom-entities.ts); null when
   * wink-nlp's own `cer` pipe matches them (patterns in wink's pattern language, none in the entity data).
   */
  readonly #matcher: CustomEntityMatcher | null;

  /**
   * @param purpose `articles` runs wink-nlp's full pipeline (with its date and number entities, which the
   * knowledge pipeline reads); `questions` leaves those out: questions need tokens, lemmas and the custom
   * entities, and skipping the rest keeps answering fast.
   */
  constructor(
    entities: readonly AliasData[],
    caseSensitiveAliases: readonly string[] = [],
    purpose: NlpPurpose = 'articles',
  ) {
    this.#nlp = winkNLP(model, [...PIPES[purpose]]);
    // What the process read before must not change how a text is split into tokens (src/nlp/fresh-tokens.ts).
    const cache = lexemeCacheOf(this.#nlp);
    if (cache === null)
      throw new Error("Nlp: could not reach wink-nlp's lexeme cache (another model or wink-nlp version?)");
    tokeniseAsFresh(cache as WinkLexemeCache, plainWordPattern());
    this.#its = this.#nlp.its;
    this.#caseSensitive = new Set(caseSensitiveAliases);
    this.#caseSensitiveLength = Math.max(0, ...caseSensitiveAliases.map((a) => a.length));
    this.#lexicon = this.#nlp.readDoc('');
    const examples: Array<EntityExamples & { patterns: string[] }> = [];
    const rolePhrases = new Set<string>();
    for (const e of entities) {
      const patterns = [...new Set(e.aliases.flatMap((a) => [a, a.replace(/[’]/g, "'")]))];
      if (patterns.length > 0) examples.push({ name: ENTITY_PREFIX + e.id, patterns });
      for (const r of e.roles ?? []) for (const p of r.phrases) rolePhrases.add(rolePhraseKey(p));
    }
    for (const p of [...rolePhrases].sort()) examples.push({ name: ROLE_PREFIX + p, patterns: [p] });
    this.#matcher = CustomEntityMatcher.learn(examples, (text) => this.#patternTokens(text), cerMetaWords());
    // With no patterns learnt, wink's `cer` pipe does nothing.
    if (this.#matcher === null && examples.length > 0) this.#nlp.learnCustomEntities(examples);
  }

  /**
   * True when the aliases and role phrases are matched by this project's own matcher; false when an alias
   * spelled like a word of wink's pattern language ("TIME", "DATE") sent them to wink's slow `cer` pipe.
   */
  get matchesAliasesItself(): boolean {
    return this.#matcher !== null;
  }

  /** A pattern's tokens as wink's pattern compiler reads them (the same tokeniser). */
  #patternTokens(text: string): Array<{ value: string; normal: string }> {
    const tokens = this.#nlp.readDoc(text).tokens();
    const values = tokens.out(this.#its.value) as string[];
    const normals = tokens.out(this.#its.normal) as string[];
    return values.map((value, i) => ({ value, normal: normals[i] ?? value }));
  }

  /**
   * True when the English model's lexicon has the word (lower case): a real English word, not a typo, a
   * name it has never seen or a word of another language.
   */
  isEnglishWord(word: string): boolean {
    return !this.#lexicon.isOOV(word);
  }

  /** The word's Porter stem ("arresting" → "arrest"), from the English model's own stemmer. */
  stem(word: string): string {
    return (model.addons.stem as (w: string) => string)(word);
  }

  /**
   * The lemmas wink-nlp's lemmatiser (the one that lemmatised the knowledge) makes of `word` as a noun, a verb
   * and an adjective that `holds` has, other than the word itself: its irregular forms ("ran" → "run",
   * "men" → "man") and its regular endings ("killed" → "kill"). The lemmatiser checks an ending's lemma against
   * its lexicon's part of speech, which it does not expose; `holds` stands for that check, and a regular
   * ending is kept only when the Porter stem agrees, so "seeker" is not read as an adjective "seek" + "-er".
   */
  lemmasHeld(word: string, holds: (lemma: string) => boolean): string[] {
    const lemmatise = model.addons.lemmatize as (
      value: string,
      pos: string,
      cache: { hasSamePOS: (lemma: string, pos: string) => boolean },
    ) => string;
    const irregularOnly = { hasSamePOS: () => false };
    const held = { hasSamePOS: (lemma: string) => holds(lemma) };
    const out: string[] = [];
    for (const pos of LEMMATISED_POS) {
      const irregular = lemmatise(word, pos, irregularOnly);
      const lemma = irregular !== word ? irregular : lemmatise(word, pos, held);
      if (lemma === word || !holds(lemma) || out.includes(lemma)) continue;
      if (lemma === irregular || this.stem(lemma) === this.stem(word)) out.push(lemma);
    }
    return out;
  }

  /**
   * Text written in capitals, in lower case (so the tagger reads it as prose), keeping case-sensitive
   * acronyms ("US") as written. Other text is returned as it is.
   */
  unshout(text: string): string {
    if (!isShouted(text)) return text;
    return text.replace(P2, (w) => (this.#caseSensitive.has(w) ? w : w.toLowerCase()));
  }

  /**
   * Analyses several paragraphs with one pass of wink-nlp (much cheaper than one pass each) and returns one
   * analysis per paragraph, as if each had been read alone: sentences end at paragraph ends, and an entity
   * that would straddle two paragraphs is dropped.
   */
  analyseParagraphs(paragraphs: readonly string[]): Analysis[] {
    const starts: number[] = [];
    // Joined at the end, into one flat string: a string built by `+=` is a chain of pieces, slower to read
    // a token at a time.
    const parts: string[] = [];
    let length = 0;
    for (const p of paragraphs) {
      if (length > 0) {
        parts.push(PARAGRAPH_BREAK);
        length += PARAGRAPH_BREAK.length;
      }
      starts.push(length);
      parts.push(p);
      length += p.length;
    }
    const whole = this.analyse(parts.join(''));
    // Lists pushed onto literals here and below, not made by map: an empty map result has another shape
    // than a full one, and each shape seen anew threw away the compiled splitAnalysis.
    const ranges: Array<{ start: number; end: number }> = [];
    paragraphs.forEach((p, i) => ranges.push({ start: starts[i] ?? 0, end: (starts[i] ?? 0) + p.length }));
    return splitAnalysis(whole, ranges);
  }

  /**
   * The name of wink-nlp's part of speech `code` (as `its.pos` gives it), read from a token that has it and
   * kept: the list is filled up to the code, as the lexemes' below.
   */
  #posName(code: number, item: ItemToken): string {
    const name = (item.out(this.#its.pos) as string | undefined) ?? 'X';
    while (this.#posNames.length < code) this.#posNames.push(undefined);
    this.#posNames[code] = name;
    return name;
  }

  /**
   * Keeps what wink-nlp says of word `id`. The list is filled up to the id, so it stays a plain array
   * (an element far past the end would turn it into a slower dictionary).
   */
  #learn(id: number, lexeme: Lexeme): Lexeme {
    while (this.#lexemes.length < id) this.#lexemes.push(undefined);
    this.#lexemes[id] = lexeme;
    return lexeme;
  }

  /** Tokens, sentences, lemmas and entities of `text`. */
  analyse(text: string): Analysis {
    const its = this.#its;
    const doc = this.#nlp.readDoc(text);
    const raw = rawDocumentOf(doc, its);
    if (raw === null) throw new Error("Nlp: could not read wink-nlp's document data (another model?)");
    const all = doc.tokens();
    const numbers = raw.tokens;
    const count = numbers.length / TOKEN_SIZE;
    const tokens: Token[] = [];
    const lexemes = this.#lexemes;
    const posNames = this.#posNames;
    const matcher = this.#matcher;
    // What wink's custom-entity machine reads of each token (see src/nlp/custom-entities.ts).
    const symbols: string[] = [];
    let cursor = 0;
    let previousType: string | undefined;
    for (let i = 0; i < count; i++) {
      const tag = posNames[posCode(numbers, i)] ?? this.#posName(posCode(numbers, i), all.itemAt(i));
      let lexeme: Lexeme;
      let lemma: string;
      if (!isContractionPart(numbers, i)) {
        const id = numbers[i * TOKEN_SIZE] ?? -1;
        lexeme = lexemes[id] ?? this.#learn(id, readLexeme(all.itemAt(i), its, matcher));
        lemma = lexeme.lemmaAs(tag) ?? lexeme.remember(tag, lemmaOf(all.itemAt(i), its, lexeme.value));
      } else {
        // A contraction's part ("n't") carries its own words, not its lexeme's.
        const item = all.itemAt(i);
        lexeme = readLexeme(item, its, matcher);
        lemma = lemmaOf(item, its, lexeme.value);
      }
      const { value, normal, type, stop } = lexeme;
      if (matcher !== null) symbols.push(lexeme.literal ?? tag);
      cursor += precedingSpacesLength(raw, numbers, i);
      const start = occursAt(text, value, cursor) ? cursor : nearby(text, value, cursor);
      // "$2.5bn" and "$2.5 billion" are the same words to a search.
      const scale = previousType === 'number' ? SCALE_ABBREVIATIONS[normal] : undefined;
      tokens.push({
        value,
        normal,
        lemma: scale ?? lemma,
        pos: tag,
        type,
        stop,
        start,
        end: start + value.length,
      });
      previousType = type;
      cursor = start + value.length;
    }
    const sentences = spans(raw.sentences);
    const nerTypes = entityTypes(raw.entities);
    const nerSpans = spans(raw.entities);
    let customTypes: Array<string | undefined>;
    let customSpans: TokenSpan[];
    if (matcher !== null) {
      const found = matcher.find(symbols, entitySwaps(nerSpans, nerTypes));
      customTypes = found.map((m) => m[2]);
      customSpans = spans(found as unknown as number[][]);
    } else {
      customTypes = entityTypes(raw.customEntities);
      customSpans = spans(raw.customEntities);
    }
    const custom: NamedSpan[] = [];
    let shouted: boolean | undefined;
    customSpans.forEach((span, i) => {
      if (i >= customTypes.length) return;
      const value = spanText(tokens, raw, span);
      if (
        // Upper case is never shorter: a longer match cannot be a case-sensitive alias, no copy is made.
        value.length <= this.#caseSensitiveLength &&
        this.#caseSensitive.has(value.toUpperCase()) &&
        !this.#caseSensitive.has(value) &&
        !(shouted ??= isShouted(text))
      ) {
        return;
      }
      custom.push({ start: span.start, end: span.end, name: customTypes[i] as string, value });
    });
    const ner: NamedSpan[] = [];
    nerSpans.forEach((span, i) =>
      ner.push({
        start: span.start,
        end: span.end,
        name: i < nerTypes.length ? (nerTypes[i] ?? 'UNKNOWN') : 'UNKNOWN',
        value: i < nerTypes.length ? spanText(tokens, raw, span) : '',
      }),
    );
    return { text, tokens, sentences, custom, ner };
  }
}

const PARAGRAPH_BREAK = '\n\n';

/** True when the text is written in capitals (someone shouting), so case says nothing about acronyms. */
function isShouted(text: string): boolean {
  // Its ASCII letters are at least six and all capitals: one scan that stops at the first small letter.
  let capitals = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x61 && c <= 0x7a) return false;
    if (c >= 0x41 && c <= 0x5a) capitals++;
  }
  return capitals >= SHOUTED_MIN_LETTERS;
}

const SHOUTED_MIN_LETTERS = 6;

/**
 * The one wink-nlp pipeline of the process: built once from the entity data, then shared by the knowledge
 * pipeline and the answer engine. Everything downstream works on {@link Analysis}, plain data.
 */
import winkNLP, { type ItsFunction } from 'wink-nlp';
import { lookupTable } from '../lookup.ts';
import { CustomEntityMatcher, type EntityExamples } from './custom-entities.ts';
import { cerMetaWords, englishModel } from './wink-model.ts';

/** Patterns with `\p{…}`, built once: inside a function tsx rebuilds them on every call (see src/nlp/letter-tests.ts). */
const P1 = /\p{M}/gu;
const P2 = /[\p{L}.]+/gu;

/** wink-nlp's English model, shared by every pipeline of the process as the package's own object is. */
const model = englishModel();
/** The parts of speech wink-nlp's lemmatiser reads a word's lemma for. */
const LEMMATISED_POS = ['NOUN', 'VERB', 'ADJ'] as const;

export interface Token {
  value: string;
  /** Lower-cased form. */
  normal: string;
  /** Lower-cased lemma. */
  lemma: string;
  pos: string;
  type: string;
  stop: boolean;
  /** Character offsets in the analysed text, `[start, end)`. */
  start: number;
  end: number;
}

/** A run of tokens, `[start, end)` by token index. */
export interface TokenSpan {
  start: number;
  end: number;
}

export interface NamedSpan extends TokenSpan {
  /** Custom entity name (`entity:<id>` or `role:<phrase>`) or wink's entity type (`DATE`, `CARDINAL`…). */
  name: string;
  value: string;
}

export interface Analysis {
  text: string;
  tokens: Token[];
  sentences: TokenSpan[];
  /** Alias and role matches from the entity data. */
  custom: NamedSpan[];
  /** wink-nlp's own entities: DATE, CARDINAL, ORDINAL, URL… */
  ner: NamedSpan[];
}

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

/** A word's letters without their accents ("juárez" → "juarez", "Mónica" → "Monica"). */
export function withoutAccents(word: string): string {
  return word.normalize('NFD').replace(P1, '');
}

/** A word in lower case without its accents ("Juárez" → "juarez"): a Spanish word and its English-coverage twin compare equal. */
export function foldWord(word: string): string {
  return withoutAccents(word.toLowerCase());
}

/** Abbreviated scales after a figure ("$2.5bn", "£40m", "5k"), read as the word they stand for. */
export const SCALE_ABBREVIATIONS: Readonly<Record<string, string>> = lookupTable({
  k: 'thousand',
  m: 'million',
  mn: 'million',
  b: 'billion',
  bn: 'billion',
  tn: 'trillion',
});

export const ENTITY_PREFIX = 'entity:';
export const ROLE_PREFIX = 'role:';

/** Normalises a role phrase the way role matches are named: lower case, no leading article. */
export function rolePhraseKey(phrase: string): string {
  return phrase
    .toLowerCase()
    .replace(/^(the|a|an)\s+/, '')
    .replace(/[’]/g, "'")
    .trim();
}

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
    return splitAnalysis(
      whole,
      paragraphs.map((p, i) => ({ start: starts[i] ?? 0, end: (starts[i] ?? 0) + p.length })),
    );
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
    const all = doc.tokens();
    const ids = all.out(its.uniqueId as ItsFunction<number>) as unknown as number[];
    const contracted = all.out(its.contractionFlag as ItsFunction<boolean>) as unknown as boolean[];
    const pos = all.out(its.pos) as string[];
    const spaces = all.out(its.precedingSpaces) as string[];
    const tokens: Token[] = [];
    const lexemes = this.#lexemes;
    const matcher = this.#matcher;
    // What wink's custom-entity machine reads of each token (see src/nlp/custom-entities.ts).
    const symbols: string[] = [];
    let cursor = 0;
    let previousType: string | undefined;
    for (let i = 0; i < ids.length; i++) {
      const tag = pos[i] ?? 'X';
      let lexeme: Lexeme;
      let lemma: string;
      if (contracted[i] === false) {
        const id = ids[i] ?? -1;
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
      cursor += (spaces[i] ?? '').length;
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
    const sentences = spans(doc.sentences().out(its.span) as unknown as number[][]);
    const nerTypes = doc.entities().out(its.type) as unknown as Array<string | undefined>;
    const nerSpans = spans(doc.entities().out(its.span) as unknown as number[][]);
    let customTypes: Array<string | undefined>;
    let customSpans: TokenSpan[];
    if (matcher !== null) {
      const found = matcher.find(symbols, entitySwaps(nerSpans, nerTypes));
      customTypes = found.map((m) => m[2]);
      customSpans = spans(found as unknown as number[][]);
    } else {
      customTypes = doc.customEntities().out(its.type) as unknown as Array<string | undefined>;
      customSpans = spans(doc.customEntities().out(its.span) as unknown as number[][]);
    }
    const custom: NamedSpan[] = [];
    let shouted: boolean | undefined;
    customSpans.forEach((span, i) => {
      if (i >= customTypes.length) return;
      const value = spanText(tokens, spaces, span);
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
    const ner: NamedSpan[] = nerSpans.map((span, i) => ({
      start: span.start,
      end: span.end,
      name: i < nerTypes.length ? (nerTypes[i] ?? 'UNKNOWN') : 'UNKNOWN',
      value: i < nerTypes.length ? spanText(tokens, spaces, span) : '',
    }));
    return { text, tokens, sentences, custom, ner };
  }
}

const PARAGRAPH_BREAK = '\n\n';

/** wink's entities as the custom-entity machine reads them: by first token, `[last token, type]`. */
function entitySwaps(
  nerSpans: readonly TokenSpan[],
  nerTypes: ReadonlyArray<string | undefined>,
): Map<number, [number, string]> {
  const swaps = new Map<number, [number, string]>();
  for (let k = 0; k < nerSpans.length; k++) {
    const span = nerSpans[k];
    if (span) swaps.set(span.start, [span.end - 1, nerTypes[k] as string]);
  }
  return swaps;
}

/**
 * An entity's text: its tokens with their preceding spaces, trimmed, as wink-nlp's `its.detail` gives it,
 * read from the tokens already made instead of asking wink-nlp to build it again. The spaces are white space
 * only (wink-nlp splits on runs of it), so those before the first token are trimmed whatever they are: a
 * one-token entity, most of them, is its token's value, trimmed, with no string built.
 */
function spanText(tokens: readonly Token[], spaces: readonly string[], span: TokenSpan): string {
  let value = tokens[span.start]?.value ?? '';
  for (let k = span.start + 1; k < span.end; k++) value += (spaces[k] ?? '') + (tokens[k]?.value ?? '');
  return value.trim();
}

/**
 * wink-nlp's `[first, last]` token spans as `[start, end)`. A loop into an array literal, not `map`: the
 * array `map` makes from an empty list is of another kind than from a full one, and in a bundled build
 * (esbuild, no tsx) the optimised {@link Nlp.analyse} was thrown away at the other kind on nearly every call
 * (2,158 deoptimisations in 2,500 calls; none with the literal, whose kind V8 settles once).
 */
function spans(list: readonly number[][]): TokenSpan[] {
  const out: TokenSpan[] = [];
  // Read by index, not destructured: destructuring walks each pair with an iterator of its own.
  for (let k = 0; k < list.length; k++) {
    const pair = list[k];
    out.push({ start: pair?.[0] ?? 0, end: (pair?.[1] ?? 0) + 1 });
  }
  return out;
}

type Its = ReturnType<typeof winkNLP>['its'];
type ItemToken = ReturnType<ReturnType<ReturnType<typeof winkNLP>['readDoc']>['tokens']>['itemAt'] extends (
  k: number,
) => infer T
  ? T
  : never;

/**
 * A word of wink-nlp's lexicon as the pipeline reads it: all but the lemma depend on the word alone; the
 * lemma on the word and its part of speech, so it is remembered by part of speech.
 */
class Lexeme {
  readonly #lemmas = new Map<string, string>();
  /** The part of speech last asked for and its lemma: a word mostly keeps one part of speech. */
  #lastPos: string | null = null;
  #lastLemma = '';

  constructor(
    readonly value: string,
    readonly normal: string,
    readonly type: string,
    readonly stop: boolean,
    /** The pattern word the word reads as in custom-entity matching, if any. */
    readonly literal: string | null,
  ) {}

  /** The lemma remembered for the word as `pos`, if any. */
  lemmaAs(pos: string): string | undefined {
    if (pos === this.#lastPos) return this.#lastLemma;
    const lemma = this.#lemmas.get(pos);
    if (lemma !== undefined) {
      this.#lastPos = pos;
      this.#lastLemma = lemma;
    }
    return lemma;
  }

  remember(pos: string, lemma: string): string {
    this.#lemmas.set(pos, lemma);
    this.#lastPos = pos;
    this.#lastLemma = lemma;
    return lemma;
  }
}

function readLexeme(item: ItemToken, its: Its, matcher: CustomEntityMatcher | null): Lexeme {
  const value = item.out(its.value) as string;
  const normal = (item.out(its.normal) as string | undefined) ?? value.toLowerCase();
  return new Lexeme(
    value,
    normal,
    (item.out(its.type) as string | undefined) ?? 'word',
    (item.out(its.stopWordFlag) as unknown as boolean | undefined) ?? false,
    matcher?.literal(value, normal) ?? null,
  );
}

/** The token's lemma, lower case. */
function lemmaOf(item: ItemToken, its: Its, value: string): string {
  return ((item.out(its.lemma as ItsFunction<string>) as string | undefined) ?? value).toLowerCase();
}

/**
 * Splits an analysis of joined paragraphs at the given character ranges (in order, not overlapping), each
 * part re-based to start at zero. One sweep over tokens, sentences and entities, so an article of many
 * paragraphs costs what one paragraph's worth each does. The tokens and entities are moved, not copied:
 * `whole` must not be used afterwards.
 */
export function splitAnalysis(
  whole: Analysis,
  ranges: ReadonlyArray<{ start: number; end: number }>,
): Analysis[] {
  const out: Analysis[] = [];
  let t = 0;
  let si = 0;
  const custom = { list: whole.custom, next: 0 };
  const ner = { list: whole.ner, next: 0 };
  for (const { start, end } of ranges) {
    while (t < whole.tokens.length && (whole.tokens[t]?.start ?? 0) < start) t++;
    const first = t;
    while (t < whole.tokens.length && (whole.tokens[t]?.end ?? 0) <= end) t++;
    const last = t;
    const tokens = whole.tokens.slice(first, last);
    for (const tok of tokens) {
      tok.start -= start;
      tok.end -= start;
    }
    const sentences: TokenSpan[] = [];
    while (si < whole.sentences.length && (whole.sentences[si]?.end ?? 0) <= first) si++;
    for (let k = si; k < whole.sentences.length && (whole.sentences[k]?.start ?? 0) < last; k++) {
      const s = whole.sentences[k];
      if (!s) continue;
      const from = Math.max(s.start, first);
      const to = Math.min(s.end, last);
      if (from < to) sentences.push({ start: from - first, end: to - first });
    }
    out.push({
      text: whole.text.slice(start, end),
      tokens,
      sentences,
      custom: spansWithin(custom, first, last),
      ner: spansWithin(ner, first, last),
    });
  }
  return out;
}

/**
 * The spans of `cursor.list` that lie in tokens [first, last), from `cursor.next` on, re-based to start at
 * `first`; the cursor moves past them. Moved like the tokens, not copied.
 */
function spansWithin(cursor: { list: NamedSpan[]; next: number }, first: number, last: number): NamedSpan[] {
  const { list } = cursor;
  const parts: NamedSpan[] = [];
  let k = cursor.next;
  while (k < list.length && (list[k]?.start ?? 0) < first) k++;
  for (; k < list.length && (list[k]?.start ?? 0) < last; k++) {
    const s = list[k];
    if (s && s.end <= last) {
      s.start -= first;
      s.end -= first;
      parts.push(s);
    }
  }
  cursor.next = k;
  return parts;
}

/**
 * The first of the positions [from, to) for which `before` is false, `before` being true for a run of them
 * and false for the rest (a sorted list read by a key): a binary search, so a paragraph of thousands of
 * sentences or mentions is not scanned once for each.
 */
export function lowerBound(from: number, to: number, before: (i: number) => boolean): number {
  let lo = from;
  let hi = to;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (before(mid)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The spans (sorted by start, as wink-nlp gives them) that start in tokens [from, to), found by binary
 * search: a paragraph of thousands of sentences must not be scanned once per sentence.
 */
export function spansStartingIn<T extends TokenSpan>(spans: readonly T[], from: number, to: number): T[] {
  const lo = lowerBound(0, spans.length, (k) => (spans[k]?.start ?? 0) < from);
  const out: T[] = [];
  for (let k = lo; k < spans.length && (spans[k]?.start ?? Infinity) < to; k++) {
    const span = spans[k];
    if (span) out.push(span);
  }
  return out;
}

/** Index of the first token in [from, to) that starts at or after `charPos` (a binary search). */
export function firstTokenAtOrAfter(analysis: Analysis, from: number, to: number, charPos: number): number {
  return lowerBound(from, to, (k) => (analysis.tokens[k]?.start ?? 0) < charPos);
}

/** The sentence of an analysis holding token `t`, by binary search. */
export function sentenceAt(analysis: Analysis, t: number): TokenSpan | undefined {
  const list = analysis.sentences;
  const s = list[lowerBound(0, list.length, (k) => (list[k]?.end ?? 0) <= t)];
  return s && s.start <= t && t < s.end ? s : undefined;
}

/**
 * `text.startsWith(value, at)` for a position `at` of zero or more, compared a character at a time: V8
 * compiles the loop into the token loop of {@link Nlp.analyse}, where `startsWith` with a position is a call
 * out of optimised code for every token of every article.
 */
export function occursAt(text: string, value: string, at: number): boolean {
  if (at + value.length > text.length) return value.length === 0;
  for (let k = 0; k < value.length; k++) if (text.charCodeAt(at + k) !== value.charCodeAt(k)) return false;
  return true;
}

/** Where `value` starts within a few characters of `cursor` (wink may skip odd whitespace), else `cursor`. */
function nearby(text: string, value: string, cursor: number): number {
  const found = text.slice(cursor, cursor + value.length + NEARBY_CHARS).indexOf(value);
  return found >= 0 ? cursor + found : cursor;
}

const NEARBY_CHARS = 4;

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

/**
 * The one wink-nlp pipeline of the process: built once from the entity data, then shared by the knowledge
 * pipeline and the answer engine. Everything downstream works on {@link Analysis}, plain data.
 */
import winkNLP, { type ItsFunction } from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

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
    const examples: Array<{ name: string; patterns: string[] }> = [];
    const rolePhrases = new Set<string>();
    for (const e of entities) {
      const patterns = [...new Set(e.aliases.flatMap((a) => [a, a.replace(/[’]/g, "'")]))];
      if (patterns.length > 0) examples.push({ name: ENTITY_PREFIX + e.id, patterns });
      for (const r of e.roles ?? []) for (const p of r.phrases) rolePhrases.add(rolePhraseKey(p));
    }
    for (const p of [...rolePhrases].sort()) examples.push({ name: ROLE_PREFIX + p, patterns: [p] });
    if (examples.length > 0) this.#nlp.learnCustomEntities(examples);
  }

  /**
   * Text written in capitals, in lower case (so the tagger reads it as prose), keeping case-sensitive
   * acronyms ("US") as written. Other text is returned as it is.
   */
  unshout(text: string): string {
    if (!isShouted(text)) return text;
    return text.replace(/[\p{L}.]+/gu, (w) => (this.#caseSensitive.has(w) ? w : w.toLowerCase()));
  }

  /**
   * Analyses several paragraphs with one pass of wink-nlp (much cheaper than one pass each) and returns one
   * analysis per paragraph, as if each had been read alone: sentences end at paragraph ends, and an entity
   * that would straddle two paragraphs is dropped.
   */
  analyseParagraphs(paragraphs: readonly string[]): Analysis[] {
    const starts: number[] = [];
    let joined = '';
    for (const p of paragraphs) {
      if (joined !== '') joined += PARAGRAPH_BREAK;
      starts.push(joined.length);
      joined += p;
    }
    const whole = this.analyse(joined);
    return paragraphs.map((p, i) => sliceAnalysis(whole, starts[i] ?? 0, (starts[i] ?? 0) + p.length));
  }

  /** Tokens, sentences, lemmas and entities of `text`. */
  analyse(text: string): Analysis {
    const its = this.#its;
    const doc = this.#nlp.readDoc(text);
    const values = doc.tokens().out(its.value) as string[];
    const normals = doc.tokens().out(its.normal) as string[];
    const lemmas = doc.tokens().out(its.lemma as ItsFunction<string>) as string[];
    const pos = doc.tokens().out(its.pos) as string[];
    const types = doc.tokens().out(its.type) as string[];
    const stops = doc.tokens().out(its.stopWordFlag) as unknown as boolean[];
    const spaces = doc.tokens().out(its.precedingSpaces) as string[];
    const tokens: Token[] = [];
    let cursor = 0;
    for (let i = 0; i < values.length; i++) {
      const value = values[i] ?? '';
      cursor += (spaces[i] ?? '').length;
      const start = text.startsWith(value, cursor) ? cursor : nearby(text, value, cursor);
      tokens.push({
        value,
        normal: normals[i] ?? value.toLowerCase(),
        lemma: (lemmas[i] ?? value).toLowerCase(),
        pos: pos[i] ?? 'X',
        type: types[i] ?? 'word',
        stop: stops[i] ?? false,
        start,
        end: start + value.length,
      });
      cursor = start + value.length;
    }
    const spans = (list: number[][]): TokenSpan[] => list.map(([s = 0, e = 0]) => ({ start: s, end: e + 1 }));
    const sentences = spans(doc.sentences().out(its.span) as unknown as number[][]);
    const customDetail = doc.customEntities().out(its.detail) as unknown as Array<{
      value: string;
      type: string;
    }>;
    const customSpans = spans(doc.customEntities().out(its.span) as unknown as number[][]);
    const custom: NamedSpan[] = [];
    customSpans.forEach((span, i) => {
      const d = customDetail[i];
      if (!d) return;
      if (
        this.#caseSensitive.has(d.value.toUpperCase()) &&
        !this.#caseSensitive.has(d.value) &&
        !isShouted(text)
      ) {
        return;
      }
      custom.push({ ...span, name: d.type, value: d.value });
    });
    const nerDetail = doc.entities().out(its.detail) as unknown as Array<{ value: string; type: string }>;
    const nerSpans = spans(doc.entities().out(its.span) as unknown as number[][]);
    const ner: NamedSpan[] = nerSpans.map((span, i) => ({
      ...span,
      name: nerDetail[i]?.type ?? 'UNKNOWN',
      value: nerDetail[i]?.value ?? '',
    }));
    return { text, tokens, sentences, custom, ner };
  }
}

const PARAGRAPH_BREAK = '\n\n';

/**
 * The part of an analysis between two character offsets, re-based to start at zero. The tokens are moved,
 * not copied: `whole` must not be used afterwards.
 */
export function sliceAnalysis(whole: Analysis, start: number, end: number): Analysis {
  let first = 0;
  while (first < whole.tokens.length && (whole.tokens[first]?.start ?? 0) < start) first++;
  let last = first;
  while (last < whole.tokens.length && (whole.tokens[last]?.end ?? 0) <= end) last++;
  const tokens = whole.tokens.slice(first, last);
  for (const t of tokens) {
    t.start -= start;
    t.end -= start;
  }
  const sentences: TokenSpan[] = [];
  for (const s of whole.sentences) {
    const from = Math.max(s.start, first);
    const to = Math.min(s.end, last);
    if (from < to) sentences.push({ start: from - first, end: to - first });
  }
  const within = (spans: readonly NamedSpan[]) =>
    spans
      .filter((s) => s.start >= first && s.end <= last)
      .map((s) => ({ ...s, start: s.start - first, end: s.end - first }));
  return {
    text: whole.text.slice(start, end),
    tokens,
    sentences,
    custom: within(whole.custom),
    ner: within(whole.ner),
  };
}

/** Where `value` starts within a few characters of `cursor` (wink may skip odd whitespace), else `cursor`. */
function nearby(text: string, value: string, cursor: number): number {
  const found = text.slice(cursor, cursor + value.length + NEARBY_CHARS).indexOf(value);
  return found >= 0 ? cursor + found : cursor;
}

const NEARBY_CHARS = 4;

/** True when the text is written in capitals (someone shouting), so case says nothing about acronyms. */
function isShouted(text: string): boolean {
  const letters = text.replace(/[^A-Za-z]/g, '');
  return letters.length >= 6 && letters === letters.toUpperCase();
}

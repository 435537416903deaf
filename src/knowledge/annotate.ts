/**
 * Turns one cleaned article into sentences with entity mentions and attributed quotations.
 *
 * Attribution reads the words outside the quotation: an attribution verb ("said", "added", "told") and its
 * subject, before or after the quotation; failing that, the next sentence ("She added, …") or the previous
 * one when the quotation continues a speaker's words. Subjects are aliases, role titles resolved by the
 * article's date ("the defence minister" in 2019), or pronouns resolved to the last person of that gender
 * named in the narrative. A quotation nested in another is attributed inside the outer one, where "I"
 * is the outer speaker.
 */
import {
  ENTITY_PREFIX,
  firstTokenAtOrAfter,
  ROLE_PREFIX,
  rolePhraseKey,
  type Analysis,
  type Nlp,
  type Token,
} from '../nlp/pipeline.ts';
import type { CleanedArticle } from './clean.ts';
import { roleHeldOn, type EntityData } from './entity-data.ts';
import { findQuoteSpans, type QuoteSpan } from './quote-spans.ts';
import type { EntityMention, QuoteKind, SentenceKind, SourceMeta } from './schema.ts';

export interface Lexicon {
  quoteCues: string[];
  pronouns: Record<string, 'male' | 'female'>;
  firstPerson: string[];
  countWords: Record<string, number>;
  vagueCounts: Record<string, number>;
  countQualifiers: Record<string, string>;
  months: string[];
  weekdays: string[];
  relativeMonths: Record<string, number>;
  relativeWeeks: Record<string, number>;
  relativeDays: Record<string, number>;
  anchoredDays: Record<string, number>;
}

/** A sentence while the article is being read: its tokens stay reachable for facts and quotes. */
export interface WorkingSentence {
  id: string;
  paragraph: number;
  position: number;
  kind: SentenceKind;
  socialPost: number | null;
  analysis: Analysis;
  tokenStart: number;
  tokenEnd: number;
  /** Character offsets in the paragraph. */
  start: number;
  end: number;
  text: string;
  mentions: Array<EntityMention & { token: number }>;
  /** Top-level quotation spans that open in this sentence. */
  quoteSpans: QuoteSpan[];
  /** Every quotation span of the paragraph, found once (top-level ones first, then nested ones). */
  paragraphSpans: readonly QuoteSpan[];
}

export interface WorkingQuote {
  sentence: WorkingSentence;
  span: QuoteSpan;
  /** Index of the enclosing quotation in the article's quote list. */
  parent: number | null;
  speakerId: string | null;
  speakerName: string;
  cue: string | null;
  kind: QuoteKind;
  text: string;
  /** Sentence that carried the attribution, when it is not the quote's own. */
  attributionSentence: WorkingSentence | null;
}

export interface AnnotatedArticle {
  sentences: WorkingSentence[];
  quotes: WorkingQuote[];
}

const SPEAKER_TYPES = new Set(['person', 'organisation']);
const SUBJECT_PRONOUNS = new Set(['he', 'she']);
const MENTION_PRONOUNS = new Set(['he', 'she', 'his', 'her']);
const MAX_WORDS_BEFORE_CUE = 3;
const CLAUSE_END = new Set(['.', '?', '!', ';']);
const MAX_NP_WORDS = 5;
/**
 * People mentioned before a pronoun that are searched for its antecedent: a pronoun refers to someone named
 * recently, and a bound keeps an article of thousands of names linear.
 */
const MAX_PRONOUN_LOOKBACK = 64;
const TRAILING_LINK = /\s*(pic\.twitter\.com\/\S+|https?:\/\/\S+)\s*$/u;

interface PersonMention {
  order: number;
  entityId: string;
  gender: 'male' | 'female' | null;
}

interface SpeakerGuess {
  speakerId: string | null;
  speakerName: string;
  cue: string | null;
}

/** Reads articles with one set of entity data; build once, reuse for every source. */
export class Annotator {
  readonly #entities: Map<string, EntityData>;
  readonly #cues: Set<string>;
  readonly #pronouns: Map<string, 'male' | 'female'>;
  readonly #firstPerson: Set<string>;
  readonly #roleHolders = new Map<string, EntityData[]>();

  constructor(
    private readonly nlp: Nlp,
    entities: readonly EntityData[],
    lexicon: Lexicon,
  ) {
    this.#entities = new Map(entities.map((e) => [e.id, e]));
    this.#cues = new Set(lexicon.quoteCues);
    this.#pronouns = new Map(Object.entries(lexicon.pronouns));
    this.#firstPerson = new Set(lexicon.firstPerson);
    for (const e of entities) {
      for (const r of e.roles ?? []) {
        for (const p of r.phrases) {
          const key = rolePhraseKey(p);
          const list = this.#roleHolders.get(key) ?? [];
          if (!list.includes(e)) list.push(e);
          this.#roleHolders.set(key, list);
        }
      }
    }
  }

  /** Sentences, mentions and quotations of one article. */
  annotate(meta: SourceMeta, cleaned: CleanedArticle): AnnotatedArticle {
    const sentences: WorkingSentence[] = [];
    const people: PersonMention[] = [];
    const analyses = this.nlp.analyseParagraphs(cleaned.paragraphs.map((para) => para.text));
    cleaned.paragraphs.forEach((para, p) => {
      const analysis = analyses[p] ?? this.nlp.analyse(para.text);
      const spans = findQuoteSpans(para.text);
      const topLevel = spans.filter((s) => s.parent === null);
      const merged = mergeAcrossQuotes(analysis, topLevel);
      const inQuote = quotedAt(topLevel);
      let nextSpan = 0;
      merged.forEach((range, s) => {
        const first = analysis.tokens[range.start];
        const last = analysis.tokens[range.end - 1];
        if (!first || !last) return;
        const sentence: WorkingSentence = {
          id: `${meta.id}#${p + 1}.${s + 1}`,
          paragraph: p + 1,
          position: s + 1,
          kind: para.kind,
          socialPost: para.socialPost,
          analysis,
          tokenStart: range.start,
          tokenEnd: range.end,
          start: first.start,
          end: last.end,
          text: para.text.slice(first.start, last.end),
          mentions: [],
          quoteSpans: [],
          paragraphSpans: spans,
        };
        while (nextSpan < topLevel.length && (topLevel[nextSpan]?.outerStart ?? 0) < first.start) nextSpan++;
        while (nextSpan < topLevel.length && (topLevel[nextSpan]?.outerStart ?? 0) < last.end) {
          const span = topLevel[nextSpan++];
          if (span) sentence.quoteSpans.push(span);
        }
        this.#findMentions(sentence, meta, inQuote, people, p);
        sentences.push(sentence);
      });
    });
    const quotes = this.#attributeQuotes(sentences, people);
    return { sentences, quotes };
  }

  #findMentions(
    sentence: WorkingSentence,
    meta: SourceMeta,
    inQuote: (charPos: number) => boolean,
    people: PersonMention[],
    paragraphIndex: number,
  ): void {
    const { analysis } = sentence;
    const explicit = new Set<string>();
    const found: Array<EntityMention & { token: number; quoted: boolean }> = [];
    for (const c of analysis.custom) {
      if (c.start < sentence.tokenStart || c.start >= sentence.tokenEnd) continue;
      if (c.name.startsWith(ENTITY_PREFIX)) {
        const entityId = c.name.slice(ENTITY_PREFIX.length);
        explicit.add(entityId);
        found.push({
          entityId,
          text: c.value,
          via: 'alias',
          token: c.start,
          quoted: inQuote(tokenAt(analysis, c.start).start),
        });
      }
    }
    for (const c of analysis.custom) {
      if (c.start < sentence.tokenStart || c.start >= sentence.tokenEnd || !c.name.startsWith(ROLE_PREFIX))
        continue;
      if (isInsideAlias(analysis, c.start, c.end)) continue;
      const holder = this.#resolveRole(c.name.slice(ROLE_PREFIX.length), meta.published, explicit, people);
      if (holder) {
        found.push({
          entityId: holder.id,
          text: c.value,
          via: 'role',
          token: c.start,
          quoted: inQuote(tokenAt(analysis, c.start).start),
        });
      }
    }
    found.sort((a, b) => a.token - b.token);
    for (const m of found) {
      const entity = this.#entities.get(m.entityId);
      if (!m.quoted && entity?.type === 'person') {
        people.push({
          order: paragraphIndex * 1_000_000 + tokenAt(analysis, m.token).start,
          entityId: m.entityId,
          gender: entity.gender ?? null,
        });
      }
    }
    for (let t = sentence.tokenStart; t < sentence.tokenEnd; t++) {
      const tok = tokenAt(analysis, t);
      const gender = tok.pos === 'PRON' ? this.#pronouns.get(tok.normal) : undefined;
      if (!gender || !MENTION_PRONOUNS.has(tok.normal) || inQuote(tok.start)) continue;
      const who = lastPerson(people, paragraphIndex * 1_000_000 + tok.start, gender, null);
      if (who) found.push({ entityId: who, text: tok.value, via: 'pronoun', token: t, quoted: false });
    }
    found.sort((a, b) => a.token - b.token);
    for (const m of found)
      sentence.mentions.push({ entityId: m.entityId, text: m.text, via: m.via, token: m.token });
  }

  /**
   * The entity a role title names on the article's date. Among several holders, one named elsewhere in the
   * same sentence is not the one meant ("The president said no to Trump"); then the most recently named wins.
   */
  #resolveRole(
    phrase: string,
    day: string,
    namedInSentence: ReadonlySet<string>,
    people: readonly PersonMention[],
  ): EntityData | null {
    const holders = (this.#roleHolders.get(phrase) ?? []).filter((e) =>
      (e.roles ?? []).some((r) => r.phrases.some((p) => rolePhraseKey(p) === phrase) && roleHeldOn(r, day)),
    );
    if (holders.length <= 1) return holders[0] ?? null;
    const others = holders.filter((e) => !namedInSentence.has(e.id));
    const pool = others.length > 0 ? others : holders;
    if (pool.length === 1) return pool[0] ?? null;
    for (let i = people.length - 1; i >= 0; i--) {
      const hit = pool.find((e) => e.id === people[i]?.entityId);
      if (hit) return hit;
    }
    return pool[0] ?? null;
  }

  #attributeQuotes(sentences: readonly WorkingSentence[], people: readonly PersonMention[]): WorkingQuote[] {
    const quotes: WorkingQuote[] = [];
    sentences.forEach((sentence, si) => {
      sentence.quoteSpans.forEach((span, qi) => {
        const region = {
          from: qi > 0 ? (sentence.quoteSpans[qi - 1]?.outerEnd ?? sentence.start) : sentence.start,
          to: sentence.quoteSpans[qi + 1]?.outerStart ?? sentence.end,
        };
        let guess = this.#speakerAround(sentence, span, region, people, null);
        let attributionSentence: WorkingSentence | null = null;
        if (!guess && qi > 0) {
          const previous = quotes.at(-1);
          if (previous && previous.sentence === sentence && previous.speakerId !== null)
            guess = copyGuess(previous);
        }
        if (!guess) {
          const lead = sentence.analysis.text.slice(sentence.start, span.outerStart);
          const startsWithQuote = /^[\p{P}\s]*$/u.test(lead);
          const prevSentence = sentences[si - 1];
          const prevQuote = quotes.at(-1);
          if (
            startsWithQuote &&
            prevSentence &&
            prevQuote?.sentence === prevSentence &&
            prevQuote.speakerId !== null &&
            prevSentence.kind === sentence.kind
          ) {
            guess = copyGuess(prevQuote);
            attributionSentence = prevQuote.attributionSentence ?? prevSentence;
          }
        }
        if (!guess) {
          const next = sentences[si + 1];
          const fromNext =
            next && next.kind === sentence.kind ? this.#leadingAttribution(next, people) : null;
          if (fromNext) {
            guess = fromNext;
            attributionSentence = next ?? null;
          }
        }
        const text = cleanQuoteText(sentence.analysis.text.slice(span.start, span.end));
        quotes.push({
          sentence,
          span,
          parent: null,
          speakerId: guess?.speakerId ?? null,
          speakerName: guess?.speakerName ?? 'unattributed',
          cue: guess?.cue ?? null,
          kind: quoteKind(text),
          text,
          attributionSentence,
        });
      });
    });
    const topLevel = quotes.length;
    for (let i = 0; i < topLevel; i++) {
      const outer = quotes[i];
      if (!outer) continue;
      const nested = nestedIn(outer.sentence.paragraphSpans, outer.span);
      nested.forEach((span, ni) => {
        const region = {
          from: ni > 0 ? (nested[ni - 1]?.outerEnd ?? outer.span.start) : outer.span.start,
          to: nested[ni + 1]?.outerStart ?? outer.span.end,
        };
        const guess = this.#speakerAround(outer.sentence, span, region, people, outer);
        const text = cleanQuoteText(outer.sentence.analysis.text.slice(span.start, span.end));
        quotes.push({
          sentence: outer.sentence,
          span,
          parent: i,
          speakerId: guess?.speakerId ?? null,
          speakerName: guess?.speakerName ?? 'unattributed',
          cue: guess?.cue ?? null,
          kind: quoteKind(text),
          text,
          attributionSentence: null,
        });
      });
    }
    return quotes;
  }

  /** Speaker from an attribution verb next to the quotation, within the character `region`. */
  #speakerAround(
    sentence: WorkingSentence,
    span: QuoteSpan,
    region: { from: number; to: number },
    people: readonly PersonMention[],
    outer: WorkingQuote | null,
  ): SpeakerGuess | null {
    const { analysis } = sentence;
    const tokens = analysis.tokens;
    const inRegion: number[] = [];
    const from = firstTokenAtOrAfter(analysis, sentence.tokenStart, sentence.tokenEnd, region.from);
    for (let t = from; t < sentence.tokenEnd; t++) {
      const tok = tokens[t];
      if (tok && tok.start >= region.to) break;
      if (
        tok &&
        tok.start >= region.from &&
        tok.end <= region.to &&
        (tok.end <= span.outerStart || tok.start >= span.outerEnd)
      ) {
        inRegion.push(t);
      }
    }
    const after = inRegion.filter((t) => tokenAt(analysis, t).start >= span.outerEnd).slice(0, 6);
    const afterCue = after.find((t) => this.#isCue(tokenAt(analysis, t)));
    const between = afterCue === undefined ? [] : after.filter((t) => t < afterCue);
    const wordsBetween = between.filter((t) => tokenAt(analysis, t).pos !== 'PUNCT').length;
    if (afterCue !== undefined && wordsBetween <= MAX_WORDS_BEFORE_CUE) {
      const subject =
        this.#subjectIn(sentence, between, people, outer, false) ??
        this.#subjectIn(sentence, inRegion.filter((t) => t > afterCue).slice(0, 4), people, outer, false) ??
        properName(analysis, between) ??
        properName(analysis, inRegion.filter((t) => t > afterCue).slice(0, 3));
      if (subject) return { ...subject, cue: tokenAt(analysis, afterCue).lemma };
    }
    const before = inRegion.filter((t) => tokenAt(analysis, t).end <= span.outerStart);
    for (let k = before.length - 1; k >= 0; k--) {
      const cueToken = before[k];
      if (cueToken === undefined || !this.#isCue(tokenAt(analysis, cueToken))) continue;
      const clauseStart = before.slice(0, k).findLastIndex((t) => CLAUSE_END.has(tokenAt(analysis, t).value));
      const left = before.slice(clauseStart + 1, k);
      const subject =
        this.#subjectIn(sentence, left, people, outer, true) ??
        this.#subjectIn(sentence, before.slice(k + 1, k + 4), people, outer, false) ??
        properName(analysis, left) ??
        nounPhraseBefore(analysis, left);
      if (subject) return { ...subject, cue: tokenAt(analysis, cueToken).lemma };
      return null;
    }
    return null;
  }

  /** "She added, …" at the start of a sentence attributes the quotation just before it. */
  #leadingAttribution(sentence: WorkingSentence, people: readonly PersonMention[]): SpeakerGuess | null {
    const lead: number[] = [];
    for (let t = sentence.tokenStart; t < sentence.tokenEnd && lead.length < 8; t++) {
      const tok = tokenAt(sentence.analysis, t);
      if (sentence.quoteSpans.some((q) => tok.start >= q.outerStart)) break;
      lead.push(t);
    }
    const cueIndex = lead.findIndex((t) => this.#isCue(tokenAt(sentence.analysis, t)));
    if (cueIndex <= 0) return null;
    const beforeCue = lead.slice(0, cueIndex);
    const clauseStart = beforeCue.findLastIndex((t) => tokenAt(sentence.analysis, t).pos === 'PUNCT');
    const subject = this.#subjectIn(sentence, beforeCue.slice(clauseStart + 1), people, null, true);
    const cueToken = lead[cueIndex];
    if (!subject || cueToken === undefined) return null;
    return { ...subject, cue: tokenAt(sentence.analysis, cueToken).lemma };
  }

  #isCue(tok: Token): boolean {
    return tok.pos === 'VERB' && this.#cues.has(tok.lemma);
  }

  /**
   * The speaker among `candidates` (token indices): an entity mention, a pronoun, or "I" inside a quotation.
   * With `fromRight`, the nearest to the verb wins and mentions in object position ("told the caravan",
   * "to Trump") are skipped.
   */
  #subjectIn(
    sentence: WorkingSentence,
    candidates: readonly number[],
    people: readonly PersonMention[],
    outer: WorkingQuote | null,
    fromRight: boolean,
  ): Omit<SpeakerGuess, 'cue'> | null {
    const { analysis } = sentence;
    const ordered = fromRight ? [...candidates].reverse() : candidates;
    const set = new Set(candidates);
    for (const t of ordered) {
      const tok = tokenAt(analysis, t);
      const mention = sentence.mentions.find((m) => m.token === t && m.via !== 'pronoun');
      if (mention) {
        const entity = this.#entities.get(mention.entityId);
        if (!entity || !SPEAKER_TYPES.has(entity.type)) continue;
        if (fromRight && isObjectPosition(analysis, t, set)) continue;
        return { speakerId: entity.id, speakerName: entity.name };
      }
      if (outer && this.#firstPerson.has(tok.normal) && outer.speakerId) {
        return { speakerId: outer.speakerId, speakerName: outer.speakerName };
      }
      const gender = this.#pronouns.get(tok.normal);
      if (gender && tok.pos === 'PRON' && SUBJECT_PRONOUNS.has(tok.normal)) {
        const order = (sentence.paragraph - 1) * 1_000_000 + (outer ? outer.span.outerStart : tok.start);
        const who = lastPerson(people, order, gender, outer?.speakerId ?? null);
        const entity = who ? this.#entities.get(who) : undefined;
        if (entity) return { speakerId: entity.id, speakerName: entity.name };
      }
    }
    return null;
  }
}

function tokenAt(analysis: Analysis, index: number): Token {
  const tok = analysis.tokens[index];
  if (!tok) throw new Error(`Annotator: token ${index} out of range`);
  return tok;
}

function isInsideAlias(analysis: Analysis, start: number, end: number): boolean {
  return analysis.custom.some((c) => c.name.startsWith(ENTITY_PREFIX) && c.start <= start && c.end >= end);
}

function isObjectPosition(analysis: Analysis, index: number, region: ReadonlySet<number>): boolean {
  let k = index - 1;
  while (region.has(k) && tokenAt(analysis, k).pos === 'DET') k--;
  if (!region.has(k)) return false;
  const pos = tokenAt(analysis, k).pos;
  return pos === 'ADP' || pos === 'VERB';
}

/**
 * A person the entity data does not know, named by two or more capitalised proper nouns ending right where
 * the attribution verb is ("…," Greg Abbott said; Texas Governor Greg Abbott said: …). The last two words
 * are taken as the name, so a title in front ("Governor") is left out.
 */
function properName(analysis: Analysis, tokens: readonly number[]): Omit<SpeakerGuess, 'cue'> | null {
  const words = tokens.map((t) => tokenAt(analysis, t)).filter((t) => t.pos !== 'PUNCT');
  let run = 0;
  for (let k = words.length - 1; k >= 0; k--) {
    const w = words[k];
    if (!w || w.pos !== 'PROPN' || !/^\p{Lu}[\p{L}'’-]+$/u.test(w.value)) break;
    run++;
  }
  if (run < 2) return null;
  const name = words
    .slice(words.length - 2)
    .map((w) => w.value)
    .join(' ');
  return { speakerId: null, speakerName: name };
}

/** The words naming a speaker who is not a known entity ("A lot of people say …"). */
function nounPhraseBefore(analysis: Analysis, left: readonly number[]): Omit<SpeakerGuess, 'cue'> | null {
  const words: Token[] = [];
  for (let k = left.length - 1; k >= 0; k--) {
    const tok = tokenAt(analysis, left[k] ?? -1);
    if (
      tok.pos === 'PUNCT' ||
      tok.pos === 'CCONJ' ||
      tok.pos === 'SCONJ' ||
      tok.pos === 'VERB' ||
      tok.pos === 'AUX'
    )
      break;
    words.unshift(tok);
  }
  if (
    words.length === 0 ||
    words.length > MAX_NP_WORDS ||
    !words.some((w) => w.pos === 'NOUN' || w.pos === 'PROPN')
  ) {
    return null;
  }
  const first = words[0];
  const last = words.at(-1);
  if (!first || !last) return null;
  const text = analysis.text.slice(first.start, last.end);
  return { speakerId: null, speakerName: text.charAt(0).toLowerCase() + text.slice(1) };
}

function lastPerson(
  people: readonly PersonMention[],
  before: number,
  gender: 'male' | 'female',
  exclude: string | null,
): string | null {
  const stop = Math.max(0, people.length - MAX_PRONOUN_LOOKBACK);
  for (let i = people.length - 1; i >= stop; i--) {
    const p = people[i];
    if (p && p.order < before && p.gender === gender && p.entityId !== exclude) return p.entityId;
  }
  return null;
}

function copyGuess(q: WorkingQuote): SpeakerGuess {
  return { speakerId: q.speakerId, speakerName: q.speakerName, cue: q.cue };
}

function cleanQuoteText(raw: string): string {
  return raw.replace(TRAILING_LINK, '').replace(/\s+/g, ' ').trim().replace(/,$/, '');
}

function quoteKind(text: string): QuoteKind {
  const first = /\p{L}/u.exec(text)?.[0] ?? '';
  return first !== '' && first === first.toUpperCase() && first !== first.toLowerCase() ? 'full' : 'fragment';
}

/** wink's sentence ranges, joined where a quotation runs across a boundary so it stays in one sentence. */
function mergeAcrossQuotes(
  analysis: Analysis,
  quotes: readonly QuoteSpan[],
): Array<{ start: number; end: number }> {
  const merged: Array<{ start: number; end: number }> = [];
  let k = 0;
  for (const s of analysis.sentences) {
    const prev = merged.at(-1);
    const startChar = analysis.tokens[s.start]?.start ?? 0;
    while (k < quotes.length && (quotes[k]?.outerEnd ?? 0) <= startChar) k++;
    if (prev) {
      const boundary = analysis.tokens[prev.end - 1]?.end ?? 0;
      if (k < quotes.length && (quotes[k]?.outerStart ?? Infinity) < boundary) {
        prev.end = s.end;
        continue;
      }
    }
    merged.push({ start: s.start, end: s.end });
  }
  return merged;
}

/** A test of whether a character offset lies inside one of `spans` (in order, not overlapping): a binary search. */
function quotedAt(spans: readonly QuoteSpan[]): (charPos: number) => boolean {
  return (charPos) => {
    let lo = 0;
    let hi = spans.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((spans[mid]?.start ?? 0) <= charPos) lo = mid + 1;
      else hi = mid;
    }
    const span = spans[lo - 1];
    return span !== undefined && charPos < span.end;
  };
}

const nestedByParagraph = new WeakMap<readonly QuoteSpan[], Map<QuoteSpan, QuoteSpan[]>>();

/** The quotations nested in a top-level one, grouped once per paragraph so each is looked up in constant time. */
function nestedIn(spans: readonly QuoteSpan[], outer: QuoteSpan): QuoteSpan[] {
  let groups = nestedByParagraph.get(spans);
  if (!groups) {
    groups = new Map();
    for (const s of spans) {
      if (s.parent === null) continue;
      const parent = spans[s.parent];
      if (!parent) continue;
      const list = groups.get(parent) ?? [];
      list.push(s);
      groups.set(parent, list);
    }
    nestedByParagraph.set(spans, groups);
  }
  return groups.get(outer) ?? [];
}

/**
 * Everything the engine looks up, built once per knowledge file: BM25 postings over sentence and quote
 * lemmas (plus `@entity` terms for mentions), the vocabulary for spelling correction, and maps by id.
 */
import { setAsHeading } from './set-heading.ts';
import { followingFlags } from './following.ts';
import { askedTurnTerms } from './asked-turn-terms.ts';
import { Bm25 } from './bm25.ts';
import { CoverageWriting } from './coverage-writing.ts';
import type {
  DateFact,
  Entity,
  KnowledgeBase,
  NumberFact,
  Quote,
  Sentence,
  Source,
  TimelineEvent,
} from '../knowledge/schema.ts';

/** Patterns with `\p{…}`, built once: inside a function tsx rebuilds them on every call (see src/nlp/letter-tests.ts). */
const P1 = /[^\p{L}\p{N}]+/u;
const P2 = /[^\p{L}\p{N}'’-]+/u;
const P5 = /[\p{L}\p{N}]/u;

export const ENTITY_TERM = '@';
export const SENTENCE_SOCIAL = 1;
export const SENTENCE_HEADLINE = 2;
export const SENTENCE_CAPTION = 3;
export const SENTENCE_RELATED = 4;
/**
 * Openings that lean on the sentence before: a pronoun or determiner pointing back, or a connective drawing a
 * conclusion from it ("So Kearney had him, briefly.", "So when Cortina's men came in…, there was nobody…"), not
 * "so far", "so many", "so-called" or a question ("so when did…", "so, why did…", "so did they?"). Reading "so when…" as a conclusion took new-articles-18
 * dev 21 -> 22/36, all test unchanged (npm run eval 2026-12-02).
 */
const ANAPHORIC_OPENING =
  /^(they|their|them|it|its|this|that|these|those|such|he|she|his|her|most|some|many|both)\b|^(?:so|thus|hence|therefore)\b(?![-‐])(?!,?\s+(?:far|whenever|if|that|as|many|much|long|what|how|why|who|which|where|did|does|do|when\s+(?:did|does|do|was|were|is|are|will|would|can|could|has|have|had)\b)\b)/i;

/** A timeline event with the numbers its filters compare. */
export interface TimelineRow {
  event: TimelineEvent;
  year: number;
  sourceYear: number;
  /** Position of the event's sentence. */
  sentence: number;
}

/** The knowledge, indexed for answering. Immutable; a refresh builds a new one and swaps it in. */
export class KnowledgeIndex {
  readonly sentences: readonly Sentence[];
  readonly quotes: readonly Quote[];
  readonly sentenceIndex = new Map<string, number>();
  readonly quoteById = new Map<string, Quote>();
  /** Position of each quote in {@link quotes}. */
  readonly quotePosition = new Map<string, number>();
  /** Position of each quote's own sentence in {@link sentences}, by quote position. */
  readonly quoteSentence: Int32Array;
  /** Per quote position: its source's position, 1 for a social post, 1 for a full quotation, its parent's position (or -1). */
  readonly quoteSource: Int32Array;
  readonly quoteSocial: Uint8Array;
  readonly quoteFull: Uint8Array;
  readonly quoteParent: Int32Array;
  /** Publication year by source position. */
  readonly sourceYears: Int32Array;
  /** Every year the coverage speaks of: publication years, dated events and years written in the text. */
  readonly coveredYears = new Set<number>();
  /** For each year, the positions of the sources that date something in it ("in 2019 the Pentagon moved…"). */
  readonly yearSources = new Map<number, Set<number>>();
  /** How the coverage writes words: accents, one-word names, acronyms. */
  readonly #written: CoverageWriting;
  /** People by the last word of a title they hold, written out ("governor") and cut short ("gov"). */
  #titleHolders: { full: Map<string, Set<string>>; cut: Map<string, Set<string>> } | null = null;
  /** Lower-case words of each source's outlet ("the", "independent"), by source id. */
  readonly outletWords = new Map<string, string[]>();
  /** Months (1–12) of the publication dates and dated events. */
  readonly coveredMonths = new Set<number>();
  /** Positions of each speaker's quotes. */
  readonly speakerQuotes = new Map<string, Int32Array>();
  readonly sources = new Map<string, Source>();
  readonly entities = new Map<string, Entity>();
  /** Every kind an entity has ("state", "news agency"), for questions asking which one of a kind. */
  readonly entityKinds = new Set<string>();
  readonly numbersBySentence = new Map<string, NumberFact[]>();
  /** What the coverage's figures count, as lemmas ("troop", "soldier", "dollar"). */
  readonly countedThings = new Set<string>();
  readonly datesBySentence = new Map<string, DateFact[]>();
  readonly quotesBySentence = new Map<string, Quote[]>();
  /** Entity ids mentioned anywhere in each source. */
  readonly entitiesBySource = new Map<string, Set<string>>();
  readonly sentenceBm25: Bm25;
  readonly quoteBm25: Bm25;
  /** BM25 over whole articles (each source's sentence terms together), by source position. */
  readonly sourceBm25: Bm25;
  /** Every word form the coverage uses (lemmas and surface words), for spelling correction and scope. */
  readonly vocabulary = new Set<string>();
  readonly numbers: readonly NumberFact[];
  readonly dates: readonly DateFact[];
  readonly timeline: readonly TimelineEvent[];
  /** Timeline events from the reports themselves (not embedded social posts), with what filters need. */
  readonly timelineRows: readonly TimelineRow[];
  /** Sentence and quote counts per source. */
  readonly sourceCounts = new Map<string, { sentences: number; quotes: number }>();
  readonly #anaphoric: Uint8Array;
  /** Sources by the words of their title, lower-cased, as written. */
  readonly #titleSources = new Map<string, Set<string>>();
  /** Sources in corpus order, and for each sentence the position of its source there. */
  readonly sourceOrder: readonly Source[];
  readonly sourcePosition: ReadonlyMap<string, number>;
  readonly sentenceSource: Int32Array;
  /** For each sentence, the position of the first sentence of its article's run of sentences. */
  readonly articleStart: Int32Array;
  /** Each sentence's kind as a code ({@link SENTENCE_SOCIAL}, {@link SENTENCE_HEADLINE}, {@link SENTENCE_CAPTION}, {@link SENTENCE_RELATED}, else 0), for ranking without object reads. */
  readonly sentenceKinds: Uint8Array;
  /** For each entity, the positions of the sources that mention it. */
  readonly entitySources = new Map<string, Set<number>>();
  /** 1 where a sentence points back to the one before it in the same article: it inherits some of its score. */
  readonly carries: Uint8Array;
  /** For each sentence, how it answers the one before it and what it gives (see src/answer/following.ts). */
  readonly following: Uint8Array;

  constructor(readonly kb: KnowledgeBase) {
    this.sentences = kb.sentences;
    this.#written = new CoverageWriting(this.vocabulary, this.sentences);
    this.quotes = kb.quotes;
    this.numbers = kb.numbers;
    this.dates = kb.dates;
    this.timeline = kb.timeline;
    this.sourceOrder = kb.sources;
    const sourcePosition = new Map(kb.sources.map((s, i) => [s.id, i]));
    this.sourcePosition = sourcePosition;
    this.sourceYears = Int32Array.from(kb.sources, (s) => Number(s.published.slice(0, 4)));
    for (const s of kb.sources) {
      this.sources.set(s.id, s);
      for (const name of [s.outlet, s.syndicatedBy ?? '', s.title]) {
        for (const w of name.toLowerCase().split(P1)) if (w) this.vocabulary.add(w);
      }
      for (const w of s.title.toLowerCase().split(P1)) {
        if (!w) continue;
        let ids = this.#titleSources.get(w);
        if (!ids) this.#titleSources.set(w, (ids = new Set()));
        ids.add(s.id);
      }
    }
    for (const e of kb.entities) {
      this.entities.set(e.id, e);
      for (const k of e.kinds ?? []) this.entityKinds.add(k);
    }
    kb.sentences.forEach((s, i) => {
      this.sentenceIndex.set(s.id, i);
      let set = this.entitiesBySource.get(s.sourceId);
      if (!set) this.entitiesBySource.set(s.sourceId, (set = new Set()));
      for (const m of s.mentions) set.add(m.entityId);
      for (const l of s.lemmas) this.vocabulary.add(l);
      for (const w of s.text.toLowerCase().split(P2)) {
        if (w) for (const part of w.split(/[-'’]/)) if (part) this.vocabulary.add(part);
      }
    });
    // A caption's figures and dates are the photograph's ("on Tuesday"), not the report's: not answers.
    const captions = new Set(kb.sentences.filter((s) => s.kind === 'caption').map((s) => s.id));
    for (const n of kb.numbers) {
      if (captions.has(n.sentenceId)) continue;
      push(this.numbersBySentence, n.sentenceId, n);
      if (n.countsLemma) this.countedThings.add(n.countsLemma);
    }
    for (const d of kb.dates) if (!captions.has(d.sentenceId)) push(this.datesBySentence, d.sentenceId, d);
    for (const y of this.sourceYears) this.coveredYears.add(y);
    for (const src of kb.sources) {
      this.coveredMonths.add(Number(src.published.slice(5, 7)));
      const words = [src.outlet, src.syndicatedBy ?? ''].join(' ').toLowerCase().split(P1);
      this.outletWords.set(
        src.id,
        words.filter((w) => w.length > 1),
      );
    }
    for (const d of kb.dates) if (d.precision !== 'year') this.coveredMonths.add(Number(d.date.slice(5, 7)));
    for (const d of kb.dates) {
      this.coveredYears.add(Number(d.date.slice(0, 4)));
      if (d.end) this.coveredYears.add(Number(d.end.slice(0, 4)));
    }
    for (const w of this.vocabulary) if (/^(1[89]|20)\d\d$/.test(w)) this.coveredYears.add(Number(w));
    for (const d of kb.dates) {
      const position = sourcePosition.get(d.sourceId);
      if (position === undefined) continue;
      for (const y of new Set([d.date.slice(0, 4), (d.end ?? d.date).slice(0, 4)])) {
        let set = this.yearSources.get(Number(y));
        if (!set) this.yearSources.set(Number(y), (set = new Set()));
        set.add(position);
      }
    }
    kb.quotes.forEach((q, i) => this.quotePosition.set(q.id, i));
    this.quoteSentence = Int32Array.from(
      kb.quotes,
      (q) => this.sentenceIndex.get(q.sentenceIds[0] ?? '') ?? -1,
    );
    const bySpeaker = new Map<string, number[]>();
    kb.quotes.forEach((q, i) => {
      if (q.speakerId) push(bySpeaker, q.speakerId, i);
    });
    for (const [id, positions] of bySpeaker) this.speakerQuotes.set(id, Int32Array.from(positions));
    for (const s of kb.sources) this.sourceCounts.set(s.id, { sentences: 0, quotes: 0 });
    for (const s of kb.sentences) {
      const c = this.sourceCounts.get(s.sourceId);
      if (c) c.sentences++;
    }
    for (const q of kb.quotes) {
      const c = this.sourceCounts.get(q.sourceId);
      if (c) c.quotes++;
    }
    for (const q of kb.quotes) {
      this.quoteById.set(q.id, q);
      for (const sid of q.sentenceIds) push(this.quotesBySentence, sid, q);
    }
    for (const e of kb.entities) {
      for (const a of e.aliases) for (const w of a.toLowerCase().split(P1)) if (w) this.vocabulary.add(w);
    }
    // An answer turn is found by its question's words too (asked-turn-terms.ts).
    const asked = askedTurnTerms(kb.sentences);
    this.sentenceBm25 = new Bm25(
      kb.sentences.map((s, i) => [
        ...s.lemmas,
        ...(asked[i] ?? []),
        ...new Set(s.mentions.map((m) => ENTITY_TERM + m.entityId)),
      ]),
    );
    this.quoteBm25 = new Bm25(kb.quotes.map((q) => q.lemmas));
    const sourceTerms: string[][] = kb.sources.map(() => []);
    for (const s of kb.sentences) {
      const terms = sourceTerms[sourcePosition.get(s.sourceId) ?? -1];
      if (!terms) continue;
      for (const l of s.lemmas) terms.push(l);
      for (const m of s.mentions) terms.push(ENTITY_TERM + m.entityId);
    }
    this.sourceBm25 = new Bm25(sourceTerms);
    this.timelineRows = kb.timeline
      .map((event) => ({
        event,
        year: Number(event.date.slice(0, 4)),
        sourceYear: this.sourceYear(event.sourceId) ?? -1,
        sentence: this.sentenceIndex.get(event.sentenceId) ?? -1,
      }))
      .filter(
        (r) =>
          this.sentences[r.sentence]?.kind !== 'social' && this.sentences[r.sentence]?.kind !== 'caption',
      );
    this.#anaphoric = Uint8Array.from(kb.sentences, (s, i) =>
      !ANAPHORIC_OPENING.test(s.text) ? 0 : kb.sentences[i - 1]?.sourceId === s.sourceId ? 2 : 1,
    );
    this.carries = this.#anaphoric.map((v) => (v === 2 ? 1 : 0));
    this.following = followingFlags(
      kb.sentences,
      (id) => this.numbersBySentence.has(id),
      (id) => this.datesBySentence.has(id),
      (id) => this.quotesBySentence.has(id),
    );
    // A heading in capitals the build kept as a report sentence ranks as the headline it is (set-heading.ts):
    // npm run eval vs eval-base (2026-12-04): dev 1576 -> 1575/2042, test 2059 -> 2061/3553, must-decline
    // answered dev 36 -> 35, test unchanged; the dev losses had passed on a heading over the passage.
    this.sentenceKinds = Uint8Array.from(kb.sentences, (s) =>
      s.kind === 'social'
        ? SENTENCE_SOCIAL
        : s.kind === 'headline' || (s.kind === 'report' && setAsHeading(s.text))
          ? SENTENCE_HEADLINE
          : s.kind === 'caption'
            ? SENTENCE_CAPTION
            : s.kind === 'related'
              ? SENTENCE_RELATED
              : 0,
    );
    this.sentenceSource = Int32Array.from(kb.sentences, (s) => sourcePosition.get(s.sourceId) ?? -1);
    this.articleStart = new Int32Array(kb.sentences.length);
    for (let i = 1; i < kb.sentences.length; i++)
      this.articleStart[i] =
        this.sentenceSource[i] === this.sentenceSource[i - 1] ? (this.articleStart[i - 1] ?? i) : i;
    this.quoteSource = Int32Array.from(kb.quotes, (q) => sourcePosition.get(q.sourceId) ?? -1);
    this.quoteSocial = Uint8Array.from(kb.quotes, (q) => (q.social ? 1 : 0));
    this.quoteFull = Uint8Array.from(kb.quotes, (q) => (q.kind === 'full' ? 1 : 0));
    this.quoteParent = Int32Array.from(kb.quotes, (q) =>
      q.parentId ? (this.quotePosition.get(q.parentId) ?? -1) : -1,
    );
    for (const [sourceId, ids] of this.entitiesBySource) {
      const position = sourcePosition.get(sourceId) ?? -1;
      for (const id of ids) {
        let set = this.entitySources.get(id);
        if (!set) this.entitySources.set(id, (set = new Set()));
        set.add(position);
      }
    }
  }

  /** True when a sentence opens by pointing back ("They are…", "Most are…"): it reads with the one before. */
  anaphoric(id: string): boolean {
    const i = this.sentenceIndex.get(id);
    return i !== undefined && (this.#anaphoric[i] ?? 0) > 0;
  }

  /** The sentence one that opens by pointing back ({@link anaphoric}) leans on: the one before it; else `null`. */
  leansOn(id: string): Sentence | null {
    return this.anaphoric(id) ? this.neighbour(id, -1) : null;
  }

  /** The sentences a piece of evidence stands in: its own, or its quotation's. */
  evidenceSentenceIds(e: { kind: string; id: string }): readonly string[] {
    return e.kind === 'sentence' ? [e.id] : (this.quoteById.get(e.id)?.sentenceIds ?? []);
  }

  /** A piece of evidence's words: its sentence's text, or its whole quotation's. */
  evidenceText(e: { kind: string; id: string; text: string }): string {
    return e.kind === 'sentence' ? e.text : (this.quoteById.get(e.id)?.text ?? e.text);
  }

  /**
   * How many of `context`'s words (lemmas or words as written) the sentence holding the lemma `word` with
   * most of them holds; 0 when no sentence holds `word`. Tells a word's sense by the company it keeps.
   */
  together(word: string, context: readonly string[]): number {
    let best = 0;
    // The sentences holding `word` are its postings: a look at those, not a scan of every sentence.
    this.sentenceBm25.withScores(new Map([[word, 1]]), (_score, touched, count) => {
      for (let k = 0; k < count; k++) {
        const s = this.sentences[touched[k] ?? -1];
        if (!s) continue;
        const text = s.text.toLowerCase();
        const held = context.filter((c) => s.lemmas.includes(c) || wordIn(text, c)).length;
        best = Math.max(best, held);
      }
    });
    return best;
  }

  /**
   * True when a sentence holding the lemma `word` (a word of letters) uses it as a plural or before a
   * lower-case word ("the Texans", "a Missourian named Cyrus Beale", "Sonoran ranchers"): a word for people,
   * not only a part of a name ("the Sonoran Desert"). Read from the word's postings.
   */
  saysApartFromName(word: string): boolean {
    if (!/^[a-z]+$/.test(word) || !this.sentenceBm25.has(word)) return false;
    const use = new RegExp(`\\b${word}(s?)\\b(?:\\s+(\\S))?`, 'gi');
    let found = false;
    this.sentenceBm25.withScores(new Map([[word, 1]]), (_score, touched, count) => {
      for (let k = 0; k < count && !found; k++) {
        const text = this.sentences[touched[k] ?? -1]?.text ?? '';
        for (const m of text.matchAll(use))
          if (m[1] === 's' || (m[2] !== undefined && m[2] === m[2].toLowerCase() && P5.test(m[2]))) {
            found = true;
            break;
          }
      }
    });
    return found;
  }

  /** True when the title of the source `sourceId` holds the lemma `word`. */
  titleHolds(sourceId: string, word: string): boolean {
    return this.#titleSources.get(word)?.has(sourceId) ?? false;
  }

  /**
   * The ids of the sources whose title or a sentence holds the lemma `word`: which articles say a word, read
   * from the word's postings and the titles' words, not from the articles' sentences.
   */
  sourcesSaying(word: string): Set<string> {
    const out = new Set<string>(this.#titleSources.get(word));
    if (!this.sentenceBm25.has(word)) return out;
    this.sentenceBm25.withScores(new Map([[word, 1]]), (_score, touched, count) => {
      for (let k = 0; k < count; k++) {
        const id = this.sourceOrder[this.sentenceSource[touched[k] ?? -1] ?? -1]?.id;
        if (id !== undefined) out.add(id);
      }
    });
    return out;
  }

  /**
   * The ids of the sources whose title or a sentence says `phrase` (lower case, words as written), found among
   * the sentences holding the lemma `word`, one of the phrase's words: which articles name a thing whose words
   * are each common ("operation intercept"), read from one word's postings, not from every sentence.
   */
  sourcesSayingPhrase(word: string, phrase: string): Set<string> {
    const out = new Set<string>();
    for (const id of this.#titleSources.get(word) ?? [])
      if (this.sources.get(id)?.title.toLowerCase().includes(phrase)) out.add(id);
    if (!this.sentenceBm25.has(word)) return out;
    this.sentenceBm25.withScores(new Map([[word, 1]]), (_score, touched, count) => {
      for (let k = 0; k < count; k++) {
        const s = this.sentences[touched[k] ?? -1];
        if (s && s.text.toLowerCase().includes(phrase)) out.add(s.sourceId);
      }
    });
    return out;
  }

  /**
   * True when the source at `position` is of one of `years`: published then, or dating something in it. A year
   * asked about is the year of the event.
   */
  sourceOfYears(position: number, years: readonly number[]): boolean {
    return years.some((y) => this.sourceYears[position] === y || this.yearSources.get(y)?.has(position));
  }

  sentence(id: string): Sentence | null {
    const i = this.sentenceIndex.get(id);
    return i === undefined ? null : (this.sentences[i] ?? null);
  }

  /** The sentence `offset` places away in the same source, or `null`. */
  neighbour(id: string, offset: number): Sentence | null {
    const i = this.sentenceIndex.get(id);
    if (i === undefined) return null;
    const s = this.sentences[i + offset];
    return s && s.sourceId === this.sentences[i]?.sourceId ? s : null;
  }

  /**
   * How the coverage writes a word given without accents ("secretaria" → secretaría), or `undefined` when
   * it does not use the word.
   */
  spelling(folded: string): string | undefined {
    return this.#written.spelling(folded);
  }

  /** True when the coverage writes `folded` only as a one-word name ("Naco"); see {@link CoverageWriting}. */
  isOneWordName(folded: string): boolean {
    return this.#written.isOneWordName(folded);
  }

  /** The words of a name the coverage spells out, for its acronym in lower case ("aclu"). */
  acronym(word: string): string[] | undefined {
    return this.#written.acronym(word);
  }

  /**
   * The people the coverage gives an office whose title ends in `noun`, written out or cut short with a full
   * stop ("Gov." for "governor", "Sen." for "senator"). The table is built on the first look-up.
   */
  holdersOfTitle(noun: string): Set<string> {
    if (!this.#titleHolders) {
      const full = new Map<string, Set<string>>();
      const cut = new Map<string, Set<string>>();
      const note = (table: Map<string, Set<string>>, key: string, id: string) => {
        const ids = table.get(key);
        if (ids) ids.add(id);
        else table.set(key, new Set([id]));
      };
      for (const e of this.entities.values()) {
        if (e.type !== 'person') continue;
        for (const r of e.roles) {
          const last = r.title.toLowerCase().split(/\s+/).at(-1) ?? '';
          note(full, last, e.id);
          if (last.endsWith('.') && last.length > 3) note(cut, last.slice(0, -1), e.id);
        }
      }
      this.#titleHolders = { full, cut };
    }
    const out = new Set(this.#titleHolders.full.get(noun));
    for (let n = 3; n <= noun.length; n++)
      for (const id of this.#titleHolders.cut.get(noun.slice(0, n)) ?? []) out.add(id);
    return out;
  }

  /** Year of a source's publication. */
  sourceYear(sourceId: string): number | null {
    const position = this.sourcePosition.get(sourceId);
    return position === undefined ? null : (this.sourceYears[position] ?? null);
  }
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** True when `text` (lower case) has `word` as a whole word. */
function wordIn(text: string, word: string): boolean {
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    const before = text[at - 1] ?? ' ';
    const after = text[at + word.length] ?? ' ';
    if (!P5.test(before) && !P5.test(after)) return true;
  }
  return false;
}

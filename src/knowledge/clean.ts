/**
 * Separates the report from the page around it: navigation, appeals, credits, unrelated headlines and
 * embedded social posts. Rules are data (`knowledge/boilerplate.json`); this module only applies them.
 */
import type { Analysis } from '../nlp/pipeline.ts';
import { correctionParagraphs } from './corrections.ts';
import { furnitureShape, withoutTrailingAppeal, wordsAtMost } from './page-furniture.ts';
import {
  BAR_SEPARATOR,
  markRelatedHeadlines,
  MAX_LINK_WORDS,
  withoutLabelledLinks,
} from './related-links.ts';
import { addressesReader, APPEAL_EDGE_PARAGRAPHS, mayBeAppeal } from './reader-appeals.ts';
import { reportsSpeech } from './reported-speech.ts';
import { flagsFor, RulePrefilter } from './rule-prefilter.ts';
import type { DroppedLine, SentenceKind, SourceMeta } from './schema.ts';

export type RuleScope = 'line' | 'rest' | 'caption';

export interface BoilerplateRuleData {
  pattern: string;
  reason: string;
  scope: RuleScope;
}

export interface BoilerplateData {
  general: BoilerplateRuleData[];
  outlets: Record<string, BoilerplateRuleData[]>;
  social: { attribution: string; continuation: string };
  headings: { maxWords: number };
}

interface CompiledRule {
  pattern: RegExp;
  reason: string;
  scope: RuleScope;
}

export interface CleanParagraph {
  /** 1-based line number in the source file. */
  line: number;
  text: string;
  kind: SentenceKind;
  /** Index into {@link CleanedArticle.socialPosts} for kind `social`. */
  socialPost: number | null;
  /** True when the paragraph corrects the outlet's own earlier report (corrections.ts). */
  correction?: true;
}

export interface CleanSocialPost {
  author: string;
  handle: string;
  dateText: string;
  line: number;
}

export interface CleanedArticle {
  paragraphs: CleanParagraph[];
  socialPosts: CleanSocialPost[];
  dropped: DroppedLine[];
  /**
   * The kept paragraphs cleaning analysed (all of them, when one at a page's edges was read for an appeal to
   * the reader), for the annotator to use instead of reading them again (paragraph-analyses.ts).
   */
  analysed?: ReadonlyMap<CleanParagraph, Analysis>;
}

/** White space that `\s+` → " " would change: a character other than a space, or two in a row. */
const SPACING_TO_NORMALISE = /[^\S ]| {2}/;

/**
 * `text` with each run of white space made one space. Most text needs no change, and a test says so for
 * less than the replacement, which rebuilds the text at every space, costs.
 */
export function collapseSpaces(text: string): string {
  return SPACING_TO_NORMALISE.test(text) ? text.replace(/\s+/g, ' ') : text;
}
/** One article's lines being read by {@link Cleaner.clean}, and what the lines read so far decided. */
interface LineReading {
  readonly lines: readonly string[];
  /** The line number of `lines[0]` in the file. */
  readonly firstLine: number;
  readonly meta: Pick<SourceMeta, 'title' | 'outlet'>;
  /** The general boilerplate rules and the outlet's. */
  readonly rules: readonly CompiledRule[];
  /** The title as compared with a line that may be the headline. */
  readonly title: string;
  readonly kept: CleanParagraph[];
  readonly dropped: DroppedLine[];
  readonly socialPosts: CleanSocialPost[];
  headlineSeen: boolean;
  /** The reason every line from here on is dropped for, once a rule for the rest of the page matched. */
  restReason: string | null;
  /** The line of the last embedded post's attribution, or -1. */
  lastAttribution: number;
}

/** A headline line may differ from the front-matter title by quote marks and spacing, not more. */
const TITLE_SLACK = 8;
const CLOSING_PUNCTUATION = /[.!?:;"”’')\]…]$/;

/** Compiled boilerplate rules; build once and reuse for every source. */
/** Longer than any word or link in a report (the longest URL in the sources is about 130 characters). */
export const MAX_WORD_CHARS = 300;
/** A dropped line is reported by its start when it is this long. */
const MAX_DROPPED_CHARS = 200;

function truncateDropped(text: string): string {
  return text.length > MAX_DROPPED_CHARS ? `${text.slice(0, MAX_DROPPED_CHARS)}…` : text;
}

/** What the cleaner needs of the NLP pipeline to read a line's form: its parse, and which words are English. */
export interface LineReader {
  /** One analysis per text, each as if read alone (Nlp.analyseParagraphs). */
  analyseParagraphs(texts: readonly string[]): Analysis[];
  isEnglishWord(word: string): boolean;
}

export class Cleaner {
  readonly #reader: LineReader | null;
  readonly #general: CompiledRule[];
  readonly #outlets = new Map<string, CompiledRule[]>();
  readonly #attribution: RegExp;
  readonly #continuation: RegExp;
  readonly #maxHeadingWords: number;
  readonly #combined = new Map<string, RulePrefilter>();

  /** @param reader parses the lines at a page's edges for appeals to the reader; without it they stay. */
  constructor(data: BoilerplateData, reader: LineReader | null = null) {
    this.#reader = reader;
    const compile = (rules: readonly BoilerplateRuleData[]): CompiledRule[] =>
      rules.map((r) => {
        try {
          return { pattern: new RegExp(r.pattern, flagsFor(r.pattern)), reason: r.reason, scope: r.scope };
        } catch (error) {
          throw new Error(
            `Cleaner: invalid boilerplate pattern ${JSON.stringify(r.pattern)}: ${String(error)}`,
          );
        }
      });
    this.#general = compile(data.general);
    for (const [outlet, rules] of Object.entries(data.outlets))
      this.#outlets.set(outlet.toLowerCase(), compile(rules));
    this.#attribution = new RegExp(data.social.attribution, 'u');
    this.#continuation = new RegExp(data.social.continuation, 'iu');
    this.#maxHeadingWords = Math.max(1, Math.min(12, data.headings.maxWords || 6));
  }

  /**
   * Splits `body` into kept paragraphs (one per non-empty line) and what was dropped, with reasons.
   * @param firstLine line number of the body's first line in the file.
   */
  clean(body: string, meta: Pick<SourceMeta, 'title' | 'outlet'>, firstLine = 1): CleanedArticle {
    const reading: LineReading = {
      lines: body.split(/\r?\n/),
      firstLine,
      meta,
      rules: [...this.#general, ...(this.#outlets.get(meta.outlet.toLowerCase()) ?? [])],
      title: normaliseForCompare(meta.title),
      kept: [],
      dropped: [],
      socialPosts: [],
      headlineSeen: false,
      restReason: null,
      lastAttribution: -1,
    };
    for (let i = 0; i < reading.lines.length; i++) this.#readLine(reading, i);
    const { kept, dropped, socialPosts } = reading;
    // After the related headlines are marked: an item of their list is no appeal, and taking one out would
    // leave the list too short to be told.
    markRelatedHeadlines(kept);
    dropped.push(...withoutLabelledLinks(kept));
    const analysed = new Map<CleanParagraph, Analysis>();
    dropped.push(...this.#withoutReaderAppeals(kept, analysed));
    dropped.sort((a, b) => a.line - b.line);
    for (const p of correctionParagraphs(kept, dropped)) p.correction = true;
    return { paragraphs: kept, socialPosts, dropped, analysed };
  }

  /** Line `i` of the body: kept as a paragraph, dropped with its reason, or read as a post's attribution. */
  #readLine(reading: LineReading, i: number): void {
    const { lines, meta, dropped } = reading;
    let text = collapseSpaces(lines[i] ?? '').trim();
    if (text === '') return;
    const line = reading.firstLine + i;
    // A caption's credit goes; its words stay, for they say who is who and when ("Defense Secretary Pete
    // Hegseth speaks to reporters… on April 25, 2025. (U.S. Army photo)").
    const credit = mayEndWithCredit(text) ? TRAILING_CREDIT.exec(text) : null;
    let caption = false;
    if (credit && credit.index > 0 && text.slice(0, credit.index).split(' ').length >= MIN_CAPTION_WORDS) {
      dropped.push({ line, reason: 'image credit', text: credit[0].trim() });
      text = text.slice(0, credit.index).trim();
      caption = true;
    }
    if (reading.restReason !== null) {
      dropped.push({ line, reason: reading.restReason, text });
      return;
    }
    if (hasLongWord(text)) {
      // Not prose, and a word this long makes wink-nlp's abbreviation test quadratic.
      dropped.push({
        line,
        reason: `not prose: a word of over ${MAX_WORD_CHARS} characters`,
        text: truncateDropped(text),
      });
      return;
    }
    if (this.#readSocial(reading, i, line, text)) return;
    const shape = pageChrome(text) ?? masthead(text, meta.outlet);
    if (shape) {
      dropped.push({ line, reason: shape, text });
      return;
    }
    if (this.#droppedByRule(reading, i, line, text)) return;
    const furniture = furnitureShape(text);
    if (furniture) {
      dropped.push({ line, reason: furniture, text });
      return;
    }
    const { kept } = reading;
    if (
      !reading.headlineSeen &&
      Math.abs(text.length - meta.title.length) <= TITLE_SLACK &&
      normaliseForCompare(text) === reading.title
    ) {
      reading.headlineSeen = true;
      kept.push({ line, text, kind: 'headline', socialPost: null });
      return;
    }
    if (kept.length > 0 && this.#isCrosshead(text)) {
      dropped.push({ line, reason: 'crosshead', text });
      return;
    }
    const appeal = withoutTrailingAppeal(text);
    if (appeal) {
      dropped.push({ line, reason: 'call to action', text: appeal.appeal });
      text = appeal.kept;
    }
    kept.push({ line, text, kind: caption ? 'caption' : 'report', socialPost: null });
  }

  /**
   * True when line `i` is an embedded post's attribution (the paragraph just before it becomes the post) or
   * a line continuing the post just attributed, which is kept as part of it.
   */
  #readSocial(reading: LineReading, i: number, line: number, text: string): boolean {
    const { kept, socialPosts } = reading;
    const attribution = this.#attribution.exec(text);
    if (attribution?.groups) {
      const post = socialPosts.length;
      socialPosts.push({
        author: attribution.groups['author'] ?? '',
        handle: attribution.groups['handle'] ?? '',
        dateText: attribution.groups['date'] ?? '',
        line,
      });
      const previous = kept.at(-1);
      if (
        previous &&
        previous.kind === 'report' &&
        previous.line === lastNonEmptyBefore(reading.lines, i, reading.firstLine)
      ) {
        previous.kind = 'social';
        previous.socialPost = post;
      }
      reading.lastAttribution = line;
      return true;
    }
    if (
      reading.lastAttribution === lastNonEmptyBefore(reading.lines, i, reading.firstLine) &&
      this.#continuation.test(text)
    ) {
      kept.push({ line, text, kind: 'social', socialPost: socialPosts.length - 1 });
      return true;
    }
    return false;
  }

  /**
   * True when a boilerplate rule drops line `i`: a rule for the rest of the page drops what follows too, and
   * a caption's rule the paragraph just before it (the caption's words).
   */
  #droppedByRule(reading: LineReading, i: number, line: number, text: string): boolean {
    const { kept, dropped } = reading;
    // A line that quotes someone is the report, whatever word of an appeal it holds ("would donate").
    const rule = this.#anyRule(reading.meta.outlet).test(text)
      ? reading.rules.find((r) => r.pattern.test(text) && (r.scope !== 'line' || !reportsSpeech(text)))
      : undefined;
    if (!rule) return false;
    dropped.push({ line, reason: rule.reason, text });
    if (rule.scope === 'rest') reading.restReason = rule.reason;
    if (rule.scope === 'caption') {
      const previous = kept.at(-1);
      if (
        previous &&
        previous.kind === 'report' &&
        previous.line === lastNonEmptyBefore(reading.lines, i, reading.firstLine)
      ) {
        kept.pop();
        dropped.splice(dropped.length - 1, 0, {
          line: previous.line,
          reason: 'image caption',
          text: previous.text,
        });
      }
    }
    return true;
  }

  /**
   * Takes out of `kept` the report paragraphs at its ends that address the reader (reader-appeals.ts) and
   * returns them as dropped lines. When any is a candidate, every kept paragraph is read in one pass of the
   * pipeline (one pass reads each paragraph as if alone, see paragraph-analyses.ts) and the analyses of those
   * it keeps go into `analysed`: a pass per candidate, then one for the rest, had cost a tenth of bench:kb's build.
   */
  #withoutReaderAppeals(kept: CleanParagraph[], analysed: Map<CleanParagraph, Analysis>): DroppedLine[] {
    const reader = this.#reader;
    if (!reader) return [];
    // The edges are the page's as it came: a dropped last paragraph must not pull a fourth-from-last one into
    // the window.
    const lastEdge = kept.length - APPEAL_EDGE_PARAGRAPHS;
    const candidates: number[] = [];
    for (let i = 0; i < kept.length; i++) {
      const paragraph = kept[i] as CleanParagraph;
      if (
        (i < APPEAL_EDGE_PARAGRAPHS || i >= lastEdge) &&
        paragraph.kind === 'report' &&
        mayBeAppeal(paragraph.text)
      )
        candidates.push(i);
    }
    if (candidates.length === 0) return [];
    const analyses = reader.analyseParagraphs(kept.map((p) => p.text));
    const out: DroppedLine[] = [];
    const appeals = new Set<number>();
    for (let k = candidates.length - 1; k >= 0; k--) {
      const i = candidates[k] as number;
      const paragraph = kept[i] as CleanParagraph;
      if (!addressesReader(analyses[i] as Analysis, (w) => reader.isEnglishWord(w))) continue;
      out.push({ line: paragraph.line, reason: 'appeal to the reader', text: paragraph.text });
      appeals.add(i);
    }
    kept.forEach((paragraph, i) => {
      if (!appeals.has(i)) analysed.set(paragraph, analyses[i] as Analysis);
    });
    // Walking down, a splice at `i` moves no index below it.
    for (let k = candidates.length - 1; k >= 0; k--) {
      const i = candidates[k] as number;
      if (appeals.has(i)) kept.splice(i, 1);
    }
    return out;
  }

  /** All of an outlet's line rules as one test: most lines match none, and one test says so. */
  #anyRule(outlet: string): RulePrefilter {
    const key = outlet.toLowerCase();
    let combined = this.#combined.get(key);
    if (!combined) {
      const rules = [...this.#general, ...(this.#outlets.get(key) ?? [])];
      combined = new RulePrefilter(rules.map((r) => r.pattern.source));
      this.#combined.set(key, combined);
    }
    return combined;
  }

  #isCrosshead(text: string): boolean {
    return wordsAtMost(text, this.#maxHeadingWords) && !CLOSING_PUNCTUATION.test(text);
  }
}

/**
 * An item of a box of figures or dates, not a link: a figure or date, then a colon and what it is
 * ("- $1.9 million: federal settlement paid…", "- Nov. 13, 1989: order establishing…").
 */
const FIGURE_ITEM = /^[-*•–]\s+(?=[^:]{0,24}\d)[^:]{1,24}:\s/;
/** A photo credit ending a caption line: "(U.S. Army photo)", "Photograph: Herald Picture Desk". */
const TRAILING_CREDIT =
  /\s*(?:\((?=[^()]*\b(?:photo|photograph|file|image|credit|getty)\b)[^()]{0,80}\)|\b(?:photograph|photo|credit|image)s?\s*:\s*[^.:]{0,60})\]?$/i;
/** Fewest words left of a caption for them to be kept when its credit goes. */
const MIN_CAPTION_WORDS = 4;
/** Longest credit in brackets ("(U.S. Army photo)"), in words. */
const MAX_CREDIT_WORDS = 8;

/**
 * What a line is when its shape alone says it is page furniture, whatever the outlet: a bar of navigation or
 * sharing links, an item of a list of links ("- Photos: Soldiers string wire…", no closing punctuation), or
 * a credit in brackets. `null` for a line that may be the report.
 */
function pageChrome(text: string): string | null {
  if ((text.match(BAR_SEPARATOR)?.length ?? 0) >= 2 && !/[.!?]["”’]?$/.test(text))
    return 'navigation or share bar';
  if (
    /^[-*•–]\s/.test(text) &&
    wordsAtMost(text, MAX_LINK_WORDS) &&
    !CLOSING_PUNCTUATION.test(text) &&
    !FIGURE_ITEM.test(text)
  )
    return 'list of links';
  if (/^[([].*[)\]]$/.test(text) && wordsAtMost(text, MAX_CREDIT_WORDS)) return 'image credit';
  return null;
}

/** Longest masthead line ("Borderline Dispatch — Independent reporting from the border"), in words. */
const MAX_MASTHEAD_WORDS = 12;

/** The outlet's own name opening a short line with no closing punctuation: its masthead or tagline. */
function masthead(text: string, outlet: string): string | null {
  // The word count first: most lines are longer, and it stops at the limit, where the case-folded copy of the
  // line would not.
  return outlet !== '' &&
    wordsAtMost(text, MAX_MASTHEAD_WORDS) &&
    text.toLowerCase().startsWith(outlet.toLowerCase()) &&
    !CLOSING_PUNCTUATION.test(text)
    ? 'masthead'
    : null;
}

/**
 * True when `text` has a run of over {@link MAX_WORD_CHARS} characters that are not white space (as
 * `/\S{301}/` says, one scan instead of a match attempt at every character). Lines reach here with their
 * white space already turned into single spaces.
 */
function hasLongWord(text: string): boolean {
  if (text.length <= MAX_WORD_CHARS) return false;
  let run = 0;
  for (let i = 0; i < text.length; i++) {
    if (text.charCodeAt(i) === 0x20) run = 0;
    else if (++run > MAX_WORD_CHARS) return true;
  }
  return false;
}

/** {@link TRAILING_CREDIT} ends with ")" or has a ":"; a line with neither cannot end with a credit. */
function mayEndWithCredit(text: string): boolean {
  return text.includes(')') || text.includes(':');
}

function lastNonEmptyBefore(lines: readonly string[], index: number, firstLine: number): number {
  for (let j = index - 1; j >= 0; j--) if ((lines[j] ?? '').trim() !== '') return firstLine + j;
  return -1;
}

function normaliseForCompare(text: string): string {
  return text
    .toLowerCase()
    .replace(/[‘’“”"']/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

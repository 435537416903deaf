/**
 * Reads a news article out of a saved web page: the report itself (Mozilla Readability over linkedom), its
 * metadata (title, outlet, publication date, canonical address, language: Open Graph, JSON-LD
 * `NewsArticle`, `<time datetime>`), and what was left out around it (navigation, ads, related links,
 * cookie banners), then writes it as a source file with the same front matter as `knowledge/sources/`.
 * Pure: no network, no clock.
 */
import { stringify } from 'yaml';
import { createHash } from 'node:crypto';
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { isHttpAddress, isIsoDay } from './sources.ts';

/** Patterns with `\p{…}`, built once: inside a function tsx rebuilds them on every call (see src/nlp/letter-tests.ts). */
const P1 = /[\s\p{Cc}\p{Cf}]+/gu;
const P2 = /\p{M}/gu;

/** Below this much text Readability has found a teaser or a list of links, not a report (the shortest shipped article has ~2,000). */
export const MIN_ARTICLE_CHARS = 280;
/** Words of the title kept in a generated source id (ids stay readable: `dw-2018-us-troops-to-border`). */
export const MAX_ID_TITLE_WORDS = 6;
/** Words of the outlet kept in a generated source id. */
export const MAX_ID_OUTLET_WORDS = 2;
export const MAX_TITLE_CHARS = 300;
const MAX_JSON_LD_DEPTH = 4;

/** Where a dropped block of text sat on the page. */
export type DroppedKind = 'navigation' | 'ads' | 'related links' | 'cookie banner' | 'other';
export const DROPPED_KINDS: readonly DroppedKind[] = [
  'navigation',
  'ads',
  'related links',
  'cookie banner',
  'other',
];

/** How many blocks of text (paragraphs, list items, headings…) of one kind were left out, and their characters. */
export interface DroppedBlocks {
  kind: DroppedKind;
  blocks: number;
  chars: number;
}

/** Which piece of the page's metadata gave the publication date. */
export type DateSource =
  'JSON-LD datePublished' | 'article:published_time' | 'itemprop datePublished' | '<time datetime>';

/** An article read from a page. `null` fields are what the page does not say. */
export interface PageArticle {
  title: string | null;
  outlet: string | null;
  /** `YYYY-MM-DD`, as dated where it was published. */
  published: string | null;
  publishedFrom: DateSource | null;
  /** The page's canonical address (`<link rel=canonical>`, `og:url`), else the address it was read from. */
  url: string;
  /** The page's language (its primary subtag), `en` when it does not say. */
  language: string;
  /** The byline (JSON-LD `author`, `<meta name=author>`, Readability's byline), when the page gives one. */
  author: string | null;
  /** The report's paragraphs, headings and list items, in order, as plain text. */
  paragraphs: string[];
  keptChars: number;
  /** Only the kinds that dropped something, in {@link DROPPED_KINDS} order. */
  dropped: DroppedBlocks[];
}

/** The little of the DOM this module uses (the project compiles without the DOM library). */
interface DomElement {
  readonly tagName: string;
  readonly textContent: string | null;
  readonly parentElement: DomElement | null;
  getAttribute(name: string): string | null;
  querySelector(selector: string): DomElement | null;
  querySelectorAll(selector: string): Iterable<DomElement>;
  remove(): void;
}
interface DomDocument {
  readonly documentElement: DomElement | null;
  readonly body: DomElement | null;
  querySelector(selector: string): DomElement | null;
  querySelectorAll(selector: string): Iterable<DomElement>;
}

/** Elements that hold a block of text. The innermost of them are the page's "blocks". */
const BLOCKS =
  'p, li, h1, h2, h3, h4, h5, h6, blockquote, pre, figcaption, dt, dd, td, th, div, section, article, aside, header, footer, nav, form, ul, ol, table, button';
const NOT_TEXT = 'script, style, noscript, template, svg, iframe, head';
const COOKIE = /cookie|consent|gdpr|\bcmp\b/i;
const ADS = /(^|[\s_-])(ad|ads|advert\w*|advertisement|sponsor\w*|promo\w*|dfp|taboola|outbrain)([\s_-]|$)/i;
const RELATED =
  /related|recommend|more-(stories|news|from)|read-more|also-read|most-(read|popular)|trending|popular|you-may-like/i;
const NAVIGATION =
  /(^|[\s_-])(nav\w*|menu\w*|breadcrumbs?|masthead|site-header|site-footer|footer|header|skip(-link)?|social|share)([\s_-]|$)/i;
/** Kinds left out even when Readability keeps them (an article's own header or byline is not navigation). */
const INSIDE_REPORT_JUNK = new Set<DroppedKind>(['ads', 'related links', 'cookie banner']);
const KEEP_TAGS = new Set(['BODY', 'MAIN', 'ARTICLE']);
const NAVIGATION_TAGS = new Set(['NAV', 'HEADER', 'FOOTER', 'MENU']);
const NAVIGATION_ROLES = new Set(['navigation', 'banner', 'contentinfo', 'menubar', 'menu']);
const ARTICLE_TYPE =
  /^(NewsArticle|Article|ReportageNewsArticle|AnalysisNewsArticle|BackgroundNewsArticle|BlogPosting|Report)$/;

function squash(text: string | null | undefined): string {
  return (text ?? '').replace(P1, ' ').trim();
}

function parse(html: string): DomDocument {
  return parseHTML(html).document as unknown as DomDocument;
}

/** The innermost block elements under `root`, with their text (empty ones left out). */
function blocksOf(root: DomElement): Array<{ element: DomElement; text: string }> {
  const blocks = [...root.querySelectorAll(BLOCKS)];
  // Marks every block holding another block, walking up from each block once (a query per block is quadratic).
  const holders = new Set<DomElement>();
  for (const block of blocks) {
    for (let e = block.parentElement; e !== null && e !== root && !holders.has(e); e = e.parentElement)
      holders.add(e);
  }
  const out: Array<{ element: DomElement; text: string }> = [];
  for (const element of blocks) {
    if (holders.has(element)) continue;
    const text = squash(element.textContent);
    if (text !== '') out.push({ element, text });
  }
  return out;
}

function marksOf(e: DomElement): string {
  return [e.getAttribute('id'), e.getAttribute('class'), e.getAttribute('aria-label')]
    .filter((x): x is string => x !== null)
    .join(' ');
}

/**
 * Takes out ad, cookie and "related" boxes by their own class or id before Readability reads the page: it
 * unwraps a box holding one paragraph, which would then read as part of the report. A box holding half the
 * page's text or more is a page-wide class ("has-ads"), not a box, and stays.
 */
function removeBoxes(doc: DomDocument): void {
  const whole = squash(doc.body?.textContent).length;
  for (const element of doc.querySelectorAll('body *')) {
    if (KEEP_TAGS.has(element.tagName)) continue;
    const marks = marksOf(element);
    if (marks === '' || !(COOKIE.test(marks) || ADS.test(marks) || RELATED.test(marks))) continue;
    if (element.querySelector('article, main') !== null) continue;
    if (squash(element.textContent).length * 2 >= whole) continue;
    element.remove();
  }
}

function kindOf(element: DomElement): DroppedKind {
  for (let e: DomElement | null = element; e !== null; e = e.parentElement) {
    const marks = marksOf(e);
    const role = e.getAttribute('role') ?? '';
    if (COOKIE.test(marks)) return 'cookie banner';
    if (ADS.test(marks) || e.tagName === 'INS') return 'ads';
    if (RELATED.test(marks)) return 'related links';
    if (NAVIGATION_TAGS.has(e.tagName) || NAVIGATION_ROLES.has(role) || NAVIGATION.test(marks))
      return 'navigation';
  }
  return 'other';
}

type Json = Record<string, unknown>;

function asObject(value: unknown): Json | null {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Json) : null;
}

function asString(value: unknown): string | null {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : null;
}

/** Every object in the page's JSON-LD scripts, arrays and `@graph`s flattened; broken scripts are skipped. */
function jsonLdObjects(doc: DomDocument): Json[] {
  const out: Json[] = [];
  const visit = (value: unknown, depth: number) => {
    if (depth > MAX_JSON_LD_DEPTH) return;
    if (Array.isArray(value)) for (const item of value) visit(item, depth + 1);
    const object = asObject(value);
    if (object === null) return;
    out.push(object);
    if (object['@graph'] !== undefined) visit(object['@graph'], depth + 1);
  };
  for (const script of doc.querySelectorAll('script[type="application/ld+json"]')) {
    try {
      visit(JSON.parse(script.textContent ?? ''), 0);
    } catch {
      // A page's broken JSON-LD is its own business; the other metadata still counts.
    }
  }
  return out;
}

function isArticle(object: Json): boolean {
  const type = object['@type'];
  const types = Array.isArray(type) ? type : [type];
  return types.some((t) => typeof t === 'string' && ARTICLE_TYPE.test(t));
}

function nameOf(value: unknown): string | null {
  if (Array.isArray(value)) return value.map(nameOf).find((n) => n !== null) ?? null;
  return asString(value) ?? asString(asObject(value)?.['name']);
}

function metaTags(doc: DomDocument): Map<string, string> {
  const out = new Map<string, string>();
  for (const meta of doc.querySelectorAll('meta')) {
    const key = (meta.getAttribute('property') ?? meta.getAttribute('name') ?? meta.getAttribute('itemprop'))
      ?.trim()
      .toLowerCase();
    const content = meta.getAttribute('content') ?? meta.getAttribute('datetime');
    if (key && content && !out.has(key)) out.set(key, content.trim());
  }
  return out;
}

/** A date as the `YYYY-MM-DD` it names where it was written (`2025-05-03T22:30-06:00` → `2025-05-03`). */
export function dayOf(value: string | null | undefined): string | null {
  const v = (value ?? '').trim();
  const written = /^(\d{4}-\d{2}-\d{2})(?:$|[T\s])/.exec(v)?.[1];
  if (written !== undefined) return isIsoDay(written) ? written : null;
  // A date without a zone ("June 11, 2024") is read as UTC, not as the server's local time, which could move it a day.
  const asUtc = Date.parse(`${v} UTC`);
  const t = Number.isFinite(asUtc) ? asUtc : Date.parse(v);
  return Number.isFinite(t) && /\d{4}/.test(v) ? new Date(t).toISOString().slice(0, 10) : null;
}

function absolute(href: string | null | undefined, base: string): string | null {
  if (!href) return null;
  try {
    const url = new URL(href.trim(), base).href;
    return isHttpAddress(url) ? url : null;
  } catch {
    return null;
  }
}

/** `title` without a trailing " | Outlet", " - Outlet" or " — Outlet". */
function withoutOutlet(title: string, outlet: string | null): string {
  if (outlet === null) return title;
  for (const separator of [' | ', ' - ', ' – ', ' — ', ' :: ']) {
    const suffix = `${separator}${outlet}`;
    if (title.toLowerCase().endsWith(suffix.toLowerCase()) && title.length > suffix.length)
      return title.slice(0, -suffix.length).trim();
  }
  return title;
}

function clipTitle(title: string): string {
  return title.length > MAX_TITLE_CHARS ? `${title.slice(0, MAX_TITLE_CHARS - 1)}…` : title;
}

/**
 * Reads the article on a page. `pageUrl` is where the page was fetched from (relative links resolve
 * against it). Returns `null` when the page holds no article (Readability finds none, or less than
 * {@link MIN_ARTICLE_CHARS} characters of it).
 */
export function readArticlePage(html: string, pageUrl: string): PageArticle | null {
  const doc = parse(html);
  const meta = metaTags(doc);
  const ld = jsonLdObjects(doc);
  const news = ld.find(isArticle) ?? null;

  const forReadability = parse(html);
  removeBoxes(forReadability);
  const parsed = new Readability<DomElement>(forReadability as never, {
    keepClasses: true,
    serializer: (node) => node as unknown as DomElement,
  }).parse();
  const content = parsed?.content ?? null;
  if (parsed === null || content === null) return null;
  // Readability keeps an ad or a "related" box that sits between the paragraphs; its classes give it away.
  const paragraphs = blocksOf(content)
    .filter((b) => !INSIDE_REPORT_JUNK.has(kindOf(b.element)))
    .map((b) => b.text);
  const keptText = paragraphs.join('\n');
  if (keptText.length < MIN_ARTICLE_CHARS) return null;

  const outlet =
    squash(meta.get('og:site_name')) ||
    squash(nameOf(news?.['publisher'])) ||
    squash(meta.get('application-name')) ||
    null;
  const rawTitle =
    squash(asString(news?.['headline'])) ||
    squash(meta.get('og:title')) ||
    squash(meta.get('twitter:title')) ||
    squash(parsed.title) ||
    squash(doc.querySelector('title')?.textContent) ||
    squash(doc.querySelector('h1')?.textContent);
  const title = rawTitle === '' ? null : clipTitle(withoutOutlet(rawTitle, outlet));

  const dateCandidates: Array<[DateSource, string | null | undefined]> = [
    ['JSON-LD datePublished', asString(news?.['datePublished'])],
    ['article:published_time', meta.get('article:published_time')],
    ['itemprop datePublished', meta.get('datepublished')],
    [
      '<time datetime>',
      (doc.querySelector('article time[datetime]') ?? doc.querySelector('time[datetime]'))?.getAttribute(
        'datetime',
      ),
    ],
  ];
  let published: string | null = null;
  let publishedFrom: DateSource | null = null;
  for (const [from, value] of dateCandidates) {
    const day = dayOf(value);
    if (day !== null) {
      published = day;
      publishedFrom = from;
      break;
    }
  }

  const canonical =
    absolute(doc.querySelector('link[rel~="canonical"]')?.getAttribute('href'), pageUrl) ??
    absolute(meta.get('og:url'), pageUrl) ??
    absolute(asString(news?.['url']), pageUrl) ??
    pageUrl;
  const authors = Array.isArray(news?.['author'])
    ? (news['author'] as unknown[]).map(nameOf).filter((n): n is string => n !== null)
    : [nameOf(news?.['author'])].filter((n): n is string => n !== null);
  const author =
    squash(authors.join(' and ')) || squash(meta.get('author')) || squash(parsed.byline ?? '') || null;
  const lang = /^([a-z]{2,3})\b/i.exec(doc.documentElement?.getAttribute('lang') ?? '')?.[1];

  for (const junk of doc.querySelectorAll(NOT_TEXT)) junk.remove();
  const counts = new Map<DroppedKind, DroppedBlocks>();
  const titleText = (title ?? '').toLowerCase();
  for (const block of doc.body === null ? [] : blocksOf(doc.body)) {
    if (keptText.includes(block.text) || block.text.toLowerCase() === titleText) continue;
    const kind = kindOf(block.element);
    const entry = counts.get(kind) ?? { kind, blocks: 0, chars: 0 };
    entry.blocks += 1;
    entry.chars += block.text.length;
    counts.set(kind, entry);
  }

  return {
    title,
    outlet,
    published,
    publishedFrom,
    url: canonical,
    language: lang?.toLowerCase() ?? 'en',
    author: author === null ? null : clipTitle(author),
    paragraphs,
    keptChars: keptText.length,
    dropped: DROPPED_KINDS.map((k) => counts.get(k)).filter((d): d is DroppedBlocks => d !== undefined),
  };
}

function slug(text: string, words: number): string {
  return text
    .normalize('NFKD')
    .replace(P2, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/(\d)[,.](\d)/g, '$1$2')
    .split(/[^a-z0-9]+/)
    .filter(Boolean)
    .slice(0, words)
    .join('-');
}

/**
 * A source id for an article: outlet, year and the first words of the title (`ap-2025-troops-reach-the-border`);
 * a title with no Latin letters or digits gives a short hash of itself instead of words.
 */
export function articleId(outlet: string, published: string, title: string): string {
  const words =
    slug(title, MAX_ID_TITLE_WORDS) || createHash('sha256').update(title).digest('hex').slice(0, 10);
  const id = [slug(outlet, MAX_ID_OUTLET_WORDS) || 'web', published.slice(0, 4), words]
    .filter(Boolean)
    .join('-');
  return id.slice(0, 80).replace(/-+$/, '');
}

/** What a source file written from a page says about it. */
export interface ArticleSourceMeta {
  id: string;
  title: string;
  outlet: string;
  published: string;
  url: string;
  language: string;
  author?: string | null;
}

/** The text of a source file for an article read from a page: front matter (YAML, quoted as each value needs), then one paragraph per block. */
export function articleSourceText(meta: ArticleSourceMeta, paragraphs: readonly string[]): string {
  const front = (['id', 'title', 'outlet', 'published', 'url', 'language', 'author'] as const)
    .filter((key) => key !== 'author' || meta.author)
    .map((key) => stringify({ [key]: squash(meta[key] ?? '') }, { lineWidth: 0 }).trimEnd());
  return `---\n${front.join('\n')}\n---\n${paragraphs.join('\n\n')}\n`;
}

/**
 * `/kb add url:` before anything changes: fetch the page, read the article, write the source file it would
 * become and check it with the same rules as an uploaded file, then keep it as a preview until the
 * moderator presses Add or Cancel. Previews live in this process only (a restart forgets them; the
 * moderator runs the command again) and expire after {@link PREVIEW_TTL_MS}.
 */
import type { KnowledgeBase } from '../knowledge/schema.ts';
import { isIsoDay, parseSource } from '../knowledge/sources.ts';
import {
  articleId,
  articleSourceText,
  type ArticleSourceMeta,
  type DateSource,
  type DroppedBlocks,
} from '../knowledge/web-article.ts';
import { workerArticleReader, type ArticleReader } from './article-reader.ts';
import { fetchPage, PageFetchError, type PageFetchOptions } from './page-fetch.ts';

/** How long a preview waits for Add: long enough to read it, short enough that the page is still current. */
export const PREVIEW_TTL_MS = 15 * 60_000;
/** Previews kept at once; past this the oldest is forgotten (each holds at most one source file, ≤ 1 MB). */
export const MAX_PENDING_PREVIEWS = 20;

/** An article ready to add, as the moderator is shown it. */
export interface ArticlePreview {
  token: string;
  ownerId: string;
  meta: ArticleSourceMeta;
  /** Where the date came from: the page's metadata, or the moderator's `date:`. */
  dateFrom: DateSource | 'date:';
  /** The page's own date when the moderator's `date:` differs from it. */
  pageDate: string | null;
  /** True when the page names no outlet and the address's host stands in for it. */
  outletFromAddress: boolean;
  /** The address the page was read from, after redirects. */
  fetchedFrom: string;
  paragraphs: string[];
  keptChars: number;
  dropped: DroppedBlocks[];
  fileName: string;
  bytes: Uint8Array;
  expiresAt: number;
}

export type PreviewOutcome = { ok: true; preview: ArticlePreview } | { ok: false; reason: string };

export interface PreviewRequest {
  url: string;
  /** The moderator's `date:` (`YYYY-MM-DD`), or `null`. */
  date: string | null;
  /** Names the preview in the buttons' custom ids: digits only (the interaction's id). */
  token: string;
  ownerId: string;
}

export interface ArticlePreviewsOptions {
  fetch: PageFetchOptions;
  /** The knowledge being served, to spot an article that is already in it. */
  knowledge: () => KnowledgeBase;
  /** Reads the article out of a page; by default in a worker thread. */
  read?: ArticleReader;
  now?: () => number;
}

function hostOf(url: string): string {
  return new URL(url).hostname.replace(/^www\./, '');
}

/** Pending previews of `/kb add url:`; see the module header. */
export class ArticlePreviews {
  readonly #options: ArticlePreviewsOptions;
  readonly #pending = new Map<string, ArticlePreview>();
  readonly #read: ArticleReader;

  constructor(options: ArticlePreviewsOptions) {
    this.#options = options;
    this.#read = options.read ?? workerArticleReader();
  }

  #now(): number {
    return (this.#options.now ?? Date.now)();
  }

  /** Fetches and reads the page; a preview to show, or the one line saying why it cannot be added. */
  async prepare(request: PreviewRequest): Promise<PreviewOutcome> {
    if (request.date !== null && !isIsoDay(request.date))
      return { ok: false, reason: `date: ${JSON.stringify(request.date)} is not a YYYY-MM-DD date` };
    let page;
    try {
      page = await fetchPage(request.url, this.#options.fetch);
    } catch (error) {
      if (error instanceof PageFetchError) return { ok: false, reason: error.message };
      throw error;
    }
    let article;
    try {
      article = await this.#read(page.html, page.url);
    } catch (error) {
      return {
        ok: false,
        reason: `could not read the page: ${error instanceof Error ? error.message : String(error)}`,
      };
    }
    if (article === null)
      return {
        ok: false,
        reason:
          'no article found on the page (a page of headlines, or one that needs JavaScript to show its text)',
      };
    if (article.title === null)
      return { ok: false, reason: 'the page has no title (no headline, og:title, <title> or <h1>)' };
    const published = request.date ?? article.published;
    if (published === null)
      return {
        ok: false,
        reason:
          'no publication date found on the page (JSON-LD, article:published_time, <time>): run /kb add again with date: YYYY-MM-DD as the article gives it',
      };
    const outlet = article.outlet ?? hostOf(article.url);
    const meta: ArticleSourceMeta = {
      id: articleId(outlet, published, article.title),
      title: article.title,
      outlet,
      published,
      url: article.url,
      language: article.language,
      author: article.author,
    };
    const fileName = `${meta.id}.md`;
    const bytes = new TextEncoder().encode(articleSourceText(meta, article.paragraphs));
    try {
      parseSource(bytes, fileName, this.#now());
    } catch (error) {
      return { ok: false, reason: error instanceof Error ? error.message : String(error) };
    }
    const known = this.#options.knowledge().sources;
    const sameAddress = known.find((s) => s.url !== null && (s.url === meta.url || s.url === page.url));
    if (sameAddress !== undefined)
      return { ok: false, reason: `this article is already in the knowledge as "${sameAddress.id}"` };
    if (known.some((s) => s.id === meta.id))
      return { ok: false, reason: `an article with id "${meta.id}" already exists` };

    const preview: ArticlePreview = {
      token: request.token,
      ownerId: request.ownerId,
      meta,
      dateFrom: request.date !== null ? 'date:' : (article.publishedFrom ?? '<time datetime>'),
      pageDate: request.date !== null && article.published !== request.date ? article.published : null,
      outletFromAddress: article.outlet === null,
      fetchedFrom: page.url,
      paragraphs: article.paragraphs,
      keptChars: article.keptChars,
      dropped: article.dropped,
      fileName,
      bytes,
      expiresAt: this.#now() + PREVIEW_TTL_MS,
    };
    this.#keep(preview);
    return { ok: true, preview };
  }

  #keep(preview: ArticlePreview): void {
    const now = this.#now();
    for (const [token, p] of this.#pending) if (p.expiresAt <= now) this.#pending.delete(token);
    while (this.#pending.size >= MAX_PENDING_PREVIEWS) {
      const oldest = this.#pending.keys().next().value;
      if (oldest === undefined) break;
      this.#pending.delete(oldest);
    }
    this.#pending.set(preview.token, preview);
  }

  /**
   * Hands over the preview `token` to the moderator who asked for it, once: `null` when it is unknown,
   * expired or already used; `'not yours'` for anyone else (the preview stays).
   */
  take(token: string, userId: string): ArticlePreview | 'not yours' | null {
    const preview = this.#pending.get(token);
    if (preview === undefined) return null;
    if (preview.expiresAt <= this.#now()) {
      this.#pending.delete(token);
      return null;
    }
    if (preview.ownerId !== userId) return 'not yours';
    this.#pending.delete(token);
    return preview;
  }

  /** Previews waiting for Add or Cancel. */
  get size(): number {
    return this.#pending.size;
  }
}

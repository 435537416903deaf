import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ArticlePreviews, MAX_PENDING_PREVIEWS, PREVIEW_TTL_MS } from '../../src/bot/article-previews.ts';
import type { KnowledgeBase } from '../../src/knowledge/schema.ts';
import { readArticlePage } from '../../src/knowledge/web-article.ts';
import { KB_PATH } from '../../src/paths.ts';
import { startPageServer, type PageServer } from './page-server.ts';

describe('ArticlePreviews', () => {
  let web: PageServer;
  let kb: KnowledgeBase;
  let now = Date.parse('2026-01-01T00:00:00Z');
  const previews = () =>
    new ArticlePreviews({
      fetch: { allowLoopback: true, timeoutMs: 2_000 },
      knowledge: () => kb,
      read: async (html, url) => readArticlePage(html, url),
      now: () => now,
    });

  beforeAll(async () => {
    web = await startPageServer();
    kb = JSON.parse(await readFile(KB_PATH, 'utf8')) as KnowledgeBase;
  });
  afterAll(async () => {
    await web?.stop();
  });

  it('hands a preview to the moderator who asked for it, once, and only before it expires', async () => {
    const p = previews();
    const outcome = await p.prepare({
      url: web.url('/news/yuma-guard'),
      date: null,
      token: '11',
      ownerId: '7',
    });
    expect(outcome.ok).toBe(true);
    expect(p.take('11', '8')).toBe('not yours');
    expect(p.take('11', '7')).toMatchObject({
      fileName: 'sonoran-test-2024-arizona-sends-2468-national-guard-soldiers.md',
    });
    expect(p.take('11', '7')).toBeNull();

    await p.prepare({ url: web.url('/news/yuma-guard'), date: null, token: '12', ownerId: '7' });
    now += PREVIEW_TTL_MS;
    expect(p.take('12', '7')).toBeNull();
    expect(p.size).toBe(0);
  });

  it(`keeps at most ${MAX_PENDING_PREVIEWS} previews, forgetting the oldest`, async () => {
    const p = previews();
    for (let i = 0; i <= MAX_PENDING_PREVIEWS; i++)
      await p.prepare({ url: web.url('/news/yuma-guard'), date: null, token: String(100 + i), ownerId: '7' });
    expect(p.size).toBe(MAX_PENDING_PREVIEWS);
    expect(p.take('100', '7')).toBeNull();
    expect(p.take(String(100 + MAX_PENDING_PREVIEWS), '7')).not.toBeNull();
  });

  it('refuses a page without a title in one line', async () => {
    const untitled = new ArticlePreviews({
      fetch: { allowLoopback: true, timeoutMs: 2_000 },
      knowledge: () => kb,
      read: async (html, url) => {
        const article = readArticlePage(html, url);
        return article === null ? null : { ...article, title: null };
      },
      now: () => now,
    });
    expect(
      await untitled.prepare({ url: web.url('/news/yuma-guard'), date: null, token: '14', ownerId: '7' }),
    ).toEqual({
      ok: false,
      reason: 'the page has no title (no headline, og:title, <title> or <h1>)',
    });
    expect(untitled.size).toBe(0);
  });

  it('refuses a page that reads into a source the usual checks refuse, in their words', async () => {
    const outcome = await previews().prepare({
      url: web.url('/news/rio-grande-no-date'),
      date: '2026-01-03',
      token: '13',
      ownerId: '7',
    });
    expect(outcome).toEqual({
      ok: false,
      reason: expect.stringMatching(
        /: front matter "published" is in the future: "2026-01-03" \(today is 2026-01-01 UTC\)$/,
      ),
    });
  });
});

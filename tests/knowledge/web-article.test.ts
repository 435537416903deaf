import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseSource } from '../../src/knowledge/sources.ts';
import { articleId, articleSourceText, dayOf, readArticlePage } from '../../src/knowledge/web-article.ts';
import { PAGES_DIR } from '../bot/page-server.ts';

const page = (name: string) => readFile(join(PAGES_DIR, `${name}.html`), 'utf8');
const AT = 'http://127.0.0.1:8080/news/page';

describe('readArticlePage', () => {
  it('reads the report of a news page and leaves out navigation, ads, related links and the cookie banner', async () => {
    const article = readArticlePage(await page('yuma-guard'), AT);
    expect(article).not.toBeNull();
    const text = article?.paragraphs.join('\n') ?? '';
    expect(article?.paragraphs[0]).toMatch(/^Arizona deployed 2,468 National Guard soldiers to Yuma/);
    expect(article?.paragraphs).toHaveLength(7);
    expect(text).toContain('Operation Desert Lantern');
    for (const junk of [
      'cookies',
      'Advertisement',
      'Sponsored',
      'Related stories',
      'Share on',
      'Skip to',
      'belly fat',
      'All rights reserved',
      'Politics',
    ])
      expect({ junk, found: text.includes(junk) }).toEqual({ junk, found: false });
    expect(Object.fromEntries(article?.dropped.map((d) => [d.kind, d.blocks]) ?? [])).toMatchObject({
      navigation: expect.any(Number),
      ads: 6,
      'related links': 4,
      'cookie banner': 3,
    });
  });

  it('reads title, outlet, date and canonical address from the page metadata', async () => {
    const article = readArticlePage(await page('yuma-guard'), AT);
    expect(article).toMatchObject({
      title: 'Arizona sends 2,468 National Guard soldiers to Yuma',
      outlet: 'Sonoran Test Chronicle',
      // The JSON-LD date as written where it was published (09:30 in Arizona), not article:published_time's UTC.
      published: '2024-06-11',
      publishedFrom: 'JSON-LD datePublished',
      url: 'https://chronicle.example/border/2024/06/11/arizona-guard-yuma',
      language: 'en',
    });
  });

  it('falls back to article:published_time, then <time datetime>, and says when the page gives no date', async () => {
    const html = await page('yuma-guard');
    const noJsonLd = html.replace(/<script type="application\/ld\+json">[\s\S]*?<\/script>/, '');
    expect(readArticlePage(noJsonLd, AT)).toMatchObject({
      published: '2024-06-11',
      publishedFrom: 'article:published_time',
      outlet: 'Sonoran Test Chronicle',
    });
    const onlyTime = noJsonLd.replace(/<meta property="article:published_time"[^>]*>/, '');
    expect(readArticlePage(onlyTime, AT)).toMatchObject({ publishedFrom: '<time datetime>' });
    expect(readArticlePage(await page('rio-grande-no-date'), AT)).toMatchObject({
      title: 'Engineers raise a steel wall at Sunland Park',
      outlet: 'Valley Test Dispatch',
      published: null,
      url: 'https://dispatch.example/stories/sunland-park-wall',
    });
  });

  it('has no title for a page that names none', async () => {
    const untitled = (await page('rio-grande-no-date'))
      .replace(/<title>.*<\/title>/, '')
      .replace(/<meta property="og:title"[^>]*>/, '')
      .replace(/<h1>.*<\/h1>/, '');
    expect(readArticlePage(untitled, AT)).toMatchObject({ title: null, outlet: 'Valley Test Dispatch' });
  });

  it('finds no article on a page of headlines', async () => {
    expect(readArticlePage(await page('section-front'), AT)).toBeNull();
    expect(readArticlePage('<html><body></body></html>', AT)).toBeNull();
  });

  it('reads a date as written where it was published', () => {
    expect(dayOf('2025-05-03T22:30:00-06:00')).toBe('2025-05-03');
    expect(dayOf('2025-05-03')).toBe('2025-05-03');
    expect(dayOf('Sat, 03 May 2025 12:00:00 GMT')).toBe('2025-05-03');
    expect(dayOf('June 11, 2024')).toBe('2024-06-11');
    expect(dayOf('2025-02-31')).toBeNull();
    expect(dayOf('yesterday')).toBeNull();
  });
});

describe('articleSourceText', () => {
  it('writes a source file that passes the same checks as an uploaded one', async () => {
    const article = readArticlePage(await page('yuma-guard'), AT);
    const meta = {
      id: articleId('Sonoran Test Chronicle', '2024-06-11', article?.title ?? ''),
      title: article?.title ?? '',
      outlet: 'Sonoran Test Chronicle',
      published: '2024-06-11',
      url: article?.url ?? '',
      language: 'en',
    };
    expect(meta.id).toBe('sonoran-test-2024-arizona-sends-2468-national-guard-soldiers');
    const text = articleSourceText(meta, article?.paragraphs ?? []);
    const parsed = parseSource(new TextEncoder().encode(text), `${meta.id}.md`);
    expect(parsed.meta).toMatchObject({ ...meta, syndicatedBy: null });
    expect(parsed.body.split('\n\n')).toHaveLength(7);
  });

  it('makes a readable id from outlet, year and title, and a distinct one for a title without Latin letters', () => {
    expect(articleId('The Independent', '2019-06-25', 'Mexico’s troops: 15,000 at the US border')).toBe(
      'the-independent-2019-mexicos-troops-15000-at-the-us',
    );
    expect(articleId('Jornada', '2025-05-03', 'Ciudad Juárez recibe tropas')).toBe(
      'jornada-2025-ciudad-juarez-recibe-tropas',
    );
    const a = articleId('', '2025-05-03', 'Κείμενο ένα');
    expect(a).toMatch(/^web-2025-[0-9a-f]{10}$/);
    expect(articleId('', '2025-05-03', 'Κείμενο δύο')).not.toBe(a);
  });

  it('keeps a title that is one quotation intact', () => {
    const text = articleSourceText(
      {
        id: 'x-2024-a',
        title: '"We will hold the line"',
        outlet: 'X',
        published: '2024-01-02',
        url: 'https://x.example/a',
        language: 'en',
      },
      ['Body text.'],
    );
    expect(parseSource(new TextEncoder().encode(text), 'x.md').meta.title).toBe('"We will hold the line"');
  });
});

import type { LookupAddress } from 'node:dns';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetchPage, forbiddenAddress, PageFetchError } from '../../src/bot/page-fetch.ts';
import { startPageServer, type PageServer } from './page-server.ts';

const LOCAL = { allowLoopback: true, timeoutMs: 1_000 } as const;

async function refusal(promise: Promise<unknown>): Promise<string> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(PageFetchError);
  const message = (error as Error).message;
  expect(message).not.toContain('\n');
  return message;
}

describe('fetchPage', () => {
  let server: PageServer;
  beforeAll(async () => {
    server = await startPageServer();
  });
  afterAll(async () => {
    await server?.stop();
  });

  it('fetches an HTML page, plain or gzip-encoded, and follows a redirect', async () => {
    const page = await fetchPage(server.url('/news/yuma-guard'), LOCAL);
    expect(page.html).toContain('Operation Desert Lantern');
    expect(page.redirects).toBe(0);
    const zipped = await fetchPage(server.url('/gzip/yuma-guard'), LOCAL);
    expect(zipped.html).toBe(page.html);
    const moved = await fetchPage(server.url('/moved/yuma-guard'), LOCAL);
    expect(moved).toMatchObject({ url: server.url('/news/yuma-guard'), redirects: 1 });
  });

  it('decodes a page in the character set its <meta charset> names when the header names none', async () => {
    expect((await fetchPage(server.url('/latin1'), LOCAL)).html).toContain('Ciudad Juárez');
  });

  it('connects to the address it checked when a host name resolves', async () => {
    const port = new URL(server.url('/')).port;
    const resolve = async (host: string): Promise<LookupAddress[]> =>
      host === 'chronicle.test' ? [{ address: '127.0.0.1', family: 4 }] : [];
    const page = await fetchPage(`http://chronicle.test:${port}/news/yuma-guard`, { ...LOCAL, resolve });
    expect(page.html).toContain('Operation Desert Lantern');
    expect(
      await refusal(
        fetchPage(`http://chronicle.test:${port}/news/yuma-guard`, { allowLoopback: false, resolve }),
      ),
    ).toBe('refused: chronicle.test resolves to 127.0.0.1, a loopback address');
    expect(await refusal(fetchPage(`http://nowhere.test:${port}/`, { ...LOCAL, resolve }))).toBe(
      'nowhere.test has no address',
    );
  });

  it('refuses the loopback test server itself unless loopback is allowed', async () => {
    expect(await refusal(fetchPage(server.url('/news/yuma-guard'), { allowLoopback: false }))).toBe(
      'refused: 127.0.0.1 is a loopback address',
    );
  });

  it('says in one line what went wrong: 404, not HTML, too big, too slow, too many redirects', async () => {
    expect(await refusal(fetchPage(server.url('/missing'), LOCAL))).toBe(
      'the page answered HTTP 404 (Not Found)',
    );
    expect(await refusal(fetchPage(server.url('/report.pdf'), LOCAL))).toBe(
      'not an HTML page (content-type: application/pdf)',
    );
    expect(await refusal(fetchPage(server.url('/huge'), LOCAL))).toBe(
      'the page is larger than 2.0 MB, the limit',
    );
    const started = Date.now();
    expect(await refusal(fetchPage(server.url('/slow'), { ...LOCAL, timeoutMs: 300 }))).toBe(
      'the page did not arrive within 300 ms',
    );
    expect(Date.now() - started).toBeLessThan(2_000);
    expect(await refusal(fetchPage(server.url('/loop'), LOCAL))).toBe('the page redirects more than 5 times');
    expect(await refusal(fetchPage('ftp://example.org/a.html', LOCAL))).toBe(
      'only http and https addresses can be fetched, not ftp:',
    );
    expect(await refusal(fetchPage('not a link', LOCAL))).toMatch(/^not a web address/);
  });

  it('refuses a redirect to a private or link-local address, even with loopback allowed', async () => {
    const before = server.requests.length;
    expect(await refusal(fetchPage(server.url('/to-private'), LOCAL))).toBe(
      'refused: 10.0.0.7 is a private address',
    );
    expect(await refusal(fetchPage(server.url('/to-metadata'), LOCAL))).toBe(
      'refused: 169.254.169.254 is a link-local address',
    );
    expect(server.requests.slice(before)).toEqual(['/to-private', '/to-metadata']);
  });

  it('refuses a host when any address it resolves to is private', async () => {
    const resolved: Record<string, LookupAddress[]> = {
      'mixed.example': [
        { address: '93.184.216.34', family: 4 },
        { address: '192.168.1.10', family: 4 },
      ],
      'mapped.example': [{ address: '::ffff:127.0.0.1', family: 6 }],
      'ula.example': [{ address: 'fd12:3456::1', family: 6 }],
    };
    const resolve = async (host: string) => resolved[host] ?? [];
    expect(await refusal(fetchPage('http://mixed.example/a', { allowLoopback: false, resolve }))).toBe(
      'refused: mixed.example resolves to 192.168.1.10, a private address',
    );
    expect(await refusal(fetchPage('http://mapped.example/a', { allowLoopback: false, resolve }))).toBe(
      'refused: mapped.example resolves to ::ffff:127.0.0.1, a loopback address',
    );
    expect(await refusal(fetchPage('https://ula.example/a', { allowLoopback: false, resolve }))).toBe(
      'refused: ula.example resolves to fd12:3456::1, a private address',
    );
  });
});

describe('forbiddenAddress', () => {
  it('names the special ranges and lets public addresses through', () => {
    expect(forbiddenAddress('8.8.8.8', false)).toBeNull();
    expect(forbiddenAddress('2606:4700::1111', false)).toBeNull();
    expect(forbiddenAddress('127.0.0.1', false)).toBe('loopback');
    expect(forbiddenAddress('127.0.0.1', true)).toBeNull();
    expect(forbiddenAddress('::1', true)).toBeNull();
    expect(forbiddenAddress('10.1.2.3', true)).toBe('private');
    expect(forbiddenAddress('172.20.0.1', false)).toBe('private');
    expect(forbiddenAddress('192.168.0.1', false)).toBe('private');
    expect(forbiddenAddress('100.100.0.1', false)).toBe('private (carrier-grade NAT)');
    expect(forbiddenAddress('169.254.169.254', false)).toBe('link-local');
    expect(forbiddenAddress('fe80::1', false)).toBe('link-local');
    expect(forbiddenAddress('fec0::1', false)).toBe('private (site-local)');
    expect(forbiddenAddress('0.0.0.0', false)).toBe('reserved');
    expect(forbiddenAddress('::', false)).toBe('unspecified');
    expect(forbiddenAddress('::ffff:7f00:1', false)).toBe('loopback');
    expect(forbiddenAddress('::ffff:10.0.0.1', true)).toBe('private');
    expect(forbiddenAddress('64:ff9b::a9fe:a9fe', false)).toBe('link-local');
    expect(forbiddenAddress('224.0.0.1', false)).toBe('multicast');
  });
});

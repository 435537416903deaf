/**
 * A local web server for `/kb add url:` tests: serves the saved pages in `tests/fixtures/pages/` and the
 * failure cases, on 127.0.0.1 and a random port. `stop()` closes every connection, slow ones included.
 */
import { readFile } from 'node:fs/promises';
import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { REPO_ROOT } from '../../src/paths.ts';

export const PAGES_DIR = join(REPO_ROOT, 'tests', 'fixtures', 'pages');
/** How long `/slow` waits before its first byte: longer than any timeout the tests set. */
export const SLOW_PAGE_DELAY_MS = 5_000;
export const HUGE_PAGE_BYTES = 3 * 1024 * 1024;
/** `/heavy`: just under the 2 MB limit, mostly related-story links, seconds of parsing work. */
export const HEAVY_PAGE_CHARS = 1_900_000;

export interface PageServer {
  /** The address of `path` on the server, e.g. `url('/news/yuma-guard')`. */
  url(path: string): string;
  /** Paths requested so far, in order. */
  requests: string[];
  stop(): Promise<void>;
}

function html(response: ServerResponse, body: string | Buffer, headers: Record<string, string> = {}): void {
  response.writeHead(200, { 'content-type': 'text/html; charset=utf-8', ...headers });
  response.end(body);
}

/**
 * Routes: `/news/<name>` (the saved page `<name>.html`), `/gzip/<name>` (the same, gzip-encoded),
 * `/heavy` (a copy of the Yuma page under another address and title, with ~1.9 MB of related links: allowed, but slow to read), `/latin1` (windows-1252, said only by `<meta charset>`), `/report.pdf` (not HTML), `/huge` (3 MB of HTML, no content-length), `/missing` (404), `/slow` (answers
 * after {@link SLOW_PAGE_DELAY_MS}), `/to-private` (302 to a private address), `/to-metadata` (302 to the
 * link-local cloud metadata address), `/moved/<name>` (301 to `/news/<name>`), `/loop` (redirects forever).
 */
export async function startPageServer(): Promise<PageServer> {
  const requests: string[] = [];
  const timers = new Set<NodeJS.Timeout>();
  const server = createServer((request, response) => {
    const path = request.url ?? '/';
    requests.push(path);
    const page = /^\/(news|gzip)\/([a-z0-9-]+)$/.exec(path);
    if (page) {
      readFile(join(PAGES_DIR, `${page[2]}.html`)).then(
        (bytes) =>
          page[1] === 'gzip'
            ? html(response, gzipSync(bytes), { 'content-encoding': 'gzip' })
            : html(response, bytes),
        () => {
          response.writeHead(404, { 'content-type': 'text/html' });
          response.end('<h1>Not found</h1>');
        },
      );
      return;
    }
    const moved = /^\/moved\/([a-z0-9-]+)$/.exec(path);
    if (moved) {
      response.writeHead(301, { location: `/news/${moved[1]}` });
      response.end();
      return;
    }
    switch (path) {
      case '/heavy':
        readFile(join(PAGES_DIR, 'yuma-guard.html'), 'utf8').then(
          (page) => {
            const related = /<aside class="related-stories">[\s\S]*?<\/aside>/.exec(page)?.[0] ?? '';
            const copies = Math.floor((HEAVY_PAGE_CHARS - page.length) / related.length);
            const another = page
              .replaceAll('arizona-guard-yuma', 'arizona-guard-yuma-heavy')
              .replaceAll('Arizona sends 2,468', 'Yuma gets 2,468');
            html(response, another.replace('</main>', `${related.repeat(copies)}</main>`));
          },
          () => response.destroy(),
        );
        return;
      case '/latin1':
        response.writeHead(200, { 'content-type': 'text/html' });
        response.end(
          Buffer.from(
            '<html><head><meta charset="windows-1252"></head><body><p>Ciudad Juárez</p></body></html>',
            'latin1',
          ),
        );
        return;
      case '/report.pdf':
        response.writeHead(200, { 'content-type': 'application/pdf' });
        response.end('%PDF-1.7\n');
        return;
      case '/huge': {
        response.writeHead(200, { 'content-type': 'text/html' });
        const chunk = `<p>${'Troops at the border. '.repeat(40)}</p>\n`;
        let sent = 0;
        const write = () => {
          while (sent < HUGE_PAGE_BYTES) {
            sent += chunk.length;
            if (!response.write(chunk)) {
              response.once('drain', write);
              return;
            }
          }
          response.end();
        };
        response.write('<!doctype html><html><body>');
        write();
        return;
      }
      case '/missing':
        response.writeHead(404, { 'content-type': 'text/html' });
        response.end('<h1>Not found</h1>');
        return;
      case '/slow': {
        const timer = setTimeout(() => {
          timers.delete(timer);
          html(response, '<p>too late</p>');
        }, SLOW_PAGE_DELAY_MS);
        timers.add(timer);
        return;
      }
      case '/to-private':
        response.writeHead(302, { location: 'http://10.0.0.7/internal/report' });
        response.end();
        return;
      case '/to-metadata':
        response.writeHead(302, { location: 'http://169.254.169.254/latest/meta-data/' });
        response.end();
        return;
      case '/loop':
        response.writeHead(302, { location: '/loop' });
        response.end();
        return;
      default:
        response.writeHead(404, { 'content-type': 'text/html' });
        response.end('<h1>Not found</h1>');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: (path) => `http://127.0.0.1:${port}${path}`,
    requests,
    async stop() {
      for (const timer of timers) clearTimeout(timer);
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

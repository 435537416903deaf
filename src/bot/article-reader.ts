/**
 * Reads the article out of a fetched page in a worker thread. Parsing a page and running Readability is
 * synchronous work that grows with the page: about 10 ms for a plain article page, 1.5–3 s for a 2 MB page
 * of links measured here, which on the bot's own thread would hold every answer for that long.
 */
import { Worker } from 'node:worker_threads';
import type { PageArticle } from '../knowledge/web-article.ts';

/** Longer than the largest page allowed takes to read (about 3 s for 2 MB here), short enough to give up on a pathological one. */
export const READ_TIMEOUT_MS = 20_000;

/** Reads the article in `html` fetched from `url`; `null` when the page holds none. */
export type ArticleReader = (html: string, url: string) => Promise<PageArticle | null>;

type Reply = { ok: true; article: PageArticle | null } | { ok: false; message: string };

/** An {@link ArticleReader} that starts a worker thread for each page and stops it past `timeoutMs`. */
export function workerArticleReader(timeoutMs: number = READ_TIMEOUT_MS): ArticleReader {
  return (html, url) =>
    new Promise((resolve, reject) => {
      const worker = new Worker(new URL('./article-worker.mjs', import.meta.url), {
        workerData: { html, url },
      });
      const timer = setTimeout(() => {
        void worker.terminate();
        reject(new Error(`reading the page took longer than ${Math.round(timeoutMs / 1000)} s`));
      }, timeoutMs);
      const settle = () => {
        clearTimeout(timer);
        void worker.terminate();
      };
      worker.once('message', (reply: Reply) => {
        settle();
        if (reply.ok) resolve(reply.article);
        else reject(new Error(reply.message));
      });
      worker.once('error', (error) => {
        settle();
        reject(error);
      });
      worker.once('exit', (code) => {
        clearTimeout(timer);
        reject(new Error(`the page reader stopped (exit code ${code})`));
      });
    });
}

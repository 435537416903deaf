// Worker thread entry for reading an article out of a page (see article-reader.ts). Plain JavaScript so Node
// can start it; it loads the TypeScript reader through tsx.
import { parentPort, workerData } from 'node:worker_threads';
import { tsImport } from 'tsx/esm/api';

try {
  const { readArticlePage } = await tsImport('../knowledge/web-article.ts', import.meta.url);
  parentPort.postMessage({ ok: true, article: readArticlePage(workerData.html, workerData.url) });
} catch (error) {
  parentPort.postMessage({ ok: false, message: error instanceof Error ? error.message : String(error) });
}

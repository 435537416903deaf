// Worker thread entry for knowledge builds (see knowledge-builder.ts). Plain JavaScript so Node can start
// it; it loads the TypeScript pipeline through tsx.
import { parentPort, workerData } from 'node:worker_threads';
import { tsImport } from 'tsx/esm/api';

let builder;
try {
  builder = await tsImport('./knowledge-builder.ts', import.meta.url);
} catch (error) {
  parentPort.postMessage({
    ok: false,
    started: false,
    message: error instanceof Error ? error.message : String(error),
  });
}
if (builder) {
  try {
    const bytes = builder.buildSerialized(workerData, (progress) => parentPort.postMessage({ progress }));
    parentPort.postMessage({ ok: true, bytes });
  } catch (error) {
    parentPort.postMessage({
      ok: false,
      started: true,
      message: error instanceof Error ? error.message : String(error),
    });
  }
}

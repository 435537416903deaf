// Worker thread entry for answer pictures (see chart-renderer.ts). Plain JavaScript so Node can start it; it
// loads the TypeScript drawer through tsx, builds it once and draws each chart it is sent, in order.
import { parentPort } from 'node:worker_threads';
import { tsImport } from 'tsx/esm/api';

const { ChartDrawer } = await tsImport('./draw.ts', import.meta.url);
const drawer = new ChartDrawer();
parentPort.on('message', async ({ id, chart }) => {
  try {
    const image = await drawer.draw(chart);
    const png = new Uint8Array(image.png);
    parentPort.postMessage({ id, ok: true, image: { ...image, png } }, [png.buffer]);
  } catch (error) {
    parentPort.postMessage({
      id,
      ok: false,
      message: error instanceof Error ? error.message : String(error),
    });
  }
});
parentPort.postMessage({ ready: true });

/**
 * `node --import tsx bench/named-closures.ts DIR…`: how many named closures the knowledge build of the sources
 * in each DIR makes, by name and file, the most first. tsx compiles with esbuild's `keepNames`, which wraps
 * each function named where it is written (`const f = () => …`, an arrow as a property's value, an inner
 * `function`) in `__name`, an `Object.defineProperty` each time the closure is made: about 1 µs, where making
 * the closure costs a fiftieth of that (docs/perf50-study.md). Counts those calls; the build's output is not
 * looked at.
 */
const define = Object.defineProperty;
const counts = new Map<string, number>();
let counting = false;
// Replaced before the pipeline's modules load: esbuild's helper keeps the function it finds when its module runs.
Object.defineProperty = function <T>(
  target: T,
  key: PropertyKey,
  desc: PropertyDescriptor & ThisType<unknown>,
): T {
  if (counting && key === 'name' && typeof target === 'function' && 'value' in desc) {
    const caller = (new Error().stack ?? '').split('\n')[3] ?? '';
    const where = /\/([\w.-]+\.ts)/.exec(caller)?.[1] ?? caller.trim();
    const k = `${String(desc.value)} ${where}`;
    counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  return define(target, key, desc);
};

const { buildUnversionedKnowledge, createPipelineTools, loadKnowledgeData } =
  await import('../src/knowledge/build.ts');
const { KNOWLEDGE_DIR } = await import('../src/paths.ts');
const { readSourceDir } = await import('../src/knowledge/sources.ts');

const tools = createPipelineTools(await loadKnowledgeData(KNOWLEDGE_DIR));
let articles = 0;
for (const dir of process.argv.slice(2)) {
  const sources = await readSourceDir(dir);
  articles += sources.length;
  counting = true;
  buildUnversionedKnowledge(sources, tools);
  counting = false;
}
let total = 0;
for (const n of counts.values()) total += n;
console.log(`${articles} articles: ${total} named closures made`);
for (const [k, n] of [...counts].sort((a, b) => b[1] - a[1]).slice(0, 30))
  console.log(`${String(n).padStart(9)}  ${k}`);

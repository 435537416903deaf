/**
 * `node --import tsx bench/nlp-analyse.ts [--bodies N] [--rounds R] [--digest]`: what `Nlp.analyse` adds to
 * wink-nlp's own reading (issue #9). The bodies of the tuned article folders and the sources, cycled to N,
 * are read in alternated rounds by wink-nlp alone (`readDoc` with the article pipeline's pipes, on a pipeline
 * of its own) and by `Nlp.analyse`; the best round of each is reported, CPU time. With `--digest`, a hash of
 * every analysis (each body alone, then its lines as paragraphs) instead: equal hashes before and after a
 * change to the pipeline say it gives the same analyses.
 */
import { createHash } from 'node:crypto';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import winkNLP from 'wink-nlp';
import { loadKnowledgeData } from '../src/knowledge/build.ts';
import { readSourceDir } from '../src/knowledge/sources.ts';
import { englishModel } from '../src/nlp/wink-model.ts';
import { Nlp } from '../src/nlp/pipeline.ts';
import { KNOWLEDGE_DIR, SOURCES_DIR } from '../src/paths.ts';

const FIXTURES_DIR = 'tests/fixtures';
/** The tuned article folders only: the held-out ones are not read, even for timing. */
const TUNED_FOLDER = /^articles(-\d+)?$/;
const ARTICLE_PIPES = ['sbd', 'pos', 'ner', 'cer'];
/** Texts with the rarer spacing and tokens, added to the digest: odd white space, contractions, scales. */
const EDGE_TEXTS = [
  'President\u00a0Andrés Manuel López Obrador can\u2009t say it\u2019s over;\tthe U.S. won\u2019t  \u00a0 go.',
  'THE MEXICAN ARMY SENT 2,000 TROOPS TO THE US BORDER ON 5 MAY 2019.',
  'On 5\u00a0May\u2009 2019 the\u00a0\u00a0Rio Grande rose; López\u00a0Obrador flew at TIME 10.',
  'It cost $2.5bn, or £40m, in 2018\u202fand\r\n\r\n5k more; they\u2019d\u00a0have gone.',
  ' \u2003 Leading white space, then an end  ',
];

/** CPU milliseconds (user and system) spent by `run`. */
function cpuMsOf(run: () => void): number {
  const start = process.cpuUsage();
  run();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}

async function tunedBodies(): Promise<string[]> {
  const folders = (await readdir(FIXTURES_DIR)).filter((name) => TUNED_FOLDER.test(name)).sort();
  const bodies: string[] = [];
  for (const dir of [SOURCES_DIR, ...folders.map((name) => join(FIXTURES_DIR, name))]) {
    try {
      for (const source of await readSourceDir(dir)) bodies.push(source.body);
    } catch {
      // A folder with a deliberately broken source (a fixture for the checks) is left out.
    }
  }
  return bodies;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      bodies: { type: 'string', default: '2000' },
      rounds: { type: 'string', default: '3' },
      digest: { type: 'boolean', default: false },
    },
  });
  const data = await loadKnowledgeData(KNOWLEDGE_DIR);
  const nlp = new Nlp(data.entities.entities, data.entities.caseSensitiveAliases ?? []);
  const distinct = await tunedBodies();
  if (values.digest) {
    const hash = createHash('sha256');
    for (const body of [...distinct, ...EDGE_TEXTS]) {
      hash.update(JSON.stringify(nlp.analyse(body)));
      const lines = body.split('\n').filter((line) => line.trim() !== '');
      hash.update(JSON.stringify(nlp.analyseParagraphs(lines)));
    }
    // An alias spelled like a word of wink's pattern language sends the aliases to wink's own `cer` pipe.
    const winkMatched = new Nlp([{ id: 'test', aliases: ['TIME', 'López Obrador', 'Rio Grande'] }]);
    for (const text of EDGE_TEXTS) hash.update(JSON.stringify(winkMatched.analyse(text)));
    console.log(`nlp-analyse: ${distinct.length} bodies, digest ${hash.digest('hex')}`);
    return;
  }
  const count = Math.max(1, Number.parseInt(values.bodies, 10) || 2000);
  const bodies = Array.from({ length: count }, (_, i) => distinct[i % distinct.length] ?? '');
  const wink = winkNLP(englishModel(), ARTICLE_PIPES);
  const winkMs: number[] = [];
  const analyseMs: number[] = [];
  for (let round = 0; round < Math.max(1, Number.parseInt(values.rounds, 10) || 3); round++) {
    winkMs.push(cpuMsOf(() => bodies.forEach((body) => wink.readDoc(body).tokens().length())));
    analyseMs.push(cpuMsOf(() => bodies.forEach((body) => nlp.analyse(body))));
  }
  const best = (list: number[]) => Math.min(...list);
  const list = (ms: number[]) => ms.map((m) => (m / 1000).toFixed(2)).join(' ');
  console.log(`nlp-analyse: ${count} bodies (${distinct.length} distinct), CPU s by round`);
  console.log(`  wink readDoc, our pipes  ${list(winkMs)}  best ${(best(winkMs) / 1000).toFixed(2)}`);
  console.log(`  Nlp.analyse              ${list(analyseMs)}  best ${(best(analyseMs) / 1000).toFixed(2)}`);
  console.log(`  analyse / readDoc        ${(best(analyseMs) / best(winkMs)).toFixed(2)}x`);
}

await main();

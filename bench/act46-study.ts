/**
 * `node --import tsx bench/act46-study.ts EVAL_FILE`: for each DEV must-decline question an eval file shows as
 * answered (the eval prints dev failures only, never a test item), how the shown sentence says each verb of
 * the question: the same lemma, a word WordNet links to it (same, kind, way, entailed, formed from it), only a
 * word-vector neighbour (similarity ≥ 0.45; with the neighbour's rank either way among the tuned articles'
 * words: "close" when one is among the other's 20 nearest), or not at all (docs/act46-study.md).
 */
import { readFileSync } from 'node:fs';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { loadKnowledgeData } from '../src/knowledge/build.ts';
import { Nlp } from '../src/nlp/pipeline.ts';
import { WordNet } from '../src/nlp/wordnet.ts';
import { WordVectors } from '../src/nlp/word-vectors.ts';
import { KNOWLEDGE_DIR } from '../src/paths.ts';

const FLOOR = 0.45;
const CLOSE = 20;
const TUNED_FOLDER = /^articles(-\d+)?$/;

const data = await loadKnowledgeData(KNOWLEDGE_DIR);
const nlp = new Nlp(data.entities.entities, data.entities.caseSensitiveAliases ?? []);
const wordnet = new WordNet(readFileSync(join(KNOWLEDGE_DIR, 'wordnet.txt'), 'utf8'));
const vectors = new WordVectors(new Uint8Array(readFileSync(join(KNOWLEDGE_DIR, 'word-vectors.bin'))));
const vocab = new Set<string>();
for (const dir of readdirSync('tests/fixtures').filter((d) => TUNED_FOLDER.test(d)))
  for (const f of readdirSync(join('tests/fixtures', dir)).filter((f) => f.endsWith('.md')))
    for (const w of readFileSync(join('tests/fixtures', dir, f), 'utf8')
      .toLowerCase()
      .match(/[a-z]{3,}/g) ?? [])
      if (vectors.has(w)) vocab.add(w);
const V = [...vocab];
const nearest = new Map<string, string[]>();
const closest = (w: string) => {
  let n = nearest.get(w);
  if (!n) nearest.set(w, (n = vectors.nearest(w, V, CLOSE, -1).map((x) => x.word)));
  return n;
};

const text = readFileSync(process.argv[2] ?? 'scratch/eval-m1-46.txt', 'utf8').split('\n');
const tally = new Map<string, number>();
for (let i = 0; i < text.length; i++) {
  if (text[i + 1]?.trim() !== 'answered, expected a decline' || !/ dev /.test(text[i] ?? '')) continue;
  const question = (text[i] ?? '').replace(/^.*?\] /, '');
  const shown: string[] = [];
  for (let k = i + 2; k < text.length && !text[k]!.startsWith('- '); k++)
    if (text[k]!.trimStart().startsWith('> ')) shown.push(text[k]!.trimStart().slice(2));
  const said = new Set(shown.flatMap((s) => nlp.analyse(s).tokens.map((t) => t.lemma.toLowerCase())));
  const verbs = nlp
    .analyse(question)
    .tokens.filter((t) => t.pos === 'VERB' && !t.stop)
    .map((t) => t.lemma);
  const how = verbs.map((v) => {
    if (said.has(v)) return `${v}: same`;
    const linked = [...said].find((w) => wordnet.relation(v, w) !== null || wordnet.derived(v, w));
    if (linked) return `${v}: wordnet ${linked}`;
    const { word, similarity } = vectors.bestSimilarity(v, said);
    if (word && similarity >= FLOOR) {
      const close = closest(v).includes(word) || closest(word).includes(v);
      return `${v}: vector ${close ? 'close' : 'far'} ${word} ${similarity.toFixed(2)}`;
    }
    return `${v}: none`;
  });
  for (const h of how) {
    const key = h.replace(/^[^:]*: /, '').replace(/ \S+( \S+)?$/, '');
    tally.set(key, (tally.get(key) ?? 0) + 1);
  }
  console.log(`${question}\n    ${how.join('; ') || '(no verb)'}\n    > ${shown[0]?.slice(0, 140) ?? ''}`);
}
console.log([...tally].map(([k, n]) => `${k} ${n}`).join(', '));

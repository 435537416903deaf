/**
 * `node --import tsx bench/act48-study.ts`: dev questions (never test, no holdout) whose wh-act reading
 * (wh-act.ts) finds a verb the tagger did not tag one, read with the shipped knowledge's names: set, id, the
 * verb and its tag, the question.
 */
import Keyv from 'keyv';
import { createRuntime } from '../src/answer/create.ts';
import { serveKnowledge } from '../src/answer/served-knowledge.ts';
import { loadEvalSets } from '../src/eval/sets.ts';
import { KB_PATH, KNOWLEDGE_DIR } from '../src/paths.ts';

const rt = await createRuntime({ knowledgeDir: KNOWLEDGE_DIR, kbPath: KB_PATH, store: new Keyv() });
const served = serveKnowledge(rt.kb, rt.questionNlp, rt.engineData);
let n = 0;
let read = 0;
let retagged = 0;
for (const set of await loadEvalSets()) {
  if (set.knowledge.includes('holdout')) continue;
  for (const item of set.items) {
    if (item.split !== 'dev') continue;
    n++;
    const u = served.reader.read(item.q);
    if (!u.whAct) continue;
    read++;
    const v = u.analysis.tokens[u.whAct.verb]!;
    if (v.pos === 'VERB') continue;
    retagged++;
    console.log(
      `${set.name}\t${item.id}\t${v.value}/${v.pos}${u.whAct.namedSubject ? ' named' : ''}\t${item.q}`,
    );
  }
}
console.log(`read ${read} of ${n} dev questions, ${retagged} with a verb tagged otherwise`);

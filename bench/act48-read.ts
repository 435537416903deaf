/**
 * `node --import tsx bench/act48-read.ts "question" …`: how the shipped knowledge's reader reads each question:
 * its tokens with their tags, entities, entity tokens and predicates.
 */
import Keyv from 'keyv';
import { createRuntime } from '../src/answer/create.ts';
import { serveKnowledge } from '../src/answer/served-knowledge.ts';
import { KB_PATH, KNOWLEDGE_DIR } from '../src/paths.ts';

const rt = await createRuntime({ knowledgeDir: KNOWLEDGE_DIR, kbPath: KB_PATH, store: new Keyv() });
const served = serveKnowledge(rt.kb, rt.questionNlp, rt.engineData);
for (const q of process.argv.slice(2)) {
  const u = served.reader.read(q);
  console.log(q);
  console.log('  ', u.analysis.tokens.map((t) => `${t.value}/${t.pos}`).join(' '));
  console.log(
    '   entities',
    u.entities.join(','),
    'predicates',
    u.predicates.join(','),
    'unknownSubj',
    u.unknownSubjects.join(','),
  );
}
for (const q of process.argv.slice(2)) {
  let stage: string | null = null;
  const a = await rt.engine.ask(q, { userId: `r${q.length}`, trace: (s) => (stage = s) });
  console.log(
    `${a.answered ? 'ANSWERED' : 'declined'} stage=${stage} **${a.direct ?? '-'}** ${a.text.split('\n')[0]?.slice(0, 140)}`,
  );
}

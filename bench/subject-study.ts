/**
 * `node --import tsx bench/subject-study.ts`: DEV questions only, of the tuned sets (never the held-out ones):
 * each question the unknown-subject gate declines, with the words that made its subject unknown
 * (`Understanding.unknownSubjects`). DECLINES=1 lists the must-decline ones the gate declines instead (they
 * must stay declined); ALL=1 lists every dev question the gate declines. Built knowledge is cached in
 * /tmp/subj1-kb (delete it after a pipeline change).
 */
import Keyv from 'keyv';
import { devStudy } from './cached-knowledge.ts';
import { AnswerEngine } from '../src/answer/engine.ts';
import { KnowledgeIndex } from '../src/answer/knowledge-index.ts';
import { QuestionReader } from '../src/answer/understand.ts';
import { SpanishReader } from '../src/answer/spanish.ts';
import { personNameTails } from '../src/answer/person-name-tails.ts';
import { cleanQuestion } from '../src/answer/text.ts';

const CACHE = '/tmp/subj1-kb';
const DECLINES = process.env.DECLINES === '1';
const ALL = process.env.ALL === '1';
const { runtime, sets, kbOf } = await devStudy(CACHE, { regression: true });
let n = 0;
for (const set of sets) {
  if (set.items.length === 0) continue;
  const kb = await kbOf(set.knowledge);
  const index = new KnowledgeIndex(kb);
  const reader = new QuestionReader(runtime.questionNlp, index, runtime.engineData);
  const engine = new AnswerEngine({
    kb,
    nlp: runtime.questionNlp,
    data: runtime.engineData,
    store: new Keyv(),
  });
  const data = runtime.engineData;
  const names = personNameTails(index.entities.values());
  // The engine's own Spanish reading, so a Spanish question's unknown words are the ones its English has.
  const spanish = data.spanish
    ? new SpanishReader(
        data.spanish,
        (w) => index.vocabulary.has(w),
        (w) => data.vectors?.has(w) ?? false,
        (w, context) => index.together(w, context),
        (w) => index.spelling(w),
        (w) => index.isOneWordName(w),
        (w) => data.spanishWords?.has(w) ?? false,
        names,
      )
    : null;
  for (const item of set.items) {
    let stage = '';
    const userId = item.conversation ?? item.id;
    const answer = await engine.ask(item.q, { userId, trace: (s) => (stage = s) });
    if (stage !== 'unknown-subject' || answer.answered || item.expect.intent_only) continue;
    const mustDecline = item.expect.decline === true;
    if (!ALL && mustDecline !== DECLINES) continue;
    n++;
    const cleaned = cleanQuestion(item.q);
    const english = spanish?.isSpanish(cleaned) ? spanish.translate(cleaned) : cleaned;
    const u = reader.read(english);
    console.log(
      `${set.name}\t${item.id}\t${mustDecline ? 'DECLINE' : 'answer'}\t${item.kind ?? 'plain'}\t${JSON.stringify(u.unknownSubjects)}\t${item.q}`,
    );
  }
}
console.log(`${n} questions`);

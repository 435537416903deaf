/**
 * `node --import tsx bench/rank45-probe.ts SET "question"…`: for questions the developer types against one eval
 * set's knowledge (never its items), the question's weighted terms, the ten best-ranked sentences with their
 * score and coverage, and the answer's sentences (rank45-study.ts's companion).
 */
import { confidenceOf, rankOptions } from '../src/answer/handlers.ts';
import { rankSentences } from '../src/answer/retrieval.ts';
import { devStudy } from './cached-knowledge.ts';
import { studyTools } from './probed-turns.ts';

const [setName, ...qs] = process.argv.slice(2);
const { runtime, sets, kbOf } = await devStudy('/tmp/rank45-kb');
const set = sets.find((s) => s.name === setName);
if (!set) throw new Error(`rank45-probe: no set ${setName}`);
const { index, reader, ctx, engine } = studyTools(runtime, await kbOf(set.knowledge));
for (const q of qs) {
  const u = reader.read(q);
  console.log(
    `== ${q}\n   intent=${u.intent} terms=${[...u.terms].map(([t, w]) => `${t}:${w.toFixed(2)}`).join(' ')}`,
  );
  for (const r of rankSentences(index, u.terms, rankOptions(u, ctx, { limit: 10 })))
    console.log(
      `   ${r.score.toFixed(2)} cov=${confidenceOf(u, ctx, [r.sentence]).toFixed(2)} ${r.sentence.id}: ${r.sentence.text.slice(0, 110)}`,
    );
  const a = await engine.ask(q, { userId: 'p' + q });
  console.log(`   answer (${a.answeredAs}, ${a.confidence.toFixed(2)}): ${a.sentenceIds.join(' ')}`);
}

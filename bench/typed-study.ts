/**
 * `node --import tsx bench/typed-study.ts`: every DEV question of the people and new-articles sets, asked in
 * order as the eval asks them (a conversation's test turns are asked too, for its state, and never recorded),
 * with what was shown: whether it must decline, was answered, was right, its intent, headline, confidence and
 * the evidence's sentences with their people and numbers. Rows go to /tmp/typed-rows.json, for studying
 * whether the evidence fills the asked type (the kind of thing a question asks for).
 */
import { writeFileSync } from 'node:fs';
import type { GateProbe } from '../src/answer/types.ts';
import { checkAnswer } from '../src/eval/evaluate.ts';
import { devStudy } from './cached-knowledge.ts';
import { setEngines } from './probed-turns.ts';

const { runtime, sets, kbOf } = await devStudy('/tmp/conf1-kb', { heldOutTurns: true });
const rows: unknown[] = [];
for await (const { set, engine } of setEngines(runtime, sets, kbOf)) {
  for (const item of set.items) {
    let probe: GateProbe | null = null;
    const userId = item.conversation ?? item.id;
    const answer = await engine.ask(item.q, { userId, probe: (p) => (probe ??= p) });
    if (item.split !== 'dev' || item.expect.intent_only) continue;
    const p = probe as GateProbe | null;
    const d = p?.draft ?? null;
    const index = p?.ctx.index;
    const evidence =
      d && index
        ? d.evidence.map((e) => ({
            kind: e.kind,
            text: index.evidenceText(e),
            people: index
              .evidenceSentenceIds(e)
              .flatMap((id) => index.sentence(id)?.mentions ?? [])
              .map((m) => `${index.entities.get(m.entityId)?.type}:${m.entityId}`),
          }))
        : [];
    rows.push({
      id: item.id,
      set: set.name,
      q: item.q,
      kind: item.kind ?? 'plain',
      decline: item.expect.decline === true,
      answered: answer.answered,
      ok: checkAnswer(item, answer).length === 0,
      intent: answer.intent,
      as: answer.answeredAs,
      direct: d?.direct ?? null,
      confidence: answer.confidence,
      entities: p?.u.entities ?? [],
      evidence,
    });
  }
}
writeFileSync('/tmp/typed-rows.json', JSON.stringify(rows));
console.log(`${rows.length} dev rows written to /tmp/typed-rows.json`);

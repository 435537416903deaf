/**
 * `node --import tsx bench/fu-study.ts`: DEV follow-up study. Each dev conversation with a failing follow-up is asked in
 * order as the eval asks it (held-out turns asked but never shown), every dev turn printed with its answer, and
 * for a failing follow-up the sentence holding most expected phrases (whether the last answer cited its
 * article, its distance from the last answer's evidence).
 * ONLY=id1,id2 narrows to the conversations holding those ids. Built knowledge cached in /tmp/fu16-kb.
 */
import { checkAnswer } from '../src/eval/evaluate.ts';
import type { EvalSet } from '../src/eval/sets.ts';
import { devStudy } from './cached-knowledge.ts';
import { conversationsOf, setEngines } from './probed-turns.ts';

const CACHE = process.env.KB_CACHE ?? '/tmp/fu16-kb';
const ONLY = new Set((process.env.ONLY ?? '').split(',').filter(Boolean));
const SETS = new Set((process.env.SETS ?? '').split(',').filter(Boolean));
const study = await devStudy(CACHE, { heldOutTurns: true });
const sets = study.sets.filter((s) => SETS.size === 0 || SETS.has(s.name));
/** The conversations of `set` studied: those holding an ONLY id, else those with a dev follow-up. */
const wantedIn = (set: EvalSet) =>
  [...conversationsOf(set.items).entries()].filter(([, items]) =>
    ONLY.size > 0
      ? items.some((i) => ONLY.has(i.id))
      : items.some((i) => i.kind === 'followup' && i.split === 'dev'),
  );
for await (const { set, kb, engine } of setEngines(
  study.runtime,
  sets,
  study.kbOf,
  (s) => wantedIn(s).length > 0,
)) {
  const wanted = wantedIn(set);
  for (const [conv, items] of wanted) {
    const lines: string[] = [];
    let anyFail = false;
    let prev: { sentenceIds: string[]; sources: string[] } | null = null;
    const sents = kb.sentences;
    const pos = new Map(sents.map((x, i) => [x.id, i]));
    for (const item of items) {
      let stage = '';
      const a = await engine.ask(item.q, { userId: conv, trace: (s) => (stage = s) });
      const before = prev;
      prev = { sentenceIds: a.sentenceIds, sources: a.citations.map((c) => c.sourceId) };
      if (item.split !== 'dev') {
        lines.push('  (a held-out turn, not shown)');
        continue;
      }
      const problems = checkAnswer(item, a);
      if (problems.length && item.kind === 'followup') {
        const groups = (item.expect.all ?? []) as string[][];
        let gold: (typeof sents)[number] | null = null,
          bestHits = 0;
        for (const x of sents) {
          const hits = groups.filter((g) =>
            g.some((p) => x.text.toLowerCase().includes(p.toLowerCase())),
          ).length;
          if (hits > bestHits) {
            bestHits = hits;
            gold = x;
          }
        }
        const lastPos = (before?.sentenceIds ?? [])
          .map((id) => pos.get(id))
          .filter((v): v is number => v !== undefined);
        const gp = gold ? pos.get(gold.id)! : -1;
        const dist = lastPos.length && gold ? Math.min(...lastPos.map((p) => Math.abs(p - gp))) : -1;
        lines.push(
          `     GOLD(${bestHits}/${groups.length}) sameSrc=${gold ? before?.sources.includes(gold.sourceId) : '-'} dist=${dist} inLast=${gold ? before?.sentenceIds.includes(gold.id) : '-'} :: ${gold?.text.slice(0, 160)}`,
        );
      }
      if (problems.length > 0 && item.kind === 'followup') anyFail = true;
      lines.push(
        `  ${problems.length ? 'FAIL' : 'ok  '} ${item.id} [${item.kind}] ${item.q}\n     → ${a.intent}/${a.answeredAs} c=${a.confidence.toFixed(2)} ${a.answered ? '' : 'DECLINED ' + stage} direct=${a.direct ?? '-'} src=${a.citations.map((c) => c.sourceId).join(',')}\n     ${a.text.slice(0, 260).replace(/\n/g, ' | ')}${problems.length ? '\n     !! ' + problems.join('; ') : ''}`,
      );
    }
    if (anyFail || ONLY.size > 0) console.log(`${set.name} ${conv}\n${lines.join('\n')}\n`);
  }
}

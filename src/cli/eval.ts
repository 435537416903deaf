/**
 * `npm run eval`: every evaluation set (see src/eval/sets.ts), each split reported apart, per kind of
 * question, with the rates of wrong declines, wrong answers and wrong headlines, and the new articles'
 * quote attribution. Failures are listed for `dev` and the regression set only: `test` is never tuned on,
 * so its failures are shown only with `--show-test`.
 */
import { parseArgs } from 'node:util';
import { createRuntime } from '../answer/create.ts';
import { summarise, type EvalResult, type EvalSummary, type Tally } from '../eval/evaluate.ts';
import { FIXTURE_FOLDERS } from '../eval/fixture-folders.ts';
import { attributions } from '../eval/speaker-match.ts';
import {
  evaluateSplits,
  fixtureDir,
  holdoutKnowledge,
  knowledgeForSets,
  loadEvalSets,
  loadQuoteTable,
} from '../eval/sets.ts';
import { KB_PATH, KNOWLEDGE_DIR } from '../paths.ts';
import { createStore } from '../store.ts';

const pct = (t: Tally) => (t.total === 0 ? '   -  ' : `${((100 * t.ok) / t.total).toFixed(1).padStart(5)}%`);
const frac = (t: Tally) => `${t.ok}/${t.total}`.padStart(7);

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      verbose: { type: 'boolean', default: false },
      'show-test': { type: 'boolean', default: false },
      set: { type: 'string' },
      json: { type: 'boolean', default: false },
    },
  });
  const runtime = await createRuntime({
    knowledgeDir: KNOWLEDGE_DIR,
    kbPath: KB_PATH,
    store: createStore(null),
  });
  const sets = await loadEvalSets(values.set ? values.set.split(',') : undefined);
  const knowledge = await knowledgeForSets(runtime, sets);
  const rows: Array<{ label: string; summary: EvalSummary }> = [];
  for (const set of sets) {
    const kb = knowledge.get(set.knowledge) ?? runtime.kb;
    for (const [split, summary] of await evaluateSplits(runtime, set, kb))
      rows.push({ label: `${set.name} ${split}`, summary });
  }
  if (values.json) {
    const out = rows.map(({ label, summary: s }) => ({
      label,
      correct: s.correct,
      total: s.total,
      falseDeclines: s.falseDeclines,
      falseAnswers: s.falseAnswers,
      wrongHeadlines: s.wrongHeadlines,
      byKind: Object.fromEntries(s.byKind),
    }));
    console.log(JSON.stringify(out, null, 2));
    return 0;
  }

  console.log(
    'set               right             answerable declined   must-decline answered   wrong headlines',
  );
  for (const { label, summary: s } of rows) {
    const right: Tally = { ok: s.correct, total: s.total };
    console.log(
      `${label.padEnd(17)} ${frac(right)} ${pct(right)}   ${frac(s.falseDeclines)} ${pct(s.falseDeclines)}      ${frac(s.falseAnswers)} ${pct(s.falseAnswers)}        ${frac(s.wrongHeadlines)}`,
    );
  }
  const gates = new Map<string, Map<string, number>>();
  const totals = new Map<string, EvalSummary>();
  for (const split of ['dev', 'test']) {
    const all = summarise(
      rows.filter((r) => r.label.endsWith(` ${split}`)).flatMap((r) => r.summary.results),
    );
    const right: Tally = { ok: all.correct, total: all.total };
    console.log(
      `all ${split} splits: right ${frac(right).trim()} ${pct(right).trim()}, answerable declined ${frac(all.falseDeclines).trim()}, must-decline answered ${frac(all.falseAnswers).trim()}, wrong headlines ${frac(all.wrongHeadlines).trim()}`,
    );
    gates.set(split, all.declinedAt);
    totals.set(split, all);
  }
  // Which check declined the answerable questions: a gate that declines far more on test than on dev fits dev.
  for (const [split, at] of gates) {
    const counts = [...at].sort((a, b) => b[1] - a[1]).map(([gate, n]) => `${gate} ${n}`);
    console.log(`answerable ${split} questions declined, by gate: ${counts.join(', ') || 'none'}`);
  }

  const split = rows.filter((r) => !r.label.endsWith(' -'));
  const kinds = [...new Set(split.flatMap((r) => [...r.summary.byKind.keys()]))].sort();
  if (kinds.length > 0) {
    console.log(`\nkind         ${split.map((r) => r.label.padStart(18)).join('')}`);
    for (const kind of kinds) {
      const cells = split.map((r) => {
        const t = r.summary.byKind.get(kind);
        return (t ? `${frac(t)} ${pct(t)}` : '-').padStart(18);
      });
      console.log(`${kind.padEnd(13)}${cells.join('')}`);
    }
  }

  // Every set's questions of a kind together: a kind that gains on dev and not on test fits dev.
  const allKinds = [...new Set([...totals.values()].flatMap((t) => [...t.byKind.keys()]))].sort();
  if (allKinds.length > 0) {
    console.log(`\nkind, all sets ${[...totals.keys()].map((s) => s.padStart(16)).join('')}`);
    for (const kind of allKinds) {
      const cells = [...totals.values()].map((t) => {
        const tally = t.byKind.get(kind);
        return (tally ? `${frac(tally)} ${pct(tally)}` : '-').padStart(16);
      });
      console.log(`${kind.padEnd(15)}${cells.join('')}`);
    }
  }

  // "articles-12" → "new articles 12's", "articles" → "new articles'"; "holdout-8" → "held-out articles 8".
  const number = (folder: string) => folder.replace(/^[a-z]+-?/, '');
  const attributed = { tuned: { ok: 0, total: 0 }, 'held-out': { ok: 0, total: 0 } };
  for (const { folder } of FIXTURE_FOLDERS.filter((f) => f.attribution === 'tuned')) {
    const kb = knowledge.get(folder);
    if (!kb) continue;
    const table = attributions(kb, await loadQuoteTable(fixtureDir(folder)));
    const ok = table.filter((r) => r.ok).length;
    attributed.tuned.ok += ok;
    attributed.tuned.total += table.length;
    const label = number(folder) === '' ? "new articles'" : `new articles ${number(folder)}'s`;
    console.log(`\n${label} quotations attributed to the right speaker: ${ok}/${table.length}`);
    for (const r of table.filter((x) => !x.ok)) {
      console.log(
        `- ${r.source}: "${r.text}" → ${r.found ? (r.got ?? 'no speaker') : 'not found as a quotation'}, expected ${r.speaker}`,
      );
    }
  }

  if (!values.set) {
    for (const { folder, seen } of FIXTURE_FOLDERS.filter((f) => f.attribution === 'held-out')) {
      const dir = fixtureDir(folder);
      const held = attributions(await holdoutKnowledge(runtime, dir), await loadQuoteTable(dir));
      attributed['held-out'].ok += held.filter((r) => r.ok).length;
      attributed['held-out'].total += held.length;
      const label = `held-out articles${number(folder) === '' ? '' : ` ${number(folder)}`} (${seen ?? 'never looked at'})`;
      console.log(`${label}: quotations attributed right ${held.filter((r) => r.ok).length}/${held.length}`);
    }
  }

  console.log(
    `\nquotations attributed right, all folders: tuned ${frac(attributed.tuned).trim()} ${pct(attributed.tuned).trim()}` +
      (values.set
        ? ''
        : `, held-out ${frac(attributed['held-out']).trim()} ${pct(attributed['held-out']).trim()}`),
  );

  const shown = rows.filter((r) => values['show-test'] || !r.label.endsWith(' test'));
  const failures: Array<[string, EvalResult]> = shown.flatMap((r) =>
    r.summary.results.filter((x) => !x.ok).map((x): [string, EvalResult] => [r.label, x]),
  );
  if (failures.length > 0)
    console.log(`\nfailures (${failures.length})${values['show-test'] ? '' : ', test split hidden'}:`);
  for (const [label, r] of failures) {
    console.log(
      `- ${label} ${r.item.id} [${r.item.kind ?? 'plain'} ${r.item.intent} → ${r.answer.intent}/${r.answer.answeredAs}, confidence ${r.answer.confidence}] ${r.item.q}`,
    );
    console.log(`    ${r.problems.join('; ')}`);
    if (values.verbose) console.log(`    ${r.answer.text.replace(/\n/g, '\n    ').slice(0, 600)}`);
  }
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`eval: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);

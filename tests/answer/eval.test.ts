import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { INTENTS } from '../../src/answer/types.ts';
import { evaluate, type EvalItem } from '../../src/eval/evaluate.ts';
import { REPO_ROOT } from '../../src/paths.ts';
import { shippedRuntime } from './setup.ts';

const { items } = JSON.parse(readFileSync(join(REPO_ROOT, 'tests', 'eval', 'questions.json'), 'utf8')) as {
  items: EvalItem[];
};

describe('the evaluation question set', () => {
  it('covers every intent with at least 80 questions', () => {
    expect(items.length).toBeGreaterThanOrEqual(80);
    const intents = new Set(items.map((i) => i.intent));
    for (const intent of INTENTS) {
      expect(intents, intent).toContain(intent);
    }
  });

  it('is answered correctly at least 90% of the time, and every out-of-scope question is declined', async () => {
    const { engine } = await shippedRuntime();
    const summary = await evaluate(engine, items, 'vitest');
    const failures = summary.results
      .filter((r) => !r.ok)
      .map((r) => `${r.item.id}: ${r.problems.join('; ')}`);
    expect(summary.accuracy, failures.join('\n')).toBeGreaterThanOrEqual(0.9);
    const outOfScope = summary.results.filter((r) => r.item.intent === 'out_of_scope');
    expect(outOfScope.filter((r) => r.answer.answered).map((r) => r.item.q)).toEqual([]);
  });
});

/** Comparisons of people the question names together: a family by its surname. */
import { beforeAll, describe, expect, it } from 'vitest';
import type { AnswerEngine } from '../../src/answer/engine.ts';
import { fixtureEngine, shippedRuntime } from './setup.ts';

let engine: AnswerEngine;
let user = 0;
const fresh = () => ({ userId: `compare-people-${++user}` });

beforeAll(async () => {
  engine = await fixtureEngine(await shippedRuntime(), 'articles-14');
});

describe('a comparison of a family named by its surname', () => {
  it("sets each brother's own words side by side ('the Pettibone brothers')", async () => {
    const a = await engine.ask(
      'How did the Pettibone brothers remember their year at Brownsville differently?',
      fresh(),
    );
    expect(a.answered).toBe(true);
    expect(a.text).toContain('Side by side — Ambrose Pettibone and Lyle Pettibone');
    expect(a.text).toContain('never seen a palm tree');
    expect(a.text).toContain('I dug latrines');
  });
});

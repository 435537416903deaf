/** A comparison of two people asked what each did with their words other than saying them ("suggest"). */
import { beforeAll, describe, expect, it } from 'vitest';
import type { AnswerEngine } from '../../src/answer/engine.ts';
import { fixtureEngine, shippedRuntime } from './setup.ts';

let engine: AnswerEngine;
let user = 0;
const fresh = () => ({ userId: `reported-act-${++user}` });

beforeAll(async () => {
  engine = await fixtureEngine(await shippedRuntime(), 'articles-43');
});

describe('a comparison asking what two people each suggested', () => {
  it("shows the report of what each one suggested, not only their quotations ('Saucedo suggested…')", async () => {
    const a = await engine.ask(
      'what did Gil Saucedo and Ruth Ann Kimbrell each suggest for the shipping containers?',
      fresh(),
    );
    expect(a.answered).toBe(true);
    expect(a.text).toContain('Saucedo suggested the federal government should buy them');
    expect(a.text).toContain('sold to ranchers as hay barns');
  });

  it('still shows their own words when asked where each stands', async () => {
    const a = await engine.ask(
      'did Gil Saucedo and Ruth Ann Kimbrell see the containers the same way?',
      fresh(),
    );
    expect(a.answered).toBe(true);
    expect(a.text).not.toContain('hay barns');
  });
});

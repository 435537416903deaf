/** A country named before a noun for one person says what the person is ("the U.S. general"), as "Mexican" would. */
import { beforeAll, describe, expect, it } from 'vitest';
import type { AnswerEngine } from '../../src/answer/engine.ts';
import { fixtureEngine, shippedRuntime } from './setup.ts';

let engine: AnswerEngine;
let user = 0;
const fresh = () => ({ userId: `nationality-${++user}` });

beforeAll(async () => {
  engine = await fixtureEngine(await shippedRuntime(), 'articles-5');
});

describe('a country before a noun for one person', () => {
  it("reads 'the U.S. general' as the general, not as a question about the United States", async () => {
    const a = await engine.ask('What did the U.S. general say about the Marines at San Ysidro?', fresh());
    expect(a.text).toContain('Jeffrey Buchanan');
    expect(a.text).toContain('no law enforcement role');
    expect(a.citations.map((c) => c.sourceId)).not.toContain('frontera-2019-joint-task-force-north');
  });
});

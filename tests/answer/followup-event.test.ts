/** A follow-up naming an event ("that shooting") on articles the engine was not tuned on. */
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { AnswerEngine } from '../../src/answer/engine.ts';
import { engineFor, knowledgeWithArticles } from '../../src/eval/sets.ts';
import { REPO_ROOT } from '../../src/paths.ts';
import { shippedRuntime } from './setup.ts';

let engine: AnswerEngine;

beforeAll(async () => {
  const runtime = await shippedRuntime();
  engine = engineFor(
    runtime,
    await knowledgeWithArticles(runtime, join(REPO_ROOT, 'tests/fixtures/articles-5')),
  );
});

describe('a follow-up asking when an event happened', () => {
  it('dates the event by its paragraph when the dated sentence does not name it ("when did that shooting happen")', async () => {
    const who = { userId: 'event-1' };
    await engine.ask('Who is Raymond Tafoya?', who);
    await engine.ask('what did he say about redford?', who);
    const a = await engine.ask('when did that shooting happen', who);
    expect(a.answered).toBe(true);
    expect(a.text).toContain('May 20, 1997');
    expect(a.text).toContain('shot him once');
  });
});

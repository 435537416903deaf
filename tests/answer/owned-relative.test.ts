/** A question about someone by their relation to a person it names ("What did Private Moore's wife say?"). */
import { beforeAll, describe, expect, it } from 'vitest';
import type { AnswerEngine } from '../../src/answer/engine.ts';
import { fixtureEngine, shippedRuntime } from './setup.ts';

describe("a named person's relative", () => {
  let engine: AnswerEngine;
  let user = 0;
  const fresh = () => ({ userId: `owned-relative-${++user}` });

  beforeAll(async () => {
    engine = await fixtureEngine(await shippedRuntime(), 'articles-23');
  });

  it('answers "What did Private Moore\'s wife say?" with the words of "Mrs. Moore, the Ranger\'s wife"', async () => {
    const a = await engine.ask("What did Private Moore's wife say?", fresh());
    expect(a.answered).toBe(true);
    expect(a.text).toContain('He came home for supper');
  });
});

describe('a relative of a name several people share', () => {
  let engine: AnswerEngine;

  beforeAll(async () => {
    engine = await fixtureEngine(await shippedRuntime(), 'articles-26');
  });

  it('reads "Sandoval\'s father" as the father an article describes, not the defence minister called Sandoval', async () => {
    expect(engine.read("How old was Sandoval's father when he crossed?").entities).toContain(
      'auto-aurelio-sandoval',
    );
    const a = await engine.ask("How old was Sandoval's father when he crossed, and where was he from?", {
      userId: 'owned-relative-shared',
    });
    expect(a.text).toContain('Zacatecas');
    expect(a.text).not.toContain('defence minister');
  });
});

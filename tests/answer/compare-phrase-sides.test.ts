/**
 * Comparisons whose two sides are the phrases joined by "and", when the people found in the question are not
 * those sides: a person named inside one side's description ("the agent who studied under Montaño").
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { coordinatedSides } from '../../src/answer/compare-coordinated.ts';
import type { AnswerEngine } from '../../src/answer/engine.ts';
import type { Runtime } from '../../src/answer/create.ts';
import type { Understanding } from '../../src/answer/understanding.ts';
import { fixtureEngine, shippedRuntime } from './setup.ts';

let runtime: Runtime;
let engine: AnswerEngine;
let user = 0;
const fresh = () => ({ userId: `phrase-sides-${++user}` });

beforeAll(async () => {
  runtime = await shippedRuntime();
  engine = await fixtureEngine(runtime, 'articles-29');
});

const sidesOf = (text: string) =>
  coordinatedSides({ text, analysis: runtime.questionNlp.analyse(text) } as Understanding);

describe('coordinatedSides', () => {
  it('keeps a relative clause inside the side it describes', () => {
    expect(
      sidesOf(
        'How did the county judge and the rancher who sold the land to the Army react differently to the vote?',
      )?.phrases,
    ).toEqual(['the county judge', 'the rancher who sold the land to the Army']);
  });
});

describe('a comparison whose people are named inside one side', () => {
  it('sets the two described sides side by side, not the two people one of them names', async () => {
    const a = await engine.ask(
      "How did Mexico's government and the DEA agent who studied under Montaño differ on the ruling?",
      fresh(),
    );
    expect(a.text).toContain("Side by side — Mexico's government");
    expect(a.text).not.toContain('and Graciela Montaño Reyes:');
    expect(a.text).toContain('for once the good guys won one');
  });
});

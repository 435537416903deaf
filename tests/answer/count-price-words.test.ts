import { beforeAll, describe, expect, it } from 'vitest';
import { priceWords } from '../../src/answer/asked-count.ts';
import type { Runtime } from '../../src/answer/create.ts';
import type { AnswerEngine } from '../../src/answer/engine.ts';
import { fixtureEngine, shippedRuntime } from './setup.ts';

let runtime: Runtime;
let engine: AnswerEngine;

beforeAll(async () => {
  runtime = await shippedRuntime();
  engine = await fixtureEngine(runtime, 'articles-12');
});

const read = (q: string) => ({ analysis: runtime.questionNlp.analyse(q) });

describe('priceWords', () => {
  it('gives a word of price and the noun it makes a compound with ("price tag")', () => {
    expect(priceWords(read('What price tag did the military put on the road?'))).toEqual(['price', 'tag']);
  });

  it('gives nothing for a question that asks no price', () => {
    expect(priceWords(read('How many miles of road did the reservists grade outside Douglas?'))).toEqual([]);
  });
});

describe('a price asked in other words', () => {
  it('is said by the sum of money the evidence gives ("price tag" → "its cost at about $1.1 million")', async () => {
    const a = await engine.ask(
      'What price tag did the military put on the dirt highway its reservists were grading outside Douglas?',
      { userId: 'a' },
    );
    expect(a.answered).toBe(true);
    expect(a.text).toContain('$1.1 million');
  });
});

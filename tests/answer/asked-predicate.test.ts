import { beforeAll, describe, expect, it } from 'vitest';
import type { ActReading } from '../../src/answer/asked-act.ts';
import { askedPredicate, sourcesSay } from '../../src/answer/asked-predicate.ts';
import type { AnswerEngine } from '../../src/answer/engine.ts';
import type { Runtime } from '../../src/answer/create.ts';
import { fixtureEngine, shippedRuntime, testActReading } from './setup.ts';

let runtime: Runtime;
let reading: ActReading;

beforeAll(async () => {
  runtime = await shippedRuntime();
  reading = testActReading(runtime);
}, 120_000);

const predicate = (q: string) => askedPredicate(runtime.questionNlp.analyse(q), reading);

describe('askedPredicate', () => {
  it('returns the asked act of a yes/no question', () => {
    expect(predicate('did amlo fire sandoval over the detentions')).toBe('fire');
  });

  it("returns the word of a light verb's complement", () => {
    expect(predicate('Did the Border Patrol give Reyes a medal for the operation?')).toBe('medal');
  });

  it('returns the noun a light verb goes to', () => {
    expect(predicate("Did Crawford's brother go to the reburial in Kearney?")).toBe('reburial');
  });

  it('returns null for a light verb with no noun after it, or what someone said', () => {
    expect(predicate('did the caravan ever make it to the us border in the end')).toBeNull();
    expect(predicate('Did Sheinbaum say the troops would stay?')).toBeNull();
  });

  it('returns the act asked after a participle that only says which ones are meant', () => {
    expect(predicate('Were the four men arrested in Del Rio convicted of the neutrality charge?')).toBe(
      'convict',
    );
    expect(predicate('Were any of the raiders ever caught and put on trial?')).toBe('catch');
  });

  it('returns null when the act has a figure for its object: whether a number was reached', () => {
    expect(predicate('did the number of troops at the border ever actually hit 15,000 in 2018?')).toBeNull();
    expect(predicate('did the troops hit the cartel in 2018?')).toBe('hit');
  });
});

describe('sourcesSay', () => {
  const postings: Record<string, string[]> = { detention: ['a'], wound: ['b'] };
  const index = { sourcesSaying: (w: string) => new Set(postings[w] ?? []) };
  const words = {
    synonymsOf: (l: string) => (l === 'hurt' ? ['wound'] : []),
    sameStem: (l: string) => (l === 'detain' ? ['detention'] : []),
    saidOtherwise: () => false,
  };

  it('returns true when a source says the act in a word of its stem or a synonym', () => {
    expect(sourcesSay('detain', new Set(['a']), index, words)).toBe(true);
    expect(sourcesSay('hurt', new Set(['b']), index, words)).toBe(true);
  });

  it('returns false when only another source says it', () => {
    expect(sourcesSay('detain', new Set(['b']), index, words)).toBe(false);
    expect(sourcesSay('fire', new Set(['a', 'b']), index, words)).toBe(false);
  });
});

describe('a yes/no question whose act the articles never say', () => {
  let holdTheLine: AnswerEngine;
  let raids: AnswerEngine;
  beforeAll(async () => {
    holdTheLine = await fixtureEngine(runtime, 'articles-19');
    raids = await fixtureEngine(runtime, 'articles-8');
  }, 240_000);

  it('is declined when no article of the evidence speaks of the asked thing', async () => {
    const q = 'Did the Border Patrol give Reyes a medal for the operation?';
    expect((await holdTheLine.ask(q, { userId: 'medal' })).answered).toBe(false);
  });

  it('is still answered when the articles say the act in other words', async () => {
    const q = 'Did they catch anybody when the soldiers hit the labs?';
    expect((await raids.ask(q, { userId: 'labs' })).answered).toBe(true);
  });
});

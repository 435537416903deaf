import { beforeAll, describe, expect, it } from 'vitest';
import { askedAct, type ActReading } from '../../src/answer/asked-act.ts';
import type { AnswerEngine } from '../../src/answer/engine.ts';
import type { Runtime } from '../../src/answer/create.ts';
import { fixtureEngine, shippedRuntime, testActReading } from './setup.ts';

let runtime: Runtime;
let reading: ActReading;

beforeAll(async () => {
  runtime = await shippedRuntime();
  reading = testActReading(runtime);
}, 120_000);

const act = (q: string) => askedAct(runtime.questionNlp.analyse(q), reading);

describe('askedAct', () => {
  it('returns the verb after the subject, even one the tagger reads as a noun', () => {
    expect(act('did amlo fire sandoval over the detentions')?.lemma).toBe('fire');
    expect(act('Did the sailors on the Papaloapan rescue anybody in Mississippi?')?.lemma).toBe('rescue');
    expect(act('were the 2 women and the little girl deported afterwards')?.lemma).toBe('deport');
  });

  it('returns null for a plan, a permission, a comparison or a question of what may be', () => {
    expect(act('Was Mattis going to sign the troop order?')).toBeNull();
    expect(act('Are the Stryker soldiers allowed to arrest migrants at the border?')).toBeNull();
    expect(act('did the us start flying surveilance over the border for fentanyl')).toBeNull();
    expect(act('Can the troops arrest people?')).toBeNull();
    expect(act('did obrador agree with him?')).toBeNull();
    expect(act('is he the one who disagreed with the president?')).toBeNull();
  });

  it('returns null for a light verb and for what someone said', () => {
    expect(act('did the caravan ever make it to the us border in the end')).toBeNull();
    expect(act('did trump have any proof the dems were paying for the caravan')).toBeNull();
    expect(act('Did Sheinbaum say the troops would stay?')).toBeNull();
  });
});

describe('a yes/no question whose act the evidence names only as a kind of thing', () => {
  let convoy: AnswerEngine;
  let raids: AnswerEngine;
  beforeAll(async () => {
    convoy = await fixtureEngine(runtime, 'articles-10');
    raids = await fixtureEngine(runtime, 'articles-8');
  }, 240_000);

  it('is declined when the act is said only as a noun before another ("rescue vehicles")', async () => {
    const q = 'Did the sailors on the Papaloapan rescue anybody in Mississippi?';
    expect((await convoy.ask(q, { userId: 'rescue' })).answered).toBe(false);
  });

  it('is still answered when the evidence says it in other words ("Nobody was arrested")', async () => {
    const q = 'Did they catch anybody when the soldiers hit the labs?';
    const answer = await raids.ask(q, { userId: 'labs' });
    expect(answer.answered).toBe(true);
    expect(answer.text).toContain('Nobody was arrested');
  });
});

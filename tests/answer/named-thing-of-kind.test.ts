/** A name of English words ("Operation Intercept") is not answered from a sentence about another of its kind. */
import { beforeAll, describe, expect, it } from 'vitest';
import { capitalisedNames, namesAnotherOfKind } from '../../src/answer/capitalised-names.ts';
import type { AnswerEngine } from '../../src/answer/engine.ts';
import { fixtureEngine, shippedRuntime } from './setup.ts';

let fixture: AnswerEngine;
let runtime: Awaited<ReturnType<typeof shippedRuntime>>;

beforeAll(async () => {
  runtime = await shippedRuntime();
  fixture = await fixtureEngine(runtime, 'articles-15');
});

describe('namesAnotherOfKind', () => {
  it('finds another operation named in the sentence', () => {
    const text = 'The army is ending the military-led Joint Operation Chihuahua that began in March 2008.';
    expect(namesAnotherOfKind(text, ['Operation', 'Intercept'])).toBe(true);
  });

  it('does not fire on a sentence that names the asked thing, in full or short', () => {
    expect(
      namesAnotherOfKind('The drive, code-named Operation Intercept, began Sunday.', [
        'Operation',
        'Intercept',
      ]),
    ).toBe(false);
    expect(
      namesAnotherOfKind('Intercept replaced Operation Cooperation in October.', ['Operation', 'Intercept']),
    ).toBe(false);
  });

  it('does not fire on a sentence that names no thing of the kind', () => {
    expect(namesAnotherOfKind('The operation ended in October.', ['Operation', 'Intercept'])).toBe(false);
  });
});

describe('capitalisedNames', () => {
  const read = (q: string) => capitalisedNames(runtime.questionNlp.analyse(q)).map((n) => n.phrase);

  it('reads capitalised words run together mid-question as a name', () => {
    expect(read('When did Operation Intercept end?')).toEqual(['operation intercept']);
  });

  it('reads no name in a lower-case question, a lone capital or a capitalised sentence start', () => {
    expect(read('when did the operation end?')).toEqual([]);
    expect(read('When did the Army leave?')).toEqual([]);
    expect(read('Thanks. The Army left when?')).toEqual([]);
  });
});

describe('a date asked of a named thing (new-articles-15 dev)', () => {
  it('declines rather than give the end of another operation', async () => {
    const answer = await fixture.ask('When did Operation Intercept end?', { userId: 'intercept-end' });
    expect(answer.answered).toBe(false);
  });

  it('still dates the named thing from the article that names it', async () => {
    const answer = await fixture.ask('When did Operation Intercept begin?', { userId: 'intercept-begin' });
    expect(answer.answered).toBe(true);
    expect(answer.text).toContain('Sept. 21');
  });
});

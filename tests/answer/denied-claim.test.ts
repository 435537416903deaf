import { beforeAll, describe, expect, it } from 'vitest';
import type { ActWords } from '../../src/answer/asked-act.ts';
import type { Runtime } from '../../src/answer/create.ts';
import { askedClaim, deniesClaim } from '../../src/answer/denied-claim.ts';
import { shippedRuntime } from './setup.ts';

let runtime: Runtime;
let words: ActWords;

beforeAll(async () => {
  runtime = await shippedRuntime();
  const nlp = runtime.questionNlp;
  words = {
    synonymsOf: () => [],
    related: () => 0,
    stem: (w) => nlp.analyse(w).tokens[0]?.lemma ?? w,
    analyse: (text) => nlp.analyse(text),
  };
}, 120_000);

const denies = (question: string, sentence: string) => {
  const claim = askedClaim(runtime.questionNlp.analyse(question));
  return claim !== null && deniesClaim(runtime.questionNlp.analyse(sentence).tokens, claim, words);
};

describe('a sentence that denies what a yes/no question claims', () => {
  it('denies a permission or an attempt the question leads to another verb from', () => {
    expect(
      denies('Were American soldiers allowed to stay in Chihuahua?', 'I say we were not allowed to try.'),
    ).toBe(true);
    expect(
      denies(
        'Did the Supreme Court say it is legal to kidnap people?',
        'The Court did not say the kidnapping was legal.',
      ),
    ).toBe(true);
  });

  it('denies a verb that "managed to" leads to: managing to do it is doing it', () => {
    expect(
      denies(
        'Did the attackers manage to get inside the fort?',
        'The warriors could not get in the stockade.',
      ),
    ).toBe(true);
  });

  it('leaves alone a denial of the act an agreement or a plan leads to: agreeing to send is not sending', () => {
    expect(denies('Did Mexico agree to send troops?', 'Mexico did not send troops until June.')).toBe(false);
    expect(denies('Did the colonel want to attack the camp?', 'He never attacked the camp.')).toBe(false);
    expect(denies('Did the governor go to see the wall?', 'He did not see the wall itself.')).toBe(false);
  });

  it('denies the thing done with "no" or "no such" before its noun', () => {
    expect(
      denies('Did the president give an order to hold migrants?', 'No such order has been issued.'),
    ).toBe(true);
  });

  it('leaves alone a negation of another act or another thing', () => {
    expect(
      denies('Were the troops allowed to cross the river?', 'No one in the village slept that night.'),
    ).toBe(false);
    expect(
      denies('Did the president give an order to hold migrants?', 'There was no doubt about the orders.'),
    ).toBe(false);
    expect(denies('Was the Army part of the operation?', 'It was not a large army.')).toBe(false);
  });
});

/** A side of a comparison worded as a clause, turned into the question it stands for. */
import { describe, expect, it } from 'vitest';
import { clauseAsQuestion } from '../../src/answer/compare-phrases.ts';
import { shippedRuntime } from './setup.ts';

/** One runtime for the file: each one loads the whole knowledge. */
const runtime = shippedRuntime();
const asQuestion = async (text: string) => clauseAsQuestion((await runtime).questionNlp.analyse(text));

describe('clauseAsQuestion', () => {
  it('leaves a "how many" side that is already a question as it is', async () => {
    expect(await asQuestion('how many horses did the cavalry lose at the ford in 1880')).toBeNull();
  });

  it('asks "how many" of the clause after the counted noun, not of the noun', async () => {
    expect(await asQuestion('how many rifles the sheriff seized at the depot')).toBe(
      'how many rifles did the sheriff seize at the depot?',
    );
  });

  it('leaves a "how many" side that counts its own subject as it is', async () => {
    expect(await asQuestion('how many wagons crossed at dawn')).toBeNull();
  });

  it('still turns a "how long" clause into its question', async () => {
    expect(await asQuestion('how long the colonel has been at the fort')).toBe(
      'how long has the colonel been at the fort?',
    );
  });
});

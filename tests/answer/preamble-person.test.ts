import { describe, expect, it } from 'vitest';
import { peopleDescribedIn, withPreamblePerson } from '../../src/answer/preamble-person.ts';

const heads = new Map<string, 'male' | 'female' | null>([
  ['mayor', null],
  ['guard', null],
  ['spokeswoman', 'female'],
  ['lady', 'female'],
]);
const titles = new Set(['mayor', 'colonel', 'spokeswoman']);
const PREAMBLE =
  'My mom grew up in Port Isabel and she used to drive over to Matamoros all the time for the dentist. ' +
  'I saw the Port Isabel mayor was on TV about it.';

describe('peopleDescribedIn', () => {
  it('reads the names before a noun for a person as what places them ("the Port Isabel mayor")', () => {
    expect(peopleDescribedIn(PREAMBLE, heads, titles)).toEqual([
      { phrase: 'Port Isabel mayor', head: 'mayor', modifiers: 2 },
    ]);
  });

  it('ends the phrase at the last noun for a person ("a Guard spokeswoman")', () => {
    expect(
      peopleDescribedIn(
        'There was a newsletter that talked to a Guard spokeswoman when it ended.',
        heads,
        titles,
      ),
    ).toEqual([{ phrase: 'Guard spokeswoman', head: 'spokeswoman', modifiers: 1 }]);
  });

  it("leaves out the asker's own people and a capitalised body ('my mom', 'the Guard')", () => {
    expect(peopleDescribedIn('My mom said the Guard was everywhere.', heads, titles)).toEqual([]);
  });
});

describe('withPreamblePerson', () => {
  it('reads the mayor a question asks about as the mayor its preamble placed', () => {
    expect(withPreamblePerson('What did the mayor say?', PREAMBLE, heads, titles)).toBe(
      'What did the Port Isabel mayor say?',
    );
  });

  it('leaves a question whose noun the preamble does not place, or with no preamble, as asked', () => {
    expect(withPreamblePerson('What did the colonel say?', PREAMBLE, heads, titles)).toBe(
      'What did the colonel say?',
    );
    expect(withPreamblePerson('What did the mayor say?', null, heads, titles)).toBe(
      'What did the mayor say?',
    );
  });

  it('leaves a pronoun to the conversation ("what did she say")', () => {
    const preamble = 'There was a newsletter that talked to a Guard spokeswoman when it ended.';
    expect(withPreamblePerson('What did she say?', preamble, heads, titles)).toBe('What did she say?');
  });
});

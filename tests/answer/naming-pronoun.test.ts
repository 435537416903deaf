import { describe, expect, it } from 'vitest';
import { namingPronoun } from '../../src/answer/conversation.ts';
import { asksIdentity } from '../../src/answer/question-frames.ts';

describe('namingPronoun', () => {
  it('reads "she" and "her" as the name of the person the last answer named', () => {
    expect(namingPronoun('who is she?', 'Marta Echeverri Lund')).toBe('who is Marta Echeverri Lund?');
    expect(namingPronoun("what's her job?", 'Marta Echeverri Lund')).toBe(
      "what's Marta Echeverri Lund's job?",
    );
    expect(namingPronoun('what did you find about her?', 'Ana Ruiz')).toBe(
      'what did you find about Ana Ruiz?',
    );
  });
});

describe('asksIdentity', () => {
  it('returns true when a question asks only who the person a pronoun points to is', () => {
    expect(asksIdentity('who is she?')).toBe(true);
    expect(asksIdentity('what does he do')).toBe(true);
    expect(asksIdentity('how long was she in the army')).toBe(false);
  });
});

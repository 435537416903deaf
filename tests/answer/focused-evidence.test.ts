import { beforeAll, describe, expect, it } from 'vitest';
import type { AnswerEngine } from '../../src/answer/engine.ts';
import { focusedText } from '../../src/answer/focused-evidence.ts';
import { fixtureEngine, shippedRuntime } from './setup.ts';

let engine: AnswerEngine;

beforeAll(async () => {
  engine = await fixtureEngine(await shippedRuntime(), 'articles-48');
}, 60_000);

describe('a long quoted paragraph shown as evidence', () => {
  it('shows the words that answer when they stand at the end of a letter’s paragraph', async () => {
    const a = await engine.ask('Was any private property taken by the soldiers in Tucson?', { userId: 'a' });
    expect(a.answered).toBe(true);
    expect(a.text).toContain('none was');
  });
});

describe('focusedText', () => {
  const letter = [
    'On the 16th of December we marched into the town.',
    'We had heard that the soldiers there, said to be two hundred, meant to fight us, and we loaded our pieces and went in expecting it.',
    'But the commandant had taken his soldiers away to the mission, some miles off, and many of the people with them.',
    'Those that stayed behind were civil and sold us flour and beans and quinces, which we were glad of after the long road from the river.',
    'The Colonel took the public wheat for the mules, but he gave strict orders that no private property should be touched, and none was.',
  ].join(' ');

  it('keeps its opening sentence and the run holding most of the asked words, marking what is left out between', () => {
    const shown = focusedText(letter, ['private', 'property', 'touch'], 300);
    expect(shown.startsWith('On the 16th of December we marched into the town. … ')).toBe(true);
    expect(shown).toContain('none was');
    expect(shown).not.toContain('meant to fight us');
  });

  it('keeps its opening when the asked words are there or nowhere', () => {
    expect(focusedText(letter, ['march', 'town'], 300)).toBe(letter);
    expect(focusedText(letter, ['airplane'], 300)).toBe(letter);
    expect(focusedText('A short sentence.', ['private'], 300)).toBe('A short sentence.');
  });

  it('shows only the run that answers, not every sentence after it, within the room given', () => {
    const longer = `${letter} Then we rode on to the river and camped there for the night, and the men slept well under the cottonwoods while the guard walked the bank until the morning came.`;
    const shown = focusedText(longer, ['private', 'property', 'touch'], 300);
    expect(shown).toContain('none was');
    expect(shown).not.toContain('camped there');
    expect(shown.length).toBeLessThanOrEqual(300);
  });

  // Its time is measured by `npm run bench:kb -- --pathological --questions` (the long-quotation shape), not here.
  it('shows the run that answers from a quotation of some hundred kilobytes, within the room given', () => {
    const long = `${letter} ${'We went. '.repeat(100)}The soldiers burned the houses. ${'We went. '.repeat(30_000)}`;
    const shown = focusedText(long, ['soldier', 'house', 'burn'], 300);
    expect(shown).toContain('The soldiers burned the houses.');
    expect(shown.length).toBeLessThanOrEqual(300);
  });
});

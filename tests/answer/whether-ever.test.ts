import { describe, expect, it } from 'vitest';
import { phraseSides } from '../../src/answer/compare-phrases.ts';
import { fixtureEngine, shippedRuntime } from './setup.ts';

describe('phraseSides', () => {
  it('reads "did X ever … after Y" as whether X happened, not as an order of two events', () => {
    expect(phraseSides('Did Odom ever return to Carrizal after the war?')).toBeNull();
  });

  it('still reads "did X come before Y" as an order of two events', () => {
    expect(phraseSides('Did the Brownsville raid come before the battle at Rio Grande City?')?.order).toBe(
      true,
    );
  });
});

describe('a yes/no question whether someone ever did something after a time', () => {
  it('shows the answer to the question the article reports (new-articles-18 dev)', async () => {
    const engine = await fixtureEngine(await shippedRuntime(), 'articles-18');
    const a = await engine.ask('Did Odom ever return to Carrizal after the war?', { userId: 'a' });
    expect(a.answered).toBe(true);
    expect(a.text).toContain('had not');
  });
});

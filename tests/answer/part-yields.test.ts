/** The first part of a two-part message that landed on a later part's sentence is asked again past it. */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Runtime } from '../../src/answer/create.ts';
import { fixtureEngine, shippedRuntime } from './setup.ts';

let runtime: Runtime;
beforeAll(async () => {
  runtime = await shippedRuntime();
});

describe('a two-part message whose first part lands on the second part’s sentence', () => {
  it('answers the first part from its own sentence and leaves the shared one to the second part', async () => {
    const engine = await fixtureEngine(runtime, 'articles-20');
    const a = await engine.ask(
      'How many head of cattle did McNelly bring back, and how big was the herd that had been run across?',
      { userId: 'part-yields-1' },
    );
    const [first, second] = a.text.split('\n\n');
    expect(first).toContain('75 head');
    expect(second).toContain('250 head');
    expect(a.text).not.toContain('the evidence above answers this too');
  });

  it('still finds the first part’s own sentence when an earlier turn already showed it', async () => {
    const engine = await fixtureEngine(runtime, 'articles-20');
    const user = { userId: 'part-yields-2' };
    await engine.ask('What number of head is usually given?', user);
    const a = await engine.ask(
      'How many head of cattle did McNelly bring back, and how big was the herd that had been run across?',
      user,
    );
    const [first, second] = a.text.split('\n\n');
    expect(first).toContain('75 head');
    expect(second).toContain('250 head');
  });
});

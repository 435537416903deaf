/** What someone asked about by what they are said, and their words an attribution cut in two. */
import { beforeAll, describe, expect, it } from 'vitest';
import type { AnswerEngine } from '../../src/answer/engine.ts';
import { fixtureEngine, shippedRuntime } from './setup.ts';

let engine: AnswerEngine;
let user = 0;
const fresh = () => ({ userId: `quote-described-${++user}` });

beforeAll(async () => {
  engine = await fixtureEngine(await shippedRuntime(), 'articles-10');
});

describe('a person described with a place named after someone', () => {
  it('reads "the Fort Bliss museum director" as the museum director, not Gen. Bliss', async () => {
    const a = await engine.ask('what did the Fort Bliss museum director say?', fresh());
    expect(a.text).toContain('Walt Denning in the coverage');
    expect(a.text).not.toContain('Tasker H. Bliss');
  });

  it('does not take the words that describe them for the topic of their words', async () => {
    const a = await engine.ask(
      "What did the Fort Bliss museum director say about the Army's orders?",
      fresh(),
    );
    expect(a.text).toContain('had orders to protect El Paso');
  });
});

describe('a quotation its attribution cuts in two', () => {
  it('shows the rest of the words after the fragment ("The order," said Brecht, "was to take the bullets…")', async () => {
    const a = await engine.ask(
      "What did the Fort Huachuca historian and the Fort Bliss museum director each say about the Army's orders on the border?",
      fresh(),
    );
    expect(a.text).toContain('“The order” — **Naomi Brecht**');
    expect(a.text).toContain('was to take the bullets and keep the peace');
    expect(a.text).toContain('had orders to protect El Paso');
  });
});

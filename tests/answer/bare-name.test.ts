import { beforeAll, describe, expect, it } from 'vitest';
import type { AnswerEngine } from '../../src/answer/engine.ts';
import { fixtureEngine, shippedRuntime, withArticles } from './setup.ts';

/** A guest introduced once by what he is, then heard many times by his label. */
const TRANSCRIPT = `---
id: plains-1989-task-force-call-in
title: A new task force at the fort, explained on the air
outlet: Example Plains Public Radio
published: 1989-11-16
url: https://example.org/task-force-call-in
language: en
---
HOST: With me in the studio are Colonel Dennis Marchetti, the task force's chief of staff, and Dr. Harriet Quiñones, who teaches political science at the state university.

Col. Dennis R. Marchetti said the unit "is not an occupying army, it is a switchboard with some trucks."

MARCHETTI: No, ma'am.

MARCHETTI: He has our word on the first part.

MARCHETTI: The headquarters is small.
`;

let engine: AnswerEngine;
/** The call-in transcript of tests/fixtures/articles-15, whose build gives the colonel no description. */
let fixture: AnswerEngine;

beforeAll(async () => {
  ({ engine } = await withArticles(TRANSCRIPT));
  fixture = await fixtureEngine(await shippedRuntime(), 'articles-15');
});

describe('a person asked for by name alone', () => {
  it('answers a message that is only a name with who the person is', async () => {
    const a = await engine.ask('marchetti?', { userId: 'a' });
    expect(a.text).toMatch(/\*\*Dennis (R\. )?Marchetti\*\*/);
    expect(a.text).not.toContain("No, ma'am");
  });

  it('introduces a person by the sentence that sets a description beside the name', async () => {
    const a = await fixture.ask('who is marchetti', { userId: 'b' });
    expect(a.text).toContain('chief of staff');
  });
});

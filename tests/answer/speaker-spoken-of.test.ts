import { beforeAll, describe, expect, it } from 'vitest';
import type { AnswerEngine } from '../../src/answer/engine.ts';
import { fixtureEngine, shippedRuntime, withArticles } from './setup.ts';

// As in new-articles-13's 1942 feature: the general is quoted, and a sergeant is quoted about him.
const ARTICLE = `---
id: slope-1942-general-in-baja
title: The general who came back to defend Baja California
outlet: Example Slope Review
published: 1942-09-15
url: https://example.org/general-in-baja
language: en
---
Gen. Lázaro Cárdenas took command of the Pacific region in December.
"Mexico will defend its own territory," Cárdenas told the governors.
The soldiers speak of him with warmth. A sergeant at San Felipe, Pedro Luján, 33, said the general had eaten beans with the company.
"He remembered my village," Luján said.
`;

let engine: AnswerEngine;

beforeAll(async () => {
  engine = (await withArticles(ARTICLE)).engine;
});

const ask = (q: string) => engine.ask(q, { userId: q });

describe('the person a question asks to have been spoken about', () => {
  it('does not take a person named after "say about" for the speaker', async () => {
    const a = await ask('What did the sergeant at San Felipe say about Cárdenas?');
    expect(a.answered).toBe(true);
    expect(a.text).toContain('remembered my village');
  });

  it('takes the agent of a passive for the speaker', async () => {
    const a = await ask('What was said by Cárdenas to the governors?');
    expect(a.answered).toBe(true);
    expect(a.text).toContain('defend its own territory');
  });

  it('answers the sergeant about Cárdenas (new-articles-13 dev a13-032)', async () => {
    const fixture = await fixtureEngine(await shippedRuntime(), 'articles-13');
    const a = await fixture.ask('wat did the sarjent at san felipe say about cardenas', { userId: 't' });
    expect(a.answered).toBe(true);
    expect(a.text).toContain('remembered my village');
  });
});

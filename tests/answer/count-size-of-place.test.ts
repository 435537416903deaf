/** "How big is his place?": the size of a place is its area, not a figure of the last question's topic. */
import { beforeAll, describe, expect, it } from 'vitest';
import type { AnswerEngine } from '../../src/answer/engine.ts';
import { articlesAlone } from './setup.ts';

const ARTICLE = `---
id: mesaledger-2022-rancher-gates
title: Ranchers near the river sign up for state trespass patrols
outlet: Example Mesa Ledger
published: 2022-05-14
url: https://example.org/rancher-gates
language: en
---
Ranchers near the river sign up for state trespass patrols
Tomás Arredondo, who runs goats on about 4,000 acres west of Eagle Pass, has signed one of the trespass agreements.
He said groups of 15 or 20 people crossed his pastures on some nights this spring.
"I've had gates left open and fences cut twice since March," Arredondo said.
`;

let engine: AnswerEngine;
let user = 0;
const fresh = () => ({ userId: `size-of-place-${++user}` });

beforeAll(async () => {
  ({ engine } = await articlesAlone({ 'ranch.md': ARTICLE }));
}, 120_000);

describe('the size of a place asked in a follow-up', () => {
  it('gives the area of his place after a question about his land', async () => {
    const user = fresh();
    expect((await engine.ask('Who is Tomás Arredondo?', user)).answered).toBe(true);
    const land = await engine.ask('what does he keep on his land?', user);
    expect(land.answered).toBe(true);
    const size = await engine.ask('how big is his place', user);
    expect(size.answered).toBe(true);
    expect(size.direct).toContain('4,000 acres');
  });

  it('still gives how many people a group had when asked how big it was', async () => {
    const user = fresh();
    const size = await engine.ask('how big were the groups crossing Arredondo’s pastures?', user);
    expect(size.direct).toContain('15 or 20');
  });
});

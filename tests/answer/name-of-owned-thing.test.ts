import { beforeAll, describe, expect, it } from 'vitest';
import type { AnswerEngine } from '../../src/answer/engine.ts';
import { withArticles } from './setup.ts';

const OBITUARY = `---
id: valleyherald-1958-obregon-aide-obituary
title: Former consul Ramiro Salcedo dies at 71
outlet: Valley Herald
published: 1958-03-12
url: https://example.org/salcedo-obituary
language: en
---
BROWNSVILLE, Tex. — Ramiro Salcedo, who served as Mexican consul in Brownsville during the revolution, died Tuesday at his home in Matamoros. He was 71.

Salcedo carried messages across the river for the Constitutionalist army in 1915 and later wrote a memoir, "Diez años en la frontera," published in Monterrey in 1940. An English edition was promised but never printed.

Survivors include his widow and four children, the consulate said.
`;

let engine: AnswerEngine;

beforeAll(async () => {
  ({ engine } = await withArticles(OBITUARY));
});

describe("a name asked of someone's or something's own ('the name of Salcedo's wife')", () => {
  it('declines when the coverage speaks of his widow without naming her', async () => {
    const a = await engine.ask("What was the name of Salcedo's wife?", { userId: 'a' });
    expect(a.answered).toBe(false);
  });

  it('declines a title asked of an edition the coverage says was never printed', async () => {
    const a = await engine.ask("What is the title of the English edition of Salcedo's memoir?", {
      userId: 'b',
    });
    expect(a.answered).toBe(false);
  });

  it("still gives the memoir's title when that is asked", async () => {
    const a = await engine.ask("What is the title of Salcedo's memoir?", { userId: 'c' });
    expect(a.answered).toBe(true);
    expect(a.text).toContain('Diez años en la frontera');
  });
});

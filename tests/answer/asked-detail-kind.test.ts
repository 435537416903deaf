import { beforeAll, describe, expect, it } from 'vitest';
import type { AnswerEngine } from '../../src/answer/engine.ts';
import { shippedRuntime, withArticles } from './setup.ts';

const ARTICLE = `---
id: valley-2025-tariffs-designation
title: Tariffs and terror listings
outlet: Example Valley News
published: 2025-03-08
url: https://example.org/tariffs-designation
language: en
---
Trump threatened Mexico with a 25 percent tariff on its goods in March 2025.
Mexican soldiers detained three migrants in the state of Chihuahua on Friday.
Trump designated the Sinaloa and Jalisco cartels as foreign terrorist organisations in February 2025.
`;

let shipped: AnswerEngine;
let added: AnswerEngine;

beforeAll(async () => {
  shipped = (await shippedRuntime()).engine;
  added = (await withArticles(ARTICLE)).engine;
});

const ask = (engine: AnswerEngine, q: string) => engine.ask(q, { userId: `${Math.random()}` });

describe('an answer gives the kind of detail asked, not a related one', () => {
  it('answers "what rate" only with a percentage', async () => {
    expect((await ask(shipped, 'what tariff rate did trump threaten mexico with in 2019')).answered).toBe(
      false,
    );
    const a = await ask(added, 'what tariff rate did trump threaten mexico with in 2025');
    expect(a.answered).toBe(true);
    expect(a.text).toContain('25 percent');
    expect((await ask(shipped, 'what rate of tariffs did trump threaten in 2019')).answered).toBe(false);
    expect((await ask(added, 'what rate of tariffs did trump threaten in 2025')).text).toContain(
      '25 percent',
    );
  });

  it('answers "what state" only with a state named', async () => {
    const no = await ask(shipped, 'what mexican state were the two women and the girl detained in');
    expect(no.answered).toBe(false);
    const a = await ask(added, 'what mexican state were the three migrants detained in');
    expect(a.answered).toBe(true);
    expect(a.text).toContain('Chihuahua');
  });

  it('answers "which cartels" only with cartels named, not cartels in general', async () => {
    expect((await ask(shipped, 'which cartels did trump label as terrorist orgs')).answered).toBe(false);
    const a = await ask(added, 'which cartels did trump label as terrorist orgs');
    expect(a.answered).toBe(true);
    expect(a.text).toContain('Sinaloa');
  });
});

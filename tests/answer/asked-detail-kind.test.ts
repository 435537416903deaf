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
Gov. Greg Abbott spoke at Shelby Park with 13 Republican governors lined up behind him.
In 2021, South Dakota Gov. Kristi Noem sent up to 50 Guard troops to Texas.
`;

let shipped: AnswerEngine;
let added: AnswerEngine;

beforeAll(async () => {
  shipped = (await shippedRuntime()).engine;
  added = (await withArticles(ARTICLE)).engine;
});

const ask = (engine: AnswerEngine, q: string) => engine.ask(q, { userId: `${Math.random()}` });

describe('an answer gives the kind of detail asked, not a related one', () => {
  it('declines "which governors" or "list the governors" when the coverage counts them but names none', async () => {
    expect((await ask(added, 'which governors came to shelby park with abbott')).answered).toBe(false);
    expect((await ask(added, 'can u list the 13 governors who showed up with abbott')).answered).toBe(false);
    const named = await ask(added, 'which governors sent guard troops to texas in 2021');
    expect(named.answered).toBe(true);
    expect(named.text).toContain('Kristi Noem');
  });

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

/** A fence's height a sentence away from the words that place it. */
const FENCE = `---
id: valley-2006-ranch-fence
title: Volunteers start a fence on a ranch near Palominas
outlet: Example Valley News
published: 2006-05-26
url: https://example.org/ranch-fence
language: en
---
Tomorrow morning, on a cattle ranch near Palominas, volunteers say they will start building their own border fence.
A crew of about 40 will set posts for the fence, steel mesh about 14 feet high, with a trench on the south side.
The first stretch is supposed to run about a mile along the ranch's southern boundary.
`;

describe('how tall, how deep, how far', () => {
  it('answers with a length said of the asked dimension, from further down the article', async () => {
    const { engine } = await withArticles(FENCE);
    const a = await ask(engine, 'how tall was the volunteers fence near palominas supposed to be?');
    expect(a.answered).toBe(true);
    expect(a.text).toContain('14 feet high');
  });

  it('declines when the coverage gives no such length', async () => {
    const { engine } = await withArticles(FENCE);
    expect((await ask(engine, 'how deep was the trench near palominas?')).answered).toBe(false);
  });
});

/**
 * A "how much did X <verb>" question whose verb the coverage words otherwise: the figure counting what is
 * asked, in a sentence naming the doer, whose own clause tells of no other act, answers it.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { offeredSides } from '../../src/answer/compare-offered.ts';
import { figureClauseActless } from '../../src/answer/figure-clause.ts';
import type { AnswerEngine } from '../../src/answer/engine.ts';
import type { Runtime } from '../../src/answer/create.ts';
import { articlesAlone } from './setup.ts';

const EMERGENCY = `---
id: plains-2007-state-emergency
title: Governor declares border emergency in three counties
outlet: Example Plains Ledger
published: 2007-03-14
url: https://example.org/state-emergency
language: en
---
Gov. Ana Ruiz declared a border emergency in three counties on Monday, citing cattle thefts and break-ins at ranch houses.
Ruiz signed the order at the capitol with the three county sheriffs beside her.
The emergency covers about 120 miles of border and stays in effect until the end of the year.
The order makes $500,000 in state money available for the border emergency right away, and Ruiz pledged a further $1 million, for $1.5 million in all.
The money will pay for deputies' overtime and a fence near a stock yard.
Ranchers in the area have asked the state for help since the spring.
`;

const FORT = `---
id: plains-2008-fort-grant
title: State grant to save the old fort
outlet: Example Plains Ledger
published: 2008-05-02
url: https://example.org/fort-grant
language: en
---
The historical commission approved a $250,000 grant to stabilize the old fort's walls.
Work is to begin in the summer.
The commission said it is committed to reopening the fort to visitors.
`;

let engine: AnswerEngine;
let runtime: Runtime;

beforeAll(async () => {
  ({ engine, runtime } = await articlesAlone({ 'emergency.md': EMERGENCY, 'fort.md': FORT }));
});

const ask = (q: string) => engine.ask(q, { userId: q });

describe('a figure whose own clause tells of no other act', () => {
  it('answers how much a governor committed when the story says she pledged it', async () => {
    const a = await ask('How much money did Ruiz commit for the border emergency?');
    expect(a.answered).toBe(true);
    expect(a.text).toContain('$1.5 million');
  });

  it('tells a figure of being from a figure of another act', () => {
    const actless = (sentence: string, figure: string) =>
      figureClauseActless(sentence, runtime.questionNlp.analyse(sentence).tokens, figure);
    const pledged = 'Ruiz pledged a further $1 million, for $1.5 million in all.';
    expect(actless(pledged, '$1.5 million')).toBe(true);
    expect(actless(pledged, '$1 million')).toBe(false);
    expect(actless('Some 4,000 soldiers were under arms along the route.', 'Some 4,000')).toBe(true);
    expect(actless('Vela said 40 officers were suspended after the audit.', '40')).toBe(false);
    const listed = 'He said 12 soldiers, 3 police officers and 2 civilians were wounded.';
    expect(actless(listed, '12')).toBe(false);
    expect(actless(listed, '3')).toBe(false);
  });

  it('asks a side named by what someone did with that side’s own verb', () => {
    const read = (q: string) => offeredSides(runtime.questionNlp.analyse(q))?.questions ?? null;
    expect(
      read(
        'Which is more money: the grant for the old fort or what Ruiz committed for her border emergency?',
      ),
    ).toEqual([
      'how much money is the grant for the old fort',
      'how much money did Ruiz commit for her border emergency',
    ]);
  });

  it('sets the grant beside what the governor committed', async () => {
    const a = await ask(
      'Which is more money: the grant for the old fort or what Ruiz committed for her border emergency?',
    );
    expect(a.answered).toBe(true);
    expect(a.text).toContain('$250,000');
    expect(a.text).toMatch(/what Ruiz committed[^]*\$1\.5 million/);
  });
});

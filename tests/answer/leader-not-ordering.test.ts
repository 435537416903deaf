/**
 * Who led or commanded a body of people is not who sent it: troops "under orders from Defense Secretary Jim
 * Mattis" were not commanded by him, though he is who ordered them.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { AnswerEngine } from '../../src/answer/engine.ts';
import { articlesAlone } from './setup.ts';

const DEPLOYMENT = `---
id: ledger-2018-border-deployment
title: "Troops reach the border"
outlet: The Ledger
published: 2018-11-05
language: en
---
About 5,200 active-duty troops began arriving in South Texas on Saturday under orders from Defense Secretary Jim Mattis.

The soldiers strung concertina wire along the river near the bridge at Hidalgo. Officials said the deployment could last until mid-December.
`;

let engine: AnswerEngine;

beforeAll(async () => {
  ({ engine } = await articlesAlone({ 'ledger-2018-border-deployment.md': DEPLOYMENT }));
});

describe('who led a body of people', () => {
  it('is not answered with the official the troops had orders from', async () => {
    const a = await engine.ask('Who commanded the troops?', { userId: 'commanded' });
    expect(a.direct ?? '').not.toContain('Mattis');
  });

  it('still answers who ordered them with that official', async () => {
    const a = await engine.ask('Who ordered the troops to the border?', { userId: 'ordered' });
    expect(a.direct).toContain('Mattis');
  });
});

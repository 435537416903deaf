/**
 * A figure whose counted thing is named by an activity on the asked thing ("212 trucking companies",
 * "forty shipping firms", "thirty fishing boats") counts the companies, the firms or the boats, not trucks,
 * ships or fish: a question counting those is not answered by it. Written for the test.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { AnswerEngine } from '../../src/answer/engine.ts';
import { articlesAlone } from './setup.ts';

const ARTICLE = `---
id: gulfledger-2024-laredo-inspections
title: "Freight groups welcome end of state truck inspections"
outlet: The Gulf Ledger
published: 2024-04-20
url: https://example.org/laredo-inspections
language: en
---
LAREDO, Texas — The Laredo Border Freight Alliance, which represents 212 trucking companies and customs brokers, welcomed on Saturday the end of the state's enhanced inspections at the World Trade Bridge.

The port of Brownsville, where forty shipping firms keep offices, saw no delays during the inspections.

Off Port Isabel, thirty fishing boats stayed in harbor while the inspections went on, the harbor master said.

About 1,900 trucks crossed the bridge on Friday, the last day of the inspections, and 2,000 National Guard troops remained on the border.
`;

let engine: AnswerEngine;

beforeAll(async () => {
  ({ engine } = await articlesAlone({ 'gulfledger-2024-laredo-inspections.md': ARTICLE }));
}, 300_000);

const direct = async (q: string) => {
  const a = await engine.ask(q, { userId: q });
  return a.answered ? (a.direct ?? '') : '';
};

describe('a count of companies named by an activity on the asked thing', () => {
  it('does not answer how many trucks were taken out of service with the trucking companies', async () => {
    expect(
      await direct('How many trucks did the state take out of service during the inspections?'),
    ).not.toContain('212');
  });

  it('does not answer how many ships were stopped with the shipping firms', async () => {
    expect(await direct('How many ships did the state stop at Brownsville?')).not.toContain('forty');
  });

  it('does not answer how many fish were caught with the fishing boats', async () => {
    expect(await direct('How many fish did they catch off Port Isabel?')).not.toContain('thirty');
  });

  it('still answers how many trucking companies the alliance represents', async () => {
    expect(await direct('How many trucking companies does the freight alliance represent?')).toContain('212');
  });

  it('still answers how many fishing boats stayed in harbor', async () => {
    expect(await direct('How many fishing boats stayed in harbor off Port Isabel?')).toContain('thirty');
  });

  it('still answers how many trucks crossed the bridge', async () => {
    expect(await direct('How many trucks crossed the bridge on Friday?')).toContain('1,900');
  });

  it('still answers how many Guard troops remained, by the troops the Guard names', async () => {
    expect(await direct('How many National Guard were on the border?')).toContain('2,000');
  });
});

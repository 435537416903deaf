import { beforeAll, describe, expect, it } from 'vitest';
import type { AnswerEngine } from '../../src/answer/engine.ts';
import { withArticles } from './setup.ts';

const ARTICLE = `---
id: tribune-2023-guard-states-test
title: Which states have sent their Guard to Texas
outlet: Example Tribune
published: 2023-05-18
url: https://example.org/guard-states
language: en
---
Others have paid their own way: in 2021, South Dakota Gov. Kristi Noem sent up to 50 Guard troops to Texas with a $1 million private donation.

Florida Gov. Ron DeSantis said Tuesday that he is sending about 1,100 people to the Texas border: roughly 800 members of the Florida National Guard and more than 200 officers from the Florida Highway Patrol, the Florida Department of Law Enforcement and the state wildlife agency, along with aircraft, boats and drones.
`;

let engine: AnswerEngine;

beforeAll(async () => {
  ({ engine } = await withArticles(ARTICLE));
});

describe('the year a count is asked of', () => {
  it('does not answer with a figure its sentence dates to another year', async () => {
    const a = await engine.ask('how many guard troops did governors send to texas in 2023', { userId: 'a' });
    expect(a.direct ?? '').not.toContain('50');
  });

  it('answers with that figure when the question asks its year', async () => {
    const a = await engine.ask('how many guard troops did south dakota send to texas in 2021', {
      userId: 'b',
    });
    expect(a.direct).toBe('up to 50 Guard troops');
  });
});

import { beforeAll, describe, expect, it } from 'vitest';
import type { AnswerEngine } from '../../src/answer/engine.ts';
import { withArticles } from './setup.ts';

const FLORIDA = `---
id: tribune-2023-florida-test
title: Why Florida's Guard is going to Texas
outlet: Example Tribune
published: 2023-05-18
url: https://example.org/florida-guard
language: en
---
Florida Gov. Ron DeSantis said Tuesday that he is sending about 1,100 people to the Texas border: roughly 800 members of the Florida National Guard and more than 200 officers from the Florida Highway Patrol, the Florida Department of Law Enforcement and the state wildlife agency, along with aircraft, boats and drones.
`;

let engine: AnswerEngine;

beforeAll(async () => {
  ({ engine } = await withArticles(FLORIDA));
});

describe('counting the people of a body', () => {
  it('answers "how many florida guard ppl" with the members of the Florida National Guard', async () => {
    const a = await engine.ask('how many florida guard ppl did desantis send to texas', { userId: 'c' });
    expect(a.direct).toBe('roughly 800 members');
  });

  it('answers "how many florida guard people" with them, not everyone the governor is sending', async () => {
    const a = await engine.ask('how many florida guard people is desantis sending to texas', { userId: 'b' });
    expect(a.direct).toBe('roughly 800 members');
  });
});

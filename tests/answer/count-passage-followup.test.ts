import { beforeAll, describe, expect, it } from 'vitest';
import type { AnswerEngine } from '../../src/answer/engine.ts';
import { withArticles } from './setup.ts';

const ARTICLE = `---
id: gulfwaves-1986-trawler
title: Navy frigate nabs drug boat off Texas coast
outlet: Example Radio
published: 1986-06-11
url: https://example.org/trawler
language: en
---
A shrimp trawler carrying one of the largest marijuana loads ever seized off the Texas coast was towed into Port Isabel on Monday.

The boat is the Lady Marisol, a 78-foot steel shrimp trawler registered in Honduras. When the boarding team opened the fish hold they found bales of marijuana stacked to the hatch, under a layer of ice and a few hundred pounds of real shrimp. The Coast Guard weighed it out here on the dock yesterday: about 22,000 pounds, eleven tons. Seven crewmen were arrested.
`;

let engine: AnswerEngine;

beforeAll(async () => {
  ({ engine } = await withArticles(ARTICLE));
});

describe('"how much" asked on about the last answer', () => {
  it('answers "how much was there" with the amount the passage the last answer showed goes on to give', async () => {
    const first = await engine.ask('What was found aboard the Lady Marisol when it was boarded?', {
      userId: 'a',
    });
    expect(first.answered).toBe(true);
    const a = await engine.ask('how much was there', { userId: 'a' });
    expect(a.answered).toBe(true);
    expect(a.text).toContain('22,000 pounds');
    expect(a.text).not.toMatch(/\*\*hundred/);
  });

  it('does not answer "how much was there" with no last answer to read on from', async () => {
    const a = await engine.ask('how much was there', { userId: 'b' });
    expect(a.text).not.toContain('22,000');
  });
});

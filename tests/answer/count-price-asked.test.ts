import { beforeAll, describe, expect, it } from 'vitest';
import type { AnswerEngine } from '../../src/answer/engine.ts';
import { withArticles } from './setup.ts';

const ARTICLE = `---
id: gulf-1986-trawler-seizure
title: Navy frigate helps Coast Guard seize drug trawler
outlet: Example Gulf Radio
published: 1986-06-11
url: https://example.org/trawler
language: en
---
When the boarding team opened the fish hold they found bales of marijuana stacked to the hatch.
The Coast Guard weighed it out here on the dock yesterday: about 22,000 pounds, eleven tons.
The Drug Enforcement Administration puts the wholesale value of the marijuana at around $13 million.
Seven crewmen were arrested, five Colombians and two Hondurans.
`;

let engine: AnswerEngine;

beforeAll(async () => {
  ({ engine } = await withArticles(ARTICLE));
});

describe('a price asked without "how much"', () => {
  it('answers "what was the price tag on the marijuana" with the sum, not the weight', async () => {
    const a = await engine.ask('what was the price tag on the marijuana in the hold?', { userId: 'a' });
    expect(a.answeredAs).toBe('count');
    expect(a.text).toContain('$13 million');
    expect(a.text).not.toContain('22,000 pounds');
  });

  it('still reads "what did the coast guard say about the price" as no count', async () => {
    const a = await engine.ask('what did the coast guard say about the price of fuel?', { userId: 'b' });
    expect(a.answeredAs).not.toBe('count');
  });
});

import { beforeAll, describe, expect, it } from 'vitest';
import type { AnswerEngine } from '../../src/answer/engine.ts';
import { withArticles } from './setup.ts';

const ARTICLE = `---
id: ledger-2022-otay-tunnel
title: Another hole under the border
outlet: Example Ledger
published: 2022-05-20
url: https://example.org/otay-tunnel
language: en
---
On Monday, federal officials in San Diego showed off the latest tunnel under the border, running from a house in Tijuana to a warehouse in Otay Mesa.

Agents seized 1,762 pounds of cocaine and 165 pounds of methamphetamine. Six people from Southern California were charged.

The warehouse had been rented in March.
`;

let engine: AnswerEngine;

beforeAll(async () => {
  ({ engine } = await withArticles(ARTICLE));
});

describe('names around the evidence', () => {
  it('counts a place the sentence before names as said by the sentence that goes on without it', async () => {
    const a = await engine.ask('how many pounds of cocaine did agents seize at otay mesa', { userId: 'a' });
    expect(a.answered).toBe(true);
    expect(a.direct).toContain('1,762');
  });

  it('does not take the act asked from the sentences around', async () => {
    const a = await engine.ask('how many pounds of cocaine did agents burn at otay mesa', { userId: 'b' });
    expect(a.direct).toBeNull();
  });
});

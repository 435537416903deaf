import { beforeAll, describe, expect, it } from 'vitest';
import type { AnswerEngine } from '../../src/answer/engine.ts';
import { withArticles } from './setup.ts';

const ARTICLE = `---
id: eveningstar-1956-reunion
title: Old soldiers of the 1916 border call-up meet again
outlet: Example Evening Star
published: 1956-09-17
url: https://example.org/reunion
language: en
---
In June 1916 President Wilson called the National Guard of nearly every state into federal service.
By late summer some 110,000 Guardsmen were camped along the line from Brownsville to Nogales.
About 400 veterans came to the reunion, and 38 states sent delegations.
`;

let engine: AnswerEngine;

beforeAll(async () => {
  ({ engine } = await withArticles(ARTICLE));
});

describe('a counted noun written as a hyphenated compound', () => {
  it('counts the noun the compound leads to, not its first part ("weekend-soldier citizen troops")', async () => {
    const a = await engine.ask(
      'How many weekend-soldier citizen troops had Wilson camped along the line by late summer 1916?',
      { userId: 'a' },
    );
    expect(a.answered).toBe(true);
    expect(a.text).toContain('110,000');
  });

  it('still declines a count of a thing the coverage gives no figure for', async () => {
    const a = await engine.ask('How many weekend-soldier citizen troops deserted along the line in 1916?', {
      userId: 'b',
    });
    expect(a.text).not.toContain('110,000');
  });
});

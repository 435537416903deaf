/**
 * A negated auxiliary typed without its apostrophe and misspelt ("woudnt", "coudnt") is read as the auxiliary
 * ("wouldn't"): it names no subject, so the question is answered, not declined as asking about something the
 * coverage lacks, nor corrected into an article's word ("coudnt" → "count"). A name the coverage lacks in the same
 * question still declines it.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { AnswerEngine } from '../../src/answer/engine.ts';
import { negationsWrittenOut } from '../../src/answer/negated-auxiliary.ts';
import { withArticles } from './setup.ts';

const ARTICLE = `---
id: riverpost-1846-worth-parley-test
title: General Worth parleys across the river
outlet: Example River Post
published: 1846-04-20
url: https://example.org/worth-parley
language: en
---
General Worth rode down to the river on Saturday under a white flag to deliver a letter to General Mejía.

Mejía would not see him, so Worth ended up talking across the river with General Romulo Vega, who met him on the bank.

The count of the Mexican troops in Matamoros was put at 3,000 by the scouts.
`;

let engine: AnswerEngine;

beforeAll(async () => {
  ({ engine } = await withArticles(ARTICLE));
});

describe('negationsWrittenOut', () => {
  const english = (w: string) => ['want', 'went', 'count', 'agent', 'hunt'].includes(w);
  it('writes a misspelt negated auxiliary out and leaves English words and names alone', () => {
    expect(negationsWrittenOut('since mejia woudnt see him', english)).toBe("since mejia wouldn't see him");
    expect(negationsWrittenOut('he coudnt, so', english)).toBe("he couldn't, so");
    expect(negationsWrittenOut('hadnt they left?', english)).toBe("hadn't they left?");
    expect(negationsWrittenOut('what did they want', english)).toBe('what did they want');
    expect(negationsWrittenOut('what did durant say', english)).toBe('what did durant say');
    expect(negationsWrittenOut('what did vint say', english)).toBe('what did vint say');
  });
});

describe('a misspelt negation without its apostrophe', () => {
  it('answers "who did worth end up talkin to acros the river, since mejia woudnt see him"', async () => {
    const question = 'who did worth end up talkin to acros the river, since mejia woudnt see him';
    expect(engine.read(question).unknownSubjects).toEqual([]);
    const answer = await engine.ask(question, { userId: 'u-woudnt' });
    expect(answer.answered).toBe(true);
    expect(answer.text).toContain('Vega');
  });

  it('still declines the same question about a general the coverage never names', async () => {
    const question = 'who did worth end up talkin to acros the river, since ampudia woudnt see him';
    expect(engine.read(question).unknownSubjects).toContain('ampudia');
    const answer = await engine.ask(question, { userId: 'u-ampudia' });
    expect(answer.answered).toBe(false);
  });

  it('still declines a question about a name ending in "nt" the coverage never names', async () => {
    const answer = await engine.ask('what did durant say about the white flag', { userId: 'u-durant' });
    expect(answer.answered).toBe(false);
  });
});

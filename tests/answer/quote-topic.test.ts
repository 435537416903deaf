import { beforeAll, describe, expect, it } from 'vitest';
import type { AnswerEngine } from '../../src/answer/engine.ts';
import { withArticles } from './setup.ts';

const ARTICLE = `---
id: valley-1931-ferry-keeper-interview
title: Old ferry keeper remembers the night the cavalry crossed
outlet: Example Valley Weekly
published: 1931-08-14
url: https://example.org/ferry-keeper
language: en
---
Abundio Treviño kept the hand-pulled ferry below Los Ebanos for thirty years, and Congress never paid him for a single crossing.
"The troopers swam their horses across because my ferry held only four at a time," Treviño said.
"I never asked them where they were going, and they never told me," he added.
`;

let engine: AnswerEngine;

beforeAll(async () => {
  engine = (await withArticles(ARTICLE)).engine;
});

const ask = (q: string) => engine.ask(q, { userId: q });

describe('what someone said about a topic none of their quotations is about', () => {
  it('says the coverage has no quotation of them on that topic, and shows none of their words', async () => {
    const a = await ask('What did Abundio Treviño say about the school budget?');
    expect(a.answered).toBe(false);
    expect(a.text).toContain('no quotation of Abundio Treviño on that topic');
    expect(a.text).not.toContain('swam their horses');
    expect(a.quoteIds).toEqual([]);
  });

  it('reads a topic the question opens with', async () => {
    const a = await ask('About the school budget, what did Abundio Treviño say?');
    expect(a.answered).toBe(false);
    expect(a.text).toContain('no quotation of Abundio Treviño on that topic');
    expect(a.text).not.toContain('swam their horses');
  });

  it('does not take words only loosely related for the topic', async () => {
    const a = await ask('What did Abundio Treviño say about the railroad budget?');
    expect(a.answered).toBe(false);
    expect(a.text).toContain('no quotation of Abundio Treviño on that topic');
  });

  it('declines a topic in words no sentence of the coverage holds, though English knows them', async () => {
    const a = await ask('What did Abundio Treviño say about chasing smugglers?');
    expect(a.answered).toBe(false);
    expect(a.text).not.toContain('swam their horses');
  });

  it('names the article that does quote them', async () => {
    const a = await ask('What did Treviño think of the irrigation tariff?');
    expect(a.answered).toBe(false);
    expect(a.text).toContain('no quotation of Abundio Treviño on that topic');
    expect(a.text).toContain('Old ferry keeper remembers the night the cavalry crossed');
  });

  it('says so in Spanish to a question asked in Spanish', async () => {
    const a = await ask('¿Qué dijo Abundio Treviño sobre el presupuesto?');
    expect(a.answered).toBe(false);
    expect(a.text).toContain('no tiene ninguna cita de Abundio Treviño sobre ese tema');
  });

  it('still lists their quotations when the question names no topic', async () => {
    const a = await ask('What did Abundio Treviño say?');
    expect(a.answered).toBe(true);
    expect(a.text).toContain('swam their horses');
  });

  it('still answers a topic their quotations speak of', async () => {
    const a = await ask('What did Abundio Treviño say about the troopers and their horses?');
    expect(a.answered).toBe(true);
    expect(a.text).toContain('swam their horses');
  });
});

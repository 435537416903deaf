/**
 * A comparison's side answered in a speaker's own words: a speaker quoted under no name of their own found by
 * what the question calls them, and a named person's words on the topic when no answer on it was found.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { AnswerEngine } from '../../src/answer/engine.ts';
import { KnowledgeIndex } from '../../src/answer/knowledge-index.ts';
import { quotedWordsDraft, quotesOfUnnamed, speakerNameHead } from '../../src/answer/side-quotes.ts';
import type { KnowledgeBase } from '../../src/knowledge/schema.ts';
import { withArticles } from './setup.ts';

/** A wire story with a consulate's statement, an unnamed official's words and a named sheriff's. */
const STORY = `---
id: riowire-2010-lake-shooting
title: Investigator slain after lake shooting
outlet: Example Rio Wire
published: 2010-10-13
url: https://example.org/lake-shooting
language: en
---
The head of the state investigation into the lake shooting was found dead on Tuesday.

They gave no motive, but a Mexican security official, speaking on condition of anonymity because he was not authorized to discuss the case, said the killing was "a message to anyone who goes looking on that lake."

A U.S. law enforcement official familiar with the case said the search had been suspended.

The Mexican consulate in Laredo said in a statement that Mexico "deeply regrets the death of the commander" and that "the search will continue with all the resources the state can provide."

Sheriff Ramiro Zepeda said the boats would stay on his side of the water. "Nobody from our side of the line crosses that buoy," Zepeda said.
`;

let kb: KnowledgeBase;
let engine: AnswerEngine;

beforeAll(async () => {
  ({ kb, engine } = await withArticles(STORY));
});

describe('speakerNameHead', () => {
  it('reads a name up to where the speaker is', () => {
    expect(speakerNameHead('the Mexican consulate in Laredo')).toEqual(['mexican', 'consulate']);
  });
});

describe('quotesOfUnnamed', () => {
  it('finds the consulate quoted under no name of its own from "the Mexican consulate"', () => {
    const quotes = quotesOfUnnamed(new KnowledgeIndex(kb), 'the Mexican consulate');
    expect(quotes?.map((q) => q.text).join(' ')).toContain('deeply regrets');
  });

  it('finds no one from a phrase that holds only part of the name ("the consulate")', () => {
    expect(quotesOfUnnamed(new KnowledgeIndex(kb), 'the consulate')).toBeNull();
  });
});

describe('quotedWordsDraft', () => {
  const zepeda = (index: KnowledgeIndex) =>
    [...index.entities.values()].find((e) => e.name.includes('Zepeda'))?.id ?? '';

  it("gives a person's quotation that shares a word of the question", () => {
    const index = new KnowledgeIndex(kb);
    const draft = quotedWordsDraft(index, zepeda(index), ['side', 'americans']);
    expect(draft?.evidence[0]?.text).toContain('our side of the line');
  });

  it('gives nothing when none of their words is asked about', () => {
    const index = new KnowledgeIndex(kb);
    expect(quotedWordsDraft(index, zepeda(index), ['tariff', 'budget'])).toBeNull();
  });
});

describe('comparing an unnamed speaker with another', () => {
  it('shows each side in its own words, "the same way" not read as "the case way"', async () => {
    const answer = await engine.ask(
      'Did the Mexican consulate and the anonymous Mexican security official describe the killing the same way?',
      { userId: 'side-quotes' },
    );
    expect(answer.text).toContain('deeply regrets');
    expect(answer.text).toContain('a message to anyone');
  });
});

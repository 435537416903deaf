/**
 * An unnamed speaker described by an adjective set off after the noun and a "who" clause ("Another worker,
 * older, who would not give his name, said …") is who goes on speaking, not the worker named before.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { KnowledgeBase } from '../../src/knowledge/schema.ts';
import { articlesAlone } from '../answer/setup.ts';

const TEXT = `---
id: xdiario-1984-camp-workers
title: "Raid"
outlet: X Diario
published: 1984-11-10
language: en
---
Juan, a 19-year-old worker from near Guasave, said he had come north for the harvest. "They told us it was chile," he said.

Another worker, older, who would not give his name, said the camps had been crowded. "We slept under sheets of plastic," he said. "It was cold at night. Some got sick."
`;

let kb: KnowledgeBase;

beforeAll(async () => {
  kb = (await articlesAlone({ 'xdiario-1984-camp-workers.md': TEXT })).kb;
}, 120_000);

const speaker = (start: string) => kb.quotes.find((q) => q.text.startsWith(start))?.speakerName ?? null;

describe('an unnamed speaker with an adjective set off after the noun', () => {
  it('gives "We slept under sheets of plastic" to the other worker, not to Juan', () => {
    expect(speaker('We slept under')).toMatch(/^Another worker/);
  });
  it("keeps Juan's own words his", () => {
    expect(speaker('They told us')).toBe('Juan');
  });
});

/**
 * Words the article gives as someone's own by a possessive ('His words were, "…"') are that person's, not a
 * speaker called "his words".
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { KnowledgeBase } from '../../src/knowledge/schema.ts';
import { articlesAlone } from '../answer/setup.ts';

const INSPECTOR = `---
id: xsentinel-2024-port-inspector
title: "The inspector at the port"
outlet: X Sentinel
published: 2024-10-01
language: en
---
The customs inspector at the Grand Avenue port for thirty years was Anthony Ramsey Jr., who died in 2015.

He thought the fence was going to make his lines longer, and it did. His words were, "You boys put up a fence and sent everybody to my booth."
`;

let inspector: KnowledgeBase;

beforeAll(async () => {
  inspector = (await articlesAlone({ 'xsentinel-2024-port-inspector.md': INSPECTOR })).kb;
}, 120_000);

const speaker = (kb: KnowledgeBase, start: string) =>
  kb.quotes.find((q) => q.text.startsWith(start))?.speakerName ?? null;

describe('speakersOfOwnedWords', () => {
  it('gives "His words were, …" to the man "his" stands for', () => {
    expect(speaker(inspector, 'You boys put up a fence')).toBe('Anthony Ramsey Jr.');
  });
});

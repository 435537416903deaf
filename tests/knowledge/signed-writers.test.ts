/**
 * A signed letter's writer ("— Carl Whitacre, Rio Hondo") is a person the bot knows, found where the letter
 * speaks in their first person; an editor's note above the letter's rule is not theirs.
 */
import { describe, expect, it } from 'vitest';
import { articlesAlone } from '../answer/setup.ts';
import { letterWriters, signOff } from '../../src/knowledge/letter-writers.ts';

const PAGE = `---
id: letters-page
title: "Letters: Readers respond to our series on the border raids"
outlet: The Test Courier
published: 2015-08-16
language: en
---
Editor's note: We received more letters about the series than about any other. Here is a selection.

——————————

A dissent

With respect, I think the series was one-sided. My family ranched in Cameron County for four generations.

— Carl Whitacre, Rio Hondo

——————————

Teach it in school

I teach seventh-grade history in Weslaco, and our textbook gives the raids a single paragraph.

— Yolanda Castañeda, Weslaco
`;

describe('a signed letter writer', () => {
  it('is someone the bot can say who they are, by the letter and the town they signed from', async () => {
    const { kb, engine } = await articlesAlone({ 'letters-page.md': PAGE });
    const carl = kb.entities.find((e) => e.name === 'Carl Whitacre');
    expect(carl?.description).toBe('letter writer from Rio Hondo');
    const answer = await engine.ask('Who is Carl Whitacre?', { userId: 'u' });
    expect(answer.answered).toBe(true);
    expect(answer.text).toContain('one-sided');
    expect(answer.text).not.toContain('seventh-grade');
  });

  it("is not the writer of the editor's note above the letter's rule", async () => {
    const { kb } = await articlesAlone({ 'letters-page.md': PAGE });
    const carl = kb.entities.find((e) => e.name === 'Carl Whitacre');
    const said = kb.sentences.filter((s) => carl?.sentenceIds.includes(s.id)).map((s) => s.text);
    expect(said.some((t) => t.includes('one-sided'))).toBe(true);
    expect(said.some((t) => t.includes('We received'))).toBe(false);
  });
});

describe('signOff', () => {
  it('reads the town after the comma', () => {
    expect(signOff('— Martha Pierce Lowe, Brownsville')).toEqual({
      name: 'Martha Pierce Lowe',
      place: 'Brownsville',
    });
    expect(signOff('— Carl Whitacre')).toEqual({ name: 'Carl Whitacre', place: null });
  });
});

describe('letterWriters', () => {
  it('starts a letter after a dropped rule, not at the sign-off before', () => {
    const paragraphs = [
      { line: 1, text: "Editor's note: we received many letters." },
      { line: 5, text: 'I think the series was one-sided.' },
    ];
    const writers = letterWriters(paragraphs, [
      { line: 3, text: '——————————' },
      { line: 7, text: '— Carl Whitacre, Rio Hondo' },
    ]);
    expect(writers.has(0)).toBe(false);
    expect(writers.get(1)).toBe('Carl Whitacre');
  });
});

import { beforeAll, describe, expect, it } from 'vitest';
import type { AnswerEngine } from '../../src/answer/engine.ts';
import { articlesAlone } from './setup.ts';

const LIVE = `---
id: chronicle-2023-rosales-live
title: Santa Cruz de Rosales marks 175 years
outlet: Example Chronicle
published: 2023-03-16
url: https://example.org/rosales
language: en
---
Price arrived with about 200 men on the evening of March 8, and on the 9th he demanded surrender from Gen. Ángel Trías.

Trías refused and said again that the war was over.

Efraín Chávez Ochoa, the municipal chronicler of Rosales, has been telling the story to anyone who will stand still.
`;

let engine: AnswerEngine;

beforeAll(async () => {
  ({ engine } = await articlesAlone({ 'chronicle-2023-rosales-live.md': LIVE }));
});

describe('a name typed without its accents', () => {
  it('is read as the name the coverage writes with them, not corrected to an English word', () => {
    expect(engine.read('what did trias say about the war').corrections).toEqual([
      { from: 'trias', to: 'trías' },
    ]);
    expect(engine.read('who is efrain chavez').corrections).toContainEqual({ from: 'efrain', to: 'efraín' });
  });

  it('answers who the person is', async () => {
    const a = await engine.ask('who is trias', { userId: 'a' });
    expect(a.answered).toBe(true);
    expect(a.text).toContain('Ángel Trías');
    const b = await engine.ask('who is efrain chavez', { userId: 'b' });
    expect(b.text).toContain('the municipal chronicler of Rosales');
  });
});

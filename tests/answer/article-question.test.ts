import { beforeAll, describe, expect, it } from 'vitest';
import type { AnswerEngine } from '../../src/answer/engine.ts';
import { withArticles } from './setup.ts';

/** A question-and-answer article: each question the article asks is answered by the paragraph after it. */
const ARTICLE = `---
id: passcity-2011-juarez-questions
title: Juárez 1911: your questions about the battle
outlet: Example Pass City Journal
published: 2011-05-08
url: https://example.org/juarez-1911
language: en
---
One hundred years ago today, rebel soldiers loyal to Francisco I. Madero opened fire on the federal garrison in Ciudad Juárez.

Q. What was the U.S. Army doing?

A. Watching, mostly, and keeping people back from the river. In March, President Taft had sent about 20,000 troops to Texas, a force they called the Maneuver Division, based in San Antonio. It was a warning to everybody. But the soldiers at El Paso never crossed.
`;

let engine: AnswerEngine;

beforeAll(async () => {
  ({ engine } = await withArticles(ARTICLE));
});

describe('evidence that is a question the article asks', () => {
  it('shows the paragraph after it, where the article answers it', async () => {
    const a = await engine.ask('did the us army go over into juarez during the 1911 battle', { userId: 'a' });
    expect(a.answered).toBe(true);
    expect(a.text).toContain('never crossed');
  });
});

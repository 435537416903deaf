import { beforeAll, describe, expect, it } from 'vitest';
import type { AnswerEngine } from '../../src/answer/engine.ts';
import { articlesAlone } from './setup.ts';

const CRASH = `---
id: example-2021-private-killed-crash
title: Soldier from Laredo killed in border crash
outlet: Example Border Daily
published: 2021-03-09
url: https://example.org/private-killed-crash
language: en
---
Pvt. Daniel Ortega, 20, was killed on Sunday when his Army truck overturned on a ranch road near the border.
His mother said he loved school and always talked about going back to school to study, school after the Army, school for good.
Before he enlisted he went to school for a year at Laredo College.
`;

let engine: AnswerEngine;

beforeAll(async () => {
  ({ engine } = await articlesAlone({ 'crash.md': CRASH }));
});

describe('a follow-up opened by "and" asking where', () => {
  it('is answered with the place, as "where did he go to school?" is', async () => {
    await engine.ask('Which soldier was killed when his Army truck overturned?', { userId: 'a' });
    const a = await engine.ask('and where did he go to school', { userId: 'a' });
    expect(a.answered).toBe(true);
    expect(a.text.split('\n')[0]).toContain('Laredo College');
  });
});

import { beforeAll, describe, expect, it } from 'vitest';
import type { AnswerEngine } from '../../src/answer/engine.ts';
import { withArticles } from './setup.ts';

const ARTICLE = `---
id: ocotillo-2013-river-road
title: Presidio council hears from Marines building river road
outlet: Example Ocotillo
published: 2013-08-20
url: https://example.org/river-road
language: en
---
The Marines have cut about 4 miles of road so far along the river near Presidio.
A biologist told the council the Marines had cleared roughly 40 acres of cottonwood, willow and salt cedar near Presidio.
About 60 Marines from a combat engineer unit have been on the job since July 8.
`;

let engine: AnswerEngine;

beforeAll(async () => {
  ({ engine } = await withArticles(ARTICLE));
});

describe('"how much of" a thing', () => {
  it('answers with the amount whose "of" phrase names a kind of the thing (cottonwood for the woods)', async () => {
    const a = await engine.ask('how much of the woods did the marines clear near presidio?', { userId: 'a' });
    expect(a.text).toContain('40 acres');
    expect(a.text).not.toContain('4 miles');
  });

  it('answers with the amount of the other thing asked (the road), not the woods', async () => {
    const a = await engine.ask('how much of the road have the marines cut near presidio?', { userId: 'b' });
    expect(a.text).toContain('4 miles');
    expect(a.text).not.toContain('40 acres');
  });
});

import { beforeAll, describe, expect, it } from 'vitest';
import type { AnswerEngine } from '../../src/answer/engine.ts';
import { withArticles } from './setup.ts';

const ARTICLE = `---
id: valleyherald-1911-palo-blanco-raid
title: Raiders strike customs post at Palo Blanco
outlet: Example Herald
published: 1911-03-14
url: https://example.org/palo-blanco
language: en
---
Shortly before dawn on Monday a party of armed horsemen forded the river below the ferry and fell upon the customs post at Palo Blanco, the small village that faces this town.

The firing could be heard plainly from the bluffs here, and by sunrise much of the town had gathered to watch. The fight lasted about four hours. The guards held the post, and the raiders rode off to the south carrying their wounded.

The ferry was shut to all traffic for six hours afterward while soldiers searched the brush along the bank.
`;

let engine: AnswerEngine;

beforeAll(async () => {
  ({ engine } = await withArticles(ARTICLE));
});

describe('"how long did it go on" answered by a verb of lasting', () => {
  it('answers "how long did the shooting go on" after the raid with how long the fight lasted', async () => {
    const first = await engine.ask('Which customs post was attacked before dawn on Monday?', { userId: 'a' });
    expect(first.answered).toBe(true);
    const a = await engine.ask('how long did the shooting go on?', { userId: 'a' });
    expect(a.answered).toBe(true);
    expect(a.text).toContain('about four hours');
    expect(a.text).not.toMatch(/\*\*six hours/);
  });

  it('does not give how long the fight lasted for something else that went on', async () => {
    const a = await engine.ask('How long did the drought go on in the valley?', { userId: 'b' });
    expect(a.text).not.toContain('about four hours');
  });
});

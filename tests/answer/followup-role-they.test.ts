/**
 * Whom a follow-up's role title and "they" mean: "the president", which three people hold in the coverage, is
 * the one the conversation is about; "they" is people, a body or a polity, never a river.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { AnswerEngine } from '../../src/answer/engine.ts';
import { withArticles } from './setup.ts';

/** A US president's deployment and the law that limits it. */
const YUMA = `---
id: yuma-2019-marines-barrier
title: Marines arrive in Yuma to string wire
outlet: Example Desert Wire
published: 2019-02-07
url: https://example.org/yuma-marines
language: en
---
President Donald Trump sent 300 Marines to Yuma this week to string concertina wire along the levee.

Federal law bars the Marines from arresting anyone on US soil.

The president may use active-duty troops only for riot control or for relief after a flood or fire, a Pentagon lawyer said.
`;

/** A bridge over the Rio Grande, the day it fell and the day it was begun. */
const BRIDGE = `---
id: eaglepass-1954-bridge-falls
title: Flood takes the old Eagle Pass bridge
outlet: Example Border Courier
published: 1954-06-30
url: https://example.org/eagle-pass-bridge
language: en
---
Eagle Pass, June 29. — The Rio Grande rose in the night and carried off the old International Bridge.

The bridge, whose construction was begun on March 3, 1927, had stood through the floods of 1932 and 1948.

The Rio Grande crested at 50 feet on Monday, June 28, and began to fall on Tuesday.

Ferries will carry people across the Rio Grande until a new span is built.
`;

let engine: AnswerEngine;
let user = 0;
const fresh = () => ({ userId: `followup-role-they-${++user}` });

beforeAll(async () => {
  ({ engine } = await withArticles(YUMA, BRIDGE));
});

describe('a role title in a follow-up', () => {
  it('means the holder the conversation is about ("so when can the president use them" after Trump\'s Marines)', async () => {
    const who = fresh();
    const first = await engine.ask('who sent the marines to yuma?', who);
    expect(first.text).toContain('Donald Trump');
    const a = await engine.ask('so when can the president use them', who);
    expect(a.answered).toBe(true);
    expect(a.text).toContain('riot control');
    expect(a.citations[0]?.sourceId).toBe('yuma-2019-marines-barrier');
    expect(a.text).not.toContain('Sheinbaum');
    expect(a.text).not.toContain('López Obrador');
  });
});

describe('"they" in a follow-up', () => {
  it('does not mean a river ("when had they started building it?" after the Rio Grande took a bridge)', async () => {
    const who = fresh();
    const first = await engine.ask('what happened to the old bridge at Eagle Pass in 1954?', who);
    expect(first.answered).toBe(true);
    const a = await engine.ask('when had they started building it?', who);
    expect(a.answered).toBe(true);
    expect(a.text).toContain('March 3, 1927');
  });
});

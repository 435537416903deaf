import { beforeAll, describe, expect, it } from 'vitest';
import type { AnswerEngine } from '../../src/answer/engine.ts';
import { articlesAlone } from './setup.ts';

/** A dispatch whose reporter's "no one" bears on another act, and a soldier who denies the one asked. */
const DISPATCH = `---
id: plains-1916-candelaria-ford-dispatch
title: Troops at the Candelaria ford
outlet: Example Plains Courier
published: 1916-05-20
url: https://example.org/candelaria-ford
language: en
---
The troops reached the river at Candelaria on Tuesday after a week on the road from Marfa.

It is now known that the troops were on the river only a day behind the raiders who crossed it.

The troops camped beside the river, and no one in the village slept that night.

"We were two days behind the raiders, and then we were told to turn back," a sergeant said. "I say we were not allowed to try."

The raiders had taken forty horses from the ranches above the ford.
`;

let engine: AnswerEngine;

beforeAll(async () => {
  ({ engine } = await articlesAlone({ 'dispatch.md': DISPATCH }));
});

describe('a yes/no question whose verb leads to another, answered by a denial', () => {
  it('qualifies the claim with the denial of the permission asked about, not a "no one" about something else', async () => {
    const a = await engine.ask('Were the troops allowed to cross the river?', { userId: 'a' });
    expect(a.answered).toBe(true);
    expect(a.text).toContain('not allowed to try');
    expect(a.text).not.toContain('no one in the village slept');
  });
});

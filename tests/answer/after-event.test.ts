import { beforeAll, describe, expect, it } from 'vitest';
import type { AnswerEngine } from '../../src/answer/engine.ts';
import { withArticles } from './setup.ts';

const BATTLE = `---
id: pueblo-1947-river-battle
title: The fight at the river ford
outlet: Example Pueblo Hour
published: 1947-01-09
url: https://example.org/river-battle
language: en
---
General Ramón Ortega held the high bank of the river with perhaps five hundred horsemen and a couple of light guns.

The Americans crossed the river under fire and took the bank by the afternoon.

On the second day the horsemen charged the square twice and could not break it.

The Americans marched into the pueblo on Sunday and raised their flag over the plaza.

Ortega himself rode off to Durango.
`;

const LATER = `---
id: pueblo-1950-ortega-later
title: What became of the colonel
outlet: Example Valley Weekly
published: 1950-03-02
url: https://example.org/valdez-later
language: en
---
Colonel Tomás Valdez held the old fort at the crossing for two weeks against the rangers.

Valdez himself rode off to Chihuahua.

After he rode off to Chihuahua, Tomás Valdez became a merchant there and opened a dry-goods store on the plaza.
`;

let engine: AnswerEngine;

beforeAll(async () => {
  ({ engine } = await withArticles(BATTLE, LATER));
});

describe('what became of someone after an event the article tells last', () => {
  it('declines when the article tells only what came before he rode off', async () => {
    const a = await engine.ask('What became of Ramón Ortega after he rode off to Durango?', { userId: 'a' });
    expect(a.answered).toBe(false);
  });

  it('answers when the article goes on to tell what he did next', async () => {
    const a = await engine.ask('What became of Tomás Valdez after he rode off to Chihuahua?', {
      userId: 'b',
    });
    expect(a.answered).toBe(true);
    expect(a.text).toContain('dry-goods store');
  });
});

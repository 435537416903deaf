import { beforeAll, describe, expect, it } from 'vitest';
import type { AnswerEngine } from '../../src/answer/engine.ts';
import { withArticles } from './setup.ts';

const ARTICLE = `---
id: kdsn-2025-shelter-appointments
title: Asylum appointments cancelled at Tijuana shelters
outlet: Example 11 News
published: 2025-01-22
url: https://example.org/shelter-appointments
language: en
---
Pastor Gerardo Ceballos, who runs a shelter in Tijuana's Zona Norte, said about 40 families in his shelter had appointments that disappeared.
The shelter has 12 rooms and one kitchen.
`;

let engine: AnswerEngine;

beforeAll(async () => {
  ({ engine } = await withArticles(ARTICLE));
});

describe('a counted noun the coverage never uses', () => {
  it('is answered by a figure counting the coverage word nearest in meaning ("households": families)', async () => {
    const a = await engine.ask(
      'How many households at the Zona Norte refuge had their appointments vanish?',
      {
        userId: 'a',
      },
    );
    expect(a.answered).toBe(true);
    expect(a.text).toContain('about 40');
  });

  it('is not answered by a figure counting something unlike it ("vehicles" are no families or rooms)', async () => {
    const a = await engine.ask('How many vehicles at the Zona Norte shelter had their appointments vanish?', {
      userId: 'b',
    });
    expect(a.text).not.toContain('about 40');
    expect(a.text).not.toContain('12 rooms');
  });
});

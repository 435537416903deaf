import { beforeAll, describe, expect, it } from 'vitest';
import type { AnswerEngine } from '../../src/answer/engine.ts';
import { withArticles } from './setup.ts';

/** Two outlets report the same drone flights, each in its own words. */
const VIGIA = `---
id: vigia-2025-drone-flights
title: Drone flights over Sonora draw a protest
outlet: El Vigía Fronterizo (English Edition)
published: 2025-02-21
url: https://example.org/vigia-drones
language: en
---
Mexico's Foreign Ministry protested the drone flights over Sonora on Thursday, calling them an intrusion.
`;
const GAZETTE = `---
id: gazette-2025-drone-flights
title: Pentagon defends drone flights near the border
outlet: Example Gazette
published: 2025-02-22
url: https://example.org/gazette-drones
language: en
---
The Pentagon said the drone flights over Sonora were routine and stayed in international airspace.
`;

let engine: AnswerEngine;

beforeAll(async () => {
  ({ engine } = await withArticles(VIGIA, GAZETTE));
});

describe('an outlet named by a word of its name', () => {
  it('answers from that outlet when the question names it by a word no English word is', async () => {
    const a = await engine.ask('what did the vigia story say about the drone flights over sonora', {
      userId: 'a',
    });
    expect(a.answered).toBe(true);
    expect(a.citations.map((c) => c.outlet)).toEqual(['El Vigía Fronterizo (English Edition)']);
  });
});

import { beforeAll, describe, expect, it } from 'vitest';
import type { AnswerEngine } from '../../src/answer/engine.ts';
import { withArticles } from './setup.ts';

/** An event recalled years later, and the reason for it told elsewhere (sentences from a dev article). */
const ARTICLE = `---
id: eveningstar-1956-border-service-veterans-reunion
title: "400 Veterans of 1916 Border Duty Gather Here for Reunion"
outlet: The Franklin Evening Star (El Paso)
published: 1956-09-17
url: https://example.org/border-service-veterans-reunion
language: en
---
They came by bus and by Pullman car, a few of them by airplane and one, from Safford, Ariz., by pickup truck with his grandson at the wheel. Forty years after they were sent to guard the Mexican border, the men of the 1916 National Guard call-up filled the ballroom of the Hotel Cortez on Saturday night and sang the songs they had sung in their tents.

The Mexican Border Service Veterans Association said 412 members registered for the three-day reunion, which closed yesterday with a memorial service at Fort Bliss.

In June 1916, after Francisco Villa's raiders attacked Columbus, N.M., and while Gen. John J. Pershing's column was still in Chihuahua, President Wilson called the National Guard of nearly every state into federal service. By late summer some 110,000 Guardsmen were camped along the line from Brownsville to Nogales.
`;

let engine: AnswerEngine;

beforeAll(async () => {
  ({ engine } = await withArticles(ARTICLE));
});

describe('a why-question whose best evidence dates the event by a span of time', () => {
  it('reads "forty years after" as a date, and shows the sentence that gives the reason', async () => {
    const a = await engine.ask(
      'Why did the National Guard get sent to the border in 1916 in the first place?',
      {
        userId: 'a',
      },
    );
    expect(a.answered).toBe(true);
    expect(a.text).toContain('Villa');
  });
});

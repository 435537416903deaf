import { beforeAll, describe, expect, it } from 'vitest';
import type { AnswerEngine } from '../../src/answer/engine.ts';
import { withArticles } from './setup.ts';

/** A wire story where the punishment of a bandit leader is only called for, and a smuggler's trial is reported. */
const WIRE = `---
id: valleywire-1916-mine-ambush
title: Miners ambushed on the Cusi road
outlet: Example Valley Wire
published: 1916-01-14
url: https://example.org/mine-ambush
language: en
---
A band of raiders, said to be led by Capt. Ramón Ibarra, stopped a wagon carrying a party of miners on the Cusi road.

The miners were taken from the wagon and robbed beside the road.

The consul has called on the state government to punish the raiders, and officials there said the governor had promised to hunt down the band.

In the same week, the smuggler Tomás Reyna was tried and convicted in the district court at Parral.
`;

let engine: AnswerEngine;

beforeAll(async () => {
  ({ engine } = await withArticles(WIRE));
}, 240_000);

describe('a passive yes/no question whose act the evidence only calls for', () => {
  it('is declined when the act is only called for ("called on the government to punish the raiders")', async () => {
    const a = await engine.ask('Was Capt. Ibarra ever caught and punished?', { userId: 'a' });
    expect(a.answered).toBe(false);
  });

  it('is still answered when the act is reported done to the person', async () => {
    const a = await engine.ask('Was Tomás Reyna ever tried and convicted?', { userId: 'b' });
    expect(a.answered).toBe(true);
    expect(a.text).toContain('tried and convicted');
  });
});

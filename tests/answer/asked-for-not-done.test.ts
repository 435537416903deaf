import { beforeAll, describe, expect, it } from 'vitest';
import type { AnswerEngine } from '../../src/answer/engine.ts';
import { withArticles } from './setup.ts';

/** A digest where one governor is only urged to act and another refuses. */
const DIGEST = `---
id: plainsdigest-2005-lumber-emergencies
title: Governors weigh emergencies over lumber mill closures
outlet: Example Plains Digest
published: 2005-08-17
url: https://example.org/lumber-emergencies
language: en
---
In the neighboring state, the speaker of the Assembly, Victor Palomares, urged Gov. Amos Whitlock this week to declare a similar emergency over the mills.

The governor's office there had not answered by our deadline.

A third governor, Lena Okafor, refused to fund the mill workers' retraining program after the legislature passed it.
`;

/** A second paper, where a governor did declare one. */
const BULLETIN = `---
id: northbulletin-2005-colquitt-emergency
title: Colquitt declares lumber emergency
outlet: Example North Bulletin
published: 2005-08-13
url: https://example.org/colquitt-emergency
language: en
---
Gov. Harriet Colquitt declared a state of emergency on Friday over the closure of three lumber mills in the northern counties.

The order frees state money for the mill towns.
`;

let engine: AnswerEngine;

beforeAll(async () => {
  ({ engine } = await withArticles(DIGEST, BULLETIN));
}, 240_000);

describe('a yes/no question whose act the evidence only asks for', () => {
  it('is declined when the act is only urged on the person ("urged Gov. Whitlock to declare")', async () => {
    const a = await engine.ask('Did Whitlock declare an emergency over the lumber mills?', { userId: 'a' });
    expect(a.answered).toBe(false);
  });

  it('is still answered when the act is reported done', async () => {
    const a = await engine.ask('Did Colquitt declare an emergency over the lumber mills?', { userId: 'b' });
    expect(a.answered).toBe(true);
    expect(a.text).toContain('declared a state of emergency');
  });

  it('is still answered when the evidence refuses the act ("refused to fund"): that says it was not done', async () => {
    const a = await engine.ask('Did Okafor fund the retraining program for the mill workers?', {
      userId: 'c',
    });
    expect(a.answered).toBe(true);
    expect(a.text).toContain('refused to fund');
  });
});

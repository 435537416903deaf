import { beforeAll, describe, expect, it } from 'vitest';
import type { AnswerEngine } from '../../src/answer/engine.ts';
import { withArticles } from './setup.ts';

const WIRE = `---
id: desertwire-2015-verdict
title: Jury convicts two men in killing of Border Patrol agent
outlet: Example Wire
published: 2015-10-06
url: https://example.org/verdict
language: en
---
TUCSON, Ariz. — A federal jury on Monday convicted two Mexican men of murder in the December 2010 killing of Border Patrol agent Brian A. Terry, whose death in a canyon north of Nogales exposed a botched gun-tracing operation.

Two rifles found at the scene had been bought in Phoenix under an ATF operation that let guns walk into Mexico, and the Senate opened an inquiry.

Border Patrol agent William Castano, who was with Terry that night, testified on the second day. The agents shouted that they were police and fired beanbag rounds. Terry, 40, was hit once in the back and died at the scene.

The operation came to light in the weeks after Terry's death, when an ATF agent in Phoenix went to Senate investigators. The House later voted to hold the attorney general in contempt of Congress.
`;

let engine: AnswerEngine;

beforeAll(async () => {
  ({ engine } = await withArticles(WIRE));
});

describe('a name asked of someone the coverage leaves unnamed', () => {
  it('declines when the sentence speaks of "an ATF agent" and names only another agent', async () => {
    const a = await engine.ask(
      'What was the name of the ATF agent in Phoenix who went to Senate investigators?',
      { userId: 'a' },
    );
    expect(a.answered).toBe(false);
  });
});

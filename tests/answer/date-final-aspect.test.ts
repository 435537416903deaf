import { beforeAll, describe, expect, it } from 'vitest';
import type { AnswerEngine } from '../../src/answer/engine.ts';
import { articlesAlone } from './setup.ts';

/** A talk about the shelter, dated by the broadcast; nothing of its closing. */
const BROADCAST = `---
id: kbxe-2014-base-shelter-talk-test
title: Talk show on the shelter for migrant children at the base
outlet: Example Public Radio
published: 2014-06-20
url: https://example.org/base-shelter-talk
language: en
---
On Thursday, June 19, 2014, host Rosa Pineda spoke about the federal shelter for migrant children at Fort Sam with a reporter and a retired colonel who served two tours at the base.
`;

/** The shelter's closing, dated. */
const CLOSED = `---
id: kbxe-2014-base-shelter-closed-test
title: The shelter at the base is empty
outlet: Example Public Radio
published: 2014-08-12
url: https://example.org/base-shelter-closed
language: en
---
The federal shelter for migrant children at Fort Sam closed on Aug. 8, after the last children were sent to relatives.
`;

let broadcast: AnswerEngine;
let closed: AnswerEngine;

beforeAll(async () => {
  ({ engine: broadcast } = await articlesAlone({ 'broadcast.md': BROADCAST }));
  ({ engine: closed } = await articlesAlone({ 'closed.md': CLOSED }));
});

describe('"when did the shelter close?" asks the date of its end, its last word read as the verb', () => {
  it('does not answer with the day a radio show talked about the shelter', async () => {
    const a = await broadcast.ask('When did the shelter at Fort Sam close?', { userId: 'talk' });
    expect(a.answered).toBe(false);
  });

  it('answers with the day the coverage says it closed', async () => {
    const a = await closed.ask('When did the shelter at Fort Sam close?', { userId: 'closed' });
    expect(a.direct).toContain('8 August 2014');
  });
});

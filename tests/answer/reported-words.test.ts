/**
 * The answer for someone the coverage never quotes ("The coverage has no direct quote from X on this; it
 * reports:") shows a sentence that reports words of theirs, not one that only tells what they did: "What did
 * the secretary say about the levee?" is not answered by "the secretary toured the river levee". Written for
 * the test.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { AnswerEngine } from '../../src/answer/engine.ts';
import { articlesAlone } from './setup.ts';

const ARTICLE = `---
id: riverbend-2023-fort-quitman-visit
title: "Army secretary tours Fort Quitman post as bridge waits grow"
outlet: The Riverbend Courier
published: 2023-06-02
url: https://example.org/fort-quitman-visit
language: en
---
FORT HANCOCK, Texas — Army Secretary Dolores Whitfield came to the Fort Quitman post on Thursday and met with Col. Aaron Pryce, who commands the Guard troops there.

Whitfield toured the river levee by truck with county officials and ate lunch with soldiers at the post.

At the Tornillo bridge, Whitfield told reporters that the long waits for trucks would ease once the new inspection lanes opened in July.

The Mexican consulate in El Paso did not respond to a request for comment on the visit.

"We have been asking for those lanes for two years," said Ramona Castillo, who runs a produce brokerage in Tornillo.
`;

let engine: AnswerEngine;

beforeAll(async () => {
  ({ engine } = await articlesAlone({ 'riverbend-2023-fort-quitman-visit.md': ARTICLE }));
}, 300_000);

const ask = async (q: string) => {
  const a = await engine.ask(q, { userId: q });
  return a.answered ? a.text : '';
};

describe('what someone never quoted said', () => {
  it('does not answer what the secretary said about the levee with her tour of it', async () => {
    expect(await ask('What did Whitfield say about the levee?')).not.toContain('toured the river levee');
  });

  it('does not answer what the secretary said to the soldiers with her lunch at the post', async () => {
    expect(await ask('What did Whitfield say to the soldiers at lunch at the post?')).not.toContain(
      'ate lunch',
    );
  });

  it('still shows what the secretary told reporters about the bridge waits', async () => {
    const text = await ask('What did Whitfield say about the long waits at the Tornillo bridge?');
    expect(text).toContain('no direct quote from Dolores Whitfield');
    expect(text).toContain('would ease');
  });
});

/**
 * A quotation of several sentences is about whom any of them names: "What did Saldaña say about Ugalde?" is
 * answered by his words whose second sentence speaks of Ugalde, though his first does not.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { AnswerEngine } from '../../src/answer/engine.ts';
import { articlesAlone } from './setup.ts';

const TRANSCRIPT = `---
id: xtv-1982-fort-anniversary-transcript
title: "The fort under the surf — Coast Journal"
outlet: X TV Channel 9 — Coast Journal, broadcast transcript
published: 1982-06-26
language: en
---
TRANSCRIPT

DANA KOWALSKI (REPORTER): The fort was built of logs and sand, and the Gulf has been chewing on this beach for a century and a half.

KOWALSKI: There's a Mexican side to this story too, and I asked Arturo Saldaña about it. He teaches history at a high school in Freeport.

ARTURO SALDAÑA: My students are always surprised that there were Mexican soldiers buried on this beach. For Mexico, Ugalde was an officer doing his duty on Mexican soil. We should remember his men were far from home.

KOWALSKI: The commander was Colonel Ramón Ugalde, and he had about a hundred men in the fort.
`;

let engine: AnswerEngine;

beforeAll(async () => {
  ({ engine } = await articlesAlone({ 'xtv-1982-fort-anniversary-transcript.md': TRANSCRIPT }));
}, 120_000);

describe('a quotation of several sentences', () => {
  it('answers what its speaker said about someone its second sentence names', async () => {
    const a = await engine.ask('What did Saldaña say about Ugalde?', { userId: 'a' });
    expect(a.answered).toBe(true);
    expect(a.text).toContain('doing his duty');
  });
});

/**
 * A follow-up that asks about someone by their office ("what did the colonel tell him?") means the one
 * person of the conversation's article who holds it, and, with no topic of its own, asks for what they said
 * next: their reply to what the last answer showed.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { AnswerEngine } from '../../src/answer/engine.ts';
import { withArticles } from './setup.ts';

/** A call-in show: a colonel answers the host, then a rancher's question. */
const CALL_IN = `---
id: krgb-1989-task-force-call-in
title: Listeners question new Fort Bliss drug task force
outlet: Example Public Radio
published: 1989-11-16
url: https://example.org/task-force-call-in
language: en
---
MARISOL PARDO (HOST): Good afternoon. With me in the studio is Colonel Dennis Marchetti, the task force's chief of staff. Colonel, how big is it?

COL. DENNIS MARCHETTI: The headquarters is small. We start with about 70 people, soldiers and some civilians, in two buildings on the main post.

PARDO: One more call. Dale in Deming, go ahead.

CALLER (DALE, DEMING): Hi. I ranch south of Columbus. My worry is simple. Who pays when a bulldozer takes out my fence?

MARCHETTI: (laughs) You'll get a phone number, sir, and a lieutenant who has to answer it. Every engineer project goes through the landowner first.

PARDO: Colonel Dennis Marchetti, thank you. This has been The Borderline.
`;

let engine: AnswerEngine;
let user = 0;
const fresh = () => ({ userId: `followup-titled-${++user}` });

beforeAll(async () => {
  ({ engine } = await withArticles(CALL_IN));
});

describe('a follow-up asking about someone by their office', () => {
  it('takes "the colonel" for the colonel of the last answer’s article and shows his reply', async () => {
    const user = fresh();
    const first = await engine.ask('what was the rancher from deming worried about on that call in', user);
    expect(first.text).toContain('bulldozer');
    const reply = await engine.ask('what did the colonel tell him', user);
    expect(reply.answered).toBe(true);
    expect(reply.text).toContain('Marchetti');
    expect(reply.evidence[0]?.text).toContain('phone number');
  });
});

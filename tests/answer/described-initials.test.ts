import { beforeAll, describe, expect, it } from 'vitest';
import type { AnswerEngine } from '../../src/answer/engine.ts';
import { withArticles } from './setup.ts';

/** A union officer and a professor, each described in words, neither by initials. */
const ARTICLE = `---
id: eptimes-2020-court-ruling-reactions
title: Border agents' union and scholars weigh a court ruling
outlet: Example Border Times
published: 2020-02-26
url: https://example.org/court-ruling-reactions
language: en
---
The Supreme Court ruled on Tuesday that the family could not sue the agent.
Walt Hennessy, vice president of the union local that represents Border Patrol agents in Laredo, welcomed the decision.
"Agents make split-second calls," Hennessy said.
Prof. Mara Quintero, who teaches federal courts at a law school in Austin, said the reasoning mattered more.
"What matters is how much rests on the border itself," Quintero said.
`;

let engine: AnswerEngine;

beforeAll(async () => {
  ({ engine } = await withArticles(ARTICLE));
});

describe('a person asked about by the initials of what the article calls them', () => {
  it('finds "the union VP" in the vice president of the union local', async () => {
    const a = await engine.ask('What did the union VP say about the ruling?', { userId: 'a' });
    expect(a.answered).toBe(true);
    expect(a.text).toContain('split-second');
    expect(a.text).not.toContain('rests on the border');
  });

  it('sets the union VP beside the law professor in a comparison', async () => {
    const a = await engine.ask('Did the union VP and the Austin law professor see the ruling the same way?', {
      userId: 'b',
    });
    expect(a.text).toContain('split-second');
    expect(a.text).toContain('rests on the border');
  });
});

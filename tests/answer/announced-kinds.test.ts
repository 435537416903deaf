import { beforeAll, describe, expect, it } from 'vitest';
import { announcedCount } from '../../src/answer/announcing.ts';
import type { Runtime } from '../../src/answer/create.ts';
import type { AnswerEngine } from '../../src/answer/engine.ts';
import { withArticles } from './setup.ts';

/** An explainer that counts the kinds of boats before naming them, and a count that is itself the answer. */
const EXPLAINER = `---
id: gulfwatch-2025-navy-boats-explainer
title: What boats is the Navy sending to the Gulf coast?
outlet: Example Gulf Watch
published: 2025-03-03
url: https://example.org/navy-boats-explainer
language: en
---
Two types of patrol boats have been seen off Port Isabel this month. A Coast Guard cutter named the Resolute anchored near the jetties on March 1. A Navy riverine craft ran up the Brownsville ship channel the next day. Fishermen said the wake swamped their skiffs.

Three sailors were hurt when a line snapped at the dock. The harbor master said the dock would reopen in April.
`;

let engine: AnswerEngine;
let runtime: Runtime;

beforeAll(async () => {
  ({ engine, runtime } = await withArticles(EXPLAINER));
});

describe('announcedCount', () => {
  it('shows the kinds a sentence counts ("Two types of patrol boats…") with it', async () => {
    const a = await engine.ask('what sorts of patrol boats were seen off port isabel', { userId: 'a' });
    expect(a.text).toContain('Resolute');
    expect(a.text).toContain('riverine craft');
    expect(a.text).not.toContain('swamped their skiffs');
  });

  it('counts nothing where the count is of things, not kinds ("Three sailors were hurt…")', () => {
    const count = (text: string) => announcedCount(runtime.questionNlp.analyse(text));
    expect(count('Three kinds of aircraft have drawn most of the attention.')).toBe(3);
    expect(count('Three sailors were hurt when a line snapped at the dock.')).toBe(0);
    expect(count('The two kinds of boats were seen.')).toBe(0);
  });

  it('counts the tellings of one event a sentence ends on ("there are two accounts"), not things there are', () => {
    const count = (text: string) => announcedCount(runtime.questionNlp.analyse(text));
    expect(count('Of Gen. Olvera himself there are two accounts.')).toBe(2);
    expect(count('Of the fight at the ford there were three versions.')).toBe(3);
    expect(count('At the dock there are two cutters.')).toBe(0);
  });
});

/**
 * A comparison of two bodies on what they said: a body the coverage knows by name, heard in its statement
 * about deciding "to settle" when the question asks about "the settlement", and a body no entity holds,
 * heard through the spokeswoman who speaks for it; "talk", which the tagger reads as a noun after a name,
 * taken as the verb the question asks of both.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { coordinatedSides } from '../../src/answer/compare-coordinated.ts';
import type { AnswerEngine } from '../../src/answer/engine.ts';
import { KnowledgeIndex } from '../../src/answer/knowledge-index.ts';
import { namesSpeaker, quotedWordsDraft, speakingForDraft } from '../../src/answer/side-quotes.ts';
import type { Understanding } from '../../src/answer/understanding.ts';
import type { KnowledgeBase } from '../../src/knowledge/schema.ts';
import { shippedRuntime, withArticles } from './setup.ts';

/** A wire story on a claim settled by the government, with a body's statement and a spokeswoman's words. */
const STORY = `---
id: llanowire-2009-quitman-herder-claim-settled
title: Government settles claim over herder shot near Quitman Gap
outlet: Example Llano Wire
published: 2009-03-04
url: https://example.org/quitman-claim
language: en
---
The federal government will pay $800,000 to the family of a sheep herder shot by a soldier near Quitman Gap in 2007, lawyers said Wednesday.

A Justice Department spokeswoman said the agreement closed the family's claim. "This agreement ends the lawsuit. It admits no wrongdoing by anyone," the spokeswoman said.

The Defense Department said in a statement that it "mourns the loss of a hard-working young man" and that the decision to settle had been made "to spare his family a long trial."
`;

let kb: KnowledgeBase;
let engine: AnswerEngine;

beforeAll(async () => {
  ({ kb, engine } = await withArticles(STORY));
});

describe('a yes-no comparison of two bodies whose verb the tagger reads as a noun', () => {
  it('splits "did the Pentagon and the Justice Department talk about…" before "talk"', async () => {
    const runtime = await shippedRuntime();
    const text = 'Did the Pentagon and the Justice Department talk about the settlement the same way?';
    const sides = coordinatedSides({ text, analysis: runtime.questionNlp.analyse(text) } as Understanding);
    expect(sides?.phrases).toEqual(['the Pentagon', 'the Justice Department']);
  });

  it("shows each body's own words on the settlement", async () => {
    const answer = await engine.ask(
      'Did the Pentagon and the Justice Department talk about the Quitman Gap settlement the same way?',
      { userId: 'comparison-spokesman' },
    );
    expect(answer.text).toContain('mourns the loss');
    expect(answer.text).toContain('admits no wrongdoing');
  });
});

describe('speakingForDraft', () => {
  it('hears a body no entity holds through the spokeswoman who speaks for it', () => {
    const draft = speakingForDraft(new KnowledgeIndex(kb), 'the Justice Department', ['agreement']);
    expect(draft?.evidence[0]?.text).toContain('admits no wrongdoing');
  });

  it('hears no one when none of their words is asked about', () => {
    expect(speakingForDraft(new KnowledgeIndex(kb), 'the Justice Department', ['tariff'])).toBeNull();
  });

  it('takes a speaker only when the name holds every word of the side', () => {
    expect(namesSpeaker('the Justice Department', 'a Justice Department spokeswoman')).toBe(true);
    expect(namesSpeaker('the Justice Department', 'a Defense Department spokeswoman')).toBe(false);
  });
});

describe('quotedWordsDraft', () => {
  it('finds a statement on "the settlement" by the sentence that says the decision "to settle"', () => {
    const index = new KnowledgeIndex(kb);
    const draft = quotedWordsDraft(index, 'pentagon', ['settlement']);
    expect(draft?.evidence.map((e) => e.text).join(' ')).toContain('mourns the loss');
  });
});

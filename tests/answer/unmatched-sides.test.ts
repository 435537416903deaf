/** A comparison whose sides are not both found on their own: the passages holding the kind compared, said plainly. */
import { beforeAll, describe, expect, it } from 'vitest';
import type { AnswerEngine } from '../../src/answer/engine.ts';
import { comparedKind, setsSideBySide } from '../../src/answer/compared-kind.ts';
import { spanishLead } from '../../src/answer/spanish-reply.ts';
import { articlesAlone } from './setup.ts';

const ARTICLE = `---
id: riverpost-1843-salado-crossing
title: Volunteers taken at the Salado crossing
outlet: Example River Post
published: 1843-02-10
url: https://example.org/salado-crossing
language: en
---
Volunteers taken at the Salado crossing
A company of volunteers crossed the river at the Salado ford on Tuesday night and fought the garrison of the town in its streets until dark.
The volunteers surrendered the next morning, and 180 of them began a march south as prisoners.
The losses are also disputed. The garrison's report gave 30 killed and 45 wounded. One volunteer who kept a diary listed 9 of his comrades killed and claimed the garrison had lost 500 dead, a figure the town's historians do not accept.
The town has marked the anniversary every February since 1900 with a parade and a mass.
`;

let engine: AnswerEngine;
let user = 0;
const fresh = () => ({ userId: `unmatched-sides-${++user}` });

beforeAll(async () => {
  ({ engine } = await articlesAlone({ 'salado.md': ARTICLE }));
}, 120_000);

describe('a comparison of two accounts the question names in words the coverage has no entry for', () => {
  it('shows both accounts’ figures from the passage that sets them side by side, with no headline', async () => {
    const answer = await engine.ask(
      "What did the garrison's report and the volunteer's diary each say about the garrison's losses at the Salado?",
      fresh(),
    );
    expect(answer.answered).toBe(true);
    expect(answer.text).toContain('30 killed');
    expect(answer.text).toContain('500 dead');
    expect(answer.direct).toBeNull();
  });

  it('says plainly that it could not tell which figure is whose', async () => {
    const answer = await engine.ask(
      "What did the garrison's report and the volunteer's diary each say about the garrison's losses at the Salado?",
      fresh(),
    );
    expect(answer.text).toContain("I couldn't tell each side's figure apart");
  });
});

describe('passages the question did not ask about', () => {
  it('are not shown for a count of a thing they do not count ("how many cannon", figures of men)', async () => {
    const answer = await engine.ask(
      'How many cannon did the garrison and the volunteers each have at the Salado?',
      fresh(),
    );
    expect(answer.text).not.toContain("I couldn't tell each side's figure apart");
    expect(answer.text).not.toContain('500 dead');
  });

  it('are not shown as two people’s words when the question’s people are not found', async () => {
    const answer = await engine.ask(
      'Did the garrison commander and the volunteer captain agree on the crossing at the Salado?',
      fresh(),
    );
    expect(answer.text).not.toContain("I couldn't tell which words are each side's");
  });
});

describe('comparedKind', () => {
  it('reads an order of events as a comparison of dates', () => {
    expect(comparedKind('Which came first, the extradition treaty or the doctor’s abduction?')).toBe('date');
  });
  it('reads counts, estimates and losses as a comparison of figures', () => {
    expect(comparedKind("How did Langham's count of the dead compare with Dr. Hartwell's?")).toBe('figure');
    expect(comparedKind('Compare American and Mexican losses at Monterrey.')).toBe('figure');
  });
  it('reads how long or how far as a span, which a report may give in time ("about three hours")', () => {
    expect(comparedKind('How did the two men differ on how far the town is from the border?')).toBe('span');
    expect(comparedKind('Which lasted longer, the shooting at the camp or the fight on the river?')).toBe(
      'span',
    );
  });
  it('reads whether two people saw a thing alike as a comparison of their words', () => {
    expect(comparedKind('Did the union VP and the law professor see the ruling the same way?')).toBe(
      'stance',
    );
  });
  it('reads no kind in a question naming none ("how did the outcomes differ")', () => {
    expect(comparedKind('How did the outcomes differ for the two brothers at the trial?')).toBeNull();
  });
});

describe('setsSideBySide', () => {
  it('is true of two asked whether they agree, or set against each other', () => {
    expect(setsSideBySide('Did the caller and Dr. Eckhardt agree on how many men Grant had?')).toBe(true);
    expect(setsSideBySide('What did the report and the diary each say?')).toBe(true);
  });
  it('is false of one party agreeing to do something', () => {
    expect(setsSideBySide('How much did the United States agree to pay Mexico under the treaty?')).toBe(
      false,
    );
  });
});

describe('the lead of sides not told apart, in Spanish', () => {
  it('is said in Spanish to a Spanish question', () => {
    expect(
      spanishLead("I couldn't tell each side's figure apart; these are the figures the coverage gives:"),
    ).toBe('No pude distinguir la cifra de cada lado; estas son las cifras que da la cobertura:');
  });
});

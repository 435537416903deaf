/**
 * Who wrote it, when the article names two people after one plural title ("Justices Clarence Thomas and Ketanji
 * Brown Jackson", "Sens. John Cornyn and Maria Cruz"): the bot gives "Justice Jackson"'s words to her, and still
 * declines a justice or senator the coverage does not have.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { AnswerEngine } from '../../src/answer/engine.ts';
import { withArticles } from './setup.ts';

const COURT = `---
id: benchnotes-2025-gun-makers-ruling-test
title: Court throws out Mexico's suit against gun makers
outlet: Example Bench Notes
published: 2025-06-06
url: https://example.org/gun-makers-ruling
language: en
---
The Supreme Court threw out Mexico's suit against American gun makers on Thursday. Justice Elena Kagan wrote for the Court. Justices Clarence Thomas and Ketanji Brown Jackson each filed a concurring opinion.

Justice Jackson agreed that the suit fell short, and wrote that "Mexico merely faults the industry writ large for engaging in practices that legislatures have declined to prohibit."
`;

const SENATE = `---
id: capitolwire-2025-senators-troops-letter-test
title: Two senators ask for more troops at the border
outlet: Example Capitol Wire
published: 2025-03-12
url: https://example.org/senators-troops
language: en
---
Sens. John Cornyn and Maria Cruz wrote to the Pentagon on Monday asking for more troops at the border.

Cruz said the request was overdue. "The agents cannot hold the line alone," she said.
`;

let engine: AnswerEngine;

beforeAll(async () => {
  ({ engine } = await withArticles(COURT, SENATE));
});

describe('a name after a plural title', () => {
  it.each([
    ['What did Justice Jackson write about the suit?', 'faults the industry'],
    ['What did Senator Cruz say about the agents?', 'cannot hold the line'],
  ])('answers "%s" with her words', async (question, words) => {
    const answer = await engine.ask(question, { userId: `u-${question}` });
    expect(answer.answered).toBe(true);
    expect(answer.text).toContain(words);
  });
});

describe('justices and senators the coverage does not have', () => {
  it.each([
    'What did Justice Alito write about the suit?',
    'What did Justice Thomas write about the suit?',
    'What did Senator Padilla say about the agents?',
    'What did Justice Ortiz write about the gun makers?',
  ])('declines "%s"', async (question) => {
    const answer = await engine.ask(question, { userId: `u-${question}` });
    expect(answer.answered).toBe(false);
  });
});

/** An article of one paragraph, `body`, with the front matter the probes of a place before a noun share. */
function placeArticle(slug: string, body: string): string {
  return `---
id: examplewire-2025-${slug}-test
title: Probe
outlet: Example Wire
published: 2025-03-12
url: https://example.org/${slug}
language: en
---
${body}
`;
}

describe('a place joined after a plural title before a noun ("and Fort Bliss soldiers")', () => {
  let places: AnswerEngine;

  beforeAll(async () => {
    ({ engine: places } = await withArticles(
      placeArticle(
        'fort-bliss',
        'Generals Laura Richardson and Fort Bliss soldiers inspected the wire on Monday. "The wire is ready," the general said.',
      ),
      placeArticle(
        'eagle-pass',
        'Reps. Tony Gonzales and Eagle Pass officials toured the river on Monday. "We need more wire," the representative said.',
      ),
      placeArticle(
        'ciudad-juarez',
        'Officers Juan Perez and Ciudad Juarez police found the tunnel on Friday. "It was long," the officer said.',
      ),
    ));
  });

  it.each([
    ['What did Fort Bliss say?', 'Fort Bliss'],
    ['What did Eagle Pass say?', 'Eagle Pass'],
    ['What did Ciudad Juarez say?', 'Ciudad Juarez'],
  ])('gives "%s" no words of its own', async (question, place) => {
    const answer = await places.ask(question, { userId: `u-${question}` });
    expect(answer.text).not.toContain(`**${place}**`);
  });
});

import { beforeAll, describe, expect, it } from 'vitest';
import type { AnswerEngine } from '../../src/answer/engine.ts';
import { withArticles } from './setup.ts';

/**
 * A commander the article says what he is of, and whose own sentences speak of "teenage" soldiers; a teenage boy
 * nobody names; a woman the article introduces only by what she does.
 */
const ARTICLE = `---
id: marfa-2024-garrison-goatherd
title: Garrison changes patrols after a goatherd is stopped near the river
outlet: Example Big Bend Courier
published: 2024-06-02
url: https://example.org/marfa-goatherd
language: en
---
Col. Harlan Voss, the commander of the Marfa garrison, said the patrols along the river would change next week.
Voss said his teenage recruits had never worked the river before and were learning the trails.
A teenage boy herding goats near the river was stopped by a patrol on Saturday while carrying a .22 rifle to keep coyotes away from his flock.
A woman who sells tamales near the bridge, who gave her name only as Rosario, said she had watched the trucks pass all morning.
"They never stop to buy anything," Rosario said.
`;

let engine: AnswerEngine;

beforeAll(async () => {
  ({ engine } = await withArticles(ARTICLE));
});

describe('a person described by a word of the sentences about someone else', () => {
  it('does not read "the teenage boy" as the colonel whose sentence mentions teenage recruits', () => {
    const read = engine.read('Why did the teenage boy have a rifle out by the river?');
    expect(read.entities.map((id) => engine.knowledge.entities.find((e) => e.id === id)?.name)).not.toContain(
      'Harlan Voss',
    );
  });

  it('still finds the tamales woman the article introduces only by what she does', () => {
    const read = engine.read('what did the tamales woman by the bridge say');
    expect(read.entities.map((id) => engine.knowledge.entities.find((e) => e.id === id)?.name)).toContain(
      'Rosario',
    );
  });
});

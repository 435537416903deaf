/**
 * A surname before a noun for a family ("the Pardo family's door") names the family, not the one of its
 * people the coverage speaks of most: the question is answered from what happened at the family's door even
 * when the sister who is the article's subject is never in that sentence.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { AnswerEngine } from '../../src/answer/engine.ts';
import { withArticles } from './setup.ts';

const OBITUARY = `---
id: valleyherald-1948-lucia-pardo-obituary
title: Lucía Pardo Villegas dies at 72
outlet: Example Valley Herald
published: 1948-08-23
url: https://example.org/lucia-pardo
language: en
---
Lucía Pardo Villegas, who fired from the balcony of her family's house in 1910, died on Sunday. She was 72.

Señorita Pardo was born in the city in 1876. She kept the family's shop with her mother for twenty years.

Señorita Pardo was taken to the women's prison after the siege and held there for a year.

"The house was full that morning," said Rodrigo Tamez, a carpenter who lived across the street. "Don Felipe Arroyo, the chief of police, came to the door a little after seven to search the house for arms. We all knew the Pardos had arms. Don Ignacio opened the door, the chief went in with his pistol out, and there was a shot, and the chief fell."

Ignacio Pardo and his brother Esteban Pardo were killed before the night was out.

Señorita Pardo wrote to the council in 1940. She asked that the marks of the bullets be left on the walls.
`;

let engine: AnswerEngine;

beforeAll(async () => {
  ({ engine } = await withArticles(OBITUARY));
});

describe('a surname before a noun for a family', () => {
  it("answers who was shot at the Pardo family's door from the sentence that does not name the sister", async () => {
    const a = await engine.ask("Who was the police chief shot at the Pardo family's front door?", {
      userId: 'a',
    });
    expect(a.answered).toBe(true);
    expect(a.text).toContain('Felipe Arroyo');
  });
});

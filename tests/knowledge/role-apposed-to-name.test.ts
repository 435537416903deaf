/**
 * A role set off after a person's name describes that person: "Benito Juárez, the president who fought the
 * French" is no mention of the president the coverage knows today.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { PipelineTools } from '../../src/knowledge/build.ts';
import { annotateText, realTools } from './fixtures.ts';

let tools: PipelineTools;

beforeAll(async () => {
  tools = await realTools();
});

/** The entities the sentences of `body` mention through a role word. */
function roleMentions(body: string): string[] {
  const article = annotateText(tools, body, { published: '2024-05-14' });
  return article.sentences.flatMap((s) => s.mentions.filter((m) => m.via === 'role').map((m) => m.entityId));
}

describe('a role after a person’s name and a comma', () => {
  it('is no mention of the president the coverage knows', () => {
    expect(
      roleMentions('Benito Juárez, the president who fought the French, is buried in Mexico City.'),
    ).toEqual([]);
  });

  it('leaves the president named where no person stands before the comma', () => {
    expect(roleMentions('In the capital, the president spoke to the troops.')).not.toEqual([]);
  });

  it('leaves the president named as the owner of another’s office', () => {
    expect(roleMentions('Benito Juárez, the president’s chief of staff, spoke to the troops.')).not.toEqual(
      [],
    );
  });
});

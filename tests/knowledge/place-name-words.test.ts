/**
 * A word of a person's name inside a longer name the article writes as a place ("San Antonio" beside
 * Francisco Antonio Ruiz, "Fort Davis" beside Jefferson Davis) is no mention of that person.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { PipelineTools } from '../../src/knowledge/build.ts';
import { annotateText, realTools } from './fixtures.ts';

let tools: PipelineTools;

beforeAll(async () => {
  tools = await realTools();
});

/** The texts of the mentions of the person named `name` in each sentence of `body` holding `words`. */
function mentionsOf(body: string, name: string, words: string): string[] {
  const article = annotateText(tools, body, { published: '2026-03-07' });
  const id = article.people.find((p) => p.name === name)?.id;
  return article.sentences
    .filter((s) => s.text.includes(words))
    .flatMap((s) => s.mentions.filter((m) => m.entityId === id).map((m) => m.text));
}

const ALAMO = [
  'Francisco Antonio Ruiz, the mayor of Béxar, was ordered to burn the bodies of the defenders.',
  '"In San Antonio there is a shrine," Ibarra said. "Here there is not even a plaque."',
  'A visitor from San Antonio, Dolores Cárdenas, a tour guide at the Alamo, crossed the border for the forum.',
  'The city of San Antonio paid for the new plaque.',
].join('\n\n');

describe('insidePlaceName', () => {
  it('does not read "Antonio" in "San Antonio" as Francisco Antonio Ruiz', () => {
    expect(mentionsOf(ALAMO, 'Francisco Antonio Ruiz', 'shrine')).toEqual([]);
    expect(mentionsOf(ALAMO, 'Francisco Antonio Ruiz', 'visitor')).toEqual([]);
    expect(mentionsOf(ALAMO, 'Francisco Antonio Ruiz', 'new plaque')).toEqual([]);
  });

  it('still reads his own full name as a mention of him', () => {
    expect(mentionsOf(ALAMO, 'Francisco Antonio Ruiz', 'burn the bodies')).toEqual([
      'Francisco Antonio Ruiz',
    ]);
  });

  it('does not read "Davis" in "Fort Davis" as Jefferson Davis, where the article writes "at Fort Davis"', () => {
    const body = [
      'Jefferson Davis, the secretary of war, sent camels to the frontier in 1856.',
      'The regiment at Fort Davis was sent north in 1891.',
      'Fort Davis was abandoned that summer.',
    ].join('\n\n');
    expect(mentionsOf(body, 'Jefferson Davis', 'sent north')).toEqual([]);
    expect(mentionsOf(body, 'Jefferson Davis', 'abandoned')).toEqual([]);
  });

  it('still reads "Secretary Davis" and "Davis" alone as Jefferson Davis', () => {
    const body = [
      'Jefferson Davis, the secretary of war, sent camels to the frontier in 1856.',
      'The regiment at Fort Davis was sent north in 1891.',
      'Davis wrote that the camels did well, and Secretary Davis asked for more.',
    ].join('\n\n');
    expect(mentionsOf(body, 'Jefferson Davis', 'camels did well')).toEqual(['Davis', 'Secretary Davis']);
  });
});

describe('insidePlaceName, names in capitals', () => {
  it('keeps a transcript label in capitals as the person, though the article writes "from Karen Whitfield"', () => {
    const body = [
      'KAREN WHITFIELD, ANCHOR: Good evening. We begin with a report from Karen Whitfield on the border.',
      'KAREN WHITFIELD: The troops arrived on Tuesday. Whitfield said so.',
    ].join('\n\n');
    expect(mentionsOf(body, 'Karen Whitfield', 'troops arrived')).not.toEqual([]);
  });
});

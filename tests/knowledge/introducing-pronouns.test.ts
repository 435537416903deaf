/** A pronoun that introduces a quotation given to someone the reading did not know is a mention of them. */
import { beforeAll, describe, expect, it } from 'vitest';
import type { PipelineTools } from '../../src/knowledge/build.ts';
import { discoveredId } from '../../src/knowledge/discovered-person.ts';
import type { AnnotatedArticle } from '../../src/knowledge/working.ts';
import { annotateText, realTools } from './fixtures.ts';

let tools: PipelineTools;

beforeAll(async () => {
  tools = await realTools();
});

const turn = (last: string) =>
  [
    'ANA OKAFOR (anchor): Federal officials say the Coast Guard stopped the boat on Monday off La Paz.',
    'OKAFOR: Back to Lisa Hartung at Point Loma with one more piece of this story. Lisa?',
    'HARTUNG: Ana, the arrest was made at sea. Officials said the boat was stopped at dawn.',
    `HARTUNG: And one last detail. We talked with a woman whose family has run a bakery in the town for three generations, Rosa Villegas. She runs the shop near the plaza. "Here we are a quiet town," she said. ${last}`,
  ].join('\n\n');

const mentionsOf = (article: AnnotatedArticle, words: string): string[] =>
  article.sentences.find((s) => s.text.includes(words))?.mentions.map((m) => m.entityId) ?? [];

describe('introducingPronounsGoOn', () => {
  it('gives the "she" of "she said" and of the sentences since she was named to the quoted speaker', () => {
    const article = annotateText(tools, turn('She said orders have not fallen, "not yet, at least."'), {
      published: '2006-09-01',
    });
    const id = discoveredId('Rosa Villegas');
    expect(mentionsOf(article, 'She runs the shop')).toContain(id);
    expect(mentionsOf(article, 'she said')).toContain(id);
    expect(mentionsOf(article, 'orders have not fallen')).toContain(id);
  });

  it('leaves the pronoun before the quoted speaker is named to whom the reading gave it', () => {
    const body = turn('She said orders have not fallen.').replace(
      'HARTUNG: And one last detail.',
      'HARTUNG: Ana, she told me the town is calm.',
    );
    const article = annotateText(tools, body, { published: '2006-09-01' });
    expect(mentionsOf(article, 'she told me')).not.toContain(discoveredId('Rosa Villegas'));
    expect(mentionsOf(article, 'She runs the shop')).toContain(discoveredId('Rosa Villegas'));
  });
});

/**
 * An unnamed speaker the article describes ("A produce broker in Pharr … said") goes on speaking under a
 * pronoun in the next paragraph, when no one else has been named since.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { PipelineTools } from '../../src/knowledge/build.ts';
import { describedHead } from '../../src/knowledge/described-goes-on.ts';
import { annotateText, realTools } from './fixtures.ts';

let tools: PipelineTools;

beforeAll(async () => {
  tools = await realTools();
});

function speakerOf(body: string, words: string): string | undefined {
  const article = annotateText(tools, body, { published: '2022-04-13' });
  return article.quotes.find((q) => q.text.includes(words))?.speakerName;
}

describe('describedHead', () => {
  it('returns the noun a description turns on, before what qualifies it', () => {
    expect(describedHead('a produce broker in Pharr')).toBe('broker');
    expect(describedHead('the cook at the diner across from the bridge')).toBe('cook');
    expect(describedHead("the governor's office")).toBe('office');
  });

  it('returns null for a name', () => {
    expect(describedHead('Samuel García')).toBeNull();
  });
});

describe('describedSpeakerGoesOn', () => {
  const broker = [
    'Samuel García, the governor of Nuevo León, told reporters the line had cost his state dearly.',
    'A produce broker in Pharr who has worked the bridge for 18 years stood outside his warehouse. "I threw away a truck of strawberries on Monday," he said.',
    'He asked us not to use his name because he still has to clear loads every day. "Nobody is against inspections," he said.',
  ];

  it('gives the pronoun of the next paragraph to the described speaker, not the last person named', () => {
    expect(speakerOf(broker.join('\n\n'), 'Nobody is against')).toBe('a produce broker in Pharr');
  });

  it('leaves the words to a person named again since the described speaker spoke', () => {
    const body = [
      ...broker.slice(0, 2),
      'García shook his head at that. "Nobody is against inspections," he said.',
    ].join('\n\n');
    expect(speakerOf(body, 'Nobody is against')).toBe('Samuel García');
  });
});

describe('the pronoun a described speaker goes on under', () => {
  it('is no mention of the person named before the described speaker', () => {
    const article = annotateText(
      tools,
      [
        'WASHINGTON, March 31.—Secretary of War Newton D. Baker said the pursuit would go on.',
        'EL PASO, March 31.—The local consul said the Villistas numbered "not two hundred," and that the defenders deserved a share of the credit.',
        '"The soldiers of Mexico were the first to shed their blood," he said. "The Americans found a band that was already tired."',
      ].join('\n\n'),
      { published: '1916-04-01' },
    );
    const said = article.sentences.find((s) => s.text.includes('The soldiers of Mexico'));
    expect(article.quotes.find((q) => q.text.includes('already tired'))?.speakerName).toMatch(/consul/);
    expect(said?.mentions.filter((m) => m.via === 'pronoun')).toEqual([]);
  });
});

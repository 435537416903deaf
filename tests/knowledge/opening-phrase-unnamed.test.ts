/**
 * An unnamed speaker described with a "who" clause after a phrase opening the sentence ("At a checkpoint
 * last week, a soldier who declined to give his name said…") is the sentence's subject, and "he said" next
 * is theirs.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { PipelineTools } from '../../src/knowledge/build.ts';
import { realTools, speakerOfWords } from './fixtures.ts';

let tools: PipelineTools;

beforeAll(async () => {
  tools = await realTools();
});

describe('unnamed speaker after an opening phrase', () => {
  it('gives "he said" to a soldier who declined to give his name, after a phrase opening the sentence', () => {
    const body = [
      'Debra Oyler of Safford, Ariz., whose son is at a post near Naco, said he calls every Sunday night. "Boring comes home," Mrs. Oyler said.',
      'At a checkpoint on Avenida de las Américas last week, a soldier who declined to give his name said his unit had been promised 45 days in the city. "Ya llevamos ochenta," he said. ("We\'re at eighty already.")',
    ].join('\n\n');
    expect(speakerOfWords(tools, body, 'Ya llevamos ochenta')).toMatch(/^a soldier/i);
    expect(speakerOfWords(tools, body, 'at eighty already')).toMatch(/^a soldier/i);
  });

  it('still reads "a rancher who…" after a name as describing that name', () => {
    const body =
      'Lyle Ketchum, a rancher who has run cattle near Presidio for forty years, said the soldiers were polite. "They wave," he said.';
    expect(speakerOfWords(tools, body, 'They wave')).toBe('Lyle Ketchum');
  });
});

/**
 * "he said" after a sentence whose subject is no person, and which names a person only later, goes on with
 * the one the paragraph opened by saying something: "Beltrán said the battle mattered … The volunteers moved
 * up and laid siege to Béxar, and Cos surrendered the town in December. '…,' he said" is Beltrán's.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { PipelineTools } from '../../src/knowledge/build.ts';
import { realTools, speakerOfWords } from './fixtures.ts';

let tools: PipelineTools;

beforeAll(async () => {
  tools = await realTools();
});

const OPENING = [
  'The volunteers marched toward Béxar, where Gen. Martin Cos held the town with the Mexican army.',
  '"Mexican reports put their dead at around 14 or 16," said Dr. Lorenzo Beltrán, who teaches history at a university in the city.',
];

describe("the paragraph's speaker goes on past a sentence about others", () => {
  it('gives "he said" to Beltrán, who said what the paragraph reports, not to Cos named later in a clause', () => {
    const body = [
      ...OPENING,
      'Beltrán said the battle mattered less for its size than for what came after. The volunteers moved up and laid siege to Béxar, and Cos surrendered the town in December. "Concepción convinced a lot of farmers that they could do it," he said.',
    ].join('\n\n');
    expect(speakerOfWords(tools, body, 'Concepción convinced')).toBe('Lorenzo Beltrán');
  });

  it('gives "he said" to the subject of the sentence before when a person opens it', () => {
    const body = [
      ...OPENING,
      'Beltrán said the battle mattered less for its size than for what came after. Cos surrendered the town in December and marched his men south. "We had no bread left," he said.',
    ].join('\n\n');
    expect(speakerOfWords(tools, body, 'no bread left')).toBe('Martin Cos');
  });
});

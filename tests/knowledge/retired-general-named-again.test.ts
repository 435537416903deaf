/**
 * "Retired Gen. Rodolfo Amaya Lira …": a general whose title opens with another word is still "the general"
 * the article later calls him, not an earlier general the article named.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { PipelineTools } from '../../src/knowledge/build.ts';
import { realTools, speakerOfWords } from './fixtures.ts';

let tools: PipelineTools;
beforeAll(async () => {
  tools = await realTools();
});

describe('"the general" after a general titled "Retired Gen."', () => {
  it('is the retired general named last, not a general named before him', () => {
    const body = [
      'The fort was held in 1862 by Gen. Tomás Arredondo Vela, who was taken prisoner when it fell.',
      'Retired Gen. Efraín Solís Cantú, who ran the regimental museum until 2015, disagrees. "Arredondo had more men than the books say," he said.',
      'General Solís recalled that in 1962 the governor laid a wreath at the old gate. "My uncle was a bugler that day," the general said, laughing.',
    ].join('\n\n');
    expect(speakerOfWords(tools, body, 'My uncle was a bugler')).toBe('Efraín Solís Cantú');
  });
});

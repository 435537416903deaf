/**
 * A first name that is also an English verb ("Hector") opening a sentence before a surname and an
 * apposition's comma is the person's first name, as it is when a comma sets it off: the quotations are given
 * to the full name, not to the surname alone.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { PipelineTools } from '../../src/knowledge/build.ts';
import { realTools, speakerOfWords } from './fixtures.ts';

let tools: PipelineTools;

beforeAll(async () => {
  tools = await realTools();
});

describe('a first name read as a verb at the start of a sentence', () => {
  it('is kept in the name of the person it introduces ("Hector Olguera, who runs a charter service, …")', () => {
    const body = [
      'Airport officials said the closure lasted eight hours.',
      'Hector Olguera, who runs a charter service at the airport, said his pilots learned of it from the notice. "Nobody called us," Olguera said.',
    ].join('\n\n');
    expect(speakerOfWords(tools, body, 'Nobody called us')).toBe('Hector Olguera');
  });

  it('leaves a sentence opening with a verb before a name alone ("Ask Olguera, …", "Meet Olguera, …")', () => {
    const intro = 'Airport officials said the closure lasted eight hours.';
    const asked = `${intro}\n\nAsk Olguera, and he will tell you. "Nobody called us," Olguera said.`;
    expect(speakerOfWords(tools, asked, 'Nobody called us')).toBe('Olguera');
    const askedWho = `${intro}\n\nAsk Olguera, who runs a charter service at the airport, and he will tell you. "Nobody called us," Olguera said.`;
    expect(speakerOfWords(tools, askedWho, 'Nobody called us')).toBe('Olguera');
    const met = `${intro}\n\nMeet Olguera, a retired sergeant who runs a charter service. "Nobody called us," Olguera said.`;
    expect(speakerOfWords(tools, met, 'Nobody called us')).toBe('Olguera');
  });
});

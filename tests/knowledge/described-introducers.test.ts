import { beforeAll, describe, expect, it } from 'vitest';
import type { PipelineTools } from '../../src/knowledge/build.ts';
import { realTools, speakerOfWords } from './fixtures.ts';

let tools: PipelineTools;
beforeAll(async () => {
  tools = await realTools();
});

describe('a paragraph of quotation introduced by a described person', () => {
  it('gives the paragraph after "Our correspondent\'s account is very brief, as the affair was:" to our correspondent', () => {
    const body = [
      "At daylight Riley's brigade rose up in the enemy's rear. Our correspondent's account is very brief, as the affair was:",
      '"The whole business took seventeen minutes by the watch. They ran down the road to San Angel, and a great many of them threw down their arms."',
    ].join('\n\n');
    expect(speakerOfWords(tools, body, 'seventeen minutes')).toBe('our correspondent');
  });

  it('leaves the paragraph alone when the sentence before it names a person', () => {
    const body = [
      'Capt. John Drum of the Fourth Artillery saw the guns retaken. Our correspondent was with him, and we give what Drum wrote:',
      '"The men hugged those guns like brothers come home."',
    ].join('\n\n');
    expect(speakerOfWords(tools, body, 'hugged those guns')).not.toBe('our correspondent');
  });
});

describe('a paragraph of quotation introduced by a document', () => {
  it('gives the paragraph after "The notice posted at the Kingsville station runs to a single line:" to the notice', () => {
    const body = [
      'Trains ran late all week. The notice posted at the Kingsville station runs to a single line:',
      '"Until further notice, no passenger train will stop at Norias after dark except on order of the superintendent."',
    ].join('\n\n');
    expect(speakerOfWords(tools, body, 'no passenger train will stop')).toMatch(/^the notice/i);
  });
});

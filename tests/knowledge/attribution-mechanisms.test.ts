/**
 * Attribution behaviours, each on a small article written here: who a quotation is given to when the
 * article attributes it across sentences or paragraphs, by a title, a pronoun or an interview's format.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { PipelineTools } from '../../src/knowledge/build.ts';
import { annotateText, realTools } from './fixtures.ts';

let tools: PipelineTools;

beforeAll(async () => {
  tools = await realTools();
});

/** The speaker's name given to the quotation containing `words`, or `undefined` when none contains them. */
function speakerOf(body: string, words: string): string | undefined {
  const article = annotateText(tools, body, { published: '2021-04-01' });
  return article.quotes.find((q) => q.text.includes(words))?.speakerName;
}

describe('quotation attribution', () => {
  it('resolves "he said" to a man named before a pronoun that refers back to a woman', () => {
    const body = [
      'Col. Teresa Aldana commands a task force of about 700 soldiers at Fort Bliss.',
      'Her counterpart at the sector, Division Chief Gilbert Murillo, said the cameras help. Smugglers are adapting, he said.',
      '"They know we are stretched thin," he said.',
    ].join('\n\n');
    expect(speakerOf(body, 'stretched thin')).toBe('Gilbert Murillo');
  });

  it('gives a quotation standing alone to the person its paragraph opens by introducing', () => {
    const body = [
      'Trucks rolled past the orchards on Tuesday.',
      'Tomás Rangel, 61, who runs a pecan orchard outside Fabens, watched the trucks pass. "They come every few years, and they always leave."',
    ].join('\n\n');
    expect(speakerOf(body, 'always leave')).toBe('Tomás Rangel');
  });

  it('gives a Spanish quotation the speaker of the translation that follows it after a dash', () => {
    const body =
      'At a rally on Sunday, Sen. Adriana Quiroga spoke to the crowd. "Somos un país libre" — "We are a free country" — Quiroga said.';
    expect(speakerOf(body, 'Somos un país libre')).toBe('Adriana Quiroga');
  });
});

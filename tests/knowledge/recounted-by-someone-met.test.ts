/**
 * Words a speaker recounts from someone they describe as "a woman", "a man" ("A woman came to me … and said,
 * '…'"): the one described says them, not the speaker; "me" before the verb and a question after the words
 * name no one.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { PipelineTools } from '../../src/knowledge/build.ts';
import { annotateText, realTools } from './fixtures.ts';

let tools: PipelineTools;

beforeAll(async () => {
  tools = await realTools();
});

function speakerOf(body: string, words: string): string | undefined {
  const article = annotateText(tools, body, { published: '2025-01-25' });
  return article.quotes.find((q) => q.text.startsWith(words))?.speakerName;
}

describe('recounted words of someone described with "a"', () => {
  const pastor = [
    "Pastor Gerardo Ceballos, who runs a shelter in Tijuana's Zona Norte, said about 40 families had appointments that disappeared.",
    '"A woman came to me Monday with her phone in her hand and said, \'Pastor, it says my appointment does not exist.\' What do I tell her? That soldiers are coming?" Ceballos said.',
  ].join('\n\n');

  it('gives the recounted words to the woman who said them, not to the one recounting', () => {
    expect(speakerOf(pastor, 'Pastor, it says')).toBe('A woman');
  });

  it('leaves words the speaker says to a person they spoke to with the speaker ("I told a woman")', () => {
    const body = [
      'Pastor Gerardo Ceballos runs a shelter in Tijuana.',
      '"I told a woman on Monday, \'Wait here until the bus comes.\' She waited," Ceballos said.',
    ].join('\n\n');
    expect(speakerOf(body, 'Wait here')).toBe('Pastor Gerardo Ceballos');
  });
});

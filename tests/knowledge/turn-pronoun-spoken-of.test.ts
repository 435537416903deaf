/**
 * "He" in a guest's turn of a broadcast is someone the guest speaks of, not the host whose turn came before
 * and whom the guest's turn never names.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { PipelineTools } from '../../src/knowledge/build.ts';
import { realTools, speakerOfWords } from './fixtures.ts';

let tools: PipelineTools;

beforeAll(async () => {
  tools = await realTools();
});

describe('"he said" in a guest\'s turn after the host\'s', () => {
  it('is the relative the guest speaks of, not the host', () => {
    const body = [
      'DALE EMERSON (host): Good evening. With me in the studio is Mrs. Encarnación Ruiz, of Boyle Heights.',
      'MRS. RUIZ: Yes, of course. My great-grandfather was a young man with a lance and a horse and not much else.',
      'EMERSON: Please, Mrs. Ruiz, go ahead.',
      'MRS. RUIZ: My great-grandfather did not go to Sonora. He went home to his mother\'s house on the river, and then the Americans came and asked him to sell them beef. He said, "A week ago I was trying to kill you, and now you want my cows?" And he sold them the cows.',
    ].join('\n\n');
    expect(speakerOfWords(tools, body, 'want my cows')).toBe("Encarnación Ruiz's great-grandfather");
  });
});

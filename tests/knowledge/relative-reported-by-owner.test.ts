/**
 * Words a person reports their relative wrote or said ("She said her husband had written that he had '…'"):
 * the relative says them, named by whose relative they are when the article gives no name, never the one
 * reporting them.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { PipelineTools } from '../../src/knowledge/build.ts';
import { realTools, speakerOfWords } from './fixtures.ts';

let tools: PipelineTools;

beforeAll(async () => {
  tools = await realTools();
});

describe('words a relative wrote, reported by the one who owns them', () => {
  it('gives the words to her husband, not to the wife reporting them', () => {
    const body = [
      'Mrs. Adelina Torres, whose husband drives a freight wagon for the post, said she had heard nothing since May.',
      'She said her husband had written last that he had "not seen a dry day since Eagle Pass."',
    ].join('\n\n');
    expect(speakerOfWords(tools, body, 'not seen a dry day')).toBe("Adelina Torres's husband");
  });

  it('still gives words "she said" hands over to her', () => {
    const body = [
      'Mrs. Adelina Torres, whose husband drives a freight wagon for the post, said she had heard nothing since May.',
      'She said her letters came back "unopened and unread."',
    ].join('\n\n');
    expect(speakerOfWords(tools, body, 'unopened and unread')).toBe('Adelina Torres');
  });

  it('names the relative of an unnamed woman by the description of her', () => {
    const body = [
      'The flood of 1932 is still remembered on both banks.',
      'A retired nurse in Ojinaga, whose family farmed the river bottom, told us the water came at night. She said her grandmother called that night "la noche larga," the long night.',
    ].join('\n\n');
    expect(speakerOfWords(tools, body, 'la noche larga')).toBe(
      'the grandmother of a retired nurse in Ojinaga',
    );
  });
});

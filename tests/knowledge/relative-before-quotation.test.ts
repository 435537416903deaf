/**
 * A pronoun inside a quotation with no one of its gender named is the relative of that gender the
 * speaker's paragraph just spoke of: "Ochoa said her mother called her. '"She told me, '…'"' Ochoa said."
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { PipelineTools } from '../../src/knowledge/build.ts';
import { realTools, speakerOfWords } from './fixtures.ts';

let tools: PipelineTools;

beforeAll(async () => {
  tools = await realTools();
});

describe('relativeBefore', () => {
  it("gives the words the speaker recounts to the relative she just spoke of, as the speaker's relative", () => {
    const body = [
      'Sgt. Maribel Ochoa Reyna, 29, who runs one of the kitchens, stirred a pot of rice and beans.',
      'Ochoa said her mother called her before the convoy left. "She told me, \'Don\'t let anyone say that Mexicans only go north to ask for something,\'" Ochoa said. "So I\'m making sure they eat."',
    ].join('\n\n');
    expect(speakerOfWords(tools, body, "Don't let anyone say")).toBe("Maribel Ochoa Reyna's mother");
  });

  it('takes no relative of the other gender for the pronoun ("her father" for "She told me")', () => {
    const body = [
      'Sgt. Maribel Ochoa Reyna, 29, who runs one of the kitchens, stirred a pot of rice and beans.',
      "Ochoa said her father called her before the convoy left. \"She told me, 'Don't let anyone say that Mexicans only go north to ask for something,'\" Ochoa said.",
    ].join('\n\n');
    expect(speakerOfWords(tools, body, "Don't let anyone say")).not.toMatch(/father/);
  });
});

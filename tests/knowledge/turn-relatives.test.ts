/**
 * Words a transcript turn's speaker recounts from a relative they name by "my" ("My dad used to tell us,
 * '…'") are that relative's: the person the article named by that relation when it did ("Gee's father,
 * Gee Hong"), else the speaker's relative as written; never the speaker's own.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { PipelineTools } from '../../src/knowledge/build.ts';
import { NamedRelatives } from '../../src/knowledge/named-relatives.ts';
import { realTools, speakerOfWords } from './fixtures.ts';

let tools: PipelineTools;

beforeAll(async () => {
  tools = await realTools();
});

const opening = [
  'HOST MARIA LOPEZ: Welcome back. Joining me is Sheriff Tom Reyes.',
  'SHERIFF TOM REYES: Thanks, Maria.',
  'LOPEZ: What happened at the river?',
];
const closing = ['LOPEZ: Thank you, Sheriff.'];

describe('NamedRelatives', () => {
  it('gives "My dad used to tell us" in a turn to the one the article named as the speaker\'s father', () => {
    const body = [
      ...opening,
      "LOPEZ: Reyes's father, Julio Reyes, was a deputy here for thirty years.",
      'REYES: My dad used to tell us, "The river keeps its own counsel." He said it like it was a rule.',
      ...closing,
    ].join('\n\n');
    expect(speakerOfWords(tools, body, 'its own counsel')).toBe('Julio Reyes');
  });

  it("keeps the relative as the speaker's when the article names no one by that relation", () => {
    const body = [
      ...opening,
      'REYES: My dad used to tell us, "The river keeps its own counsel." He said it like it was a rule.',
      ...closing,
    ].join('\n\n');
    expect(speakerOfWords(tools, body, 'its own counsel')).toBe("Tom Reyes's father");
  });

  it('finds no holder when two people are described by the same relation', () => {
    const relatives = new NamedRelatives([
      { id: 'a', description: "Gee's father" },
      { id: 'b', description: "Gee's father" },
      { id: 'c', description: 'a merchant' },
    ]);
    expect(relatives.holder('Albert Gee', 'dad')).toBeNull();
    expect(
      new NamedRelatives([{ id: 'a', description: "Gee's father" }]).holder('Albert Gee', 'dad')?.id,
    ).toBe('a');
  });
});

describe('words quoted in part that a relative the turn spoke of wrote', () => {
  it('gives "She wrote that the soldiers had \'…\'" to the great-grandmother the speaker named', () => {
    const body = [
      ...opening,
      'REYES: My great-grandfather kept sheep near Redford, and his wife, my great-grandmother, kept a diary. She wrote that winter that the soldiers had "marched upriver and marched back with empty hands." I never knew what she meant.',
      ...closing,
    ].join('\n\n');
    expect(speakerOfWords(tools, body, 'marched upriver')).toBe("Tom Reyes's great-grandmother");
  });
});

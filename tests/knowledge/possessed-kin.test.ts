/** A pronoun inside another's quotation standing for a relative named by whose they are ("Sergio's mother"). */
import { beforeAll, describe, expect, it } from 'vitest';
import type { PipelineTools } from '../../src/knowledge/build.ts';
import { realTools, speakerOfWords } from './fixtures.ts';

let tools: PipelineTools;

beforeAll(async () => {
  tools = await realTools();
});

describe('possessedKinBefore', () => {
  it('gives "She asked, \'…\'" inside a quotation to the possessed relative just before, not the last woman named', () => {
    const body = [
      'Justice Ruth Bader Ginsburg wrote the dissent.',
      'Leticia Carbajal, who runs a human-rights clinic in Ciudad Juárez, said Sergio\'s mother heard the news by phone. "She asked me one thing," Carbajal said. "She asked, \'Then where do I go?\' I did not have an answer."',
    ].join('\n\n');
    expect(speakerOfWords(tools, body, 'Then where do I go', '2020-02-26')).toBe("Sergio's mother");
  });

  it('does not fire when a woman is named between the relative and the quotation', () => {
    const body = [
      "Leticia Carbajal said Sergio's mother heard the news by phone, and Mrs. Ana Ruiz, a neighbor, said she drove over that night. \"She told me, 'We will appeal,'\" Carbajal said.",
    ].join('\n\n');
    expect(speakerOfWords(tools, body, 'We will appeal', '2020-02-26')).not.toBe("Sergio's mother");
  });

  it('does not give "he" to a possessed relative of the other gender', () => {
    const body = [
      'Tom Baker wrote the ruling.',
      "Leticia Carbajal said Sergio's mother heard the news by phone. \"He told her, 'Nothing more can be done,'\" Carbajal said.",
    ].join('\n\n');
    expect(speakerOfWords(tools, body, 'Nothing more can be done', '2020-02-26')).not.toBe("Sergio's mother");
  });
});

/**
 * A speaker the article first describes and then names after a comma ("a woman whose family has fished out
 * of La Paz for three generations, Leticia Amador.", "said a teacher at the school, Ana Ruiz.") is that name.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { PipelineTools } from '../../src/knowledge/build.ts';
import { realTools, speakerOfWords } from './fixtures.ts';

let tools: PipelineTools;

beforeAll(async () => {
  tools = await realTools();
});

describe('a name closing a speaker’s description', () => {
  it('names the speaker of "said a teacher at the school, Ana Ruiz"', () => {
    const body = [
      'The school reopened on Monday.',
      '"We are tired," said a teacher at the school, Ana Ruiz.',
    ].join('\n\n');
    expect(speakerOfWords(tools, body, 'We are tired')).toBe('Ana Ruiz');
  });

  it("gives the name's holder the words a pronoun gave the description", () => {
    const body = [
      'The arrest surprised La Paz.',
      'A woman who runs a shop near the pier, Carmen Olmos, said she was shocked. "It is very sad," she said.',
    ].join('\n\n');
    expect(speakerOfWords(tools, body, 'very sad')).toBe('Carmen Olmos');
  });

  it('takes no place after the comma for a name', () => {
    const body = [
      'The school reopened on Monday.',
      '"We are tired," said a teacher from La Paz, Baja California.',
    ].join('\n\n');
    expect(speakerOfWords(tools, body, 'We are tired')).toBe('a teacher from La Paz');
  });

  it("reads a name with an apostrophe ('O'Neill') as the name", () => {
    const body = [
      'The school reopened on Monday.',
      '"We are tired," said a teacher at the school, Maria O\'Neill.',
    ].join('\n\n');
    expect(speakerOfWords(tools, body, 'We are tired')).toBe("Maria O'Neill");
  });
});

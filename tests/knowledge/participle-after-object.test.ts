/**
 * "Ana Ruiz heard a woman in the crowd shouting '…'": a verb of saying in its -ing form after a person who is
 * another verb's object may tell what that person did; the words go to the one described, or to no one,
 * never to the subject who heard, found or watched.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { PipelineTools } from '../../src/knowledge/build.ts';
import { realTools, speakerOfWords } from './fixtures.ts';

let tools: PipelineTools;

beforeAll(async () => {
  tools = await realTools();
});

describe('a participle of saying after the object of another verb', () => {
  it('gives the words to the woman heard shouting, not to the one who heard her', () => {
    const body = 'After the shots, Ana Ruiz heard a woman in the crowd shouting "Where is my son?"';
    expect(speakerOfWords(tools, body, 'Where is my son')).toBe('a woman');
  });

  it('does not give the children found crying their words to the agent who found them', () => {
    const body =
      'Agents opened the trailer near Laredo on Sunday. Agent Ana Ruiz found two children crying "Mamá, Mamá" inside the trailer.';
    expect(speakerOfWords(tools, body, 'Mamá, Mamá')).not.toBe('Ana Ruiz');
  });

  it('does not give the words of a boy watched walking to the officer who watched him', () => {
    const body =
      'The crowd grew at noon. The officer watched the boy walking toward the gate shouting "Let me through!"';
    expect(speakerOfWords(tools, body, 'Let me through')).not.toBe('the officer');
  });

  it('does not give the words to the captain pointing at the woman who shouts them', () => {
    const body =
      'The crowd grew on Sunday. Captain Ana Ruiz, pointing at a woman shouting "Help!", ordered the gate shut.';
    expect(speakerOfWords(tools, body, 'Help!')).not.toBe('Ana Ruiz');
  });
});

describe('"cry" as a verb of saying', () => {
  it('does not make the one who cried "tears of rage" the speaker of those words', () => {
    const body = 'The families waited at the fence. Ana Ruiz cried "tears of rage" when the gate closed.';
    expect(speakerOfWords(tools, body, 'tears of rage')).not.toBe('Ana Ruiz');
  });

  it('still gives words after "cried," to the one who cried them', () => {
    const body =
      'The families waited at the fence. Ana Ruiz cried, "They have taken my son!" when the gate closed.';
    expect(speakerOfWords(tools, body, 'taken my son')).toBe('Ana Ruiz');
  });
});

/**
 * A verb of saying in its -ing form set off by a comma (", saying '…'", ", shouting '…'") hands the words to
 * the subject of its clause, not to the last name before the comma.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { PipelineTools } from '../../src/knowledge/build.ts';
import { realTools, speakerOfWords } from './fixtures.ts';

let tools: PipelineTools;

beforeAll(async () => {
  tools = await realTools();
});

describe('words after ", saying" or ", shouting"', () => {
  it("are the described subject's, not the place named before the comma", () => {
    const body =
      'A band of armed men, said to number about 70, attacked the Mexican custom house in Nogales, Sonora, at daybreak yesterday, saying "We want the Santa!", and was beaten off after a sharp fight.';
    expect(speakerOfWords(tools, body, 'We want the Santa')).toBe('a band of armed men');
  });

  it("are the named subject's after a place and a day", () => {
    const body =
      'Gen. Miguel Torres visited the customs house in Nogales, Sonora, on Sunday, saying "the border is safe."';
    expect(speakerOfWords(tools, body, 'the border is safe')).toBe('Miguel Torres');
  });

  it('are the subject\'s after an opening phrase ("On Sunday, a crowd gathered …, chanting")', () => {
    const body = 'On Sunday, a crowd gathered outside the consulate, shouting "Basta!"';
    expect(speakerOfWords(tools, body, 'Basta')).toBe('a crowd');
  });

  it('are the subject\'s after a wire dateline, not the wire service\'s ("EL PASO (AP) — Pedro Ruiz …, shouting")', () => {
    const body =
      'EL PASO (AP) — Pedro Ruiz, a farmer, stood outside the consulate Monday, shouting "Go home!"';
    expect(speakerOfWords(tools, body, 'Go home')).toBe('Pedro Ruiz');
  });
});

/** An unnamed source "according to" gives is someone new, whom "the spokesman" points back to. */
import { beforeAll, describe, expect, it } from 'vitest';
import type { PipelineTools } from '../../src/knowledge/build.ts';
import { realTools, speakerOfWords } from './fixtures.ts';

let tools: PipelineTools;

beforeAll(async () => {
  tools = await realTools();
});

describe('unnamedAccordingTo', () => {
  it('gives "the spokesman said" to the spokesman "according to" introduced, not to one described later', () => {
    const body = [
      "According to a spokesman for the state attorney general's office in Chihuahua city, an armed commando of about 60 men entered the town late on Saturday night. Six people were killed, the spokesman said.",
      '"The investigation is open, and we will not speculate about who is responsible," the spokesman said.',
      'A spokesman for the Operación Conjunta Chihuahua in Ciudad Juárez said about 150 soldiers had been assigned to the town, and that they would remain "until the security conditions are restored."',
    ].join('\n\n');
    expect(speakerOfWords(tools, body, 'The investigation is open', '2008-05-20')).toMatch(
      /attorney general's office/,
    );
  });

  it('does not give "the spokeswoman said" to a spokesman introduced before', () => {
    const body =
      'Troops arrived Monday, according to a spokesman for the Army. "We sent 5,200," the spokeswoman said.';
    expect(speakerOfWords(tools, body, 'We sent 5,200', '2018-11-01') ?? '').not.toMatch(
      /spokesman for the Army/,
    );
  });
});

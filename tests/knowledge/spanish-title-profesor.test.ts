/**
 * "Profesor", as Mexican papers write it before a teacher's name, is a title as "Licenciada" is: the name after
 * it is a person, and words an apposition gives them are theirs.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { PipelineTools } from '../../src/knowledge/build.ts';
import { realTools, speakerOfWords } from './fixtures.ts';

let tools: PipelineTools;

beforeAll(async () => {
  tools = await realTools();
});

describe('a name after "Profesor"', () => {
  it('is the speaker an apposition names after a role', () => {
    const body = [
      'Culiacán, Sin. — The operation began in January.',
      'The local deputy for the district, Profesor Ramón Gastélum Soto, defended the operation and asked for patience. "Nobody in Sinaloa wants the sierra to go on as it was," he said.',
    ].join('\n\n');
    expect(speakerOfWords(tools, body, 'Nobody in Sinaloa')).toBe('Ramón Gastélum Soto');
  });
});

/** Unnamed speakers described with "the", and descriptions cut before a "who" clause. */
import { beforeAll, describe, expect, it } from 'vitest';
import type { PipelineTools } from '../../src/knowledge/build.ts';
import { realTools, speakerOfWords } from './fixtures.ts';

let tools: PipelineTools;

beforeAll(async () => {
  tools = await realTools();
});

describe('refersBack', () => {
  it('takes "The telegraph operator at the depot, who …, said" as a new unnamed speaker when no one named is an operator', () => {
    const body = [
      'Two troops of cavalry, about 90 men under Capt. Homer W. Ashby, were ordered out.',
      'The telegraph operator at the Nogales depot, who handled the army messages, said the wire was "hot all day" between the fort and Washington. "I have not had my supper yet," he said at 10 o\'clock last night.',
    ].join('\n\n');
    expect(speakerOfWords(tools, body, 'my supper yet', '1896-08-13')).toBe(
      'The telegraph operator at the Nogales depot',
    );
  });

  it('leaves "The teacher, who …" to the teacher the article brought in before', () => {
    const body = [
      'Daniela caught up with a teacher who brought her eighth-grade history club from Los Fresnos. The teacher, who asked that her name not be used, said her students had a sharp question on the bus. "One of them asked me why the border is still fighting," she said.',
    ].join('\n\n');
    expect(speakerOfWords(tools, body, 'One of them asked me', '2026-04-25')).not.toBe('The teacher');
  });

  it('leaves "The captain, who …" to the captain the article named', () => {
    const body = [
      'Two troops of cavalry under Capt. Homer W. Ashby were ordered out.',
      'The captain, who rode in this afternoon, said the troop would stay. "We will hold the line," he said.',
    ].join('\n\n');
    expect(speakerOfWords(tools, body, 'hold the line', '1896-08-13')).not.toBe('The captain');
  });
});

describe('nounPhraseBefore', () => {
  it('names "An official of the company who asked not to be named" without the "who"', () => {
    const body =
      'An official of the company who asked not to be named said management had been invited but "preferred to let the town have its day."';
    expect(speakerOfWords(tools, body, 'preferred to let', '2006-06-01')).toBe('an official of the company');
  });

  it('keeps a description with no "who" after it as written', () => {
    const body = 'The guards at the gate said the crowd "was never a danger to anyone."';
    expect(speakerOfWords(tools, body, 'never a danger', '2006-06-01')).not.toMatch(/who$/);
  });
});

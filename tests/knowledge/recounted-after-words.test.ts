/**
 * Who says words a transcript's speaker recounts with the verb after them ('"…," my grandmother used to
 * say'): the auxiliaries of the verb are not counted as the subject's words, and a relative named by "my"
 * is the turn speaker's; an unnamed person described with a clause of no "who" ("A Border Patrol agent we
 * spoke to") is described without the clause.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { PipelineTools } from '../../src/knowledge/build.ts';
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

describe('words recounted with the verb of saying after them', () => {
  it('gives "…," my grandmother used to say in a turn to the speaker\'s grandmother', () => {
    const body = [
      ...opening,
      'REYES: The river was hard on everybody. "Every family lost somebody to that water," my grandmother used to say. Both things are true.',
      ...closing,
    ].join('\n\n');
    expect(speakerOfWords(tools, body, 'lost somebody to that water')).toBe("Tom Reyes's grandmother");
  });

  it('gives "…," he would say to the person the pronoun stands for', () => {
    const body =
      'Sheriff Tom Reyes has patrolled the county for 20 years. "The river keeps its own counsel," he would say to new deputies.';
    expect(speakerOfWords(tools, body, 'its own counsel')).toBe('Tom Reyes');
  });

  it('describes an agent "we spoke to" without the clause', () => {
    const body =
      'A Border Patrol agent we spoke to in Naco, who was not authorized to speak on the record, was blunter. "Every time one of these folks trips a sensor, I drive out there," he said.';
    expect(speakerOfWords(tools, body, 'trips a sensor')).toBe('A Border Patrol agent');
  });
});

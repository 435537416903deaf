/**
 * A sentence of two clauses joined by a semicolon, each with its own speaker, leaves the reader with the
 * second: "The chronicler says …; Chacón says …" then '"…," she said' is Chacón's.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { PipelineTools } from '../../src/knowledge/build.ts';
import { realTools, speakerOfWords } from './fixtures.ts';

let tools: PipelineTools;

beforeAll(async () => {
  tools = await realTools();
});

describe('the speaker of the last clause goes on', () => {
  it('gives "she said" after "X says …; Y says …" to Y, the last clause\'s subject', () => {
    const body = [
      'Rogelio Arvizu Quintana, the town chronicler, spoke first. Marisela Chacón Ruelas, a historian at the university who spoke after him, did not agree. "It was closer to six hundred," she said.',
      'They also differ on the wound. Arvizu says the bullet struck the right hand; Chacón says it was the right forearm. "The hand is the better story, but I think it was the arm," she said.',
    ].join('\n\n');
    expect(speakerOfWords(tools, body, 'better story')).toBe('Marisela Chacón Ruelas');
  });

  it('gives "she said" after three clauses to the subject of the third, not of an earlier one', () => {
    const body = [
      'Rogelio Arvizu Quintana, the town chronicler, spoke first. Marisela Chacón Ruelas, a historian at the university, spoke next. Elena Ortiz, a teacher, spoke last.',
      'They differ on the wound. Arvizu says the bullet struck the hand; Chacón says it was the forearm; Ortiz says it was the shoulder. "Nobody wrote it down that day," she said.',
    ].join('\n\n');
    expect(speakerOfWords(tools, body, 'Nobody wrote it down')).toBe('Elena Ortiz');
  });

  it('leaves a sentence without a semicolon to its first subject', () => {
    const body = [
      'Marisela Chacón Ruelas, a historian at the university, spoke first.',
      'Chacón says the bullet struck the hand, and Elena Ortiz, a teacher, agrees. "It was the hand," she said.',
    ].join('\n\n');
    expect(speakerOfWords(tools, body, 'It was the hand')).toBe('Marisela Chacón Ruelas');
  });
});

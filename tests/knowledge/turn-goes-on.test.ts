/**
 * A transcript's speaker going on after their turn in a paragraph with no label ("He went on: '…'") is the
 * one whose turn the paragraph before is, not a name their turn spoke of.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { PipelineTools } from '../../src/knowledge/build.ts';
import { realTools, speakerOfWords } from './fixtures.ts';

let tools: PipelineTools;

beforeAll(async () => {
  tools = await realTools();
});

const TRANSCRIPT = [
  'DALE PURCELL, ANCHOR: Why send the army?',
  'HOWARD STALLWORTH, POLITICAL SCIENTIST: What strikes me is that they sent soldiers. The message was for every union boss in the country, and President Carlos Salinas wanted it heard.',
  'He went on: "I\'d be careful about calling it a coup against the union. It\'s closer to a demonstration."',
  'DALE PURCELL, ANCHOR: Thank you.',
].join('\n\n');

describe('a transcript speaker going on', () => {
  it('gives "He went on: …" after a labelled turn to the turn\'s speaker, not to a man the turn named', () => {
    expect(speakerOfWords(tools, TRANSCRIPT, 'careful about calling it')).toBe('Howard Stallworth');
  });

  it('leaves "She went on: …" after a man\'s turn to the other readings', () => {
    const body = TRANSCRIPT.replace('He went on', 'She went on');
    expect(speakerOfWords(tools, body, 'careful about calling it')).not.toBe('Howard Stallworth');
  });
});

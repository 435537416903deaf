/**
 * Someone a transcript turn's speaker recounts and then describes in an apposition after the verb of
 * saying ('"…," she said to me once, a woman in Presidio …'): the words are the described person's.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { PipelineTools } from '../../src/knowledge/build.ts';
import { realTools, speakerOfWords } from './fixtures.ts';

let tools: PipelineTools;

beforeAll(async () => {
  tools = await realTools();
});

const TRANSCRIPT = [
  'HOST MARIA LOPEZ: Welcome back. Joining me is Sheriff Tom Reyes.',
  'SHERIFF TOM REYES: Thanks, Maria.',
  'LOPEZ: What happened at the river?',
];

describe('apposedSpeaker', () => {
  it('gives words handed over by "she said" and an apposition to the person the apposition describes', () => {
    const body = [
      ...TRANSCRIPT,
      'REYES: The families along the river never forgot. "Everybody here lost somebody," she said to me once, a woman in Redford whose family farmed by the ford, "and nobody talks about it."',
      'LOPEZ: Thank you, Sheriff.',
    ].join('\n\n');
    expect(speakerOfWords(tools, body, 'Everybody here lost')).toBe(
      'a woman in Redford whose family farmed by the ford',
    );
    expect(speakerOfWords(tools, body, 'nobody talks about it')).toBe(
      'a woman in Redford whose family farmed by the ford',
    );
  });

  it('leaves "she said" alone when the words after the comma describe no person', () => {
    const body = [
      ...TRANSCRIPT,
      'REYES: My deputy went down there on Monday. "It was quiet," she said, a note of relief in her voice.',
      'LOPEZ: Thank you, Sheriff.',
    ].join('\n\n');
    expect(speakerOfWords(tools, body, 'It was quiet')).toBe("Tom Reyes's deputy");
  });
});

describe('placeOrTimeTail', () => {
  it('ends an unnamed speaker\'s description before "out there now"', () => {
    const body = [
      ...TRANSCRIPT,
      'REYES: The station is still open. The clerk out there now keeps the old logbook. "People ask to see it," he told me last week.',
      'LOPEZ: Thank you, Sheriff.',
    ].join('\n\n');
    expect(speakerOfWords(tools, body, 'People ask to see it')).toBe('The clerk');
  });

  it('keeps words saying which person the description means', () => {
    const body = [
      ...TRANSCRIPT,
      'REYES: The station is still open. The clerk at the depot keeps the old logbook. "People ask to see it," he told me last week.',
      'LOPEZ: Thank you, Sheriff.',
    ].join('\n\n');
    expect(speakerOfWords(tools, body, 'People ask to see it')).toMatch(/^the clerk at the depot/i);
  });
});

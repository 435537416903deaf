/**
 * Words a transcript turn's speaker recounts from someone they speak of: "he" or "she" in a turn is never
 * the one speaking, who would say "I".
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { PipelineTools } from '../../src/knowledge/build.ts';
import { realTools, speakerOfWords } from './fixtures.ts';

let tools: PipelineTools;

beforeAll(async () => {
  tools = await realTools();
});

function speakerOf(body: string, words: string): string | undefined {
  return speakerOfWords(tools, body, words);
}

const TRANSCRIPT = [
  'HOST MARIA LOPEZ: Welcome back. Joining me is Sheriff Tom Reyes.',
  'SHERIFF TOM REYES: Thanks, Maria.',
  'LOPEZ: What happened at the river?',
];

describe('spokenOf', () => {
  it('gives "He told me" in a turn to the person the speaker spoke of, not to the speaker', () => {
    const body = [
      ...TRANSCRIPT,
      'REYES: I called Capt. Julio Ruiz on Tuesday, and he told me, "Nobody crossed the river."',
      'LOPEZ: Thank you, Sheriff.',
    ].join('\n\n');
    expect(speakerOf(body, 'Nobody crossed')).toBe('Julio Ruiz');
  });

  it('gives "She said" in a turn to whom the sentence before describes, named by the speaker', () => {
    const body = [
      ...TRANSCRIPT,
      'REYES: My deputy went down there on Monday. She said, "It was quiet all night."',
      'LOPEZ: Thank you, Sheriff.',
    ].join('\n\n');
    expect(speakerOf(body, 'quiet all night')).toBe("Tom Reyes's deputy");
  });

  it('looks back through the paragraph past a sentence naming no one for whom "She said" stands', () => {
    const body = [
      ...TRANSCRIPT,
      'REYES: My deputy went down there on Monday. Nothing moved. She said, "It was quiet all night."',
      'LOPEZ: Thank you, Sheriff.',
    ].join('\n\n');
    expect(speakerOf(body, 'quiet all night')).toBe("Tom Reyes's deputy");
  });

  it('does not look back past the turn\'s paragraph for whom "He said" stands', () => {
    const body = [
      ...TRANSCRIPT,
      'REYES: I called Capt. Julio Ruiz on Tuesday.',
      'REYES: Nothing moved. The night was long. He said, "Nobody crossed the river."',
      'LOPEZ: Thank you, Sheriff.',
    ].join('\n\n');
    expect(speakerOf(body, 'Nobody crossed')).not.toBe('Julio Ruiz');
  });

  it('gives words handed over after them by "That\'s what she said" to the woman the turn spoke of', () => {
    const body = [
      ...TRANSCRIPT,
      'REYES: The way my aunt told it, the old man at the gate saved the town. "He stood there all night with a lantern." That\'s what she always said.',
      'LOPEZ: Thank you, Sheriff.',
    ].join('\n\n');
    // "the old man" comes later, but "she" is not a man.
    expect(speakerOf(body, 'lantern')).toBe("Tom Reyes's aunt");
  });

  it("keeps a turn whole around words its speaker recounts, which stay the other person's too", () => {
    const body = [
      ...TRANSCRIPT,
      'REYES: The station is still open. The clerk there now keeps the old logbook. "People ask to see it," he told me last week. "I show them the page from that night."',
      'LOPEZ: Thank you, Sheriff.',
    ].join('\n\n');
    expect(
      speakerOf(body, 'The station is still open. The clerk there now keeps the old logbook. "People ask'),
    ).toBe('Tom Reyes');
    expect(speakerOf(body, 'People ask to see it')).toMatch(/^the clerk/i);
  });

  it('keeps a turn whole around words of a person the speaker names outright, the words inside staying theirs', () => {
    const body = [
      ...TRANSCRIPT,
      'REYES: Capt. Julio Ruiz put it to me this way: "Nobody crossed the river." We believed him.',
      'LOPEZ: Thank you, Sheriff.',
    ].join('\n\n');
    expect(speakerOf(body, 'Nobody crossed')).toBe('Julio Ruiz');
    expect(speakerOf(body, 'We believed him')).toBe('Tom Reyes');
    expect(speakerOf(body, 'this way: "Nobody')).toBe('Tom Reyes');
  });

  it('does not look back past the sentence before for a "she said" after the words', () => {
    const body = [
      ...TRANSCRIPT,
      'REYES: My deputy went down there on Monday. Nothing moved. The night was long. "It was quiet," she said.',
      'LOPEZ: Thank you, Sheriff.',
    ].join('\n\n');
    expect(speakerOf(body, 'It was quiet')).not.toBe("Tom Reyes's deputy");
  });

  it('gives "He stood … and said" in a turn to whom the sentence before describes, the subject shared by "and"', () => {
    const body = [
      ...TRANSCRIPT,
      'REYES: My old supervisor said it best the first week. He stood on the hill by the cemetery and said, "Boys, we just moved the border."',
      'LOPEZ: Thank you, Sheriff.',
    ].join('\n\n');
    expect(speakerOf(body, 'moved the border')).toBe("Tom Reyes's old supervisor");
  });

  it('keeps "I went out and said" in a turn the speaker\'s own words', () => {
    const body = [
      ...TRANSCRIPT,
      'REYES: I went down to the river that night and said, "Go home, all of you."',
      'LOPEZ: Thank you, Sheriff.',
    ].join('\n\n');
    expect(speakerOf(body, 'Go home')).toBe('Tom Reyes');
  });
});

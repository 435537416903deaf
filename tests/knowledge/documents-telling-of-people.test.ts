/**
 * A document's words about someone: "The resolution recites that the Major surrendered '…'" — the person the
 * document's "that" clause tells of is no speaker; and a thing made to carry words ("a hand-lettered sign")
 * pointed back to by "It reads:" speaks for itself.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { PipelineTools } from '../../src/knowledge/build.ts';
import { realTools, speakerOfWords } from './fixtures.ts';

let tools: PipelineTools;
beforeAll(async () => {
  tools = await realTools();
});

describe('words a document quotes about a person its "that" clause tells of', () => {
  it("are the document's (\"The resolution recites that Capt. Ezra Hollis gave up the post '…'\")", () => {
    const body = [
      'The legislature met on Monday to hear the report of the committee.',
      'The resolution recites that Capt. Ezra Hollis gave up the post "without a single shot fired in its defence."',
    ].join('\n\n');
    expect(speakerOfWords(tools, body, 'without a single shot')).toMatch(/resolution/);
  });

  it('are the document\'s when a part set off by commas stands before its verb ("The resolution, adopted on Friday, recites that …")', () => {
    const body = [
      'The legislature met on Monday to hear the report of the committee.',
      'The resolution, adopted on Friday, recites that Capt. Ezra Hollis gave up the post "without a single shot fired in its defence."',
    ].join('\n\n');
    expect(speakerOfWords(tools, body, 'without a single shot')).toMatch(/resolution/);
  });

  it("stay the person's when a verb of saying follows them (\"The report says that Lt. Jesse Moreno called the raid '…'\")", () => {
    const body = [
      'The inquiry sat for a week.',
      'The report says that Lt. Jesse Moreno called the raid "a disgrace to the uniform."',
    ].join('\n\n');
    expect(speakerOfWords(tools, body, 'disgrace to the uniform')).not.toMatch(/report/);
  });
});

describe('words a thing made to carry words "reads" after the sentence that named it', () => {
  it("are the thing's own (\"a hand-lettered sign has hung on the gate … It reads: '…'\")", () => {
    const body = [
      'The school reopened on Monday.',
      'Outside the old mill on the river road, a hand-lettered sign has hung on the gate since the spring flood. It reads: "Bring the boys home before the harvest."',
    ].join('\n\n');
    expect(speakerOfWords(tools, body, 'Bring the boys home')).toBe('the sign');
  });
});

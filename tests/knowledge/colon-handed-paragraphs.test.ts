/**
 * A sentence that hands the next paragraph over with a verb of saying and a colon ("He writes under date of
 * the 9th inst.:"): the quotation that paragraph prints is the one person the sentence names, and an
 * abbreviation's full stop before the colon does not end the sentence.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { PipelineTools } from '../../src/knowledge/build.ts';
import { annotateText, realTools, speakerOfWords } from './fixtures.ts';

let tools: PipelineTools;

beforeAll(async () => {
  tools = await realTools();
});

describe('a paragraph handed over by a verb of saying before a colon', () => {
  it('is the words of the one person the handing sentence names', () => {
    const body = [
      'Our next letter comes from Mr. Silas Whitford, who runs the ferry at Gaines Landing and is known to several houses of this town. He writes to us under date of Monday, the 9th:',
      '"On Monday Capt. Rowe sent word that the ferry must stop. The pilot answered that he would not. The river rose four feet in the night and took the lower landing with it."',
    ].join('\n\n');
    expect(speakerOfWords(tools, body, 'The river rose four feet')).toBe('Silas Whitford');
  });

  it('gives the words to no one when the handing sentence names no one', () => {
    const body = [
      'Mr. Silas Whitford and Mr. Amos Kettle came in from the landing on Tuesday.',
      'One of them told us:',
      '"The river rose four feet in the night."',
    ].join('\n\n');
    expect(speakerOfWords(tools, body, 'The river rose four feet')).toBe('unattributed');
  });
});

describe("an abbreviation's full stop before a colon", () => {
  it('leaves the sentence whole ("the 9th inst.:")', () => {
    const body = [
      'Mr. Silas Whitford runs the ferry at Gaines Landing.',
      'He writes under date of Monday, the 9th inst.:',
      '"The river rose four feet in the night."',
    ].join('\n\n');
    const article = annotateText(tools, body, { published: '1840-06-20' });
    expect(article.sentences.map((s) => s.text)).toContain('He writes under date of Monday, the 9th inst.:');
    expect(speakerOfWords(tools, body, 'The river rose four feet', '1840-06-20')).toBe('Silas Whitford');
  });
});

/**
 * "One of the lawyers at the window turned round to us and said, '…'": a subject picking one person out of a
 * group is that person, unnamed, whether inside another's quotation or in the article's own words.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { PipelineTools } from '../../src/knowledge/build.ts';
import { annotateText, realTools } from './fixtures.ts';

let tools: PipelineTools;

beforeAll(async () => {
  tools = await realTools();
});

/** The speaker of the innermost quotation holding `words` (a recounted one sits inside its teller's). */
function speakerOf(body: string, words: string): string | undefined {
  return annotateText(tools, body, { published: '1842-09-20' })
    .quotes.filter((q) => q.text.includes(words))
    .sort((a, b) => a.text.length - b.text.length)[0]?.speakerName;
}

describe('oneOfThem', () => {
  it('gives a recounted quotation to the one picked out of a group', () => {
    const body = [
      '"The fog lay on the river," said Thomas Yancey, who rode the express.',
      '"I saw the cannon come into the square. One of the lawyers at the window turned round to us and said, \'Boys, that is no band of robbers, that is an army,\' and he was right."',
    ].join('\n\n');
    expect(speakerOf(body, 'no band of robbers')).toBe('one of the lawyers');
  });

  it("gives the article's own quotation to the one picked out of a group", () => {
    expect(speakerOf('One of the officers at the ford said, "We will hold."', 'We will hold')).toBe(
      'one of the officers',
    );
  });
});

describe('oneOfThem after the verb', () => {
  it('gives \'"…," said one of the disarmed men, a clerk who …\' to the one picked out of the group', () => {
    const body =
      'Nor do they agree on numbers. "They were fifteen hundred at least," said one of the disarmed men, a clerk who had volunteered for the defense. "We were not three hundred."';
    expect(speakerOf(body, 'fifteen hundred')).toBe('one of the disarmed men');
    expect(speakerOf(body, 'not three hundred')).toBe('one of the disarmed men');
  });
});

/**
 * Transcript labels that describe their speaker rather than name them ("CALLER (DID NOT GIVE NAME):",
 * "NEIGHBOR, SPEAKING OUTSIDE THE COURTHOUSE:", "MAN WHO WOULD NOT GIVE HIS NAME:"): the turn is the described
 * person's, not a name made of the label's words, and a label that is a name stays one.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { PipelineTools } from '../../src/knowledge/build.ts';
import { describedLabel, relativeClauseLabel } from '../../src/knowledge/described-labels.ts';
import { speakerLabel } from '../../src/knowledge/transcript.ts';
import { realTools, speakerOfWords } from './fixtures.ts';

let tools: PipelineTools;

beforeAll(async () => {
  tools = await realTools();
});

const SHOW = [
  'ANCHOR DORA QUINTERO: Good evening. The bridge reopened this morning after nine days.',
  'REPORTER SAUL BECERRA: An old neighbor of the customs house who has watched the line for years said the closing hurt everyone.',
  'OLD NEIGHBOR, SPEAKING OUTSIDE THE COURTHOUSE: Nine days without the bridge is nine days without bread for half this street.',
  'BECERRA: Not everyone on the street agreed.',
  'MAN WHO WOULD NOT GIVE HIS NAME: They should have closed it a month ago, and they know it.',
  'QUINTERO: We have a caller. Go ahead.',
  'CALLER (DID NOT GIVE NAME): My father crossed that bridge every morning for forty years.',
  'QUINTERO: Thank you, sir.',
].join('\n\n');

describe('a transcript label describing its speaker', () => {
  it('gives the turn to the described neighbor, not to a person named "Old Neighbor"', () => {
    expect(speakerOfWords(tools, SHOW, 'nine days without bread')?.toLowerCase()).toMatch(/neighbor/);
    expect(speakerOfWords(tools, SHOW, 'nine days without bread')).not.toBe('Old Neighbor');
  });

  it('reads a label with a relative clause ("MAN WHO WOULD NOT GIVE HIS NAME:") as an unnamed man', () => {
    expect(speakerOfWords(tools, SHOW, 'closed it a month ago')).toBe('a man who would not give his name');
  });

  it('gives a caller who gave no name the turn as "a caller"', () => {
    expect(speakerOfWords(tools, SHOW, 'My father crossed that bridge')).toBe('a caller');
  });

  it('still reads a label in capitals that names someone as their name', () => {
    expect(speakerOfWords(tools, SHOW, 'Not everyone on the street agreed')).toMatch(/Saul Becerra/);
  });
});

describe('describedLabel', () => {
  const isPersonNoun = (w: string) => ['caller', 'neighbor', 'man', 'baker'].includes(w);
  const label = (text: string) => speakerLabel(text) ?? relativeClauseLabel(text);

  it('describes a label whose words the article writes in lower case and that ends with a person noun', () => {
    const l = label('OLD NEIGHBOR: Nine days.');
    expect(l && describedLabel(l, isPersonNoun, () => true)).toBe('an old neighbor');
  });

  it('returns null for a name whose first word the article never writes in lower case ("JOHN BAKER")', () => {
    const l = label('JOHN BAKER: Nine days.');
    expect(l && describedLabel(l, isPersonNoun, (w) => w !== 'john')).toBeNull();
  });

  it('reads a titled name in a label ("HOST REYNOSO") as a name without asking whether "reynoso" is a noun for a person', () => {
    const asked: string[] = [];
    const l = label('HOST REYNOSO: Nine days.');
    const noun = (w: string) => (asked.push(w), isPersonNoun(w));
    expect(l && describedLabel(l, noun, (w) => w === 'host')).toBeNull();
    expect(asked).toEqual([]);
  });
});

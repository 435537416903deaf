/** A word of saying used as a label's noun ("Archive note:") vouches for no one as a speaker. */
import { describe, expect, it } from 'vitest';
import { Nlp } from '../../src/nlp/pipeline.ts';
import { nameCues } from '../../src/knowledge/name-cues.ts';

const nlp = new Nlp([]);
const cuesOf = (text: string) =>
  nameCues(
    [nlp.analyse(text)],
    () => false,
    () => false,
    new Map(),
    { isTitle: () => false, isEnglishWord: () => false, isPersonNoun: () => false },
  );

describe('nameCues', () => {
  it('takes no speaker from an "Archive note:" label, so a credit line\'s "… Archive Trust" is no person', () => {
    const cues = cuesOf('Archive note: The correspondent who signed himself has not been identified.');
    expect(cues.cued.has('Archive')).toBe(false);
  });

  it('still takes "Ruelas said" as a speaker beside a verb of saying', () => {
    const cues = cuesOf('Ruelas said that the bridge was closed.');
    expect(cues.cued.has('Ruelas')).toBe(true);
  });
});

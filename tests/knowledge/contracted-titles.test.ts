/**
 * A rank written as the old dispatches contract it ("Sergt." for sergeant, "Corpl." for corporal), which the
 * lexicon lists only in its modern short form ("Sgt."): a title before a name, whose full stop ends no
 * sentence. Real text: the Stanislaus Valley Pioneer's 1911 obituary of a veteran of Picacho Pass
 * (tests/fixtures/articles-38, dev question a38-039).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { PipelineTools } from '../../src/knowledge/build.ts';
import { annotateText, realTools } from './fixtures.ts';

let tools: PipelineTools;

beforeAll(async () => {
  tools = await realTools();
});

const sentencesOf = (body: string) => annotateText(tools, body).sentences.map((s) => s.text);

describe('a rank written as a contraction', () => {
  it('keeps "Sergt. Holmes" in the sentence that names him', () => {
    expect(
      sentencesOf(
        'The rebels lost the three prisoners taken at the start, Sergt. Holmes and Privates Dwyer and Hill, and are thought to have had two or three men hurt.',
      ),
    ).toHaveLength(1);
  });

  it('keeps "Corpl. Bates" in its sentence, and still ends a sentence at a surname', () => {
    expect(
      sentencesOf('The picket was under Corpl. Bates of the Sixth Cavalry. He held the pass.'),
    ).toHaveLength(2);
  });
});

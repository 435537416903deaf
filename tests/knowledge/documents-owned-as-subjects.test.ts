/**
 * A document its owner's possessive names, as the subject of the sentence quoting it in part ("The
 * committee's report found …", "The Supreme Court's opinion put the stop at …"): the owner is its author,
 * and the document's noun comes after the possessive.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { PipelineTools } from '../../src/knowledge/build.ts';
import { realTools, speakerOfWords } from './fixtures.ts';

let tools: PipelineTools;

beforeAll(async () => {
  tools = await realTools();
});

describe('documents owned as subjects', () => {
  it('gives words quoted from "the committee\'s report" to the report', () => {
    const body =
      'The hearing ended on Friday. The committee\'s report found the agents "acted without orders."';
    expect(speakerOfWords(tools, body, 'acted without orders')).toBe("the committee's report");
  });

  it('gives words quoted from "the Supreme Court\'s opinion" to the court', () => {
    const body =
      'Even the distance was in dispute. The Supreme Court\'s opinion put the stop at "some 25 air miles north of the border."';
    expect(speakerOfWords(tools, body, 'some 25 air miles')).toBe('Supreme Court');
  });
});

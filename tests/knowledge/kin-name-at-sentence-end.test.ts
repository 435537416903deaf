/**
 * A relative's one name in an apposition that ends the sentence ("to his 9-year-old daughter, Ava.") takes
 * the possessor's surname as one that goes on after a comma does, and "she" in the parent's quotation is hers.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { PipelineTools } from '../../src/knowledge/build.ts';
import { annotateText, realTools, speakerOfWords } from './fixtures.ts';

let tools: PipelineTools;

beforeAll(async () => {
  tools = await realTools();
});

describe('kinSurname at the end of a sentence', () => {
  it('names the daughter the apposition ending the sentence gives, and gives her question to her', () => {
    const body = [
      'Staff Sgt. Marcus Delahoya, 31, who drives a Stryker, spent Tuesday night explaining the deployment to his 9-year-old daughter, Ava.',
      '"She asked me, \'Are you going to fight Mexico?\' and I told her no, we are going to go watch a fence," Delahoya said.',
    ].join('\n\n');
    expect(annotateText(tools, body).people.map((p) => p.name)).toContain('Ava Delahoya');
    expect(speakerOfWords(tools, body, 'fight Mexico')).toBe('Ava Delahoya');
    expect(speakerOfWords(tools, body, 'watch a fence')).toBe('Marcus Delahoya');
  });

  it('takes no name after a noun for no relative ("his truck, Bessie.")', () => {
    const body = 'Staff Sgt. Marcus Delahoya, 31, drove to the post in his old truck, Bessie.';
    expect(annotateText(tools, body).people.map((p) => p.name)).not.toContain('Bessie Delahoya');
  });
});

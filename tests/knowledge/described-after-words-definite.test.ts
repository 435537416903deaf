/**
 * '"…," the commanding officer at Fort Brown said on Thursday': a speaker described with "the" between the words
 * and the verb of saying, at any length, is that speaker; the circumstances after the verb ("when he came
 * across") name no one.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { PipelineTools } from '../../src/knowledge/build.ts';
import { realTools, speakerOfWords } from './fixtures.ts';

let tools: PipelineTools;

beforeAll(async () => {
  tools = await realTools();
});

describe('definiteDescribedBeforeVerb', () => {
  it('gives the words to "the commanding officer at Fort Brown" who said them, not to no one', () => {
    const body = [
      'Eighty-four of the defenders crossed to the Texas side and surrendered to American soldiers.',
      '"These men are not prisoners of war. We are holding them under the neutrality laws," the commanding officer at Fort Brown said on Thursday.',
    ].join('\n\n');
    expect(speakerOfWords(tools, body, 'not prisoners of war', '1913-06-06')).toBe(
      'the commanding officer at Fort Brown',
    );
  });

  it('gives the words to the officer the article named in that role', () => {
    const body = [
      'Col. Edgar Ames, who commands the post, met the prisoners at the ferry.',
      '"We will feed them until Washington decides," the colonel at the post said on Thursday.',
    ].join('\n\n');
    expect(speakerOfWords(tools, body, 'We will feed them', '1913-06-06')).toBe('Edgar Ames');
  });
});

describe('speakerAfter', () => {
  it('gives "the consul said on Thursday, when he came across" to the consul, not to the man "he" would be', () => {
    const body = [
      'From Las Rusias, Gen. Lucio Blanco sent word to the defenders, and to the American consul, asking that the city be given up.',
      'The American consul in Matamoros had warned his countrymen days before. "I advised every American in Matamoros to come over while the ferry was still running," the consul said on Thursday, when he came across to wire his report to the State Department.',
    ].join('\n\n');
    expect(speakerOfWords(tools, body, 'I advised every American', '1913-06-06')).toMatch(/consul$/);
  });
});

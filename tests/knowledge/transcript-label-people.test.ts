/** A transcript's speaker labels name people, whatever the role after the comma looks like. */
import { beforeAll, describe, expect, it } from 'vitest';
import type { PipelineTools } from '../../src/knowledge/build.ts';
import { annotateText, realTools } from './fixtures.ts';

let tools: PipelineTools;

beforeAll(async () => {
  tools = await realTools();
});

const SHOW = [
  "LINDA OCHOA, HOST: This is Coastal Evening. I'm Linda Ochoa. A shrimp trawler was seized off Port Isabel today.",
  'DALE MEEKS, REPORTER: Linda, the boat is the Lady Marisol, a 78-foot steel shrimp trawler registered in Honduras.',
  'OCHOA: What are people in Port Isabel saying?',
  'MEEKS: Not much on the record.',
].join('\n\n');

describe('transcript speaker labels', () => {
  it('takes "DALE MEEKS, REPORTER:" for a person, not a town before its region', () => {
    const article = annotateText(tools, SHOW);
    expect(article.notPeople.get('Dale Meeks')).toBeUndefined();
    expect(article.notPeople.get('Linda Ochoa')).toBeUndefined();
    const turn = article.quotes.find((q) => q.text.includes('78-foot steel shrimp trawler'));
    expect(turn?.speakerId).not.toBeNull();
  });
});

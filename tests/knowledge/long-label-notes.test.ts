/**
 * A transcript label whose note in brackets runs long, as a call-in show marks a caller heard through an
 * interpreter ("REFUGIO ELIZONDO (caller, through the station's interpreter):"): the turn is the caller's, and
 * the caller is a person of the article, found again when a later label gives the surname alone.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { PipelineTools } from '../../src/knowledge/build.ts';
import { annotateText, realTools } from './fixtures.ts';

let tools: PipelineTools;

beforeAll(async () => {
  tools = await realTools();
});

const SHOW = [
  'MARISOL QUINTANILLA, HOST: Good morning. With me is Dale Hutto, who was an agent at the Eagle Pass station.',
  'HUTTO: We saw the buses go to the courthouse, that is about it.',
  "QUINTANILLA: We have a caller from Eagle Pass. Don Refugio, you're on the air.",
  "REFUGIO ELIZONDO (caller, through the station's interpreter): Buenos días. Yo estuve en esa corte en el año 2006.",
  'QUINTANILLA: Followed you how, Don Refugio?',
  'ELIZONDO: When I applied later, the lawyer told me the conviction was the first thing. That morning was fifteen minutes.',
  'QUINTANILLA: Thank you for calling.',
].join('\n\n');

describe('a transcript label with a long note', () => {
  it("gives the caller's turn to the caller the label names", () => {
    const article = annotateText(tools, SHOW, { published: '2025-12-15' });
    const said = (words: string) => article.quotes.find((q) => q.text.includes(words))?.speakerName;
    expect(said('Yo estuve en esa corte')).toBe('Refugio Elizondo');
  });

  it('gives the later turn under the surname alone to the same caller', () => {
    const article = annotateText(tools, SHOW, { published: '2025-12-15' });
    const said = (words: string) => article.quotes.find((q) => q.text.includes(words))?.speakerName;
    expect(said('That morning was fifteen minutes')).toBe('Refugio Elizondo');
    expect(article.people.map((p) => p.name)).toContain('Refugio Elizondo');
  });
});

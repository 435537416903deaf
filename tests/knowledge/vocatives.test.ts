/**
 * A name the host addresses ("Dale, did agents feel what she is describing?") is the one spoken to: the
 * sentence's "she" is someone else, so the addressed man is not taken for a woman, and a later "she said"
 * is not his.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { PipelineTools } from '../../src/knowledge/build.ts';
import { isVocative } from '../../src/knowledge/vocatives.ts';
import { annotateText, realTools } from './fixtures.ts';

let tools: PipelineTools;

beforeAll(async () => {
  tools = await realTools();
});

describe('a name the speaker addresses', () => {
  it('gives the addressed guest no gender from the "she" of the question put to him', () => {
    const body = [
      'MARISOL QUINTANILLA, HOST: Good morning. With me are Dale Hutto, a retired agent, and Inés Cavazos, a former public defender.',
      'CAVAZOS: The hearings took fifteen minutes for thirty people.',
      'QUINTANILLA: Dale, did agents feel what she is describing?',
      'HUTTO: We saw the buses go to the courthouse.',
    ].join('\n\n');
    const article = annotateText(tools, body, { published: '2025-12-15' });
    expect(article.people.find((p) => p.name === 'Dale Hutto')?.gender).not.toBe('female');
  });
});

describe('isVocative', () => {
  const read = (text: string, name: string) => {
    const analysis = tools.nlp.analyse(text);
    const start = text.indexOf(name);
    return isVocative(analysis, start, start + name.length, 0, text.length);
  };

  it('reads a name opening a question with a comma, after a label or not, as addressed', () => {
    expect(read('QUINTANILLA: Dale, did agents feel what she is describing?', 'Dale')).toBe(true);
    expect(read('Dale, did agents feel it?', 'Dale')).toBe(true);
    expect(read('What do you make of it, Dale?', 'Dale')).toBe(true);
  });

  it('does not read a subject set off by an apposition, or a name in a statement, as addressed', () => {
    expect(read('Dale, a retired agent, said she was right.', 'Dale')).toBe(false);
    expect(read('QUINTANILLA: I spoke with Dale, and she agreed?', 'Dale')).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { aliasWords } from '../../src/answer/alias-words.ts';

describe('aliasWords', () => {
  it('gives the words of a name as the question tokens are read ("ortiz", "franco", "jr.")', () => {
    const words = aliasWords(['Raúl Ortiz-Franco Jr.', "Beto O'Rourke"]);
    expect([...words]).toEqual(['raúl', 'ortiz', 'franco', 'jr.', 'beto', 'o', 'rourke']);
  });
});

import { describe, expect, it } from 'vitest';
import { nameGender, nameGenderReader } from '../../src/knowledge/name-gender.ts';
import type { WordVectors } from '../../src/nlp/word-vectors.ts';

/** Vectors that hold two names, one near "he", one near "she", and count what they are asked. */
function countingVectors(): { vectors: WordVectors; asked: () => number } {
  let asked = 0;
  const near: Record<string, number> = { tomas: 0.3, maria: -0.3 };
  const vectors = {
    has: (w: string) => w in near,
    similarity: (a: string, b: string) => {
      asked++;
      const lean = near[a] ?? 0;
      return ['he', 'his', 'man'].includes(b) ? lean : -lean;
    },
  } as unknown as WordVectors;
  return { vectors, asked: () => asked };
}

describe('nameGenderReader', () => {
  it('gives each first name the gender nameGender gives it', () => {
    const { vectors } = countingVectors();
    const read = nameGenderReader(vectors);
    for (const name of ['Tomas', 'Maria', 'Zyx', '', 'Tomas'])
      expect(read(name)).toBe(nameGender(vectors, name));
    expect(nameGenderReader(null)('Tomas')).toBeNull();
  });

  it('asks the vectors about a name once, however many people the article gives it', () => {
    const { vectors, asked } = countingVectors();
    const read = nameGenderReader(vectors);
    for (let i = 0; i < 100; i++) expect(read('Tomas')).toBe('male');
    expect(read('Maria')).toBe('female');
    expect(asked()).toBe(12);
  });
});

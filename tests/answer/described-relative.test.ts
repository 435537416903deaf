import { describe, expect, it } from 'vitest';
import type { KnowledgeIndex } from '../../src/answer/knowledge-index.ts';
import { holderOfDescribedRelative } from '../../src/answer/described-relative.ts';

const indexWith = (people: Array<{ id: string; description: string | null }>) =>
  ({
    entities: new Map(people.map((p) => [p.id, { ...p, name: p.id, type: 'person' }])),
  }) as unknown as KnowledgeIndex;
const nounGender = (noun: string) =>
  (({ son: 'male', daughter: 'female', husband: 'male' }) as Record<string, 'male' | 'female'>)[noun] ?? null;

describe('holderOfDescribedRelative', () => {
  it('keeps "he" on the woman in focus whose description brings in a son ("whose son is a corporal")', () => {
    const index = indexWith([{ id: 'guadalupe-inzunza', description: 'whose son is a corporal' }]);
    expect(holderOfDescribedRelative(index, ['guadalupe-inzunza'], 'male', nounGender)).toBe(
      'guadalupe-inzunza',
    );
  });

  it('returns null when the relative the description brings in is of the other gender', () => {
    const index = indexWith([{ id: 'guadalupe-inzunza', description: 'whose daughter is a nurse' }]);
    expect(holderOfDescribedRelative(index, ['guadalupe-inzunza'], 'male', nounGender)).toBeNull();
  });

  it('returns null when the description brings in no relative', () => {
    const index = indexWith([{ id: 'mariela-quintana', description: 'a nurse who was on board' }]);
    expect(holderOfDescribedRelative(index, ['mariela-quintana'], 'male', nounGender)).toBeNull();
  });
});

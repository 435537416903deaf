/**
 * A capitalised particle or "and" is no surname: as an alias, "LA" of "ADOLFO DE LA HUERTA" or "AND" of a
 * headline's "McCOMAS AND WIFE" named that person in every question saying "la" or "and" ("And have her
 * bookings suffered?" read as a question about the judge's wife).
 */
import { describe, expect, it } from 'vitest';
import { paternalSurname } from '../../src/knowledge/surnames.ts';

describe('paternalSurname', () => {
  it('gives no surname of a name whose word before the last is a particle written with a capital', () => {
    expect(paternalSurname('ADOLFO DE LA HUERTA', new Set())).toBeNull();
    expect(paternalSurname('Casimiro De León', new Set())).toBeNull();
  });

  it('gives no surname of two people joined by "and" in a headline in capitals', () => {
    expect(paternalSurname('McCOMAS AND WIFE', new Set())).toBeNull();
  });

  it('still gives the father\'s surname of a name with two surnames ("Ricardo Trevilla Trejo")', () => {
    expect(paternalSurname('Ricardo Trevilla Trejo', new Set(['Ricardo']))).toBe('Trevilla');
  });
});

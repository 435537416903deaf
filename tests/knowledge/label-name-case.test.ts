/**
 * A transcript label written in capitals is shown as a name is written, apostrophes included: the words
 * after a possessive's apostrophe stay small ("Attorney General's Spokesman", not "General'S"), and a name's
 * prefix keeps its capital ("O'Neill").
 */
import { describe, expect, it } from 'vitest';
import { nameCase } from '../../src/knowledge/transcript.ts';

describe('nameCase', () => {
  it('writes a possessive label as a reader writes it', () => {
    expect(nameCase("ATTORNEY GENERAL'S SPOKESMAN")).toBe("Attorney General's Spokesman");
    expect(nameCase('THE MAYOR’S AIDE')).toBe('The Mayor’s Aide');
  });

  it("keeps the capital after a name's one-letter prefix", () => {
    expect(nameCase("MAUREEN O'NEILL")).toBe("Maureen O'Neill");
    expect(nameCase("JOHN O'BRIEN'S")).toBe("John O'Brien's");
  });

  it('leaves accented names and words already in small letters as they are', () => {
    expect(nameCase('RUBÉN VILLASEÑOR')).toBe('Rubén Villaseñor');
    expect(nameCase('Dan Rather')).toBe('Dan Rather');
  });
});

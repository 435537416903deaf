/**
 * A given name under a rank, with a surname's particle after it, is one person's whole name: "Lieutenant
 * Colonel Domingo de Ugartechea, and he had about a hundred and twenty-five men" is Domingo de Ugartechea,
 * not a "Lieutenant Colonel Domingo" and a body called "Ugartechea".
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { KnowledgeBase } from '../../src/knowledge/schema.ts';
import { articlesAlone } from '../answer/setup.ts';

const VELASCO = `---
id: xjournal-1982-velasco-anniversary
title: "The fort under the surf"
outlet: X Journal
published: 1982-06-26
language: en
---
Velasco was one of those posts. The commander was Lieutenant Colonel Domingo de Ugartechea, and he had about a hundred and twenty-five men in a little fort.

Ugartechea stood up on that platform and worked a gun himself when his gunners went down.

The mayor, Presidente Municipal de Freeport, said the town would put up a second marker.
`;

let kb: KnowledgeBase;

beforeAll(async () => {
  kb = (await articlesAlone({ 'xjournal-1982-velasco-anniversary.md': VELASCO })).kb;
}, 120_000);

describe('a ranked name with a surname particle', () => {
  it('names the commander by his whole name, the particle and surname included', () => {
    const person = kb.entities.find((e) => e.aliases.includes('Ugartechea'));
    expect(person?.name).toBe('Domingo de Ugartechea');
    expect(person?.type).toBe('person');
  });

  it('makes no person of the rank and given name alone', () => {
    expect(kb.entities.some((e) => e.name === 'Lieutenant Colonel Domingo')).toBe(false);
  });

  it('makes no person of an office written as a Spanish title', () => {
    expect(kb.entities.some((e) => e.name.includes('Municipal'))).toBe(false);
  });
});

/**
 * A given name under a rank, with a surname's particle after it, is one person's whole name: "Lieutenant
 * Colonel Domingo de Ugartechea, and he had about a hundred and twenty-five men" is Domingo de Ugartechea,
 * not a "Lieutenant Colonel Domingo" and a body called "Ugartechea".
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { AnswerEngine } from '../../src/answer/engine.ts';
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

const RIVER_MOUTH = `---
id: xherald-1985-velasco-fight
title: "The fight at the river mouth"
outlet: X Herald
published: 1985-06-26
language: en
---
At dawn Mexican troops under Col. Domingo de Ugartechea, a veteran of the northern posts, fired on the schooner from the fort.

Ugartechea surrendered the fort two days later.
`;

let kb: KnowledgeBase;
let engine: AnswerEngine;

beforeAll(async () => {
  ({ kb, engine } = await articlesAlone({
    'xjournal-1982-velasco-anniversary.md': VELASCO,
    'xherald-1985-velasco-fight.md': RIVER_MOUTH,
  }));
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

  it('reads the particle and surname as part of the mention after the rank', () => {
    const sentence = kb.sentences.find((s) => s.text.includes('under Col.'));
    expect(sentence?.mentions.map((m) => m.text)).toContain('Col. Domingo de Ugartechea');
  });

  it('answers who led the troops with the whole name as its headline', async () => {
    const answer = await engine.ask('Who led the Mexican troops?', { userId: 'u' });
    expect(answer.direct).toBe('Domingo de Ugartechea');
  });
});

import { beforeAll, describe, expect, it } from 'vitest';
import type { AnswerEngine } from '../../src/answer/engine.ts';
import { withArticles } from './setup.ts';

/** A 2025 article whose defence secretary is not the one the shipped coverage names (sentences from a dev article). */
const ARTICLE = `---
id: centinela-2025-guardia-nacional-tariff-pause
title: First of 10,000 Guardia Nacional troops reach Juárez as tariff truce begins
outlet: El Centinela del Norte (English Edition)
published: 2025-02-05
url: https://www.elcentinela.example/english/frontera/2025/02/05/guardia-nacional-juarez-10-mil-elementos-aranceles
language: en
---
CIUDAD JUÁREZ, Chihuahua — Masked and armed members of the Guardia Nacional walked the length of the border fence in the Anapra neighbourhood on Wednesday morning.

According to the Secretaría de la Defensa Nacional, the largest contingent, 1,949 troops, is assigned to Tijuana, Baja California, and 1,650 to Ciudad Juárez and the Valle de Juárez. Others are bound for Sonora, Coahuila, Nuevo León and Tamaulipas. Many of them were flown in from Campeche, Mérida and Cancún, where the defence secretary, Gen. Ricardo Trevilla Trejo, said the security situation allowed it.
`;

let engine: AnswerEngine;

beforeAll(async () => {
  ({ engine } = await withArticles(ARTICLE));
});

describe('an office named without a year', () => {
  it('is held by the one the article the rest of the question points to introduces by it', async () => {
    const a = await engine.ask(
      "Why did Mexico's defense secretary say troops could be flown in from Campeche and Cancún?",
      { userId: 'office-1' },
    );
    expect(a.answered).toBe(true);
    expect(a.text).toContain('security situation allowed it');
  });

  it('keeps the holder the shipped coverage names when the question points nowhere else', async () => {
    const a = await engine.ask("Who is Mexico's defense secretary?", { userId: 'office-2' });
    expect(a.text).toContain('Sandoval');
  });
});

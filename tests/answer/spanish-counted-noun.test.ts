/**
 * A Spanish count question whose counted noun the lexicon has no English for ("¿cuántos asaltantes…?") still
 * asks of that noun: no figure counting something else (the horses wounded) answers it.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { AnswerEngine } from '../../src/answer/engine.ts';
import { articlesAlone } from './setup.ts';

const ARTICLE = `---
id: example-1915-ranch-raid
title: Raid on the ranch
outlet: Example Herald
published: 1915-08-10
url: https://example.org/ranch-raid
language: en
---
Raid on the ranch
The raiders killed three ranch hands and took 40 horses before dawn, the sheriff said.

Two of the raiders were wounded in the fight and 12 horses were wounded too.
`;

let engine: AnswerEngine;
let user = 0;
const fresh = () => ({ userId: `spanish-counted-noun-${++user}` });

beforeAll(async () => {
  ({ engine } = await articlesAlone({ 'raid.md': ARTICLE }));
}, 120_000);

describe('the counted noun of a Spanish count question', () => {
  it('is not answered with a figure of another noun when the lexicon lacks its word ("¿cuántos asaltantes…?")', async () => {
    const a = await engine.ask('¿cuántos asaltantes quedaron heridos?', fresh());
    expect(a.direct ?? '').not.toContain('horses');
  });

  it('still counts a noun the lexicon translates ("¿cuántos caballos quedaron heridos?")', async () => {
    expect((await engine.ask('¿cuántos caballos quedaron heridos?', fresh())).direct).toContain('12 horses');
  });
});

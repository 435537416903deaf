/**
 * Someone a sentence names only once, with no title, apposition or verb of saying to learn them by, has no
 * entity: a follow-up who-question answered by the sentence the last answer showed still finds them there.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { AnswerEngine } from '../../src/answer/engine.ts';
import type { Sentence } from '../../src/knowledge/schema.ts';
import type { Runtime } from '../../src/answer/create.ts';
import { unlistedNames } from '../../src/answer/unlisted-names.ts';
import { articlesAlone } from './setup.ts';

const ARTICLE = `---
id: tecatetimes-1961-band-anniversary
title: Fifty years since the band took Tecate
outlet: Example Tecate Times
published: 1961-02-05
url: https://example.org/tecate-band
language: en
---
Fifty years since the band took Tecate
The band that took Tecate in February 1911 was led by Tomás Rivas Olmedo, a blacksmith from the valley, with Anselmo Quiñones as his second in command.
They held the town for three weeks.
Capt. Ernesto Vidal, who commanded the federal garrison, later said the command of the town had never been in doubt.
Vidal retreated south with his men.
`;

let engine: AnswerEngine;
let runtime: Runtime;

beforeAll(async () => {
  ({ engine, runtime } = await articlesAlone({ 'tecate.md': ARTICLE }));
}, 120_000);

const sentence = (text: string, mentioned: string[] = []): Sentence =>
  ({
    id: 's1',
    sourceId: 'a',
    paragraph: 1,
    position: 1,
    kind: 'report',
    socialPostId: null,
    text,
    lemmas: [],
    nerEntities: [],
    mentions: mentioned.map((m) => ({ entityId: m, text: m, via: 'alias' })),
  }) as unknown as Sentence;

describe('unlistedNames', () => {
  const names = (text: string, mentioned: string[] = []) =>
    unlistedNames(sentence(text, mentioned), runtime.questionNlp.analyse(text), (w) =>
      runtime.questionNlp.isEnglishWord(w),
    );

  it('reads a name no mention covers, and not the one a mention covers', () => {
    expect(
      names('The band was led by José María Leyva, with Simón Berthold as his second in command.', [
        'José María Leyva',
      ]),
    ).toEqual(['Simón Berthold']);
  });

  it('reads each name of a list after a title', () => {
    expect(names('Justice Ginsburg, joined by Justices Stephen Breyer and Elena Kagan, dissented.')).toEqual([
      'Stephen Breyer',
      'Elena Kagan',
    ]);
  });

  it('reads the one name no mention covers among a name the sentence repeats, and its overlapping mentions', () => {
    const repeated = 'José María Leyva met José María Leyva, and then José María Leyva met ';
    expect(
      names(`${repeated.repeat(40)}Simón Berthold.`, [
        ...Array.from({ length: 120 }, () => 'José María Leyva'),
        'María Leyva',
      ]),
    ).toEqual(['Simón Berthold']);
  });

  it('reads no place after a preposition of place, nor a thing named after an article', () => {
    expect(names('She runs a clinic in Ciudad Juárez near the Las Cuevas crossing.')).toEqual([]);
  });
});

describe('a follow-up who-question answered by the sentence just shown', () => {
  it('names the second in command the last answer showed, whom the coverage knows by that sentence alone', async () => {
    const user = { userId: 'unlisted-second' };
    const led = await engine.ask('Who led the band that took Tecate in 1911?', user);
    expect(led.text).toContain('Tomás Rivas Olmedo');
    const second = await engine.ask('who was his second in command?', user);
    expect(second.answered).toBe(true);
    expect(second.text).toContain('Anselmo Quiñones');
  });
});

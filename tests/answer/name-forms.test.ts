/** A name the question writes another way than the coverage does is not a subject the coverage lacks. */
import { beforeAll, describe, expect, it } from 'vitest';
import type { AnswerEngine } from '../../src/answer/engine.ts';
import { NameForms } from '../../src/answer/name-forms.ts';
import { articlesAlone } from './setup.ts';

const ARTICLE = `---
id: valleyherald-1916-ranch-raid-report
title: Raiders driven off at the Ojo Blanco ranch
outlet: Example Valley Herald
published: 1916-05-20
url: https://example.org/ranch-raid-report
language: en
---
Raiders driven off at the Ojo Blanco ranch
A troop of the 13th Cavalry surprised a band of Villistas at the Ojo Blanco ranch at dawn on Friday.
Forty-two Villistas were killed in the attack, the major commanding the troop reported.
The troop had ridden south from Quitman Cañon the night before, guided by a rancher from Texas.
Ranchers said the band had crossed twice that month to take horses.
`;

let engine: AnswerEngine;
let user = 0;
const fresh = () => ({ userId: `name-forms-${++user}` });

beforeAll(async () => {
  ({ engine } = await articlesAlone({ 'raid.md': ARTICLE }));
}, 120_000);

describe('a name the coverage writes another way', () => {
  it('answers of "Villa\'s men" from an article that calls them Villistas', async () => {
    const q = "How many of Villa's men were killed in the dawn attack on the ranch?";
    expect(engine.read(q).unknownSubjects).toEqual([]);
    const answer = await engine.ask(q, fresh());
    expect(answer.answered).toBe(true);
    expect(answer.text).toContain('Forty-two');
  });

  it('reads "Quitman Canyon" as the article\'s Quitman Cañon', () => {
    expect(
      engine.read('Where did the troop ride from before the attack, Quitman Canyon?').unknownSubjects,
    ).toEqual([]);
  });

  it('reads "the Texans" as people of the Texas the article names', () => {
    expect(engine.read('Did any Texans guide the troop to the ranch?').unknownSubjects).toEqual([]);
  });

  it('still declines a person the coverage does not name', () => {
    expect(
      engine.read('What did Obama say about the raid on the Ojo Blanco ranch?').unknownSubjects,
    ).toContain('Obama');
  });
});

describe('NameForms', () => {
  const forms = new NameForms(['villistas', 'cañon', 'texas', 'julia', 'mexico']);

  it('returns the people word of a name and the name of a people word', () => {
    expect(forms.of('villa')).toBe('villistas');
    expect(forms.of('texans')).toBe('texas');
    expect(forms.of('mexicans')).toBe('mexico');
  });

  it('returns a word with "ñ" for the same word written with "ny"', () => {
    expect(forms.of('canyon')).toBe('cañon');
  });

  it('returns null for a singular "-an" word (a given name, or one person the coverage may not name)', () => {
    expect(forms.of('julian')).toBeNull();
    expect(forms.of('texan')).toBeNull();
  });

  it('returns null for a stem too short to join two names ("Evans" is not of "Eva")', () => {
    expect(new NameForms(['eva']).of('evans')).toBeNull();
  });
});

import { beforeAll, describe, expect, it } from 'vitest';
import type { AnswerEngine } from '../../src/answer/engine.ts';
import { givesMeans } from '../../src/answer/manner.ts';
import type { Token } from '../../src/nlp/pipeline.ts';
import { withArticles } from './setup.ts';

/** An event told in one paragraph and the means of it in another (sentences from a dev article). */
const ARTICLE = `---
id: sonoranwire-1929-naco-bombs-fall-arizona
title: Rebel Bombs Fall on Naco, Arizona
outlet: Sonoran Wire Service (archive)
published: 1929-04-02
url: https://example.org/naco-bombs
language: en
---
NACO, Ariz., April 1. — For the second time in three days a flier in the pay of the Mexican rebels dropped homemade bombs on the federal trenches across the line at Naco, Sonora, and for the second time some of his missiles fell on American soil, shattering windows, tearing the roof from a garage and throwing the people of this little border town into the streets.

No one on the Arizona side was killed. Two residents were slightly hurt by flying glass Saturday night and were treated at the Army dressing station and sent home.

The aviator, identified by rebel officers as Patrick Murphy, an American soldier of fortune flying a single-engine biplane for the forces of Gen. José Gonzalo Escobar, came over from the south shortly after 9 o'clock Saturday night and again at dawn today. Witnesses said he cut his motor, glided low and pitched the bombs over the side by hand. They were made of lengths of pipe packed with dynamite and scrap iron.
`;

let engine: AnswerEngine;

beforeAll(async () => {
  ({ engine } = await withArticles(ARTICLE));
});

describe('a how-question whose means the article gives apart from the event', () => {
  it('shows the sentence that says how it was done, not only that it was', async () => {
    const a = await engine.ask('How did the pilot actually drop the bombs on Naco?', { userId: 'a' });
    expect(a.answered).toBe(true);
    expect(a.text).toContain('by hand');
  });
});

/** Tokens as the tagger gives them, from "word/POS" pairs. */
function tagged(text: string): Token[] {
  return text.split(' ').map((pair, i) => {
    const [value = '', pos = 'X'] = pair.split('/');
    const normal = value.toLowerCase();
    return { value, normal, lemma: normal, pos, type: 'word', stop: false, start: i, end: i + 1 };
  });
}

describe('givesMeans', () => {
  it('returns true when "by" comes before a noun or a verb', () => {
    expect(givesMeans(tagged('pitched/VERB the/DET bombs/NOUN by/ADP hand/NOUN'))).toBe(true);
    expect(givesMeans(tagged('crossed/VERB by/ADP swimming/NOUN'))).toBe(true);
  });

  it('returns false when "by" names an agent or a time', () => {
    expect(givesMeans(tagged('signed/VERB by/ADP Trump/PROPN'))).toBe(false);
    expect(givesMeans(tagged('estimated/VERB by/ADP the/DET customs/NOUN collector/NOUN'))).toBe(false);
    expect(givesMeans(tagged('camped/VERB by/ADP late/ADJ summer/NOUN'))).toBe(false);
  });
});

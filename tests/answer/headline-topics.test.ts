/** A quote question's topic that an article's headline names is what every quotation in it speaks to. */
import { describe, expect, it } from 'vitest';
import { headlineTopics } from '../../src/answer/quote-scene.ts';

const TITLE = 'Pershing Puts Troops in El Paso Streets After Night of Rioting Over Santa Ysabel Murders';

describe('headlineTopics', () => {
  it('finds "riot" in a headline\'s "Rioting" and "night" as written', () => {
    expect(headlineTopics(TITLE, ['night', 'riot'])).toEqual(['night', 'riot']);
  });

  it('leaves out topic words the headline does not hold, and words too short to stand as a stem', () => {
    expect(headlineTopics(TITLE, ['neighbor', 'put', 'el'])).toEqual([]);
  });
});

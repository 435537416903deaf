import { describe, expect, it } from 'vitest';
import { askedInterval, givesInterval } from '../../src/answer/interval.ts';

const SENTENCE =
  'Tamaulipas officials said the suitcase was left outside the military garrison in Ciudad Mier, about 20 miles downriver from the dam, twelve days after the shooting.';

describe('askedInterval', () => {
  it('reads "how long after" as a question of the time between two events', () => {
    expect(askedInterval("How long after the shooting was the investigator's head dropped off?")).toBe(
      'after',
    );
    expect(askedInterval('How many days before the vote did he resign?')).toBe('before');
  });

  it('reads no interval in a plain "how long"', () => {
    expect(askedInterval('How long did the troops stay in Texas?')).toBeNull();
    expect(askedInterval('How many soldiers before the raid were posted there?')).toBeNull();
    expect(
      askedInterval('How long had the trucker been stuck in line after the inspections began?'),
    ).toBeNull();
  });
});

describe('givesInterval', () => {
  it('returns true when the distance in time is given with the asked word ("twelve days after")', () => {
    expect(givesInterval('after', { text: 'twelve', counts: 'days' }, SENTENCE)).toBe(true);
  });

  it('returns false when the distance in time runs the other way', () => {
    expect(givesInterval('before', { text: 'twelve', counts: 'days' }, SENTENCE)).toBe(false);
  });

  it('returns false for a figure that is no distance in time', () => {
    expect(givesInterval('after', { text: 'about 20', counts: 'miles' }, SENTENCE)).toBe(false);
  });
});

/**
 * Dates read on the calendar as their sentence states them: a date that writes out its own year keeps that
 * year whatever year the story was in, and a date a sentence states only to deny or correct it ("not 1866 as
 * reported", "An earlier version … said 1866") is not the date of anything. Their neighbours keep working: a
 * day written without its year in a dispatch, "the 26th ult.", "last Sunday", "1880–81", "'80".
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { KnowledgeBase } from '../../src/knowledge/schema.ts';
import { articlesAlone } from '../answer/setup.ts';

const RETROSPECTIVE = `---
id: courier-2026-river-order
title: "The order that let troops cross the river"
outlet: The Courier
published: 2026-11-16
language: en
---
Washington recognized the new government in April 1878. The river order stayed on the books until Feb. 24, 1880, when it was withdrawn.

The general resigned his command in 1881. His successor took over on Sept. 3 1881 at the fort.

In the summer of 1877 the cavalry crossed twice. The first column returned on 12 August 1879, two years later than planned.

The drought of 1880–81 emptied the ranches along the river.
`;

const CORRECTED = `---
id: gazette-2026-port-hurricane
title: "The port the storm took"
outlet: The Gazette
published: 2026-01-05
language: en
---
The port never recovered. In October 1867 a hurricane destroyed most of what was left of the town.

The customs house was rebuilt in 1872, not 1870 as some histories say. The new bridge opened in 1972, not 1970 as the plaque says.

The garrison was withdrawn on June 3, 1868, rather than in 1869.

A county history incorrectly gives the year of the fire as 1869; the fire was in 1871.

Correction: An earlier version of this report said that the hurricane that destroyed the port struck in 1866. It was in October 1867.

Correction, Jan. 6: A previous version of this story said the garrison left on May 16. It left on June 3.

The last soldiers did not leave until 1968, after the storm.

The captain was wrongly arrested on May 3, 1969, and freed a week later.

The pilot, who had been falsely reported dead, reappeared in the port on June 1, 1870.

The harbour master, who misstated the depth of the channel, was replaced on July 7, 1870.

The original story in the Coast Courier said the storm struck on March 9, 1867.

The soldiers instead on April 12, 1868 marched inland.
`;

const DISPATCH = `---
id: ledger-1880-river-dispatches
title: "From the river"
outlet: The Ledger
published: 1880-03-02
language: en
---
SAN ANTONIO, Feb. 27. — The order was withdrawn on Feb. 24, and the troops were recalled the next day.

The courier who reached the post on the 26th ult. brought the news.

Last Sunday the colonel read the order to the men.

A veteran of the campaign of '77 said the river was quiet.
`;

let kb: KnowledgeBase;

beforeAll(async () => {
  ({ kb } = await articlesAlone({
    'courier-2026-river-order.md': RETROSPECTIVE,
    'gazette-2026-port-hurricane.md': CORRECTED,
    'ledger-1880-river-dispatches.md': DISPATCH,
  }));
});

/** The dates read in the sentence of `sourceId` that holds `words`, as text → calendar date. */
function datesIn(sourceId: string, words: string): Record<string, string> {
  const sentence = kb.sentences.find((s) => s.sourceId === sourceId && s.text.includes(words));
  if (!sentence) throw new Error(`no sentence holds "${words}"`);
  return Object.fromEntries(
    kb.dates.filter((d) => d.sentenceId === sentence.id).map((d) => [d.text, d.date] as const),
  );
}

describe('a date that writes out its own year', () => {
  it('keeps its year when the paragraph told another year before it', () => {
    expect(datesIn('courier-2026-river-order', 'stayed on the books')).toEqual({
      'Feb. 24, 1880': '1880-02-24',
    });
  });

  it('keeps its year written after the day without a comma', () => {
    expect(datesIn('courier-2026-river-order', 'successor took over')).toMatchObject({
      'Sept. 3 1881': '1881-09-03',
    });
  });

  it('keeps its year written day first', () => {
    expect(Object.values(datesIn('courier-2026-river-order', 'first column returned'))).toContain(
      '1879-08-12',
    );
  });

  it('reads no year but its own from a range of years', () => {
    const read = Object.values(datesIn('courier-2026-river-order', 'drought of'));
    expect(read.filter((d) => !d.startsWith('1880'))).toEqual([]);
  });
});

describe('a date stated only to deny or correct it', () => {
  it('is not read when "not" denies it after the right year', () => {
    expect(datesIn('gazette-2026-port-hurricane', 'customs house')).toEqual({ '1872': '1872' });
    expect(datesIn('gazette-2026-port-hurricane', 'new bridge')).toEqual({ '1972': '1972' });
  });

  it('is not read after "rather than"', () => {
    expect(Object.values(datesIn('gazette-2026-port-hurricane', 'rather than'))).toEqual(['1868-06-03']);
  });

  it('is not read in the clause that gives it incorrectly, and the clause that corrects it is', () => {
    expect(Object.values(datesIn('gazette-2026-port-hurricane', 'county history'))).toEqual(['1871']);
  });

  it('is not read where an earlier version of the report said it', () => {
    expect(datesIn('gazette-2026-port-hurricane', 'An earlier version')).toEqual({});
    expect(Object.values(datesIn('gazette-2026-port-hurricane', 'It was in October'))).toEqual(['1867-10']);
  });

  it('is not read where a previous version said it', () => {
    const read = Object.values(datesIn('gazette-2026-port-hurricane', 'A previous version'));
    expect(read.filter((d) => d.endsWith('-05-16'))).toEqual([]);
  });

  it('is read when the act done wrongly is not one of stating ("wrongly arrested on May 3")', () => {
    expect(Object.values(datesIn('gazette-2026-port-hurricane', 'wrongly arrested'))).toContain('1969-05-03');
  });

  it('is read when a clause set off before it says something else was wrong ("falsely reported dead, reappeared on")', () => {
    expect(Object.values(datesIn('gazette-2026-port-hurricane', 'reappeared'))).toContain('1870-06-01');
    expect(Object.values(datesIn('gazette-2026-port-hurricane', 'was replaced'))).toContain('1870-07-07');
  });

  it("is read when another publication's story said it, which this article does not correct", () => {
    expect(Object.values(datesIn('gazette-2026-port-hurricane', 'Coast Courier'))).toContain('1867-03-09');
  });

  it('is read after "instead" with no "of" ("instead on April 12 marched")', () => {
    expect(Object.values(datesIn('gazette-2026-port-hurricane', 'marched inland'))).toContain('1868-04-12');
  });

  it('is read when "not … until" bounds the act rather than denying the date', () => {
    expect(Object.values(datesIn('gazette-2026-port-hurricane', 'did not leave until'))).toEqual(['1968']);
  });
});

describe('the neighbours of a date with its own year', () => {
  it("dates a day without a year in the dispatch's year", () => {
    expect(datesIn('ledger-1880-river-dispatches', 'was withdrawn on')).toMatchObject({
      'Feb. 24': '1880-02-24',
    });
  });

  it('reads no day of another month from "the 26th ult."', () => {
    const read = Object.values(datesIn('ledger-1880-river-dispatches', 'courier who reached'));
    expect(read.filter((d) => !d.startsWith('1880-01'))).toEqual([]);
  });

  it('dates "last Sunday" in the week before publication', () => {
    expect(Object.values(datesIn('ledger-1880-river-dispatches', 'Last Sunday'))).toEqual(['1880-02-22']);
  });

  it('reads "\'77" as no date rather than a wrong one', () => {
    const read = Object.values(datesIn('ledger-1880-river-dispatches', 'veteran of the campaign'));
    expect(read.every((d) => d.startsWith('1877'))).toBe(true);
  });
});

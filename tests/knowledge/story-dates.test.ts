/**
 * Dates an old or retrospective article writes without a year, or relative to a day, read as its reader reads
 * them: a dispatch's "yesterday" and "Tuesday the 20th" count from its own dateline, not from the paper's day,
 * and a past event told without its year is in the story's year, never after publication.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { KnowledgeBase } from '../../src/knowledge/schema.ts';
import { articlesAlone } from '../answer/setup.ts';

const DISPATCHES = `---
id: gazette-1842-dispatches
title: "The invasion of the West"
outlet: The Gazette
published: 1842-09-28
language: en
---
SEGUIN, Sept. 12. — Yesterday morning, Sunday the 11th, a Mexican army entered San Antonio at daylight.

SAN ANTONIO, Sept. 21. — Gen. Woll left the town on Tuesday the 20th, taking the prisoners with him.

The mayor said the general reached the river on Monday.
`;

const ANNIVERSARY = `---
id: diario-1961-anniversary
title: "Fifty years since the town was taken"
outlet: Diario del Valle
published: 1961-01-29
language: en
---
Fifty years ago today, on Sunday, January 29, 1911, a small band of armed men took the town before sunrise.

"By this route I am advised that this morning at dawn the town was assaulted," the colonel telegraphed.

On January 31, the colonel wrote to the president that the rebels had gone toward Tecate.

The lesson did not come quickly. On February 15, the colonel attacked the town with his troops and was driven off.

The council will study the proposals at its session on February 20.
`;

const LETTERS = `---
id: mercury-1847-letters
title: "News from the army"
outlet: The Mercury
published: 1847-03-25
language: en
---
SALTILLO, Mexico, Feb. 25, 1847.

On Monday, the 22d, the Mexican army appeared in our front.
`;

const CENTENNIAL = `---
id: radio-2017-ranch-raid-centennial
title: "A hundred years since the ranch raid"
outlet: Radio Big Bend
published: 2017-12-22
language: en
---
On Dec. 25, 1917, raiders struck the ranch store and killed the mail carrier.

The county commission will dedicate a new marker at the ranch on Dec. 30.
`;

const MONTH_OF_WRITING = `---
id: herald-1848-river-letters
title: "From the river"
outlet: The Herald
published: 1848-02-09
language: en
---
Since the fire at the ferry on the 3d of November, the garrison has been on short rations; it marched out on Friday, the 24th ult., under Capt. Reyes.

A merchant, writing to us on the 30th ult., says the road is open.

We have papers from the coast to the 2d instant, and the court will sit on the 6th prox.
`;

let kb: KnowledgeBase;

beforeAll(async () => {
  ({ kb } = await articlesAlone({
    'gazette-1842-dispatches.md': DISPATCHES,
    'diario-1961-anniversary.md': ANNIVERSARY,
    'mercury-1847-letters.md': LETTERS,
    'radio-2017-ranch-raid-centennial.md': CENTENNIAL,
    'herald-1848-river-letters.md': MONTH_OF_WRITING,
  }));
});

function dateOf(sourceId: string, text: string): string | undefined {
  return kb.dates.find((d) => d.sourceId === sourceId && d.text === text)?.date;
}

describe('a dispatch under its own dateline', () => {
  it('dates "yesterday" the day before the dateline, not the day before publication', () => {
    expect(dateOf('gazette-1842-dispatches', 'Yesterday')).toBe('1842-09-11');
  });

  it('dates "Tuesday the 20th" the 20th of the dateline\'s month that is a Tuesday', () => {
    expect(dateOf('gazette-1842-dispatches', 'Tuesday the 20th')).toBe('1842-09-20');
  });

  it('dates a weekday alone the last such day up to the dateline', () => {
    expect(dateOf('gazette-1842-dispatches', 'Monday')).toBe('1842-09-19');
  });

  it('dates "Monday, the 22d" under a letter\'s heading in the heading\'s month', () => {
    expect(dateOf('mercury-1847-letters', 'Monday, the 22d')).toBe('1847-02-22');
  });
});

describe('a past event told without its year in an anniversary article', () => {
  it("dates it in the story's year, not in the year of publication", () => {
    expect(dateOf('diario-1961-anniversary', 'January 31')).toBe('1911-01-31');
    expect(dateOf('diario-1961-anniversary', 'February 15')).toBe('1911-02-15');
  });

  it('keeps a coming event of the present in the year of publication', () => {
    expect(dateOf('diario-1961-anniversary', 'February 20')).toBe('1961-02-20');
  });

  it("dates a coming event told after the story's day in the year of publication, not the story's", () => {
    expect(dateOf('radio-2017-ranch-raid-centennial', 'Dec. 30')).toBe('2017-12-30');
  });
});

describe('a day a letter dates by the month it is written in', () => {
  it('dates "the 30th ult." the 30th of the month before publication', () => {
    expect(dateOf('herald-1848-river-letters', '30th ult')).toBe('1848-01-30');
  });

  it('dates "Friday, the 24th ult." last month\'s 24th, not the 24th of a month named earlier in the sentence', () => {
    expect(dateOf('herald-1848-river-letters', 'Friday, the 24th ult')).toBe('1848-01-24');
  });

  it('dates "the 2d instant" in the month of publication and "the 6th prox." in the month after', () => {
    expect(dateOf('herald-1848-river-letters', '2d instant')).toBe('1848-02-02');
    expect(dateOf('herald-1848-river-letters', '6th prox')).toBe('1848-03-06');
  });
});

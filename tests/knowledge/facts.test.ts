import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Lexicon } from '../../src/knowledge/annotate.ts';
import { buildKnowledge, type PipelineTools } from '../../src/knowledge/build.ts';
import { FactReader } from '../../src/knowledge/facts.ts';
import type { KnowledgeBase } from '../../src/knowledge/schema.ts';
import type { RawSource } from '../../src/knowledge/sources.ts';
import { KNOWLEDGE_DIR } from '../../src/paths.ts';
import { annotateText, buildReal, DW, INDEPENDENT, realTools, SHEINBAUM, sentenceWith } from './fixtures.ts';

let tools: PipelineTools;
let kb: KnowledgeBase;
let facts: FactReader;

beforeAll(async () => {
  tools = await realTools();
  kb = await buildReal(tools);
  facts = new FactReader(JSON.parse(await readFile(join(KNOWLEDGE_DIR, 'lexicon.json'), 'utf8')) as Lexicon);
});

/** One article with `body`, as the build reads a source file. */
function fixtureSource(body: string): RawSource {
  return {
    meta: {
      id: 'fixture',
      title: 'Fixture',
      outlet: 'Fixture',
      published: '2018-12-18',
      url: null,
      language: 'en',
      syndicatedBy: null,
      author: null,
    },
    body,
    file: 'fixture.md',
    bodyLine: 1,
    sha256: '0'.repeat(64),
  };
}

function numbersIn(sourceId: string) {
  return kb.numbers
    .filter((n) => n.sourceId === sourceId)
    .map(({ text, value, high, qualifier, counts, countsLemma }) => ({
      text,
      value,
      high,
      qualifier,
      counts,
      countsLemma,
    }));
}

describe('numbers', () => {
  it('finds the 15,000 troops twice in the Independent report', () => {
    const troops = kb.numbers.filter((n) => n.sourceId === INDEPENDENT && n.value === 15_000);
    expect(
      troops.map(({ text, counts, countsLemma, qualifier }) => ({ text, counts, countsLemma, qualifier })),
    ).toEqual([
      { text: '15,000', counts: 'troops', countsLemma: 'troop', qualifier: null },
      { text: 'some 15,000', counts: 'troops', countsLemma: 'troop', qualifier: 'about' },
    ]);
    expect(troops.map((n) => n.sentenceId)).toEqual([
      sentenceWith(kb, 'The president of Mexico says that the 15,000 troops').id,
      sentenceWith(kb, 'Mexico has deployed some 15,000 troops').id,
    ]);
  });

  it('reads the DW figures with their ranges, qualifiers and what they count', () => {
    expect(numbersIn(DW)).toEqual(
      expect.arrayContaining([
        {
          text: 'between 800 and 1,000',
          value: 800,
          high: 1000,
          qualifier: 'between',
          counts: 'active-duty troops',
          countsLemma: 'troop',
        },
        {
          text: 'About 2,000',
          value: 2000,
          high: null,
          qualifier: 'about',
          counts: 'National Guard troops',
          countsLemma: 'troop',
        },
        {
          text: 'more than 7,000',
          value: 7000,
          high: null,
          qualifier: 'more than',
          counts: 'migrants',
          countsLemma: 'migrant',
        },
      ]),
    );
  });

  it('reads "hundreds of troops" and "thousands of … migrants" as vague counts', () => {
    expect(numbersIn(DW)).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          text: 'Hundreds',
          value: 100,
          qualifier: 'hundreds',
          countsLemma: 'troop',
        }),
        expect.objectContaining({
          text: 'thousands',
          value: 1000,
          qualifier: 'thousands',
          countsLemma: 'migrant',
        }),
      ]),
    );
  });

  it('reads number words ("two women")', () => {
    expect(numbersIn(INDEPENDENT)).toContainEqual(
      expect.objectContaining({ text: 'two', value: 2, counts: 'women', countsLemma: 'woman' }),
    );
  });

  it('does not count years, days of the month or times, and reads a price as money, not a count', () => {
    const values = kb.numbers.map((n) => n.value);
    for (const notACount of [2016, 2018, 2025, 3, 6, 19, 1830, 15, 40])
      expect(values).not.toContain(notACount);
    const { sentences } = annotateText(
      tools,
      'Each evening at 1830 UTC the shop sold a £15 dress and 40 percent of the stock on 19 February 2025.',
    );
    expect(sentences.flatMap((s) => facts.numbers(s)).map((n) => [n.text, n.countsLemma])).toEqual([
      ['£15', 'money'],
    ]);
  });

  it('counts a capitalised plural the tagger reads as a name ("777 Marines")', () => {
    const { sentences } = annotateText(tools, 'The Pentagon sent 777 Marines to Eagle Pass on Monday.');
    expect(sentences.flatMap((s) => facts.numbers(s)).map((n) => [n.value, n.counts, n.countsLemma])).toEqual(
      [[777, 'Marines', 'marine']],
    );
  });

  it('counts a capitalised plural in "men" the tagger reads as a name ("110,000 Guardsmen")', () => {
    const { sentences } = annotateText(
      tools,
      'By late summer some 110,000 Guardsmen were camped along the line from Brownsville to Nogales.',
    );
    expect(sentences.flatMap((s) => facts.numbers(s)).map((n) => [n.value, n.counts, n.countsLemma])).toEqual(
      [[110000, 'Guardsmen', 'guardsman']],
    );
  });

  it('counts nothing by a capitalised name after a figure that is no plural ("12 Carmen")', () => {
    const { sentences } = annotateText(tools, 'The ferry left Pier 12 Carmen said on Monday.');
    expect(sentences.flatMap((s) => facts.numbers(s)).map((n) => n.countsLemma)).not.toContain('carman');
  });

  it('counts what modifiers joined by "and" describe ("2,500 Guard and Reserve troops")', () => {
    const { sentences } = annotateText(
      tools,
      'The 1,500 active-duty troops will join about 2,500 Guard and Reserve troops already there.',
    );
    expect(sentences.flatMap((s) => facts.numbers(s)).map((n) => [n.value, n.counts, n.countsLemma])).toEqual(
      [
        [1500, 'active-duty troops', 'troop'],
        [2500, 'Guard and Reserve troops', 'troop'],
      ],
    );
  });

  it('reads "two dozen" as 24 of what follows', () => {
    const { sentences } = annotateText(tools, 'By Wednesday more than two dozen migrants had been charged.');
    expect(
      sentences.flatMap((s) => facts.numbers(s)).map((n) => [n.value, n.qualifier, n.countsLemma]),
    ).toEqual([[24, 'more than', 'migrant']]);
  });

  it('reads a range written in words ("eight or nine soldiers") as one figure with its high end', () => {
    const { sentences } = annotateText(
      tools,
      'According to the Border Patrol, a Mexican Army Humvee with eight or nine soldiers in it drove north across the line.',
    );
    expect(
      sentences.flatMap((s) => facts.numbers(s)).map((n) => [n.text, n.value, n.high, n.countsLemma]),
    ).toEqual([['eight or nine', 8, 9, 'soldier']]);
  });

  it('counts people numbered in words past twenty ("some seventy men", "thirty-two riders", "between forty and sixty")', () => {
    const counted = (text: string) =>
      annotateText(tools, text)
        .sentences.flatMap((s) => facts.numbers(s))
        .map((n) => [n.value, n.high, n.countsLemma]);
    expect(counted('The post at Ojinaga held some seventy men under a major.')).toEqual([[70, null, 'man']]);
    expect(counted('Thirty-two riders came over the hill at dusk.')).toEqual([[32, null, 'rider']]);
    expect(counted('The wagons carried between forty and sixty rifles north.')).toEqual([[40, 60, 'rifle']]);
    // The unit of a hyphenated number is no figure of its own.
    expect(counted('Some say twenty-five thousand.').map(([v]) => v)).not.toContain(5000);
  });

  it('reads what a figure counts past the time its clause happened in ("the men who crossed that night numbered 90")', () => {
    const { sentences } = annotateText(
      tools,
      'The riders who crossed that night numbered between 80 and 90.',
    );
    expect(sentences.flatMap((s) => facts.numbers(s)).map((n) => [n.value, n.high, n.countsLemma])).toEqual([
      [80, 90, 'rider'],
    ]);
  });

  it('does not read the subject before a time phrase as what an action verb\'s figure counts ("the raids that week killed 12")', () => {
    const read = (text: string) =>
      annotateText(tools, text)
        .sentences.flatMap((s) => facts.numbers(s))
        .map((n) => [n.value, n.countsLemma]);
    expect(read('The raids that week killed 12.')).toEqual([]);
    expect(read('The arrests that month totalled 400.')).toEqual([[400, 'arrest']]);
  });

  it('reads "three hours and 40 minutes" as one span of time', () => {
    const { sentences } = annotateText(
      tools,
      'Waits at the Juárez-Lincoln bridge reached three hours and 40 minutes this morning.',
    );
    expect(sentences.flatMap((s) => facts.numbers(s)).map((n) => [n.text, n.value, n.countsLemma])).toEqual([
      ['three hours and 40 minutes', 3, 'hour'],
    ]);
  });

  it('reads "eight hundred" as 800 of what follows, not a hundred', () => {
    const { sentences } = annotateText(
      tools,
      '"Eight hundred Guard members are leaving their families and jobs for a campaign stop," said state Rep. Daniela Pereira.',
    );
    expect(sentences.flatMap((s) => facts.numbers(s)).map((n) => [n.text, n.value, n.countsLemma])).toEqual([
      ['Eight hundred', 800, 'member'],
    ]);
  });

  it('gives a figure that is the subject of "be" what it counts after it ("about 1,000 would be soldiers")', () => {
    const { sentences } = annotateText(tools, 'About 1,000 would be Army soldiers, the official said.');
    expect(
      sentences.flatMap((s) => facts.numbers(s)).map((n) => [n.value, n.qualifier, n.counts, n.countsLemma]),
    ).toEqual([[1000, 'about', 'Army soldiers', 'soldier']]);
  });

  it('marks a distance in time as an offset, not a count, and keeps the duration beside it', () => {
    const { sentences } = annotateText(
      tools,
      'Four days later, officials said the land would pass to the Army for three years.',
    );
    expect(
      sentences.flatMap((s) => facts.numbers(s)).map((n) => [n.value, n.qualifier, n.countsLemma]),
    ).toEqual([
      [4, 'offset', 'day'],
      [3, null, 'year'],
    ]);
  });

  it('reads a sum of money with its scale as money', () => {
    const { sentences } = annotateText(
      tools,
      'He will ask Congress for $500 million and spend $1.5 billion.',
    );
    expect(sentences.flatMap((s) => facts.numbers(s)).map((n) => [n.text, n.value, n.countsLemma])).toEqual([
      ['$500 million', 500_000_000, 'money'],
      ['$1.5 billion', 1_500_000_000, 'money'],
    ]);
  });

  it('counts what "the number" or "the force" stands for, not a plural noun of a clause before it', () => {
    const kb = buildKnowledge(
      [
        fixtureSource(
          'On Oct. 29 the general announced that 5,200 soldiers and Marines were on their way.\n\n' +
            'President Donald Trump, who had spent weeks warning about the caravan at rallies, said the number could reach 15,000. It never did. The force peaked at about 5,900 in November.',
        ),
      ],
      tools,
    );
    expect(kb.numbers.map((n) => [n.text, n.countsLemma])).toEqual([
      ['5,200', 'soldier'],
      ['15,000', 'soldier'],
      ['about 5,900', 'soldier'],
    ]);
  });

  it('counts "eighty of them" as the group the sentence before names last, not the times it counted', () => {
    const kb = buildKnowledge(
      [
        fixtureSource(
          'Men inside the walls say the soldiers three times raised a white flag and the deserters three times tore it down. Upwards of eighty of them were taken when the place fell.\n\n' +
            'The town was quiet for a week.\n\n' +
            'The captives were marched south by way of Monterrey and Saltillo. At the hacienda, 181 of them overpowered their guards.',
        ),
      ],
      tools,
    );
    expect(kb.numbers.map((n) => [n.text, n.countsLemma])).toEqual([
      ['three', 'time'],
      ['three', 'time'],
      ['Upwards of eighty', 'deserter'],
      ['181', 'captive'],
    ]);
  });

  it('gives a bare figure what an earlier figure of its sentence counts, and names or ages nothing', () => {
    const counted = (text: string) =>
      annotateText(tools, text)
        .sentences.flatMap((s) => facts.numbers(s))
        .map((n) => [n.text, n.countsLemma]);
    expect(
      counted('Manning said 3,150 active-duty troops remained: 1,200 in California and 900 in Arizona.'),
    ).toEqual([
      ['3,150', 'troop'],
      ['1,200', 'troop'],
      ['900', 'troop'],
    ]);
    expect(counted('It runs 49 customs houses, 17 of them at seaports.')).toEqual([
      ['49', 'house'],
      ['17', 'house'],
    ]);
    expect(counted('The first of 1,500 troops arrived hours before Title 42 expired.')).toEqual([
      ['1,500', 'troop'],
    ]);
    expect(counted('"He was a boy with his goats," said Ramona Villalobos, 64, who lives nearby.')).toEqual(
      [],
    );
    expect(counted('Seven weeks later, so are thousands of the troops.')).toEqual([
      ['Seven', 'week'],
      ['thousands', 'troop'],
    ]);
    expect(counted("It must be ratified by at least 17 of the country's 32 state legislatures.")).toEqual([
      ['at least 17', 'legislature'],
      ['32', 'legislature'],
    ]);
    expect(counted('Moving ten thousand troops north does not abandon anybody.').map(([t]) => t)).toEqual([
      'ten thousand',
    ]);
  });

  it('gives every number an id under its sentence', () => {
    for (const n of kb.numbers) expect(n.id.startsWith(`${n.sentenceId}/n`)).toBe(true);
  });
});

describe('dates', () => {
  const cases = [
    [SHEINBAUM, 'Saturday, 3 May', '2025-05-03', 'day'],
    [SHEINBAUM, 'the day before', '2025-05-02', 'day'],
    [SHEINBAUM, 'last month', '2025-04', 'month'],
    [SHEINBAUM, 'January', '2025-01', 'month'],
    [SHEINBAUM, '19 February', '2025-02-19', 'day'],
    [DW, 'November 6', '2018-11-06', 'day'],
    [DW, '2016', '2016', 'year'],
    [INDEPENDENT, 'Tuesday', '2019-06-25', 'day'],
    [INDEPENDENT, 'earlier this month', '2019-06', 'month'],
  ] as const;

  it.each(cases)('resolves %s "%s" to %s', (sourceId, text, date, precision) => {
    const found = kb.dates.filter((d) => d.sourceId === sourceId && d.text === text);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ date, precision, end: null });
  });

  it('resolves both of DW’s "Thursday"s to the day before publication', () => {
    const thursdays = kb.dates.filter((d) => d.sourceId === DW && d.text === 'Thursday');
    expect(thursdays.map((d) => d.date)).toEqual(['2018-10-25', '2018-10-25']);
  });

  it('resolves "on Tuesday" in the Independent to the sentence of the press conference', () => {
    const tuesday = kb.dates.find((d) => d.sourceId === INDEPENDENT && d.text === 'Tuesday');
    expect(tuesday?.sentenceId).toBe(sentenceWith(kb, 'during a press conference on Tuesday').id);
  });

  it('resolves "last week" to the Monday-to-Sunday week before publication', () => {
    const weeks = kb.dates.filter((d) => d.sourceId === DW && d.text === 'last week');
    expect(weeks).toHaveLength(2);
    for (const w of weeks)
      expect(w).toMatchObject({ date: '2018-10-15', end: '2018-10-21', precision: 'week' });
  });

  it('resolves "the day before" against the day named earlier in the article', () => {
    const { sentences } = annotateText(
      tools,
      'She said on Saturday, 3 May, that she rejected it.\nA Wall Street Journal article was published the day before.',
      { published: '2025-05-04' },
    );
    let anchor: string | null = null;
    const found = sentences.flatMap((s) => {
      const dates = facts.dates(s, '2025-05-04', anchor);
      for (const d of dates) if (d.precision === 'day') anchor = d.date;
      return dates.map((d) => [d.text, d.date]);
    });
    expect(found).toEqual([
      ['Saturday, 3 May', '2025-05-03'],
      ['the day before', '2025-05-02'],
    ]);
  });
});

describe('abbreviated months', () => {
  it('dates "Sept. 28, 2004" to the day, and leaves "the Sept. 11 attacks" undated', () => {
    const { sentences } = annotateText(
      tools,
      'After the Sept. 11 attacks, the Pentagon created a new command. On Sept. 28, 2004, JTF-6 was renamed.',
      { published: '2019-11-13' },
    );
    const found = sentences.flatMap((s) => facts.dates(s, '2019-11-13', null)).map((d) => [d.text, d.date]);
    expect(found).toEqual([['Sept. 28, 2004', '2004-09-28']]);
  });
});

describe('a part of today', () => {
  it('dates "this afternoon" to the day the text was published, beside a year of another act', () => {
    const { sentences } = annotateText(
      tools,
      'In the East Room of the White House this afternoon, President Clinton granted a full pardon to Henry Ossian Flipper, who was thrown out of the Army in 1882.',
      { published: '1999-02-19' },
    );
    const found = sentences.flatMap((s) => facts.dates(s, '1999-02-19', null)).map((d) => [d.text, d.date]);
    expect(found).toEqual([
      ['this afternoon', '1999-02-19'],
      ['1882', '1882'],
    ]);
  });
});

describe('a weekday in brackets after a date', () => {
  it('reads "Jan. 10 (Wednesday):" as one day, Jan. 10, not also the Wednesday before publication', () => {
    const { sentences } = annotateText(
      tools,
      'Jan. 10 (Wednesday): The Texas Military Department takes over the park.',
      { published: '2024-02-04' },
    );
    const found = sentences.flatMap((s) => facts.dates(s, '2024-02-04', null)).map((d) => [d.text, d.date]);
    expect(found).toEqual([['Jan. 10 (Wednesday)', '2024-01-10']]);
  });
});

describe('clock times', () => {
  it('dates a live blog’s time-stamped entries on the day the report is about, or the day an entry names', () => {
    const kb = buildKnowledge(
      [
        fixtureSource(
          'The port was closed for five hours on Sunday.\n\nOn Monday, the commissioner defended the response.\n\n' +
            '11:30 a.m. — CBP closes the San Ysidro port.\n\n5:00 p.m. — Vehicle processing resumes.\n\n' +
            'Monday, 8:05 a.m. — The president writes on Twitter.\n\n9:10 a.m. — The ministry says it will deport migrants.\n\n' +
            'Traffic was back to normal at noon on Tuesday.',
        ),
      ],
      tools,
    );
    expect(kb.dates.map((d) => [d.text, d.date, d.time ?? null])).toEqual([
      ['Sunday', '2018-12-16', null],
      ['Monday', '2018-12-17', null],
      ['11:30 a.m.', '2018-12-16', '11:30'],
      ['5:00 p.m.', '2018-12-16', '17:00'],
      ['Monday, 8:05 a.m.', '2018-12-17', '08:05'],
      ['9:10 a.m.', '2018-12-17', '09:10'],
      ['noon on Tuesday', '2018-12-18', '12:00'],
    ]);
  });

  it('gives a clock time the day written after its zone ("2:30 p.m. Pacific time last Sunday, Sept. 21")', () => {
    const { sentences } = annotateText(
      tools,
      'The drive, code-named Operation Intercept, began at 2:30 p.m. Pacific time last Sunday, Sept. 21.',
    );
    expect(
      sentences.flatMap((s) => facts.dates(s, '1969-09-26', null)).map((d) => [d.date, d.time ?? null]),
    ).toEqual([['1969-09-21', '14:30']]);
  });

  it('reads an hour told by the part of the day as a clock time ("two in the morning", "ten at night")', () => {
    const times = (text: string) =>
      annotateText(tools, text)
        .sentences.flatMap((s) => facts.dates(s, '2023-11-15', null))
        .map((d) => [d.date, d.time ?? null]);
    expect(times('A little after two in the morning on November 15, 1913, a coal train pulled in.')).toEqual([
      ['1913-11-15', '02:00'],
    ]);
    expect(times("The guns fired at ten o'clock at night on Nov. 3, 1913.")).toEqual([
      ['1913-11-03', '22:00'],
    ]);
    expect(times('The talks ended in the evening on Nov. 3, 1913.')).toEqual([['1913-11-03', null]]);
  });

  it('reads an hour in o\'clock before "this morning" or "tonight" as a clock time on the day being told', () => {
    const times = (text: string) =>
      annotateText(tools, text)
        .sentences.flatMap((s) => facts.dates(s, '1912-03-09', null))
        .map((d) => [d.date, d.time ?? null]);
    expect(
      times("EL PASO, March 8.—At a little past 4 o'clock this morning the mail train left the depot."),
    ).toContainEqual(['1912-03-08', '04:00']);
    expect(times("The guard will be doubled from eight o'clock tonight.")).toEqual([['1912-03-09', '20:00']]);
    // An hour the text does not place in the day is morning or evening: no clock time.
    expect(times("About 7 o'clock a rider came in from the ranch.")).toEqual([]);
  });

  it('reads no clock time in a time of day or a bare hour', () => {
    const { sentences } = annotateText(tools, 'This morning the port stayed shut until Tuesday at 5.');
    expect(sentences.flatMap((s) => facts.dates(s, '2019-06-25', null)).map((d) => d.time)).not.toContain(
      expect.any(String),
    );
  });
});

describe('FactReader.resolveDate', () => {
  const cases: Array<
    [string, string, string | null, { date: string; end?: string; precision: string } | null]
  > = [
    ['Saturday, 3 May', '2025-05-04', null, { date: '2025-05-03', precision: 'day' }],
    ['3 May 2025', '2025-05-04', null, { date: '2025-05-03', precision: 'day' }],
    ['May 2, 2025', '2025-05-04', null, { date: '2025-05-02', precision: 'day' }],
    ['19 February', '2025-05-04', null, { date: '2025-02-19', precision: 'day' }],
    ['November 6', '2018-10-26', null, { date: '2018-11-06', precision: 'day' }],
    ['December 30', '2025-01-02', null, { date: '2024-12-30', precision: 'day' }],
    ['January 3', '2024-12-30', null, { date: '2025-01-03', precision: 'day' }],
    ['February 29', '2024-03-01', null, { date: '2024-02-29', precision: 'day' }],
    ['February 29', '2025-03-01', null, { date: '2024-02-29', precision: 'day' }],
    ['Thursday', '2018-10-26', null, { date: '2018-10-25', precision: 'day' }],
    ['on Tuesday', '2019-06-25', null, { date: '2019-06-25', precision: 'day' }],
    ['last month', '2025-05-04', null, { date: '2025-04', precision: 'month' }],
    ['last month', '2025-01-15', null, { date: '2024-12', precision: 'month' }],
    ['earlier this month', '2019-06-25', null, { date: '2019-06', precision: 'month' }],
    ['January', '2025-05-04', null, { date: '2025-01', precision: 'month' }],
    ['in early March', '2025-05-04', null, { date: '2025-03', precision: 'month' }],
    ['last week', '2018-10-26', null, { date: '2018-10-15', end: '2018-10-21', precision: 'week' }],
    ['this week', '2025-05-04', null, { date: '2025-04-28', end: '2025-05-04', precision: 'week' }],
    ['yesterday', '2025-05-04', null, { date: '2025-05-03', precision: 'day' }],
    ['2016', '2018-10-26', null, { date: '2016', precision: 'year' }],
    ['the day before', '2025-05-04', '2025-05-03', { date: '2025-05-02', precision: 'day' }],
    ['the next day', '2025-05-04', '2025-05-03', { date: '2025-05-04', precision: 'day' }],
    ['the day before', '2025-05-04', null, null],
    // A story of 1911 told in 2011: a month without its year is the story's, not the publication's.
    ['May 21', '2011-05-08', '1911-05-10', { date: '1911-05-21', precision: 'day' }],
    ['in March', '2011-05-08', '1911-05-10', { date: '1911-03', precision: 'month' }],
    ['November 6', '2018-10-26', '2018-10-20', { date: '2018-11-06', precision: 'day' }],
    ['December 30', '2025-01-02', '2024-12-20', { date: '2024-12-30', precision: 'day' }],
    // "Last Sunday, Sept. 21": the written day and month say which; "last May" alone names no year.
    ['last Sunday, Sept. 21', '1969-09-26', null, { date: '1969-09-21', precision: 'day' }],
    ['last May', '2025-03-01', null, null],
    // "Last Thursday" is that day of the week before publication's: a Friday's "last Thursday" is 8 days back.
    ['last Thursday', '2021-03-05', null, { date: '2021-02-25', precision: 'day' }],
    ['last Sunday', '2021-03-08', null, { date: '2021-03-07', precision: 'day' }],
    ['next Thursday', '2021-03-05', null, null],
    ['30 February', '2025-05-04', null, null],
    ['in recent months', '2025-05-04', null, null],
    ['months of cooperation', '2025-05-04', null, null],
    // A bound or a part of a period frames the date it names: "by July 15", "the end of 2008".
    ['by July 15', '2008-06-27', null, { date: '2008-07-15', precision: 'day' }],
    ['end of 2008', '2006-06-16', null, { date: '2008', precision: 'year' }],
    ['until the end of September', '2008-06-27', null, { date: '2008-09', precision: 'month' }],
    ['middle of June', '2008-06-27', null, { date: '2008-06', precision: 'month' }],
    // Framing words alone name no time.
    ['by the end', '2008-06-27', null, null],
    ['until further orders', '2008-06-27', null, null],
  ];

  it.each(cases)('resolves "%s" published %s (anchor %s)', (expression, published, anchor, expected) => {
    const resolved = facts.resolveDate(expression, published, anchor);
    expect(resolved).toEqual(expected === null ? null : { end: null, ...expected });
  });

  it('reads the same words as another day when an article of another date writes them again', () => {
    expect(facts.resolveDate('Tuesday', '2025-05-04', null)?.date).toBe('2025-04-29');
    expect(facts.resolveDate('Tuesday', '2019-03-10', null)?.date).toBe('2019-03-05');
    expect(facts.resolveDate('Tuesday,', '2019-03-10', null)?.date).toBe('2019-03-05');
  });
});

describe('timeline', () => {
  it('is sorted by date', () => {
    const dates = kb.timeline.map((e) => e.date);
    expect(dates).toEqual([...dates].sort());
  });

  it('has one event per resolved date, pointing back at it', () => {
    expect(kb.timeline).toHaveLength(kb.dates.length);
    for (const e of kb.timeline) {
      const fact = kb.dates.find((d) => d.id === e.dateFactId);
      expect(fact).toMatchObject({
        date: e.date,
        end: e.end,
        precision: e.precision,
        sentenceId: e.sentenceId,
      });
    }
  });

  it('runs from Trump’s 2016 campaign to Sheinbaum’s remarks of 3 May 2025', () => {
    expect(kb.timeline[0]).toMatchObject({ date: '2016', sourceId: DW });
    expect(kb.timeline.at(-1)).toMatchObject({ date: '2025-05-03', sourceId: SHEINBAUM });
  });
});

import { beforeAll, describe, expect, it } from 'vitest';
import { magnitudeSides, oneDatedEvent, phraseSides, versusSizes } from '../../src/answer/compare-phrases.ts';
import type { AnswerEngine } from '../../src/answer/engine.ts';
import { shippedRuntime } from './setup.ts';

describe('phraseSides', () => {
  it('reads "which came first: X or Y" as two events to set in order', () => {
    expect(
      phraseSides(
        "Which came first: the cartel terrorist designation or Trump's order to increase the army's role?",
      ),
    ).toEqual({
      sides: ['the cartel terrorist designation', "Trump's order to increase the army's role"],
      order: true,
      offered: true,
    });
  });

  it('reads "did X come before Y" as two events to set in order', () => {
    expect(phraseSides('did the guard deployment come before the tariff deal?')).toEqual({
      sides: ['the guard deployment', 'the tariff deal'],
      order: true,
    });
  });

  it('reads "the difference between X and Y" and "compare X with Y" as two things side by side', () => {
    expect(phraseSides("what's the difference between the 2018 request and the 2025 order?")).toEqual({
      sides: ['the 2018 request', 'the 2025 order'],
      order: false,
    });
    expect(phraseSides('Compare what the mayor said with what the general said.')).toEqual({
      sides: ['what the mayor said', 'what the general said'],
      order: false,
    });
  });

  it('reads "how does X compare with Y" and "X compared with Y" with the first side first', () => {
    expect(
      phraseSides(
        "How does the Mexican finance official's description of the soldiers' role compare with what the general said?",
      ),
    ).toEqual({
      sides: ["the Mexican finance official's description of the soldiers' role", 'what the general said'],
      order: false,
    });
    expect(
      phraseSides('How old was JTF-North in 2019 compared with how long Garza has been a customs broker?'),
    ).toEqual({
      sides: ['How old was JTF-North in 2019', 'how long Garza has been a customs broker'],
      order: false,
    });
    expect(phraseSides('how did the numbers compare to 2018?')).toBeNull();
  });

  it('compares nothing in a question that asks one thing', () => {
    expect(phraseSides('what did trump order in january?')).toBeNull();
    expect(phraseSides('who came first to the border?')).toBeNull();
  });
});

describe('magnitudeSides', () => {
  it('reads the two things a comparison of sizes sets against each other', () => {
    expect(magnitudeSides('was the caravan bigger than the number of troops mexico sent north?')).toEqual([
      'the caravan',
      'troops mexico sent north',
    ]);
  });
});

describe('versusSizes', () => {
  it('reads the two sides of "X vs Y — which number was bigger?"', () => {
    expect(
      versusSizes(
        "US National Guard at the border in 2018 vs Mexico's troops up north in 2019 - which number was bigger?",
      ),
    ).toEqual(['US National Guard at the border in 2018', "Mexico's troops up north in 2019"]);
  });

  it('asks both sides where the question after them places them ("how many of each were in Texas")', () => {
    expect(versusSizes('Guard soldiers vs active-duty troops - how many of each were in Texas?')).toEqual([
      'Guard soldiers in Texas',
      'active-duty troops in Texas',
    ]);
  });

  it('counts on the second side what the first side counts when it names nothing counted', () => {
    expect(
      versusSizes('how many guard troops did south dakota send to texas in 2021 vs florida in 2023'),
    ).toEqual([
      'how many guard troops did south dakota send to texas in 2021',
      'guard troops florida in 2023',
    ]);
  });

  it('leaves a "vs" that is not about sizes to the other comparisons', () => {
    expect(versusSizes('2018 vs 2025: how did the mission change?')).toBeNull();
    expect(versusSizes('troops at the border in 2018 vs 2019, how many?')).toBeNull();
  });
});

describe('comparisons answered side by side', () => {
  let engine: AnswerEngine;
  beforeAll(async () => {
    engine = (await shippedRuntime()).engine;
  });

  it("shows the article's report sentence with the figures instead of the bare headline", async () => {
    const a = await engine.ask('compare the US deployment in 2018 with Mexico’s in 2019', {
      userId: 'cmp-1',
    });
    expect(a.text).not.toContain('US may send troops to border with Mexico');
    expect(a.text).toContain('between 800 and 1,000 active-duty troops');
    expect(a.text).toContain('15,000 troops');
  });

  it("asks each person's side in the words the question gives it ('between what Trump said… and what AMLO said…')", async () => {
    const a = await engine.ask(
      'What is the difference between what Trump said Mexico agreed to and what López Obrador said the troops would do?',
      { userId: 'cmp-3' },
    );
    expect(a.text).toContain('Side by side — Donald Trump and Andrés Manuel López Obrador');
    expect(a.text).toContain('had agreed to help the US');
    expect(a.text).toContain('— **Andrés Manuel López Obrador**');
  });

  it('gives a person named between the years compared to the next year only', async () => {
    const a = await engine.ask(
      'Which troop deployment was bigger: the one Mexico made in 2019 or the one Trump ordered in 2025?',
      { userId: 'cmp-2' },
    );
    expect(a.text).toContain('Side by side — 2019 and Donald Trump in 2025');
    expect(a.text).toContain('15,000 troops');
  });
});

describe('oneDatedEvent', () => {
  const draft = (date: string, sentence: string) => ({
    answeredAs: 'date' as const,
    confidence: 1,
    direct: date,
    date,
    lead: null,
    evidence: [{ id: sentence }],
    lines: [],
    focus: [],
  });

  it('is true when both sides of an order question are one date of one sentence', () => {
    expect(oneDatedEvent([draft('2008-07-15', 's1'), draft('2008-07-15', 's1')] as never)).toBe(true);
  });

  it('is false for two dates, or one date told in two sentences', () => {
    expect(oneDatedEvent([draft('2005', 's1'), draft('2007', 's1')] as never)).toBe(false);
    expect(oneDatedEvent([draft('2008-07-15', 's1'), draft('2008-07-15', 's2')] as never)).toBe(false);
  });
});

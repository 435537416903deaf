/** One figure as different givers state it ("how many raiders according to the captain versus the herder?"). */
import { beforeAll, describe, expect, it } from 'vitest';
import type { AnswerEngine } from '../../src/answer/engine.ts';
import { asksDisputedFigure, containsWords, figureValue } from '../../src/answer/compare-disputed.ts';
import { articlesAlone } from './setup.ts';

const ARTICLE = `---
id: plainsrecord-1878-cottonwood-springs
title: Column reaches Cottonwood Springs after a dry march
outlet: Example Plains Record
published: 1878-06-20
url: https://example.org/cottonwood-springs
language: en
---
Column reaches Cottonwood Springs after a dry march
The column left the fort on Monday to cut off the raiders before they could reach the water at Cottonwood Springs.
The quartermaster drew rations for forty days and loaded them on twelve wagons.
The scouts say the column marched fifty miles in eighteen hours. A herder who rode with the wagons would not have it so. "Nearer sixty, and not a drop of water the whole way," he said.
The raiders were waiting at the springs. The captain says the band numbered about ninety warriors; the herder put them at no more than fifty.
The fight lasted until dark, and the raiders went south across the river in the night.
`;

/** Another story that says the words a question about the first writes ("attackers", "disarmed"). */
const OTHER = `---
id: borderpost-1913-naco-fight
title: Fight at Naco
outlet: Example Border Post
published: 1913-03-14
url: https://example.org/naco
language: en
---
Fight at Naco
The attackers at Naco were never counted, and the disarmed garrison crossed to the American side.
`;

/** A caller's family count in a paragraph of its own, far from the army's: found by who gives it. */
const SPRING = `---
id: valleyherald-1930-ojo-verde-fight-50
title: The fight at Ojo Verde, fifty years on
outlet: Example Valley Herald
published: 1930-07-30
url: https://example.org/ojo-verde
language: en
---
The fight at Ojo Verde, fifty years on
The army's report of the fight at the Ojo Verde spring gave nine raiders killed.

Rosa Tsinajinnie, whose grandmother was with the band that summer, called the station on Tuesday.

"Five of our men died there, not nine, and one of them was only a boy," Rosa Tsinajinnie said.
`;

let engine: AnswerEngine;
let user = 0;
const fresh = () => ({ userId: `compare-disputed-${++user}` });

beforeAll(async () => {
  ({ engine } = await articlesAlone({ 'cottonwood.md': ARTICLE, 'naco.md': OTHER, 'spring.md': SPRING }));
}, 120_000);

describe('a figure asked as two givers state it', () => {
  it('shows each giver’s figure from the passage that sets them side by side', async () => {
    const answer = await engine.ask(
      "How many raiders were waiting by the captain's count, compared with the number the herder gives?",
      fresh(),
    );
    expect(answer.answered).toBe(true);
    expect(answer.text).toContain('about ninety warriors');
    expect(answer.text).toContain('no more than fifty');
    // Figures of other things near it are no one's figure for the band.
    expect(answer.text).not.toContain('twelve wagons');
  });

  it('does not give one giver’s figure as the other’s', async () => {
    const answer = await engine.ask(
      'How many warriors were in the band — what does the captain say versus the herder?',
      fresh(),
    );
    expect(answer.answered).toBe(true);
    expect(answer.text).toContain('no more than fifty');
    expect(answer.direct ?? '').not.toMatch(/herder: about ninety/);
  });

  it('takes a bare figure in a quotation as the other giver’s figure of the same distance', async () => {
    const answer = await engine.ask(
      'How far did the column march to reach Cottonwood Springs — what did the scouts say versus the herder?',
      fresh(),
    );
    expect(answer.answered).toBe(true);
    expect(answer.text).toContain('fifty miles');
    expect(answer.text).toContain('Nearer sixty');
  });
});

describe('two people asked whether they agree on a figure', () => {
  it('shows both figures and gives neither one’s as the answer', async () => {
    const answer = await engine.ask(
      'Did the captain and the herder agree on how many warriors were in the band?',
      fresh(),
    );
    expect(answer.answered).toBe(true);
    expect(answer.text).toContain('about ninety warriors');
    expect(answer.text).toContain('no more than fifty');
    expect(answer.direct ?? '').not.toContain('ninety');
  });
});

describe('givers said to disagree on a figure', () => {
  it('sets out both figures rather than giving one giver’s as the answer', async () => {
    const answer = await engine.ask(
      'The captain and the herder disagree on how many warriors were in the band. What are the two counts?',
      fresh(),
    );
    expect(answer.answered).toBe(true);
    expect(answer.text).toContain('The coverage gives the figure more than one way');
    expect(answer.text).toContain('no more than fifty');
    expect(answer.text).not.toContain('**about ninety warriors**');
  });
});

describe('one figure asked by two givers’ counts', () => {
  it('sets out both figures ("by the scouts’ count, and by the herder’s count")', async () => {
    const answer = await engine.ask(
      "How far did the column march by the scouts' count, and by the herder's count?",
      fresh(),
    );
    expect(answer.answered).toBe(true);
    expect(answer.text).toContain('fifty miles');
    expect(answer.text).toContain('Nearer sixty');
  });

  it('finds a named giver’s figure in a paragraph that says little else the question does', async () => {
    const answer = await engine.ask(
      "How many raiders died at Ojo Verde by the army's count, and by Rosa Tsinajinnie's family's count?",
      fresh(),
    );
    expect(answer.answered).toBe(true);
    expect(answer.text).toContain('The coverage gives the figure more than one way');
    expect(answer.text).toContain('Five of our men died there, not nine');
  });
});

describe('one figure asked of two givers in turn', () => {
  it('is answered as one figure two givers state ("…according to the captain, and how many according to the herder?")', async () => {
    const answer = await engine.ask(
      'How many warriors were in the band according to the captain, and how many according to the herder?',
      fresh(),
    );
    expect(answer.answered).toBe(true);
    expect(answer.text).toContain('The coverage gives the figure more than one way');
    expect(answer.text).toContain('no more than fifty');
  });
});

describe('a month’s name used as a verb', () => {
  it('is the verb, not a month the answer must be dated in ("how far did the column march")', async () => {
    const answer = await engine.ask('How far did the column march to reach Cottonwood Springs?', fresh());
    expect(answer.answered).toBe(true);
    expect(answer.text).toContain('fifty miles');
  });
});

describe('a plural of an English word in a figure question', () => {
  it('is a word, not a name the answering article must say ("attackers")', async () => {
    const answer = await engine.ask(
      'How many attackers were at the springs according to the captain versus the herder?',
      fresh(),
    );
    expect(answer.answered).toBe(true);
    expect(answer.text).toContain('about ninety warriors');
  });
});

describe('asksDisputedFigure', () => {
  const speech = new Set(['say']);
  it('is true of a figure asked once, set against another giver', () => {
    expect(
      asksDisputedFigure('How many men were there according to the captain versus the herder?', speech, []),
    ).toBe(true);
    expect(asksDisputedFigure('How much was missing — do they give the same figure?', speech, [])).toBe(true);
  });
  it('is true of two asked whether they agree on a figure ("how big", "how many")', () => {
    expect(asksDisputedFigure('Did Dolan and Kessler agree on how big the force was?', speech, [])).toBe(
      true,
    );
    expect(
      asksDisputedFigure('Did the caller and Dr. Eckhardt agree on how many men Grant had?', speech, []),
    ).toBe(true);
  });
  it('is true of givers said to disagree on a figure ("disagree on how many")', () => {
    expect(asksDisputedFigure('The reports disagree on how many times Villa was shot.', speech, [])).toBe(
      true,
    );
  });
  it('is false of an agreement that is no figure ("agree on what to do")', () => {
    expect(asksDisputedFigure('Did they agree on what to do about how many men came?', speech, [])).toBe(
      false,
    );
  });
  it('is false of two figures asked, or of a figure no one is said to give', () => {
    expect(
      asksDisputedFigure('How many troops went in 1911 compared with how many in 2006?', speech, []),
    ).toBe(false);
    expect(asksDisputedFigure('How many troops went in 1911 versus 2006?', speech, [])).toBe(false);
  });
  it("is false of one count set against a year, and true of two givers' counts", () => {
    expect(
      asksDisputedFigure('How many cattle were in the count, compared with the year before?', speech, []),
    ).toBe(false);
    expect(
      asksDisputedFigure(
        "How many Apaches died at the tinaja by the army's count, and by Eva Nakai's family's count?",
        speech,
        [],
      ),
    ).toBe(true);
  });
});

describe('figureValue', () => {
  it('reads a figure in words or digits, skipping the words that qualify it', () => {
    expect(figureValue('nearly a thousand')).toBe(1000);
    expect(figureValue('fifteen hundred')).toBe(1500);
    expect(figureValue('Forty-two')).toBe(42);
    expect(figureValue('$3,791.77')).toBe(3791.77);
    expect(figureValue('two or three')).toBe(2);
    expect(figureValue('some')).toBeNull();
  });

  it("reads a range whose lower figure shares the higher one's scale at the lower figure", () => {
    expect(figureValue('four or five hundred')).toBe(400);
    expect(figureValue('four or five hundred thousand')).toBe(400_000);
    expect(figureValue('twenty or thirty thousand')).toBe(20000);
    expect(figureValue('fifteen hundred or two thousand')).toBe(1500);
  });
});

describe('containsWords', () => {
  it('finds a figure as whole words only: "15 soldiers" holds "15", not "5"; the date "2005" holds no "200"', () => {
    expect(containsWords('15 soldiers', '15')).toBe(true);
    expect(containsWords('15 soldiers', '5')).toBe(false);
    expect(containsWords('2005', '200')).toBe(false);
    expect(containsWords('in 2005', '2005')).toBe(true);
  });
});

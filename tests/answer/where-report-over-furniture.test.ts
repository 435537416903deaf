/**
 * A where-question is answered from a report sentence that names the place, not from a headline or deck of
 * the same article that shares its words.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { AnswerEngine } from '../../src/answer/engine.ts';
import type { Sentence } from '../../src/knowledge/schema.ts';
import { isFurniture, reportOverFurniture } from '../../src/answer/report-over-furniture.ts';
import { fixtureEngine, shippedRuntime } from './setup.ts';

const sentence = (id: string, text: string, kind = 'report'): Sentence =>
  ({
    id,
    sourceId: 'rocket',
    paragraph: Number(id.slice(1)),
    position: 1,
    kind,
    socialPostId: null,
    text,
    lemmas: [],
    nerEntities: [],
    mentions: [],
  }) as unknown as Sentence;

const deck = sentence(
  's1',
  'The Explosion Shook Juárez and El Paso — Only by Fortune Was No One Hurt — The Army of the United States Expresses Its Regret',
);
const fell = sentence(
  's2',
  'The rocket fell in an empty place of rocks and brush, some five and a half kilometers south of the center of the city.',
);
const hurt = sentence('s3', 'No one was killed or hurt.');
const related = sentence('s4', '· Rocket fell near Alamogordo two weeks before', 'related');
const accepts = (s: Sentence) => s !== hurt;

describe('isFurniture', () => {
  it('takes a deck or masthead kept as a report line, which does not end as a sentence does, for furniture', () => {
    expect(isFurniture(deck)).toBe(true);
    expect(isFurniture(sentence('s5', 'MULE MOUNTAIN OBSERVER'))).toBe(true);
    expect(isFurniture(fell)).toBe(false);
    expect(isFurniture(related)).toBe(true);
  });

  it('takes a heading set in capitals with a closing stop for furniture, as retrieval ranks it', () => {
    expect(isFurniture(sentence('s6', 'THE ATTACK ON FORT LANCASTER.'))).toBe(true);
    expect(isFurniture(sentence('s7', 'Fort Lancaster stands on Live Oak Creek.'))).toBe(false);
  });
});

describe('reportOverFurniture', () => {
  it('answers from the report sentence naming the place when it covers more of the question than the deck', () => {
    const pool = [
      { sentence: deck, score: 3 },
      { sentence: hurt, score: 2 },
      { sentence: fell, score: 1 },
    ];
    const coverage = (s: Sentence) => (s === fell ? 0.8 : 0.4);
    expect(reportOverFurniture(pool, deck, { accepts, coverage, floor: 0.5 })?.sentence).toBe(fell);
  });

  it('keeps the deck when no report sentence covers more of the question', () => {
    const pool = [
      { sentence: deck, score: 3 },
      { sentence: fell, score: 1 },
    ];
    expect(reportOverFurniture(pool, deck, { accepts, coverage: () => 0.6, floor: 0.5 })).toBeNull();
  });

  it('does not answer from a sentence covering less than the floor, nor from other furniture', () => {
    const pool = [
      { sentence: deck, score: 3 },
      { sentence: related, score: 2 },
      { sentence: fell, score: 1 },
    ];
    const coverage = (s: Sentence) => (s === related ? 0.9 : s === fell ? 0.45 : 0.3);
    expect(reportOverFurniture(pool, deck, { accepts, coverage, floor: 0.5 })).toBeNull();
  });

  it('leaves a report sentence found best alone', () => {
    const pool = [{ sentence: fell, score: 1 }];
    expect(reportOverFurniture(pool, hurt, { accepts, coverage: () => 1, floor: 0.5 })).toBeNull();
  });
});

let juarez: AnswerEngine;

beforeAll(async () => {
  juarez = await fixtureEngine(await shippedRuntime(), 'articles-33');
}, 240_000);

describe('a where-question whose best-ranked line is a deck', () => {
  it('says where the rocket came down, not only the deck about the explosion', async () => {
    const where = await juarez.ask('Where exactly did the V-2 rocket come down near Juárez?', {
      userId: 'where-furniture-1',
    });
    expect(where.text).toMatch(/south of the center of the city|Tepeyac/);
    expect(where.text).not.toContain('Only by Fortune Was No One Hurt');
  });
});

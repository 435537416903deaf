import { beforeAll, describe, expect, it } from 'vitest';
import type { Runtime } from '../../src/answer/create.ts';
import type { AnswerEngine } from '../../src/answer/engine.ts';
import {
  describesNoun,
  describesNounAfter,
  inTimingClause,
  lastingState,
  setsTheScene,
} from '../../src/answer/side-verbs.ts';
import { fixtureEngine, shippedRuntime } from './setup.ts';

let runtime: Runtime;
let engine: AnswerEngine;

beforeAll(async () => {
  runtime = await shippedRuntime();
  engine = await fixtureEngine(runtime, 'articles-17');
});

const tokens = (q: string) => runtime.questionNlp.analyse(q).tokens;
const at = (q: string, word: string) => tokens(q).findIndex((t) => t.normal === word);

describe('describesNoun', () => {
  it('holds for a participle right after a noun once the question has its own verb', () => {
    const q = 'What did the diplomat say about the strings attached to the aid?';
    expect(describesNoun(tokens(q), at(q, 'attached'))).toBe(true);
  });

  it('does not hold for the passive verb the question asks ("why were the soldiers deployed")', () => {
    const q = 'Why were the soldiers deployed to the border?';
    expect(describesNoun(tokens(q), at(q, 'deployed'))).toBe(false);
  });
});

describe('describesNounAfter', () => {
  it('holds for a participle between a determiner and its noun once the question has its own verb', () => {
    const q = 'Why could not the mounted Californians break the American formation?';
    expect(describesNounAfter(tokens(q), at(q, 'mounted'))).toBe(true);
    expect(setsTheScene(tokens(q), 'mount')).toBe(true);
  });

  it('does not hold for the verb the question asks ("who mounted the guns")', () => {
    const q = 'Who mounted the guns on the roof?';
    expect(describesNounAfter(tokens(q), at(q, 'mounted'))).toBe(false);
    expect(setsTheScene(tokens(q), 'mount')).toBe(false);
  });
});

describe('inTimingClause', () => {
  it('holds for a passive verb in the clause, with its own auxiliary ("when the town was shelled")', () => {
    const q = "Was anyone on Doña Refugio's street killed when the town was shelled?";
    expect(inTimingClause(tokens(q), at(q, 'shelled'))).toBe(true);
    expect(setsTheScene(tokens(q), 'kill')).toBe(false);
  });

  it('holds after a count the question asks, whatever the tagger makes of its verb', () => {
    const q = 'How many mounts did the raiders drive off when they struck the grazing herd?';
    expect(inTimingClause(tokens(q), at(q, 'struck'))).toBe(true);
  });

  it('does not hold for a passive question whose clause is all it asks ("what happened when…")', () => {
    const q = 'What happened when the town was shelled?';
    expect(inTimingClause(tokens(q), at(q, 'shelled'))).toBe(false);
  });

  it('holds for a verb in a clause "once" opens with its own subject', () => {
    const q = 'What were the buyers thinking of doing once the levies loomed?';
    expect(inTimingClause(tokens(q), at(q, 'loomed'))).toBe(true);
  });

  it('does not hold when the clause is all the question asks ("what happened when…", "say when…")', () => {
    const happened = 'What happened when the soldiers opened fire?';
    expect(inTimingClause(tokens(happened), at(happened, 'opened'))).toBe(false);
    const said = 'What did Sheinbaum say when Trump invaded?';
    expect(inTimingClause(tokens(said), at(said, 'invaded'))).toBe(false);
  });

  it('does not hold for the main verb before the clause', () => {
    const q = 'How long had the troops been scouting the guy before they grabbed him?';
    expect(inTimingClause(tokens(q), at(q, 'scouting'))).toBe(false);
    expect(setsTheScene(tokens(q), 'scout')).toBe(false);
    expect(setsTheScene(tokens(q), 'grab')).toBe(true);
  });
});

describe('lastingState', () => {
  it('holds for the participle of a state whose length a how-long question asks', () => {
    const q = 'How long had the pilgrims been stranded at the depot?';
    expect(lastingState(tokens(q), at(q, 'stranded'))).toBe(true);
    expect(setsTheScene(tokens(q), 'strand')).toBe(true);
  });

  it('does not hold for an act going on, nor outside a how-long question', () => {
    const going = 'How long had the pilgrims been walking to the depot?';
    expect(lastingState(tokens(going), at(going, 'walking'))).toBe(false);
    const why = 'Why had the pilgrims been stranded at the depot?';
    expect(lastingState(tokens(why), at(why, 'stranded'))).toBe(false);
  });
});

describe('a verb that only sets the scene', () => {
  it('need not be said by the evidence ("the strings attached to the aid")', async () => {
    const a = await engine.ask(
      'What did the Mexican diplomat in Washington say about the strings attached to the aid?',
      {
        userId: 'a',
      },
    );
    expect(a.answered).toBe(true);
    expect(a.text).toContain('live with this language');
  });

  it('still must be said when it is what the question asks ("what did the diplomat attach")', async () => {
    const a = await engine.ask('What strings did the Mexican diplomat in Washington attach to the aid?', {
      userId: 'b',
    });
    expect(a.text).not.toContain('live with this language');
  });

  it('need not be said when it only times the question ("killed when the town was shelled")', async () => {
    const shelled = await fixtureEngine(runtime, 'articles-51');
    const a = await shelled.ask("Was anybody in Doña Refugio's street killed when the town was shelled?", {
      userId: 'c',
    });
    expect(a.answered).toBe(true);
    expect(a.text).toContain('Nobody in our street was killed');
  });
});

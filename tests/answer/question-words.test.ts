import { beforeAll, describe, expect, it } from 'vitest';
import type { AnswerEngine } from '../../src/answer/engine.ts';
import { shippedRuntime, withArticles } from './setup.ts';

const ARTICLE = `---
id: sanysidro-2018-port-closed
title: Port of entry closed for five hours
outlet: Example Examiner
published: 2018-11-26
url: https://example.org/port
language: en
---
Officials closed the port of entry at San Ysidro for five hours on Sunday after migrants rushed the fence.
`;

let engine: AnswerEngine;
let shipped: AnswerEngine;

beforeAll(async () => {
  ({ engine } = await withArticles(ARTICLE));
  shipped = (await shippedRuntime()).engine;
});

describe('a question word the coverage uses as written', () => {
  it('stays that word when the tagger lemmatises it into another ("san" is not "sane")', async () => {
    expect(engine.read('how long was san ysidro closed').content).toContain('san');
    const a = await engine.ask('how long was san ysidro closed', { userId: 'a' });
    expect(a.answered).toBe(true);
    expect(a.text).toContain('five hours');
  });
});

describe('a word that usually frames a question', () => {
  it('weighs in full when a word of the question qualifies it ("the official role of…")', () => {
    expect(engine.read('What was the official role of the troops at the port?').terms.get('role')).toBe(1);
  });

  it('stays light when it only frames the question ("what role did…")', () => {
    expect(engine.read('what role did the troops play at the port?').terms.get('role')).toBeLessThan(0.5);
  });
});

describe('a verb that only leads into "to be"', () => {
  it('is not a word the evidence must say ("what was their role supposed to be?")', async () => {
    const a = await shipped.ask('What was the official role of the Mexican troops supposed to be?', {
      userId: 'b',
    });
    expect(a.answered).toBe(true);
    expect(a.text).toContain('containment operations');
  });
});

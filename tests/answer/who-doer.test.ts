import { beforeAll, describe, expect, it } from 'vitest';
import type { AnswerEngine } from '../../src/answer/engine.ts';
import type { Runtime } from '../../src/answer/create.ts';
import { withArticles } from './setup.ts';
import { askedDoerVerb } from '../../src/answer/who-doer.ts';

const BRIDGE = `---
id: borderwire-1911-naco-bridge
title: Bridge at Naco burned
outlet: Example Wire
published: 1911-04-12
url: https://example.org/naco-bridge
language: en
---
The railroad bridge at Naco was burned on Tuesday night, cutting the line to Cananea for a week.

Trains from Bisbee stopped short of the river on Wednesday morning while the smoke still rose over the bridge.
`;

const FLAG = `---
id: borderwire-1911-school-flag
title: A flag at the school
outlet: Example Wire
published: 1911-05-02
url: https://example.org/school-flag
language: en
---
A teacher at the Douglas school raised the Mexican flag over the schoolhouse on Monday morning.
`;

const SAYINGS = new Set(['say', 'call', 'tell']);

let engine: AnswerEngine;
let runtime: Runtime;
const analyse = (text: string) => runtime.questionNlp.analyse(text);

beforeAll(async () => {
  ({ engine, runtime } = await withArticles(BRIDGE, FLAG));
});

describe('a who-did-it question answered with no one who did it', () => {
  it('declines "who burned the bridge" when the evidence names no one who burned it', async () => {
    const a = await engine.ask('Who burned the railroad bridge at Naco?', { userId: 'a' });
    expect(a.answered).toBe(false);
  });

  it('answers by a person the evidence only describes ("a teacher at the Douglas school")', async () => {
    const a = await engine.ask('Who raised the Mexican flag over the schoolhouse?', { userId: 'b' });
    expect(a.answered).toBe(true);
    expect(a.text).toContain('teacher');
  });
});

describe('askedDoerVerb', () => {
  it('reads the verb after "who"', () => {
    expect(askedDoerVerb(analyse('So who burned the bridge?').tokens, SAYINGS)?.lemma).toBe('burn');
  });

  it('returns null for a verb of saying ("who called him a traitor?")', () => {
    expect(askedDoerVerb(analyse('Who called him a traitor?').tokens, SAYINGS)).toBeNull();
  });

  it('returns null for "who is …"', () => {
    expect(askedDoerVerb(analyse('Who is the mayor of Naco?').tokens, SAYINGS)).toBeNull();
  });
});

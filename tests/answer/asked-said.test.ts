import { beforeAll, describe, expect, it } from 'vitest';
import { saysEverythingAsked } from '../../src/answer/asked-said.ts';
import type { AnswerEngine } from '../../src/answer/engine.ts';
import type { Evidence } from '../../src/answer/types.ts';
import { KnowledgeIndex } from '../../src/answer/knowledge-index.ts';
import type { Sentence } from '../../src/knowledge/schema.ts';
import { fixtureKnowledge, shippedRuntime } from './setup.ts';
import { engineFor } from '../../src/eval/sets.ts';

let engine: AnswerEngine;
let shipped: AnswerEngine;
let index: KnowledgeIndex;

beforeAll(async () => {
  const runtime = await shippedRuntime();
  const kb = await fixtureKnowledge(runtime, 'articles-9');
  engine = engineFor(runtime, kb);
  shipped = engineFor(runtime, runtime.kb);
  index = new KnowledgeIndex(kb);
}, 60_000);

describe('evidence a little under the confidence bar', () => {
  it('answers a question whose asked act and names the evidence says, though it leaves out words that only describe', async () => {
    const a = await engine.ask('who gave the back off order over the radio at neelys crosing', {
      userId: 'a',
    });
    expect(a.answered).toBe(true);
    expect(a.text).toContain('Lucero');
  });

  it('still declines a question whose asked act the evidence does not say ("when did construction of the wall start?")', async () => {
    const a = await shipped.ask('When did construction of the border wall start?', { userId: 'b' });
    expect(a.answered).toBe(false);
  });
});

describe('saysEverythingAsked', () => {
  let sentence: Sentence;
  let evidence: Evidence[];
  const none = () => [];

  beforeAll(() => {
    const found = index.kb.sentences.find((s) => s.text.includes('Lucero') && s.mentions.length > 0);
    if (!found) throw new Error('no sentence naming Lucero in articles-9');
    sentence = found;
    evidence = [
      {
        kind: 'sentence',
        id: sentence.id,
        sourceId: sentence.sourceId,
        text: sentence.text,
        speaker: null,
        context: null,
        social: false,
      },
    ];
  });

  it('is true when the evidence says every asked act and names everyone asked about', () => {
    const named = sentence.mentions.map((m) => m.entityId);
    const act = sentence.lemmas.find((l) => l.length > 3) ?? '';
    expect(saysEverythingAsked({ predicates: [act], entities: named }, { evidence }, index, none)).toBe(true);
  });

  it('is false when the evidence does not name an entity asked about', () => {
    const act = sentence.lemmas.find((l) => l.length > 3) ?? '';
    const u = { predicates: [act], entities: ['someone-else-entirely'] };
    expect(saysEverythingAsked(u, { evidence }, index, none)).toBe(false);
  });

  it('is false when the evidence does not say an asked act, unless in a synonym it says', () => {
    const said = sentence.lemmas.find((l) => l.length > 3) ?? '';
    const u = { predicates: ['zzunsaid'], entities: [] };
    expect(saysEverythingAsked(u, { evidence }, index, none)).toBe(false);
    expect(saysEverythingAsked(u, { evidence }, index, (l) => (l === 'zzunsaid' ? [said] : []))).toBe(true);
  });

  it('is false for a question with no act', () => {
    expect(saysEverythingAsked({ predicates: [], entities: [] }, { evidence }, index, none)).toBe(false);
  });
});

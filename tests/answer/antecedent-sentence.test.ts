/**
 * A sentence a who-, how-many or when-answer shows alone that opens by pointing back ("His order…", "They
 * were…") is shown after the sentence it points back to, which names whom or what it speaks of.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { AnswerEngine } from '../../src/answer/engine.ts';
import { withAntecedents } from '../../src/answer/antecedent-sentence.ts';
import { sentenceEvidence } from '../../src/answer/handlers.ts';
import { KnowledgeIndex } from '../../src/answer/knowledge-index.ts';
import { articlesAlone } from './setup.ts';

const ARTICLE = `---
id: riolantern-1915-ranch-relief-order
title: Cavalry relief reached the Salado ranch
outlet: Example Rio Lantern
published: 1936-03-02
url: https://example.org/salado-ranch-relief
language: en
---
Cavalry relief reached the Salado ranch
In March 1915 raiders cut the telegraph line south of Salado and burned two barns at the Ochoa ranch.
At dawn on March 9, Col. Everett Hadley had word that the raiders were camped at the Ochoa ranch, holding the family inside.
His order to Lt. Samuel Briggs was short: "Take your troop to the Ochoa ranch and bring the family out."
Lt. Briggs reached the ranch by noon and found the raiders gone.

Two ranch hands were held at Salado for a week on suspicion of guiding the raiders.
They were let go when the sheriff found no one who had seen them with the band.
`;

let engine: AnswerEngine;
let index: KnowledgeIndex;
let user = 0;
const fresh = () => ({ userId: `antecedent-sentence-${++user}` });

beforeAll(async () => {
  const built = await articlesAlone({ 'salado.md': ARTICLE });
  engine = built.engine;
  index = new KnowledgeIndex(built.kb);
}, 120_000);

describe('a shown sentence that points back', () => {
  it('shows who gave the order when the sentence answering says only "his order"', async () => {
    const answer = await engine.ask('Who ordered Lt. Briggs to take his troop to the Ochoa ranch?', fresh());
    expect(answer.answered).toBe(true);
    expect(answer.text).toContain('His order to Lt. Samuel Briggs');
    expect(answer.text).toContain('Col. Everett Hadley had word');
    expect(answer.text.indexOf('Hadley had word')).toBeLessThan(answer.text.indexOf('His order'));
  });

  it('adds no sentence when the shown one names whom it speaks of', async () => {
    const answer = await engine.ask('Who reached the Ochoa ranch by noon?', fresh());
    expect(answer.text).not.toContain('His order');
  });

  it('shows a what-answer\'s sentence "They were let go…" after the one saying who they are', () => {
    const letGo = index.sentences.find((x) => x.text.startsWith('They were let go'));
    expect(letGo).toBeDefined();
    const shown = withAntecedents(index, 'what', [sentenceEvidence(letGo!)]).map((e) => e.text);
    expect(shown).toHaveLength(2);
    expect(shown[0]).toContain('Two ranch hands were held at Salado');
  });

  it("leaves a timeline's rows as they are", () => {
    const letGo = index.sentences.find((x) => x.text.startsWith('They were let go'));
    expect(withAntecedents(index, 'timeline', [sentenceEvidence(letGo!)])).toHaveLength(1);
  });
});

/** A question naming someone by a given name the coverage gives another person of that surname. */
import Keyv from 'keyv';
import { beforeAll, describe, expect, it } from 'vitest';
import { AnswerEngine } from '../../src/answer/engine.ts';
import { buildKnowledge, createPipelineTools } from '../../src/knowledge/build.ts';
import { parseSource } from '../../src/knowledge/sources.ts';
import { shippedRuntime } from './setup.ts';
import { writesOtherGivenName } from '../../src/answer/same-surname-person.ts';

const ARTICLE = `---
id: ktrn-1980-tinaja-de-las-palmas-100-transcript
title: "A Hundred Years at Tinaja de las Palmas (broadcast transcript)"
outlet: KTRN 1260 AM (Van Horn, Texas)
published: 1980-07-30
url: https://www.ktrn1260.example/archive/almanac/1980-07-30-tinaja-de-las-palmas
language: en
---
RUBEN CASTAÑÓN: By July of 1880 Victorio was down in Chihuahua, and the army expected him to cross the river into Texas and try to go north. The man waiting for him was Colonel Benjamin Grierson, who now commanded the Tenth Cavalry.

ELLERBE: And Grierson didn't chase him.

CASTAÑÓN: No, and that's the whole story. Grierson put his companies on the water. In that country the water holes are the roads.

CASTAÑÓN: On the evening of July 29, Grierson came to the tinaja with a very small party, six or seven men, and his son Robert, who was 19 and home from school for the summer. They spent what was left of the night building rock walls on the ridge above the water.

CASTAÑÓN: The Apaches came up toward the water in the morning. Grierson reported seven Apaches killed.
`;

let engine: AnswerEngine;

beforeAll(async () => {
  const runtime = await shippedRuntime();
  engine = new AnswerEngine({
    kb: buildKnowledge(
      [parseSource(new TextEncoder().encode(ARTICLE), 'article.md')],
      createPipelineTools(runtime.knowledgeData, runtime.nlp),
    ),
    nlp: runtime.questionNlp,
    data: runtime.engineData,
    store: new Keyv(),
  });
});

describe('a given name the coverage gives someone else of the same surname', () => {
  it('does not read "Robert Grierson" as Benjamin Grierson, whose son Robert the article names', () => {
    expect(
      engine.read('What did Robert Grierson write in his diary about the fight at the tinaja?').entities,
    ).toEqual([]);
    expect(engine.read('What did Colonel Grierson do at the tinaja?').entities).toEqual([
      'auto-benjamin-grierson',
    ]);
    expect(engine.read('What did Benjamin Grierson do at the tinaja?').entities).toEqual([
      'auto-benjamin-grierson',
    ]);
  });

  it("declines what Robert Grierson wrote instead of showing his father's deeds", async () => {
    const a = await engine.ask('What did Robert Grierson write in his diary about the fight at the tinaja?', {
      userId: 'robert',
    });
    expect(a.answered).toBe(false);
  });

  it('still answers how old Robert Grierson was from the words naming him', async () => {
    const a = await engine.ask('How old was Robert Grierson?', { userId: 'age' });
    expect(a.answered).toBe(true);
    expect(a.text).toContain('19');
  });
});

describe('writesOtherGivenName', () => {
  it('returns true for a given name written of someone else, not before the surname', () => {
    expect(writesOtherGivenName('His son Robert rode with him.', 'Robert', 'Grierson')).toBe(true);
  });

  it('returns false for the given name of the surname itself, a middle name between', () => {
    expect(writesOtherGivenName('Col. John S. Ford rode north.', 'John', 'Ford')).toBe(false);
  });
});

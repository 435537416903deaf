/**
 * "Did the historian and the retired teacher see the 1865 troops the same way?": each side of a stance
 * comparison is what that side says on the question's topic — its own quotation or a sentence giving it as the
 * subject of a verb of saying — not a line that only introduces it.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { AnswerEngine } from '../../src/answer/engine.ts';
import { sentenceEvidence } from '../../src/answer/handlers.ts';
import { KnowledgeIndex } from '../../src/answer/knowledge-index.ts';
import { saidOnTopic, sidesNaming, stanceTopic } from '../../src/answer/stance-side.ts';
import type { Runtime } from '../../src/answer/create.ts';
import { articlesAlone } from './setup.ts';

const ARTICLE = `---
id: golfodiario-2025-river-camps-exhibition
title: An exhibition recalls the army camps on the river
outlet: Example Diario del Golfo
published: 2025-06-14
url: https://example.org/river-camps-exhibition
language: en
---
An exhibition recalls the army camps on the river
A new exhibition at the city museum recalls the months in 1865 when thousands of U.S. troops camped on the north bank of the river.
"Officially, the United States was neutral," said Dr. Lucía Ortega Ríos, a historian at the Universidad de Monterrey who is writing a book on the period. "But a neutral army does not leave boxes of rifles on the riverbank and then look the other way."
Among the first visitors was Ramón Treviño Garza, a retired teacher who says he is a grandson of a ferryman. He stood for a long time in front of a map of the camps.
"My grandmother used to say that in 1865 the gringos came to help us, and my grandfather said they came to help themselves," he said. "Looking at this map, I think they were both right."
`;

const RAID = `---
id: riverpost-1911-ferry-raid-dispatches
title: Raiders cross at the ferry
outlet: Example River Post
published: 1911-05-14
url: https://example.org/ferry-raid-dispatches
language: en
---
Raiders cross at the ferry
A band of about forty armed men crossed the river at the lower ferry before dawn and attacked the customs house at San Felipe.
Mr. Octavio Barrientos, the Mexican consul at this place, said this afternoon that the raiders' cartridges had been bought on the American side.
A troop of cavalry under Capt. Walter B. Henning came in on the evening train.
Consul Barrientos said this morning that the dead had been buried at San Felipe and that two of them had been "recognized by people of this side." He would not give their names.
`;

let engine: AnswerEngine;
let raid: KnowledgeIndex;
let runtime: Runtime;
let user = 0;
const fresh = () => ({ userId: `stance-said-${++user}` });

beforeAll(async () => {
  ({ engine, runtime } = await articlesAlone({ 'camps.md': ARTICLE }));
  raid = new KnowledgeIndex((await articlesAlone({ 'raid.md': RAID })).kb);
}, 120_000);

describe('a stance comparison of two people', () => {
  it("keeps each person's own words when they speak to the topic", async () => {
    const a = await engine.ask(
      'Did the Monterrey university historian and the retired teacher see the 1865 troops the same way?',
      fresh(),
    );
    expect(a.answered, a.text).toBe(true);
    expect(a.text).toContain('came to help themselves');
    expect(a.text).toContain('a neutral army');
  });
});

describe("a stance side's lines off the topic", () => {
  const consul = 'auto-octavio-barrientos';
  const analyse = (text: string) => runtime.questionNlp.analyse(text);

  it('reads the topic without the words naming the sides or comparing them', () => {
    const naming = sidesNaming(raid, [consul, 'auto-walter-b-henning']);
    const q = analyse("Did the Mexican consul and Capt. Henning see the raiders' cartridges the same way?");
    expect(stanceTopic(q, naming, new Set(['same']))).toEqual(['raider', 'cartridge']);
  });

  it('shows what the consul is reported to say of the cartridges in place of his words on another matter', () => {
    const offTopic = raid.sentences.find((s) => s.text.startsWith('Consul Barrientos said this morning'));
    expect(offTopic).toBeDefined();
    const said = saidOnTopic(
      raid,
      consul,
      [sentenceEvidence(offTopic!)],
      ['cartridge'],
      analyse,
      new Set(['say']),
    );
    expect(said.map((e) => e.text)).toEqual([
      "Mr. Octavio Barrientos, the Mexican consul at this place, said this afternoon that the raiders' cartridges had been bought on the American side.",
    ]);
  });
});

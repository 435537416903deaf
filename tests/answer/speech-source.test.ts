/**
 * Whether a side is the source of a sentence: after "according to", or the active subject of a verb of saying,
 * one reading for account sides and stance sides alike.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { sentenceEvidence } from '../../src/answer/handlers.ts';
import { KnowledgeIndex } from '../../src/answer/knowledge-index.ts';
import { givenAsSource } from '../../src/answer/speech-source.ts';
import { saidOnTopic } from '../../src/answer/stance-side.ts';
import type { Runtime } from '../../src/answer/create.ts';
import { articlesAlone } from './setup.ts';

const RAID = `---
id: riverpost-1911-ferry-raid-consul
title: Raiders cross at the ferry
outlet: Example River Post
published: 1911-05-14
url: https://example.org/ferry-raid-consul
language: en
---
Raiders cross at the ferry
A band of about forty armed men crossed the river at the lower ferry before dawn and attacked the customs house at San Felipe.
Mr. Octavio Barrientos, the Mexican consul at this place, came to the bridge at noon.
Consul Barrientos was told by the collector that the raiders' cartridges had been bought on the American side.
According to Barrientos, the raiders' horses were stolen in Texas.
Barrientos' clerk said the raiders' cartridges were bought at a store in town.
`;

let runtime: Runtime;
let raid: KnowledgeIndex;
const analyse = (text: string) => runtime.questionNlp.analyse(text);
const SAYING = new Set(['say', 'tell']);

beforeAll(async () => {
  const built = await articlesAlone({ 'raid.md': RAID });
  runtime = built.runtime;
  raid = new KnowledgeIndex(built.kb);
}, 120_000);

describe('givenAsSource', () => {
  const at = (text: string, word: string) => {
    const tokens = analyse(text).tokens;
    const i = tokens.findIndex((t) => t.normal === word);
    return givenAsSource(tokens, i, i, SAYING);
  };

  it('gives the subject of a verb of saying as the source, past an apposition between commas', () => {
    expect(at('Zertuche, the Mexican consul at this place, said the attack was planned.', 'zertuche')).toBe(
      true,
    );
    expect(at('The ministry has long said it found no weapons.', 'ministry')).toBe(true);
  });

  it('gives the noun phrase "according to" governs, and no later noun', () => {
    expect(at('According to the family, the boys were playing.', 'family')).toBe(true);
    expect(at('According to police, family members were told to leave.', 'family')).toBe(false);
  });

  it("gives no one whose name only qualifies the noun phrase 'according to' governs", () => {
    expect(at("According to Sheinbaum's critics, the plan failed.", 'sheinbaum')).toBe(false);
    expect(at('According to Trump administration officials, the plan failed.', 'trump')).toBe(false);
    expect(at('According to Sheinbaum, the plan failed.', 'sheinbaum')).toBe(true);
  });

  it('gives no one whose saying another verb in the clause reports or asks about', () => {
    expect(at('Trump said Sheinbaum told him the troops would stay.', 'sheinbaum')).toBe(false);
    expect(at('Reporters asked whether Sheinbaum said the troops would stay.', 'sheinbaum')).toBe(false);
    expect(at('Trump denied that Sheinbaum had said no.', 'sheinbaum')).toBe(false);
    expect(at('Trump spoke first, and Sheinbaum said the troops would stay.', 'sheinbaum')).toBe(true);
    expect(at('Trump said Sheinbaum told him the troops would stay.', 'trump')).toBe(true);
  });

  it('gives no one told something, nor a noun standing before the verb', () => {
    expect(at('The family was told to leave.', 'family')).toBe(false);
    expect(at("The consul's clerk said the cartridges were bought here.", 'consul')).toBe(false);
  });
});

describe("a stance side's statements", () => {
  const consul = 'auto-octavio-barrientos';
  const offTopic = () => raid.sentences.find((s) => s.text.startsWith('Mr. Octavio Barrientos'));

  it('are not the sentences where the side is told something or where its clerk speaks', () => {
    expect(offTopic()).toBeDefined();
    const naming = (start: string) =>
      raid.sentences.find((s) => s.text.startsWith(start))?.mentions.map((m) => m.entityId) ?? [];
    expect(naming('Consul Barrientos was told')).toContain(consul);
    expect(naming("Barrientos' clerk said")).toContain(consul);
    const said = saidOnTopic(raid, consul, [sentenceEvidence(offTopic()!)], ['cartridge'], analyse, SAYING);
    expect(said.map((e) => e.text)).toEqual([]);
  });

  it('are the sentences that give the side after "according to"', () => {
    const said = saidOnTopic(raid, consul, [sentenceEvidence(offTopic()!)], ['horse'], analyse, SAYING);
    expect(said.map((e) => e.text.slice(0, 24))).toEqual(['According to Barrientos,']);
  });
});

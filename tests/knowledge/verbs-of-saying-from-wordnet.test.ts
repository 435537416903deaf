/**
 * A verb the lexicon never listed still hands a quotation to its subject when WordNet makes it a way of
 * saying: "shouted", "whispered", "remarks", "exclaimed".
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { PipelineTools } from '../../src/knowledge/build.ts';
import { SayingVerbs } from '../../src/knowledge/saying-verbs.ts';
import { WordNet } from '../../src/nlp/wordnet.ts';
import { KNOWLEDGE_DIR, WORDNET_FILE } from '../../src/paths.ts';
import { realTools, speakerOfWords } from './fixtures.ts';

let verbs: SayingVerbs;
let tools: PipelineTools;

beforeAll(async () => {
  verbs = new SayingVerbs(['say'], new WordNet(await readFile(join(KNOWLEDGE_DIR, WORDNET_FILE), 'utf8')));
  tools = await realTools();
});

describe('SayingVerbs', () => {
  it('takes a verb WordNet makes a way of saying or of putting into words', () => {
    for (const w of ['shout', 'whisper', 'remark', 'exclaim', 'mutter', 'testify'])
      expect(verbs.has(w)).toBe(true);
  });

  it('takes a verb of giving news of a fact ("reported", "notified", "briefed", "cautioned")', () => {
    for (const w of [
      'report',
      'notify',
      'warn',
      'announce',
      'apprise',
      'instruct',
      'brief',
      'alert',
      'caution',
    ])
      expect(verbs.has(w)).toBe(true);
  });

  it('takes no verb of training or disclosing, which give no words ("disclosed the costs")', () => {
    for (const w of ['train', 'coach', 'tutor', 'indoctrinate', 'disclose', 'divulge', 'publicize'])
      expect(verbs.has(w)).toBe(false);
  });

  it('keeps the listed verbs and takes no verb of doing, a noun or a non-word', () => {
    expect(verbs.has('say')).toBe(true);
    for (const w of ['walk', 'kill', 'arrive', 'carry', 'table', 'zzyzxq', 'Shout', ''])
      expect(verbs.has(w)).toBe(false);
  });
});

describe('a quotation handed over by a verb of saying the lexicon never listed', () => {
  it('is the subject\'s after the words ("…," the sergeant shouted)', () => {
    const body =
      'The patrol reached the ford after dark. "Keep your heads down and your rifles dry," the sergeant shouted over the water.';
    expect(speakerOfWords(tools, body, 'Keep your heads down')).toBe('the sergeant');
  });

  it('is the person described after a verb WordNet makes a way of saying ("…," whispered a corporal of …)', () => {
    const body =
      'The patrol reached the ford after dark.\n\n"We will not cross tonight," whispered a corporal of the first company.';
    expect(speakerOfWords(tools, body, 'We will not cross tonight')).toBe('a corporal of the first company');
  });

  it('is not carried over from the paragraph before when the verb is "testified"', () => {
    const body = [
      'The lieutenant told our agent, "We are following the smugglers."',
      '"It is finished," testified a customs guard from the Nogales station.',
    ].join('\n\n');
    expect(speakerOfWords(tools, body, 'It is finished')).toBe('a customs guard from the Nogales station');
  });
});

describe('a quotation after a verb of disclosing', () => {
  it('is not the subject\'s (Abbott disclosed the "Operation Lone Star" costs)', () => {
    const body =
      'The governor spoke in Austin on Monday. Abbott disclosed the "Operation Lone Star" costs to the legislature in a letter.';
    expect(speakerOfWords(tools, body, 'Operation Lone Star')).not.toBe('Abbott');
  });
});

describe('"they" standing for a group the sentence before opens with', () => {
  it('names the group with the participle that qualifies it ("Families waiting on … they said")', () => {
    const body = [
      'The convoy crossed at noon.',
      'Families waiting on the Mexican side of the bridge had been there since before dawn. As the last truck rolled past, they said, "Go with God."',
    ].join('\n\n');
    expect(speakerOfWords(tools, body, 'Go with God')).toBe(
      'Families waiting on the Mexican side of the bridge',
    );
  });
});

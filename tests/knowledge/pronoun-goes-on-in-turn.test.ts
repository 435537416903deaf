/**
 * "HOST: What did Byers say? / GUEST: He told a newspaper reporter something … '…,' he said.": a turn's
 * speaker who goes on with one "he" speaks of one person, the one named just before the turn, not the
 * reporter "he" told; whom "tell" is said to is never an unnamed speaker.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { PipelineTools } from '../../src/knowledge/build.ts';
import { realTools, speakerOfWords } from './fixtures.ts';

let tools: PipelineTools;

beforeAll(async () => {
  tools = await realTools();
});

const opening = [
  'HOST MARIA LOPEZ: Welcome back. Joining me is the historian Ana Ruiz.',
  'ANA RUIZ: Thanks, Maria.',
  'LOPEZ: Who survived the ambush?',
  'RUIZ: A young teamster named Billy Byers played dead.',
];
const closing = ['LOPEZ: Thank you, Ana.'];

describe('a pronoun a turn goes on with', () => {
  it('gives "…," he said after "He told a newspaper reporter" to the man asked about', () => {
    const body = [
      ...opening,
      'LOPEZ: What did Byers say?',
      'RUIZ: He told a newspaper reporter, a few weeks later, something I never forgot. "I lay there with my face in the dirt," he said.',
      ...closing,
    ].join('\n\n');
    expect(speakerOfWords(tools, body, 'my face in the dirt')).toBe('Billy Byers');
  });

  it('still gives "he said" to a person the sentence before names as its subject', () => {
    const body = [
      ...opening,
      'LOPEZ: What happened next?',
      'RUIZ: A cavalry sergeant found him the next day. "He was lucky to be alive," he said.',
      ...closing,
    ].join('\n\n');
    expect(speakerOfWords(tools, body, 'lucky to be alive')).toBe('A cavalry sergeant');
  });

  it('gives words that go on from the man spoken of, in the same sentence or the next, to him too', () => {
    const body = [
      ...opening,
      'LOPEZ: Who led the soldiers?',
      'RUIZ: The accounts name Capt. Ramón Carrillo. His report is short. He wrote that his men had "tracked the herd to the camp," and that they "settled the account in full."',
      'LOPEZ: What did Byers say?',
      'RUIZ: He told a newspaper reporter something I never forgot. "I lay there with my face in the dirt," he said. "Then one of them looked at me, and I held my breath."',
      ...closing,
    ].join('\n\n');
    expect(speakerOfWords(tools, body, 'tracked the herd')).toBe('Ramón Carrillo');
    expect(speakerOfWords(tools, body, 'settled the account')).toBe('Ramón Carrillo');
    expect(speakerOfWords(tools, body, 'held my breath')).toBe('Billy Byers');
  });
});

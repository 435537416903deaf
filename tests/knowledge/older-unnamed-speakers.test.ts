/** Unnamed speakers in an older reporter's grammar: "said he" after a described person, "… and said". */
import { beforeAll, describe, expect, it } from 'vitest';
import type { PipelineTools } from '../../src/knowledge/build.ts';
import { realTools, speakerOfWords } from './fixtures.ts';

let tools: PipelineTools;

beforeAll(async () => {
  tools = await realTools();
});

describe('speakersPronounsContinue', () => {
  it("gives '\"…,\" said he' to the described person the sentence before opens with, past a participle's clause", () => {
    const body =
      'A sergeant of the Rifles, marching by with his squad, was less cheerful. "Two years in this fort," said he, "and I never once saw rain."';
    expect(speakerOfWords(tools, body, 'Two years in this fort', '1848-06-24')).toBe(
      'A sergeant of the Rifles',
    );
  });
});

describe('unnamedSpeakers', () => {
  it('gives "… took off his hat and said, \'…\'" to the described person the sentence opens with', () => {
    const body =
      'I stood by the bridge with the crowd. An old farmer beside me, who told me he had worked the river fifty years, took off his hat and said, "The water is ours again."';
    expect(speakerOfWords(tools, body, 'The water is ours again', '1848-06-24')).toBe(
      'An old farmer beside me',
    );
  });

  it('leaves "… and said" to a named person when the opening "a" phrase names no one', () => {
    const body =
      'A storm came over the hills and Mayor Ana Ruiz stood up and said, "We will open the school as a shelter."';
    expect(speakerOfWords(tools, body, 'open the school', '2020-06-24')).not.toBe('A storm');
  });

  it('gives "called down to a passing officer in very good English, \'…\'" to the described person who called', () => {
    const body =
      'A woman at a window of the arcade, on the other hand, called down to a passing soldier in very good English, "Go home, sir, and take your flag."';
    expect(speakerOfWords(tools, body, 'Go home, sir', '1848-06-24')).toBe(
      'A woman at a window of the arcade',
    );
  });

  it('gives words to "The corporal of a Texas company of the 2d Dragoons, a man of ten years\' service, told me"', () => {
    const body =
      'The corporal of a Texas company of the 2d Dragoons, a man of ten years\' service, told me that he had "walked more miles than the mules."';
    expect(speakerOfWords(tools, body, 'walked more miles', '1848-06-24')).toBe(
      'The corporal of a Texas company of the 2d Dragoons',
    );
  });

  it('leaves "The corporal of a …" to the corporal the article named', () => {
    const body = [
      'Cpl. Amos Reed led the wagons out of the town.',
      'The corporal of a Texas company, a man of ten years\' service, told me that he had "walked more miles than the mules."',
    ].join('\n\n');
    expect(speakerOfWords(tools, body, 'walked more miles', '1848-06-24')).not.toBe(
      'The corporal of a Texas company',
    );
  });
});

/** A letter printed piece by piece after its topics, and a described speaker going on under "He said". */
import { beforeAll, describe, expect, it } from 'vitest';
import type { PipelineTools } from '../../src/knowledge/build.ts';
import { realTools, speakerOfWords } from './fixtures.ts';

let tools: PipelineTools;

beforeAll(async () => {
  tools = await realTools();
});

describe('speakersOfTopicPieces', () => {
  const body = [
    'The first is from young Amos Lytle, a private in the company raised in this county in June, to his father. Of the passage up from Matamoros he writes:',
    '"We came up from Matamoros on the steamboat in four days."',
    'Of the town itself: "Camargo is a town of stone and mud houses on the San Juan." And of the camp: "The sand gets into the bread."',
    'A teamster lately come down to New Orleans said the river was low. Of the camp: "I never saw a camp go down like Camargo."',
  ].join('\n\n');

  it('gives "Of the town itself: \'…\'" to the writer of the letter printed just before', () => {
    expect(speakerOfWords(tools, body, 'a town of stone and mud', '1846-09-24')).toBe('Amos Lytle');
  });

  it('goes on with the writer through "And of the camp: \'…\'"', () => {
    expect(speakerOfWords(tools, body, 'The sand gets into the bread', '1846-09-24')).toBe('Amos Lytle');
  });

  it('does not carry the writer past a paragraph of someone else', () => {
    expect(speakerOfWords(tools, body, 'I never saw a camp go down', '1846-09-24')).not.toBe('Amos Lytle');
  });
});

describe('describedSpeakerGoesOn', () => {
  it('gives words quoted in part after "He said he had asked …" to the described speaker before', () => {
    const body =
      'The municipal president, who spoke by telephone and asked that his name not be used, said 20 officers had resigned. "I do not blame them," he said. He said he had asked the state for soldiers to stay "for as long as it takes to build a police force again."';
    expect(speakerOfWords(tools, body, 'for as long as it takes', '2008-05-20')).toBe(
      'the municipal president',
    );
  });
});

describe('ownersOfDocumentsPointedTo', () => {
  it('gives the words after "It states that …, and reads:" to the bulletin of the sentence before', () => {
    const body =
      'The Liberal bulletin, a copy of which was handed to me at headquarters, tells a different story. It states that the escort numbered about 1,800 men with eight pieces of artillery, and reads: "The enemy has been entirely destroyed."';
    expect(speakerOfWords(tools, body, 'entirely destroyed', '1866-07-10')).toBe('the bulletin');
  });
});

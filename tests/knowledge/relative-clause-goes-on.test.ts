/**
 * A sentence ending in a relative clause whose subject is a new person, and which keeps the sentence's subject
 * only as "him", leaves the reader with that person: "The captain … fell back to the Pima villages, which
 * Mr. Ashcroft always held against him. '…,' he said" is Ashcroft's.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { PipelineTools } from '../../src/knowledge/build.ts';
import { realTools, speakerOfWords } from './fixtures.ts';

let tools: PipelineTools;

beforeAll(async () => {
  tools = await realTools();
});

describe('the subject of a relative clause about the subject goes on', () => {
  it('gives "he said" after "…, which Mr. Ashcroft always held against him" to Ashcroft, not the captain', () => {
    const body = [
      'Daniel W. Ashcroft, who rode with Company A of the First California Cavalry, died on Tuesday. "Not above twenty minutes of hot work," Mr. Ashcroft said of the fight.',
      'The survivors rode back to Capt. William P. Calloway with the prisoners. The captain, not knowing how many of the enemy lay between him and Tucson, fell back to the Pima villages on the Gila, which Mr. Ashcroft always held against him. "We could have been in Tucson in two days," he said.',
    ].join('\n\n');
    expect(speakerOfWords(tools, body, 'in Tucson in two days')).toBe('Daniel W. Ashcroft');
  });

  it('leaves "he said" to the subject when the relative clause names no one else', () => {
    const body = [
      'Daniel W. Ashcroft, who rode with Company A of the First California Cavalry, died on Tuesday. "Not above twenty minutes of hot work," Mr. Ashcroft said of the fight.',
      'The survivors rode back to Capt. William P. Calloway with the prisoners. The captain fell back to the Pima villages on the Gila, which the men always held against him. "We had no water," he said.',
    ].join('\n\n');
    expect(speakerOfWords(tools, body, 'We had no water')).toBe('William P. Calloway');
  });
});

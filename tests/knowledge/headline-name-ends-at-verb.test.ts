/**
 * "Constitutionalists Under Gen. Aurelio Ramos Take the City After All-Night Fight": in a line that capitalises
 * every word, a person's name stops at the headline's verb; "Take" is no part of the general's name.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { PipelineTools } from '../../src/knowledge/build.ts';
import { realTools, speakerOfWords } from './fixtures.ts';

let tools: PipelineTools;

beforeAll(async () => {
  tools = await realTools();
});

describe('NameRuns.at in a headline', () => {
  it('names the general "Aurelio Ramos", not "Aurelio Ramos Take", after a headline with him in it', () => {
    const body = [
      'REBELS HOLD THE TOWN',
      'Constitutionalists Under Gen. Aurelio Ramos Take the City After All-Night Fight',
      'The town is in the hands of the Constitutionalists. "We came to stay," Gen. Ramos said on Wednesday.',
    ].join('\n\n');
    expect(speakerOfWords(tools, body, 'We came to stay', '1913-06-06')).toBe('Aurelio Ramos');
  });
});

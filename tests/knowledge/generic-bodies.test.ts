/**
 * "The agency said": a definite generic noun for a body names again the body that spoke just before, when
 * that speaker is a body; after a person, it stays a description.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { PipelineTools } from '../../src/knowledge/build.ts';
import { readsAsBodyName } from '../../src/knowledge/generic-bodies.ts';
import { realTools, speakerOfWords } from './fixtures.ts';

let tools: PipelineTools;
const english = (w: string) => ['customs', 'border', 'protection', 'and'].includes(w);

beforeAll(async () => {
  tools = await realTools();
});

describe('readsAsBodyName', () => {
  it('reads "U.S. Customs and Border Protection" as a body', () => {
    expect(readsAsBodyName('U.S. Customs and Border Protection', english)).toBe(true);
  });

  it('does not read a person\'s name, "Greg Abbott", as a body', () => {
    expect(readsAsBodyName('Greg Abbott', english)).toBe(false);
  });
});

describe('generic bodies named again', () => {
  it('gives "The agency said" to the body that spoke in the sentence before', () => {
    const body =
      'U.S. Customs and Border Protection said in a statement that the inspections were "unnecessary" because every truck passes through federal screening. The agency said the delays were disrupting supply chains "already strained" by the pandemic.';
    expect(speakerOfWords(tools, body, 'already strained', '2022-04-13')).toMatch(/Border Protection$/);
  });

  it('leaves "the agency" a description when the one who spoke before is a person', () => {
    const body =
      'Arnoldo Pruneda said the inspections were "unnecessary" because every truck passes through federal screening. The agency said the delays were disrupting supply chains "already strained" by the pandemic.';
    expect(speakerOfWords(tools, body, 'already strained', '2022-04-13')).not.toBe('Arnoldo Pruneda');
  });

  it('leaves "the department" a description after a man whose name is made of English words ("Chad Wolf")', () => {
    const body =
      'Chad Wolf, the acting secretary, said the inspections were "unnecessary" because every truck passes through federal screening. He was in El Paso on Monday. The department said the delays were disrupting supply chains "already strained" by the pandemic.';
    expect(speakerOfWords(tools, body, 'already strained', '2022-04-13')).not.toBe('Chad Wolf');
  });
});

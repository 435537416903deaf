/**
 * What a new article of an old or translated style loses: a letter introduced by "The following is from …:"
 * and printed over several paragraphs, a Spanish title ("Ing.") met once at the head of a paragraph, a
 * figure quoted after "estimated that" by a subject set off by an apposition, and a woman the article calls
 * "Doña" and her first name.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { handingOver } from '../../src/knowledge/clause-words.ts';
import { buildKnowledge, createPipelineTools, loadKnowledgeData } from '../../src/knowledge/build.ts';
import type { PipelineTools } from '../../src/knowledge/build.ts';
import type { KnowledgeBase } from '../../src/knowledge/schema.ts';
import { parseSource } from '../../src/knowledge/sources.ts';
import { KNOWLEDGE_DIR } from '../../src/paths.ts';
import { realTools, speakerOfWords } from './fixtures.ts';

let tools: PipelineTools;

beforeAll(async () => {
  tools = await realTools();
});

const LETTER = [
  'Gen. Worth came up the causeway against the bridge-head, and the convent was carried by Gen. Twiggs.',
  'The following is from Lieut. Amos R. Fairley, of the Sumter company, to his mother at Camden:',
  '"Dear Mother — I write to tell you I came through without a scratch. We went round by the left through the corn.',
  '"Capt. Hale was struck in the arm and would not go to the rear. We lost forty men by my count.',
  '"Tell Father I have his letter and read it on the night before the fight."',
].join('\n\n');

const FLOOD = [
  'The river came down upon the city in the night, and a third of it is under water.',
  'Lic. Ramiro Cantú Olvera, secretary of the municipal government, estimated that "between nine and ten thousand" people had left their homes. "We do not know how many will go back," he said.',
  'Doña Eulalia Garza, a widow of the colonia by the river, said no one came to her street. "They came late," she said.',
  '"If the dam had been built, the water would be in a lake and not in my kitchen," said Doña Eulalia.',
  'Ing. Salvador Quintero, of the Mexican section of the water commission, was more guarded. "No dam would have held all of this," he said.',
].join('\n\n');

describe('a letter printed after "The following is from …:"', () => {
  it('gives every paragraph of the letter to the writer the introducing sentence names', () => {
    for (const words of ['I came through without a scratch', 'We lost forty men', 'Tell Father I have'])
      expect(speakerOfWords(tools, LETTER, words, '1847-09-24')).toBe('Amos R. Fairley');
  });
});

describe('a translated report with Spanish titles', () => {
  it('reads "Ing." opening a paragraph as the title of the name after it, whose "he said" it is', () => {
    expect(speakerOfWords(tools, FLOOD, 'No dam would have held', '1954-07-03')).toBe('Salvador Quintero');
  });

  it('gives a figure quoted after "estimated that" to the subject set off by an apposition', () => {
    expect(speakerOfWords(tools, FLOOD, 'between nine and ten thousand', '1954-07-03')).toBe(
      'Ramiro Cantú Olvera',
    );
  });

  it('knows a woman the article calls "Doña Eulalia" by her first name', async () => {
    const data = await loadKnowledgeData(KNOWLEDGE_DIR);
    const text = `---\nid: example-1954-flood\ntitle: Example\noutlet: Example Post\npublished: 1954-07-03\nurl: https://example.org/flood\nlanguage: en\n---\n${FLOOD}\n`;
    const kb: KnowledgeBase = buildKnowledge(
      [parseSource(new TextEncoder().encode(text), 'flood.md')],
      createPipelineTools(data),
    );
    const eulalia = kb.entities.find((e) => e.name === 'Eulalia Garza');
    expect(eulalia?.aliases).toContain('Eulalia');
  });
});

describe('handingOver', () => {
  const beforeQuote = (text: string) => {
    const analysis = tools.nlp.analyse(text);
    const open = analysis.tokens.findIndex((t) => t.value === '"');
    return { analysis, before: [...Array(open).keys()] };
  };
  const says = (lemma: string) => lemma === 'say';

  it('returns the verb of estimating before "that" and the quotation', () => {
    const { analysis, before } = beforeQuote(
      'The secretary estimated that "between nine and ten thousand" had left.',
    );
    expect(handingOver(analysis, before, says)).toBe(2);
  });

  it('returns -1 for a verb of finding before "that" and scare-quoted words', () => {
    const { analysis, before } = beforeQuote('The report found that "illegal aliens" crossed at the ford.');
    expect(handingOver(analysis, before, says)).toBe(-1);
  });
});

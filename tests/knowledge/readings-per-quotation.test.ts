/**
 * Readings the pipeline makes once per paragraph or per quotation, kept as they were when they became functions
 * of their modules instead of closures made at each call (under tsx a named closure costs a property
 * definition each time it is made: docs/perf50-study.md): the words "in his own words" own, the aside a comma
 * sets off before "said", and a surname beside "said" vouching for a person. Each on an article written for the
 * test (a name's gender from the word vectors: name-gender-reader.test.ts).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { PipelineTools } from '../../src/knowledge/build.ts';
import { annotateText, realTools, speakerOfWords } from './fixtures.ts';

let tools: PipelineTools;

beforeAll(async () => {
  tools = await realTools();
});

describe('words "in his own words"', () => {
  const body = [
    'Tomás Arvizu Peña, 58, a rancher near Sasabe, sold his cattle in the spring.',
    'His neighbour, Marguerite Olsted, kept hers.',
    'The auction, he said afterwards, was held, in his own words, "in a barn with no roof and no buyers."',
  ].join('\n\n');

  it('gives them to the man the possessive stands for, not to the woman named after him', () => {
    expect(speakerOfWords(tools, body, 'in a barn with no roof')).toBe('Tomás Arvizu Peña');
  });
});

describe('a speaker with an aside set off by commas', () => {
  it('gives the words to the body before the aside, not to the aside ("…, on the other hand, said")', () => {
    const body = [
      'Maj. Orrin Blevins said the convoy would leave at dawn.',
      'The state legislature, on the other hand, said in a resolution that the convoy was "an insult to the border counties."',
    ].join('\n\n');
    expect(speakerOfWords(tools, body, 'an insult to the border counties')).toBe('the state legislature');
  });

  it('gives the words to the body before a "which" clause, not to the clause', () => {
    const body = [
      'Maj. Orrin Blevins said the convoy would leave at dawn.',
      'The county commission in Nogales, which has asked for the convoy twice, said on Friday that it was "long overdue."',
    ].join('\n\n');
    expect(speakerOfWords(tools, body, 'long overdue')).toBe('the county commission in Nogales');
  });
});

describe('a surname beside "said"', () => {
  it('reads the person it names, and a place after "in" as no one', () => {
    const body = [
      'Rosaura Quiñonez Ybarra runs the shelter on Calle Ocho.',
      '"We have no more beds," Quiñonez said.',
      'Volunteers in Altar said they would send blankets.',
    ].join('\n\n');
    const article = annotateText(tools, body);
    expect(article.people.map((p) => p.name)).toContain('Rosaura Quiñonez Ybarra');
    expect(article.people.map((p) => p.name)).not.toContain('Altar');
    expect(speakerOfWords(tools, body, 'We have no more beds')).toBe('Rosaura Quiñonez Ybarra');
  });
});

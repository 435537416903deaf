/**
 * An abbreviated title the lexicon does not list ("Profra.") is one when the article writes it only before
 * names and once where an attribution runs across its full stop: the name after it is whole, not cut at
 * the stop.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { PipelineTools } from '../../src/knowledge/build.ts';
import { abbreviatedTitles } from '../../src/knowledge/abbreviated-titles.ts';
import { realTools, speakerOfWords } from './fixtures.ts';

let tools: PipelineTools;

beforeAll(async () => {
  tools = await realTools();
});

const CANANEA =
  '"Here the eight-hour day was born," said Profra. Amalia Ruiz Bustamante, the municipal chronicler, who ' +
  'read the names of the dead.\n\n' +
  'The governor of Sonora, Rafael Izábal, met the train at Naco.\n\n' +
  '"Cananea did not win in 1906," Profra. Ruiz said as the crowd broke up.';

describe('abbreviatedTitles', () => {
  it('finds "Profra" written before a name twice, once after "said"', () => {
    const analyses = CANANEA.split('\n\n').map((p) => tools.nlp.analyse(p));
    const reader = { isTitle: () => false, isEnglishWord: (w: string) => ['said', 'the'].includes(w) };
    expect([...abbreviatedTitles(analyses, reader)]).toEqual(['Profra']);
  });

  it('finds a title opening with a capital outside ASCII ("Ébra.") as one opening with an ASCII capital', () => {
    const analyses = CANANEA.replaceAll('Profra', 'Ébra')
      .split('\n\n')
      .map((p) => tools.nlp.analyse(p));
    const reader = { isTitle: () => false, isEnglishWord: (w: string) => ['said', 'the'].includes(w) };
    expect([...abbreviatedTitles(analyses, reader)]).toEqual(['Ébra']);
  });

  it('takes no word opening with a small letter or a digit for a title', () => {
    const body = CANANEA.replaceAll('Profra', 'profra');
    const analyses = body.split('\n\n').map((p) => tools.nlp.analyse(p));
    const reader = { isTitle: () => false, isEnglishWord: (w: string) => ['said', 'the'].includes(w) };
    expect(abbreviatedTitles(analyses, reader).size).toBe(0);
  });

  it('attributes the quotation to the whole name after the title, and its later one to her surname', () => {
    expect(speakerOfWords(tools, CANANEA, 'Here the eight-hour day')).toBe('Amalia Ruiz Bustamante');
    expect(speakerOfWords(tools, CANANEA, 'Cananea did not win')).toBe('Amalia Ruiz Bustamante');
  });

  it('takes no surname ending a sentence for a title when the article also writes it without a stop', () => {
    const body =
      '"We stayed," said Ortega. Amalia Ruiz nodded.\n\n' +
      'The train left. "It was late," said Ortega. Manuel Soto agreed.\n\n' +
      'Ortega said the town remembered.';
    const analyses = body.split('\n\n').map((p) => tools.nlp.analyse(p));
    expect(abbreviatedTitles(analyses, { isTitle: () => false, isEnglishWord: () => false }).size).toBe(0);
    expect(speakerOfWords(tools, body, 'We stayed')).toBe('Ortega');
  });

  it('gives a quotation to a name an abbreviated title written once sets off after a comma ("…of Tlalixcoyan, Profa. Guadalupe Hernández Cházaro,")', () => {
    const body = [
      'The municipal president of Tlalixcoyan, Profa. Guadalupe Hernández Cházaro, placed a wreath on Sunday beside the white cross. "This municipality did not choose to be in the history books for this," she said.',
      'She said the council would ask the state congress to approve a plaque. "We do not want a monument that accuses anybody," she said.',
    ].join('\n\n');
    expect(speakerOfWords(tools, body, 'history books')).toBe('Guadalupe Hernández Cházaro');
    expect(speakerOfWords(tools, body, 'accuses anybody')).toBe('Guadalupe Hernández Cházaro');
  });

  it('takes no word a comma sets off before a name not closed by a comma for a title ("in Austin, Tex. Maria Lopez said")', () => {
    const body = 'The family moved to Austin, Tex. Maria Lopez said "we never went back."';
    const analyses = body.split('\n\n').map((p) => tools.nlp.analyse(p));
    expect(abbreviatedTitles(analyses, { isTitle: () => false, isEnglishWord: () => false }).size).toBe(0);
  });
});

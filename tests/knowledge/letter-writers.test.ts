/**
 * Signed letters: "my grandmother" in a letter signed "— Rosa Garza Treviño, San Benito" is the writer's
 * grandmother, named so for a reader of the quotation alone.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { PipelineTools } from '../../src/knowledge/build.ts';
import { letterWriters, signOffName } from '../../src/knowledge/letter-writers.ts';
import { realTools, speakerOfWords } from './fixtures.ts';

let tools: PipelineTools;

beforeAll(async () => {
  tools = await realTools();
});

describe('signOffName', () => {
  it('reads the writer of a dash, a name and a town', () => {
    expect(signOffName('— Rosa Garza Treviño, San Benito')).toBe('Rosa Garza Treviño');
    expect(signOffName('— Lt. Col. (ret.) Douglas Ferrell, McAllen')).toBe('Lt. Col. Douglas Ferrell');
  });

  it('returns null for a dash before a sentence or a single word', () => {
    expect(signOffName('— and then the soldiers left the town, he said')).toBeNull();
    expect(signOffName('— Reuters')).toBeNull();
    expect(signOffName('My grandmother used to say so.')).toBeNull();
  });
});

describe('letterWriters', () => {
  it('gives each paragraph the sign-off below it, dropped from the text or not', () => {
    const paragraphs = [
      { line: 1, text: 'My grandmother used to say so.' },
      { line: 5, text: 'As my old professor liked to say, it was so.' },
      { line: 7, text: '— Arturo Villalobos, Edinburg' },
    ];
    const writers = letterWriters(paragraphs, [{ line: 3, text: '— Rosa Garza Treviño, San Benito' }]);
    expect(writers.get(0)).toBe('Rosa Garza Treviño');
    expect(writers.get(1)).toBe('Arturo Villalobos');
    expect(writers.has(2)).toBe(false);
  });

  it('is empty for an article with no sign-off', () => {
    expect(letterWriters([{ line: 1, text: 'My grandmother used to say so.' }], []).size).toBe(0);
  });
});

describe('a relative a letter writer quotes', () => {
  it('is the writer\'s ("Rosa Garza Treviño\'s grandmother")', () => {
    const body = [
      'My great-grandfather, Florencio Garza, was taken from his field near San Benito in September 1915.',
      'My grandmother used to say, "They killed the ones who stayed, and the ones who ran lost the land." Both things happened in our family.',
      '— Rosa Garza Treviño, San Benito',
      'As my old professor liked to say, "On this border, every war has two capitals."',
      '— Arturo Villalobos, Edinburg',
    ].join('\n\n');
    expect(speakerOfWords(tools, body, 'lost the land')).toBe("Rosa Garza Treviño's grandmother");
    expect(speakerOfWords(tools, body, 'two capitals')).toBe("Arturo Villalobos's old professor");
  });

  it('stays "my grandmother" in an article no one signs', () => {
    const body = [
      'My grandmother used to say, "They killed the ones who stayed, and the ones who ran lost the land."',
    ].join('\n\n');
    expect(speakerOfWords(tools, body, 'lost the land')).toBe('my grandmother');
  });
});

/**
 * In a transcript turn, "she said" between the two halves of one saying stands for the woman the turn just
 * described, not for a noun that only says what kind of thing something is ("the visitor center").
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { PipelineTools } from '../../src/knowledge/build.ts';
import { annotateText, realTools } from './fixtures.ts';

let tools: PipelineTools;

beforeAll(async () => {
  tools = await realTools();
});

const SHOW = [
  'LUPE SALAS, HOST: Good evening. I am Lupe Salas. Our reporter Nell Ocampo spent the day at the fort. Nell?',
  'NELL OCAMPO, REPORTER: Lupe, the crowd was small.',
  'OCAMPO: President Chester Arthur approved the sentence in 1882.',
  'OCAMPO: A woman from Alpine who asked not to be named, because she works for the county, told me she was ' +
    'glad but a little bitter. "They\'ll put his picture in the visitor center now," she said, "and they ' +
    'should have put it there in 1882."',
].join('\n\n');

/** The same show with labels of names alone ("LUPE SALAS:"), read as people before speaker labels were. */
const PLAIN_LABELS = SHOW.replace('LUPE SALAS, HOST:', 'LUPE SALAS:').replace(
  'NELL OCAMPO, REPORTER:',
  'NELL OCAMPO:',
);

describe('a saying split by "she said" inside a transcript turn', () => {
  it.each([
    ['labels with roles', SHOW],
    ['labels of names alone', PLAIN_LABELS],
  ])(
    'gives both halves to the woman the turn described, not "the visitor" of "the visitor center" (%s)',
    (_, show) => {
      const article = annotateText(tools, show);
      const second = article.quotes.find((q) => q.text.startsWith('and they should have put it there'));
      expect(second?.speakerName).toBe('A woman from Alpine');
    },
  );
});

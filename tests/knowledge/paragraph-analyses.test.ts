import { beforeAll, describe, expect, it } from 'vitest';
import type { PipelineTools } from '../../src/knowledge/build.ts';
import { Cleaner, type CleanParagraph } from '../../src/knowledge/clean.ts';
import { paragraphAnalyses } from '../../src/knowledge/paragraph-analyses.ts';
import type { Analysis } from '../../src/nlp/pipeline.ts';
import { realTools } from './fixtures.ts';

let tools: PipelineTools;

beforeAll(async () => {
  tools = await realTools();
}, 120_000);

const paragraph = (text: string, line: number): CleanParagraph => ({
  line,
  text,
  kind: 'report',
  socialPost: null,
});

/** A stand-in pipeline that records the paragraphs it is asked to read. */
function recording(): {
  asked: string[][];
  nlp: { analyseParagraphs(texts: readonly string[]): Analysis[] };
} {
  const asked: string[][] = [];
  const analysis = (text: string): Analysis => ({ text, tokens: [], sentences: [], custom: [], ner: [] });
  return {
    asked,
    nlp: {
      analyseParagraphs: (texts) => {
        asked.push([...texts]);
        return texts.map(analysis);
      },
    },
  };
}

describe('paragraph analyses made while cleaning', () => {
  it('are used as they are, and only the other paragraphs are read', () => {
    const [a, b, c] = [paragraph('First.', 1), paragraph('Second.', 2), paragraph('Third.', 3)];
    const made = tools.nlp.analyse('Third.');
    const { asked, nlp } = recording();
    const analyses = paragraphAnalyses(nlp, [a, b, c], new Map([[c, made]]));
    expect(asked).toEqual([['First.', 'Second.']]);
    expect(analyses.map((x) => x.text)).toEqual(['First.', 'Second.', 'Third.']);
    expect(analyses[2]).toBe(made);
  });

  it('are not used for a paragraph whose text is no longer the one analysed', () => {
    const a = paragraph('Subscribe now. Troops arrived on Monday.', 1);
    const { asked, nlp } = recording();
    paragraphAnalyses(nlp, [a], new Map([[a, tools.nlp.analyse('Subscribe now.')]]));
    expect(asked).toEqual([['Subscribe now. Troops arrived on Monday.']]);
  });

  it('read the page edges the cleaner kept as one pass over every paragraph reads them', () => {
    const page = [
      'Browse the collection and read the full story below.',
      'MATAMOROS, June 4. — The federal garrison laid down its arms and crossed to the American side.',
      '"We had no choice," Gen. Lucio Blanco told reporters at the customs house.',
      'The bridge was reopened to traffic in the evening, and the ferry ran until dark.',
      'Read more from the archive on the Mexican Revolution.',
    ].join('\n');
    const cleaned = tools.cleaner.clean(page, { title: 'Federals disarmed', outlet: 'Riverbank Times' });
    expect(cleaned.analysed?.size ?? 0).toBeGreaterThan(0);
    const onePass = tools.nlp.analyseParagraphs(cleaned.paragraphs.map((p) => p.text));
    expect(paragraphAnalyses(tools.nlp, cleaned.paragraphs, cleaned.analysed)).toEqual(onePass);
  });

  it('read a page with an appeal at its edge in one pass of the pipeline, the appeal dropped', () => {
    const page = [
      'Browse the collection and read the full story below.',
      'MATAMOROS, June 4. — The federal garrison laid down its arms and crossed to the American side.',
      'The bridge was reopened to traffic in the evening, and the ferry ran until dark.',
      'Support the archive — become a Friend of the Collection for $5 a month.',
    ].join('\n');
    const passes: string[][] = [];
    const reader = {
      analyse: (text: string) => {
        passes.push([text]);
        return tools.nlp.analyse(text);
      },
      analyseParagraphs: (texts: readonly string[]) => {
        passes.push([...texts]);
        return tools.nlp.analyseParagraphs(texts);
      },
      isEnglishWord: (word: string) => tools.nlp.isEnglishWord(word),
    };
    const cleaner = new Cleaner(tools.data.boilerplate, reader);
    const cleaned = cleaner.clean(page, { title: 'Federals disarmed', outlet: 'Riverbank Times' });
    expect(passes).toHaveLength(1);
    expect(cleaned.paragraphs.map((p) => p.text)).toEqual([
      'MATAMOROS, June 4. — The federal garrison laid down its arms and crossed to the American side.',
      'The bridge was reopened to traffic in the evening, and the ferry ran until dark.',
    ]);
    const { asked, nlp } = recording();
    paragraphAnalyses(nlp, cleaned.paragraphs, cleaned.analysed);
    expect(asked).toEqual([]);
  });
});

import { beforeAll, describe, expect, it } from 'vitest';
import type { PipelineTools } from '../../src/knowledge/build.ts';
import { findQuoteSpans, topLevelSpans } from '../../src/knowledge/quote-spans.ts';
import { quoteKind } from '../../src/knowledge/speakers.ts';
import { annotateText, realTools, speakerOfWords } from './fixtures.ts';

let tools: PipelineTools;

beforeAll(async () => {
  tools = await realTools();
});

describe('quoteKind', () => {
  it('reads a quotation opening on an ASCII capital as full and on a small letter as a fragment', () => {
    expect(quoteKind('We will stay')).toBe('full');
    expect(quoteKind('constitutional authority')).toBe('fragment');
  });

  it('looks past figures and marks to the first letter', () => {
    expect(quoteKind('1,200 Troops arrived')).toBe('full');
    expect(quoteKind('... and then all the glass came in')).toBe('fragment');
    expect(quoteKind('90 days')).toBe('fragment');
  });

  it('reads the case of a first letter outside ASCII, and calls a quotation with no letter a fragment', () => {
    expect(quoteKind('Éxito total')).toBe('full');
    expect(quoteKind('¿Quién manda aquí?')).toBe('full');
    expect(quoteKind('él lo dijo')).toBe('fragment');
    expect(quoteKind('1,200')).toBe('fragment');
  });
});

describe('topLevelSpans', () => {
  it('returns the quotations no other holds, as a filter on the parent would', () => {
    const text = `He said, 'How can we help?' And you know what I said to him? "No, 'President' Trump," and "Yes."`;
    const spans = findQuoteSpans(text);
    expect(topLevelSpans(spans)).toEqual(spans.filter((s) => s.parent === null));
    expect(topLevelSpans(spans).map((s) => text.slice(s.start, s.end))).toEqual([
      "No, 'President' Trump,",
      'Yes.',
    ]);
  });
});

describe('findQuoteSpans', () => {
  it('drops a pair of marks around white space only, however the space is written', () => {
    const text = `He said " " then "\u00a0 " and "Yes."`;
    expect(findQuoteSpans(text).map((s) => text.slice(s.start, s.end))).toEqual(['Yes.']);
  });

  it('keeps a quotation that opens on a space or a letter outside ASCII', () => {
    const text = `"  Not one," she said. "¿Por qué?" he asked.`;
    expect(findQuoteSpans(text).map((s) => text.slice(s.start, s.end))).toEqual(['  Not one,', '¿Por qué?']);
  });
});

describe('a nickname in marks inside a name', () => {
  it('is no quotation, while a small word in marks after a name is one', () => {
    const annotated = annotateText(
      tools,
      'Kenneth "Buck" Owens said the river was low. Owens called it "dry" on Monday.',
    );
    expect(annotated.quotes.map((q) => q.text)).toEqual(['dry']);
  });
});

describe('a heading in quotation marks repeating words said below', () => {
  const section = (heading: string) =>
    [
      heading,
      'Mrs. Alma Ruckle, 46, said she was in her kitchen when the first bomb fell.',
      '"There was a roar like a freight train and then all the glass came in," Mrs. Ruckle said.',
    ].join('\n\n');

  it('is given to the speaker from three words on', () => {
    expect(speakerOfWords(tools, section('"GLASS CAME IN"'), 'GLASS CAME IN')).toBe('Alma Ruckle');
  });

  it('is not given to anyone when it is two words', () => {
    expect(speakerOfWords(tools, section('"CAME IN"'), 'CAME IN')).toBe('unattributed');
  });
});

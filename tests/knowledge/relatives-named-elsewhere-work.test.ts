/**
 * A relative named elsewhere is looked for once per sentence, not once per quotation and name: 1 MB of
 * 'Ruiz said, "My father was Pedro Ruiz," and …' is one sentence of 14,000 quotations and as many names, and
 * reading every name of the sentence for each quotation took 30 s of the build.
 */
import { describe, expect, it } from 'vitest';
import { relativesNamedElsewhere } from '../../src/knowledge/relatives-named-elsewhere.ts';
import type { QuoteSpan } from '../../src/knowledge/quote-spans.ts';
import type { WorkingQuote, WorkingSentence } from '../../src/knowledge/working.ts';
import { Nlp } from '../../src/nlp/pipeline.ts';

const nlp = new Nlp([], []);
const PEOPLE: Record<string, string> = { jose: 'Jose Ruiz', pedro: 'Pedro Ruiz', ana: 'Ana Ruiz' };
const person = (id: string) => (PEOPLE[id] ? { id, name: PEOPLE[id] } : null);

/** `text` as one sentence, its quotations by `speakerId`, and a read count of its tokens and its mentions' tokens. */
function oneSentence(text: string, names: Record<string, string>, speakerId: string | null) {
  const analysis = nlp.analyse(text);
  let reads = 0;
  const tokens = new Proxy(analysis.tokens, {
    get(target, key, receiver) {
      if (typeof key === 'string' && /^\d+$/.test(key)) reads++;
      return Reflect.get(target, key, receiver) as unknown;
    },
  });
  const spans: QuoteSpan[] = [...text.matchAll(/"([^"]*)"/g)].map((m) => ({
    start: m.index + 1,
    end: m.index + m[0].length - 1,
    outerStart: m.index,
    outerEnd: m.index + m[0].length,
    parent: null,
    closed: true,
  }));
  // Each mention's token counts as a read too: a scan of the mentions reads them.
  const mentions = analysis.tokens.flatMap((t, token) => {
    const entityId = names[t.value];
    const counted = {
      entityId,
      text: t.value,
      via: 'alias' as const,
      get token() {
        reads++;
        return token;
      },
    };
    return entityId ? [counted] : [];
  });
  const sentence = {
    analysis: { ...analysis, tokens },
    tokenStart: 0,
    tokenEnd: analysis.tokens.length,
    mentions,
    quoteSpans: spans,
  } as unknown as WorkingSentence;
  const quotes = spans.map(
    (span) =>
      ({
        sentence,
        span,
        speakerId,
        speakerName: speakerId ? (PEOPLE[speakerId] ?? '') : '',
      }) as WorkingQuote,
  );
  return { quotes, tokenCount: analysis.tokens.length, reads: () => reads, sentence };
}

describe('relativesNamedElsewhere', () => {
  it("reads a sentence of thousands of quotations naming a speaker's father a few times, not once per quotation", () => {
    const long = oneSentence(
      'Ruiz said, "My father was Pedro Ruiz," and '.repeat(2_000),
      { Pedro: 'pedro' },
      'jose',
    );
    const unnamed = { ...long.quotes[0], speakerId: null, speakerName: "Jose Ruiz's father" } as WorkingQuote;
    relativesNamedElsewhere([...long.quotes, unnamed], [long.sentence], person, (l) => l === 'father');
    expect(unnamed.speakerId).toBe('pedro');
    expect(long.reads()).toBeLessThan(3 * long.tokenCount);
  });

  it('reads a sentence of thousands of "whose" a few times, not once per "whose"', () => {
    const long = oneSentence(
      'Mrs. Ana Ruiz, of Miami, whose husband, Sergeant Jose Ruiz, was there, and '.repeat(2_000) +
        'she wrote "x."',
      { Ana: 'ana', Jose: 'jose' },
      null,
    );
    const unnamed = { ...long.quotes[0], speakerName: "Ana Ruiz's husband" } as WorkingQuote;
    relativesNamedElsewhere([unnamed], [long.sentence], person, (l) => l === 'husband');
    expect(unnamed.speakerId).toBe('jose');
    expect(long.reads()).toBeLessThan(3 * long.tokenCount);
  });
});

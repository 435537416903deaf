import { beforeAll, describe, expect, it } from 'vitest';
import type { PipelineTools } from '../../src/knowledge/build.ts';
import { findQuoteSpans } from '../../src/knowledge/quote-spans.ts';
import type { KnowledgeBase, Quote } from '../../src/knowledge/schema.ts';
import { annotateText, buildReal, DW, INDEPENDENT, realTools, SHEINBAUM, sentenceWith } from './fixtures.ts';

let tools: PipelineTools;
let kb: KnowledgeBase;

beforeAll(async () => {
  tools = await realTools();
  kb = await buildReal(tools);
});

const TRUMP = 'donald-trump';
const AMLO = 'andres-manuel-lopez-obrador';
const SANDOVAL = 'luis-cresencio-sandoval';
const SHEINBAUM_ID = 'claudia-sheinbaum';

interface ExpectedQuote {
  source: string;
  /** The quoted words exactly as stored (marks removed, trailing comma dropped). */
  text: string;
  speakerId: string | null;
  speakerName?: string;
  kind: 'full' | 'fragment';
  /** The text of the quotation this one is nested in. */
  parent: string | null;
  social: boolean;
}

const HOW_CAN_WE_HELP =
  'How can we help you fight drug trafficking? I propose that the United States military come in and help you.';
const HE_SAID = `He said, '${HOW_CAN_WE_HELP}' And you know what I said to him? 'No, President Trump.'`;
const DEMOCRATS =
  "The Democrats want caravans, they like the caravans. A lot of people say 'I wonder who started that caravan?'";

/** Every direct quotation in the three articles, read off the articles by hand. */
const QUOTES: ExpectedQuote[] = [
  // DW, 2018
  {
    source: DW,
    text: 'national emergency.',
    speakerId: TRUMP,
    kind: 'fragment',
    parent: null,
    social: false,
  },
  {
    source: DW,
    text: 'bringing out the military for this National Emergency.',
    speakerId: TRUMP,
    kind: 'fragment',
    parent: null,
    social: false,
  },
  { source: DW, text: DEMOCRATS, speakerId: TRUMP, kind: 'full', parent: null, social: false },
  {
    source: DW,
    text: 'I wonder who started that caravan?',
    speakerId: null,
    speakerName: 'a lot of people',
    kind: 'full',
    parent: DEMOCRATS,
    social: false,
  },
  // The Independent, 2019
  {
    source: INDEPENDENT,
    text: "That's not our job",
    speakerId: AMLO,
    kind: 'full',
    parent: null,
    social: false,
  },
  {
    source: INDEPENDENT,
    text: "No such order has been issued, and we are going to review that case, so that it doesn't happen again, because that's not our job",
    speakerId: AMLO,
    kind: 'full',
    parent: null,
    social: false,
  },
  {
    source: INDEPENDENT,
    text: 'Those are not the instructions they have. They are not there to do that job. That is the work of the migration authorities, not the army',
    speakerId: AMLO,
    kind: 'full',
    parent: null,
    social: false,
  },
  {
    source: INDEPENDENT,
    text: 'We are going to deal with this matter so that no abuses are committed.',
    speakerId: AMLO,
    kind: 'full',
    parent: null,
    social: false,
  },
  { source: INDEPENDENT, text: 'Yes', speakerId: SANDOVAL, kind: 'full', parent: null, social: false },
  {
    source: INDEPENDENT,
    text: 'Given that [undocumented] migration is not a crime but rather an administrative violation, we simply detain them and turn them over',
    speakerId: SANDOVAL,
    kind: 'full',
    parent: null,
    social: false,
  },
  // National Herald, 2025
  { source: SHEINBAUM, text: 'help', speakerId: SHEINBAUM_ID, kind: 'fragment', parent: null, social: false },
  { source: SHEINBAUM, text: HE_SAID, speakerId: SHEINBAUM_ID, kind: 'full', parent: null, social: false },
  {
    source: SHEINBAUM,
    text: HOW_CAN_WE_HELP,
    speakerId: TRUMP,
    kind: 'full',
    parent: HE_SAID,
    social: false,
  },
  {
    source: SHEINBAUM,
    text: 'No, President Trump.',
    speakerId: SHEINBAUM_ID,
    kind: 'full',
    parent: HE_SAID,
    social: false,
  },
  {
    source: SHEINBAUM,
    text: 'Sovereignty is not for sale. Sovereignty is loved and defended.',
    speakerId: SHEINBAUM_ID,
    kind: 'full',
    parent: null,
    social: false,
  },
  {
    source: SHEINBAUM,
    text: "Mexico's sovereignty is inviolable and it's not for sale.",
    speakerId: SHEINBAUM_ID,
    kind: 'full',
    parent: null,
    social: true,
  },
  {
    source: SHEINBAUM,
    text: 'We will never accept a US military…',
    speakerId: SHEINBAUM_ID,
    kind: 'full',
    parent: null,
    social: true,
  },
  {
    source: SHEINBAUM,
    text: 'We can work together, but you in your territory and us in ours',
    speakerId: SHEINBAUM_ID,
    kind: 'full',
    parent: null,
    social: false,
  },
  {
    source: SHEINBAUM,
    text: 'We will never accept the presence of the United States military in our territory.',
    speakerId: SHEINBAUM_ID,
    kind: 'full',
    parent: null,
    social: false,
  },
];

function quoteWithText(text: string): Quote {
  const found = kb.quotes.filter((q) => q.text === text);
  if (found.length !== 1)
    throw new Error(`expected one quotation ${JSON.stringify(text)}, found ${found.length}`);
  return found[0] as Quote;
}

describe('extractQuotes', () => {
  it('finds every direct quotation in the three articles and nothing else', () => {
    expect(kb.quotes.map((q) => q.text).sort()).toEqual(QUOTES.map((q) => q.text).sort());
  });

  it.each(QUOTES)('attributes "$text"', (expected) => {
    const q = quoteWithText(expected.text);
    expect(q.sourceId).toBe(expected.source);
    expect(q.speakerId).toBe(expected.speakerId);
    expect(q.kind).toBe(expected.kind);
    expect(q.social).toBe(expected.social);
    expect(q.parentId === null ? null : kb.quotes.find((p) => p.id === q.parentId)?.text).toBe(
      expected.parent,
    );
    const name = expected.speakerName ?? kb.entities.find((e) => e.id === expected.speakerId)?.name;
    expect(q.speakerName).toBe(name);
  });

  it('keeps a quotation that runs over several sentences as one quotation in one sentence', () => {
    for (const words of ['They are not there to do that job', 'Sovereignty is loved', 'I propose that']) {
      const top = kb.quotes.filter((q) => q.parentId === null && q.text.includes(words));
      expect(top).toHaveLength(1);
      expect(sentenceWith(kb, words).text).toContain((top[0] as Quote).text.slice(0, 20));
    }
    const amlo = quoteWithText(QUOTES[6]?.text ?? '');
    expect(amlo.text).toMatch(/^Those are not the instructions .* not the army$/);
  });

  it('cites the "he said" sentence as well as the quotation for "Given that…"', () => {
    const given = kb.quotes.find((q) => q.text.startsWith('Given that'));
    expect(given?.sentenceIds).toEqual([
      sentenceWith(kb, '"Yes," he said.').id,
      sentenceWith(kb, 'Given that [undocumented]').id,
    ]);
    expect(given?.cue).toBe('say');
  });

  it('cites the "Mr Obrador said" sentence for the quotation that continues his words', () => {
    const q = quoteWithText('We are going to deal with this matter so that no abuses are committed.');
    expect(q.sentenceIds).toEqual([
      sentenceWith(kb, 'Mr Obrador said of the incident').id,
      sentenceWith(kb, 'We are going to deal with this matter').id,
    ]);
  });

  it('attributes the headline quotation to the Mexican president of the day, not to Trump', () => {
    const headline = quoteWithText("That's not our job");
    expect(headline.speakerId).toBe(AMLO);
    expect(kb.sentences.find((s) => s.id === headline.sentenceIds[0])?.kind).toBe('headline');
  });

  it('reads "The president" in the @YourAnonCentral post as Sheinbaum, not Trump', () => {
    for (const q of kb.quotes.filter((q) => q.social)) {
      expect(q.speakerId).toBe(SHEINBAUM_ID);
      expect(kb.sentences.find((s) => s.id === q.sentenceIds.at(-1))?.socialPostId).toMatch(/@post2$/);
    }
  });

  it('gives nested quotations an id after their parent and the parent’s sentence', () => {
    for (const q of kb.quotes.filter((q) => q.parentId !== null)) {
      const parent = kb.quotes.find((p) => p.id === q.parentId);
      expect(parent?.parentId).toBeNull();
      expect(q.sentenceIds[0]).toBe(parent?.sentenceIds[0]);
      expect(parent?.text).toContain(q.text);
    }
  });

  it('lists each quotation under its speaker', () => {
    const quoteIds = (id: string) => kb.entities.find((e) => e.id === id)?.quoteIds ?? [];
    expect(quoteIds(AMLO)).toHaveLength(4);
    expect(quoteIds(SANDOVAL)).toHaveLength(2);
    expect(quoteIds(TRUMP)).toHaveLength(4);
  });

  it('uses the sentence’s lemmas for each quotation, without punctuation', () => {
    const q = quoteWithText(
      'We will never accept the presence of the United States military in our territory.',
    );
    expect(q.lemmas).toEqual(expect.arrayContaining(['accept', 'presence', 'military', 'territory']));
    expect(q.lemmas.some((l) => /^[\p{P}]+$/u.test(l))).toBe(false);
  });

  it('attributes a quotation to the speaker named after it with "said"', () => {
    const { quotes } = annotateText(tools, '"We are going to review that case," Mr Obrador said on Tuesday.');
    expect(quotes.map((q) => [q.text, q.speakerId, q.cue])).toEqual([
      ['We are going to review that case', AMLO, 'say'],
    ]);
  });

  it('attributes a quotation to the speaker of the next sentence when it starts "She added"', () => {
    const { quotes } = annotateText(
      tools,
      'President Claudia Sheinbaum spoke in eastern Mexico.\n“Sovereignty is not for sale.”\nShe added, “It is loved and defended.”',
      { published: '2025-05-04' },
    );
    expect(quotes.map((q) => [q.text, q.speakerId])).toEqual([
      ['Sovereignty is not for sale.', SHEINBAUM_ID],
      ['It is loved and defended.', SHEINBAUM_ID],
    ]);
  });

  it('leaves a quotation with no attribution unattributed', () => {
    const { quotes } = annotateText(tools, 'The sign read "Border closed" all week.');
    expect(quotes.map((q) => [q.text, q.speakerId, q.speakerName])).toEqual([
      ['Border closed', null, 'unattributed'],
    ]);
  });
});

/** The quoted words of each span, `(parent)` marking nested ones. */
function spans(text: string): string[] {
  return findQuoteSpans(text).map(
    (s) =>
      `${text.slice(s.start, s.end)}${s.parent === null ? '' : ` (in ${s.parent})`}${s.closed ? '' : ' [open]'}`,
  );
}

describe('findQuoteSpans', () => {
  it('does not take the apostrophes of "that\'s" and "doesn\'t" for quotation marks', () => {
    expect(spans("because that's not our job and it doesn't happen again")).toEqual([]);
  });

  it('does not take the curly apostrophe of "Trump’s" for a quotation mark', () => {
    expect(spans('sparred over Trump’s push to allow deeper U.S. military involvement')).toEqual([]);
  });

  it('does not take a plural possessive for a closing mark', () => {
    expect(spans("the migrants’ route and the Democrats' plan")).toEqual([]);
  });

  it('finds a single-quoted headline quotation with an apostrophe inside it', () => {
    expect(
      spans("Mexico president tells Trump he will not hold migrants at US border: 'That's not our job'"),
    ).toEqual(["That's not our job"]);
  });

  it('pairs a curly opening mark with a straight closing mark', () => {
    expect(spans('To a burst of applause, she added: “We will never accept the presence."')).toEqual([
      'We will never accept the presence.',
    ]);
  });

  it('pairs straight double marks', () => {
    expect(spans('described a caravan as a "national emergency." Hundreds of troops')).toEqual([
      'national emergency.',
    ]);
  });

  it('finds quotations nested in single marks inside a double-quoted one', () => {
    expect(spans(`“${HE_SAID}"`)).toEqual([
      HE_SAID,
      `${HOW_CAN_WE_HELP} (in 0)`,
      'No, President Trump. (in 0)',
    ]);
  });

  it('finds a nested quotation that closes just before its parent', () => {
    expect(spans(`the president said: "${DEMOCRATS}"`)).toEqual([
      DEMOCRATS,
      'I wonder who started that caravan? (in 0)',
    ]);
  });

  it('keeps apostrophes inside a double-quoted quotation as apostrophes', () => {
    expect(spans('told him "Mexico\'s sovereignty is inviolable and it\'s not for sale."')).toEqual([
      "Mexico's sovereignty is inviolable and it's not for sale.",
    ]);
  });

  it('reports a quotation cut off by the end of the paragraph as open', () => {
    const text =
      '"Mexico\'s sovereignty is not for sale."..."We will never accept a US military… pic.twitter.com/7sBULXsDB0';
    expect(spans(text)).toEqual([
      "Mexico's sovereignty is not for sale.",
      'We will never accept a US military… pic.twitter.com/7sBULXsDB0 [open]',
    ]);
  });

  it('gives offsets of the words and of the marks', () => {
    const [span] = findQuoteSpans('He said “Yes” twice.');
    expect(span).toEqual({ start: 9, end: 12, outerStart: 8, outerEnd: 13, parent: null, closed: true });
  });

  it('finds nothing in an empty pair of marks', () => {
    expect(spans('He said "" and left.')).toEqual([]);
  });
});

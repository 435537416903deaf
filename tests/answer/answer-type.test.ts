import { beforeAll, describe, expect, it } from 'vitest';
import { askedAnswerType, holdsAnswerType, typedArticleBoost } from '../../src/answer/answer-type.ts';
import { KnowledgeIndex } from '../../src/answer/knowledge-index.ts';
import { rankSentences } from '../../src/answer/retrieval.ts';
import { buildKnowledge, createPipelineTools } from '../../src/knowledge/build.ts';
import { parseSource } from '../../src/knowledge/sources.ts';
import { shippedRuntime } from './setup.ts';

/**
 * The article a paraphrased how-many question is about gives the figure in words of its own ("people who
 * lived on the American side" for "residents"); another article shares more of the question's words in a
 * sentence giving another figure.
 */
const HANDOVER = `---
id: chamizal-1967-handover-retold
title: The day the Chamizal changed countries
outlet: Example Border Historian
published: 2024-10-28
url: https://example.org/chamizal-handover
language: en
---
The Chamizal settlement moved the Rio Grande into a concrete channel and handed the Chamizal tract to Mexico.
The federal government bought out the families on the American side of the Chamizal after months of appraisals.
For the roughly 5,600 people who lived on the Chamizal, the day came after moving vans and goodbyes.
`;
const DETENTION = `---
id: border-2019-detention-photographed
title: Troops photographed detaining women at the border
outlet: Example Wire
published: 2019-06-25
url: https://example.org/detention
language: en
---
Mexican troops were photographed detaining two women who had moved toward the American side with their families.
`;

let index: KnowledgeIndex;

beforeAll(async () => {
  const runtime = await shippedRuntime();
  const tools = createPipelineTools(runtime.knowledgeData, runtime.nlp);
  index = new KnowledgeIndex(
    buildKnowledge(
      [
        parseSource(new TextEncoder().encode(HANDOVER), 'handover.md'),
        parseSource(new TextEncoder().encode(DETENTION), 'detention.md'),
      ],
      tools,
    ),
  );
});

/** "Roughly how many residents had to be bought out and moved off the American side of the Chamizal?" */
const QUESTION = {
  intent: 'count' as const,
  text: 'Roughly how many residents had to be bought out and moved off the American side of the Chamizal?',
  terms: new Map(['buy', 'move', 'american', 'side', 'chamizal'].map((w) => [w, 1])),
  entities: [] as string[],
  unknown: ['residents'],
};

const FIGURE_OF_THE_ARTICLE = 'For the roughly 5,600 people who lived on the Chamizal';

describe('askedAnswerType', () => {
  it('reads the kind of answer from what the question asks', () => {
    expect(askedAnswerType({ intent: 'count', text: 'How many troops went?' })).toBe('figure');
    expect(askedAnswerType({ intent: 'date', text: 'When did they leave?' })).toBe('date');
    expect(askedAnswerType({ intent: 'who', text: 'Who led them?' })).toBe('person');
    expect(askedAnswerType({ intent: null, text: 'Where did the widows go?' })).toBe('place');
    expect(askedAnswerType({ intent: null, text: 'What did the treaty say?' })).toBeNull();
  });
});

describe('holdsAnswerType', () => {
  it('sees a figure only in a sentence that gives one', () => {
    const figure = index.sentences.find((s) => s.text.startsWith(FIGURE_OF_THE_ARTICLE));
    const none = index.sentences.find((s) => s.text.startsWith('The federal government bought'));
    expect(figure && holdsAnswerType(index, figure, 'figure')).toBe(true);
    expect(none && holdsAnswerType(index, none, 'figure')).toBe(false);
  });
});

describe('typedArticleBoost', () => {
  it('ranks the figure of the article the question is about above a figure elsewhere sharing more words', () => {
    const plain = rankSentences(index, QUESTION.terms, { limit: 5 }).map((r) => r.sentence.text);
    const figures = (texts: string[]) =>
      texts.filter((t) =>
        holdsAnswerType(
          index,
          index.sentences.find((s) => s.text === t)!,
          'figure',
        ),
      );
    expect(figures(plain)[0]).toMatch(/^Mexican troops/);
    const boost = typedArticleBoost(QUESTION, index, () => true);
    expect(boost).not.toBeNull();
    const boosted = rankSentences(index, QUESTION.terms, { limit: 5, ...(boost ? { boost } : {}) }).map(
      (r) => r.sentence.text,
    );
    expect(figures(boosted)[0]).toContain(FIGURE_OF_THE_ARTICLE);
  });

  it('leaves the ranking alone when the best sentence already covers the question', () => {
    expect(typedArticleBoost(QUESTION, index, () => false)).toBeNull();
  });

  it('leaves the ranking alone when the coverage knows every word of the question', () => {
    expect(typedArticleBoost({ ...QUESTION, unknown: [] }, index, () => true)).toBeNull();
  });
});

/**
 * A valid article never stops the build: sentences of every attribution shape cut off after any word (or
 * starting at any word) build, and the whole sentences keep their speakers. A held-out article whose
 * quotation was followed by "according" and then another quotation mark once threw "token -1 out of range"
 * and refused the whole article.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { KnowledgeBase } from '../../src/knowledge/schema.ts';
import { articlesAlone } from '../answer/setup.ts';

const SHAPES = [
  '"We will stay here until the river falls," according to Mayor Ana Ruiz, who spoke at noon.',
  'The colonel, a veteran of two wars, told the reporters: "The river is high, and the men are tired."',
  '"It was a massacre," said Tomás Ibarra, a lawyer who represents the families, "and nobody has answered for it."',
  'According to the Army, "the soldiers heard detonations" and fired, the statement said.',
  'Ruiz put it this way: "We lost everything," and then she said nothing more, according "to witnesses."',
];

/** Each shape whole, then cut after each of its words and from each of its words on, one paragraph apiece. */
function cutEverywhere(): string {
  const paragraphs: string[] = [];
  for (const shape of SHAPES) {
    const words = shape.split(' ');
    paragraphs.push(shape);
    for (let k = 1; k < words.length; k++) {
      paragraphs.push(words.slice(0, k).join(' '));
      paragraphs.push(words.slice(k).join(' '));
    }
  }
  return paragraphs.join('\n\n');
}

const ARTICLE = `---
id: xpost-2024-sentences-cut
title: "Sentences cut anywhere"
outlet: X Post
published: 2024-05-02
language: en
---
The river rose through the night at the border crossing.

${cutEverywhere()}
`;

describe('an article whose sentences stop at any word', () => {
  let kb: KnowledgeBase;
  beforeAll(async () => {
    ({ kb } = await articlesAlone({ 'xpost-2024-sentences-cut.md': ARTICLE }));
  }, 120_000);

  const speakerOf = (words: string) => kb.quotes.find((q) => q.text.startsWith(words))?.speakerName;

  it('builds, keeping the quotation of every whole sentence', () => {
    for (const words of [
      'We will stay here until the river falls',
      'The river is high',
      'It was a massacre',
      'the soldiers heard detonations',
      'We lost everything',
    ])
      expect(speakerOf(words), words).toBeDefined();
  });

  it('still gives the whole sentences their speakers', () => {
    expect(speakerOf('We will stay here until the river falls')).toBe('Ana Ruiz');
    expect(speakerOf('The river is high')).toMatch(/colonel/i);
    expect(speakerOf('It was a massacre')).toBe('Tomás Ibarra');
  });
});

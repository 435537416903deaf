import { beforeAll, describe, expect, it } from 'vitest';
import { sentenceEvidence, type Draft } from '../../src/answer/handlers.ts';
import { KnowledgeIndex } from '../../src/answer/knowledge-index.ts';
import { withQuestionAnswered } from '../../src/answer/question-in-evidence.ts';
import { articlesAlone } from './setup.ts';

/** A radio transcript: the host's question, then the reporter's answer in the next turn. */
const TRANSCRIPT = `---
id: gulfwaves-1986-trawler
title: Navy frigate helps seize drug boat
outlet: Gulf Waves Public Radio
published: 1986-06-11
url: https://example.org/trawler
language: en
---
OCHOA: So why was the Navy involved? I thought the Navy couldn't arrest anybody.

MEEKS: That's right. Riding aboard the frigate was a team of nine Coast Guardsmen, and the Coast Guardsmen made the arrests.

OCHOA: Thank you.
`;

let index: KnowledgeIndex;

beforeAll(async () => {
  const { kb } = await articlesAlone({ 'trawler.md': TRANSCRIPT });
  index = new KnowledgeIndex(kb);
});

function draftOf(texts: string[], direct: string | null = null): Draft {
  const evidence = texts.map((t) => sentenceEvidence(index.kb.sentences.find((s) => s.text.includes(t))!));
  return { answeredAs: 'who', confidence: 1, direct, lead: null, evidence, lines: [], focus: [] };
}

describe('withQuestionAnswered', () => {
  it('shows the answer after an interviewer\'s question the evidence found ("who arrested the crew?")', () => {
    const shown = withQuestionAnswered(draftOf(['why was the Navy involved', "couldn't arrest"]), index);
    const texts = shown.evidence.map((e) => e.text);
    expect(texts[0]).toContain('why was the Navy involved');
    expect(texts[1]).toContain("couldn't arrest");
    expect(texts.join(' ')).toContain('made the arrests');
  });

  it('returns the draft unchanged when its evidence asks no question', () => {
    const draft = draftOf(['made the arrests']);
    expect(withQuestionAnswered(draft, index)).toBe(draft);
  });

  it('returns the draft unchanged when it has a direct answer', () => {
    const draft = draftOf(['why was the Navy involved'], 'Coast Guard');
    expect(withQuestionAnswered(draft, index)).toBe(draft);
  });
});

import { beforeAll, describe, expect, it } from 'vitest';
import { buildKnowledge, createPipelineTools, loadKnowledgeData } from '../../src/knowledge/build.ts';
import type { KnowledgeBase } from '../../src/knowledge/schema.ts';
import { parseSource } from '../../src/knowledge/sources.ts';
import { KNOWLEDGE_DIR } from '../../src/paths.ts';

const ARTICLE = `---
id: example-2025-guard-report
title: Guard troops head to the border
outlet: Example Post
published: 2025-03-12
url: https://example.org/guard
language: en
---
Dana White, the Pentagon's chief spokesperson, said the troops would arrive within 10 days. "They will support the Border Patrol," Ms White said. "They will not make arrests."

Maria Delgado, who raises cattle near Hidalgo, said she had seen no soldiers yet.

"We have waited a long time," Delgado said.

The task force is led by Maj. Gen. Kenneth Rapuano, the commander of the border cell. "We are ready," said Gen. Rapuano, adding that planning had taken weeks.

"Nobody asked us," she said, referring to the ranchers.

"Every request is reviewed," the spokeswoman added.

"We were not told anything," said a rancher who grazes cattle by the river. "Nobody came," the rancher added.
`;

let kb: KnowledgeBase;

beforeAll(async () => {
  const data = await loadKnowledgeData(KNOWLEDGE_DIR);
  kb = buildKnowledge(
    [parseSource(new TextEncoder().encode(ARTICLE), 'guard.md')],
    createPipelineTools(data),
  );
});

const speakerOf = (words: string) => kb.quotes.find((q) => q.text.includes(words))?.speakerName;

describe('people an article introduces', () => {
  it('attributes "Ms White said" to the Dana White named two sentences earlier', () => {
    expect(speakerOf('They will support the Border Patrol')).toBe('Dana White');
  });

  it('keeps the speaker for a quotation that continues her paragraph', () => {
    expect(speakerOf('They will not make arrests')).toBe('Dana White');
  });

  it('attributes a surname alone to the person introduced with a "who" clause', () => {
    expect(speakerOf('We have waited a long time')).toBe('Maria Delgado');
  });

  it('attributes "said Gen. Rapuano" to the full name the title introduced', () => {
    expect(speakerOf('We are ready')).toBe('Kenneth Rapuano');
  });

  it('resolves "she said" by gender and "the spokeswoman" by the title the article gave', () => {
    expect(speakerOf('Nobody asked us')).toBe('Maria Delgado');
    expect(speakerOf('Every request is reviewed')).toBe('Dana White');
  });

  it('follows a speaker the article does not name, by the words that describe them', () => {
    expect(speakerOf('We were not told anything')).toBe('a rancher');
    expect(speakerOf('Nobody came')).toBe('a rancher');
  });

  it('keeps what the article says each person is, dated by the article', () => {
    const white = kb.entities.find((e) => e.name === 'Dana White');
    expect(white).toMatchObject({
      discovered: true,
      gender: 'female',
      description: "the Pentagon's chief spokesperson",
    });
    const delgado = kb.entities.find((e) => e.name === 'Maria Delgado');
    expect(delgado?.description).toBe('who raises cattle near Hidalgo');
    const rapuano = kb.entities.find((e) => e.name === 'Kenneth Rapuano');
    expect(rapuano?.roles[0]).toMatchObject({ title: 'Maj. Gen.', from: '2025-03-12' });
  });

  it('makes no person of a place or an organisation', () => {
    expect(
      kb.entities
        .filter((e) => e.discovered)
        .map((e) => e.name)
        .sort(),
    ).toEqual(['Dana White', 'Kenneth Rapuano', 'Maria Delgado', 'a rancher']);
  });
});

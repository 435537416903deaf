/**
 * A body whose name is a compound of capitalised English words joined by a hyphen ("Joint Task
 * Force-Southern Border") speaks by its whole name, as an organisation, never as a person named by the
 * words after the hyphen; a double surname ("Ybarra-Keane") stays a person's.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { buildKnowledge, createPipelineTools, loadKnowledgeData } from '../../src/knowledge/build.ts';
import { isCompoundBodyName } from '../../src/knowledge/compound-bodies.ts';
import type { KnowledgeBase } from '../../src/knowledge/schema.ts';
import { parseSource } from '../../src/knowledge/sources.ts';
import { KNOWLEDGE_DIR } from '../../src/paths.ts';

const ARTICLE = `---
id: example-2026-ceremony
title: Ceremony at the marker
outlet: Example TV
published: 2026-04-25
url: https://example.org/ceremony
language: en
---
In a statement sent to the station, Joint Task Force-Southern Border said its soldiers near the site "are supporting Border Patrol and were not part of the ceremony."

"We are glad the county remembers," Ana Ybarra-Keane said.
`;

let kb: KnowledgeBase;

beforeAll(async () => {
  const data = await loadKnowledgeData(KNOWLEDGE_DIR);
  kb = buildKnowledge(
    [parseSource(new TextEncoder().encode(ARTICLE), 'ceremony.md')],
    createPipelineTools(data),
  );
});

const speakerOf = (words: string) => kb.quotes.find((q) => q.text.includes(words));
const english = (w: string) => ['joint', 'task', 'force', 'southern', 'border', 'north'].includes(w);

describe('compound body names', () => {
  it('gives a statement to "Joint Task Force-Southern Border" whole, as an organisation', () => {
    const q = speakerOf('are supporting Border Patrol');
    expect(q?.speakerName).toBe('Joint Task Force-Southern Border');
    expect(kb.entities.find((e) => e.id === q?.speakerId)?.type).toBe('organisation');
  });

  it('keeps a double surname a person\'s ("Ana Ybarra-Keane")', () => {
    const q = speakerOf('We are glad');
    expect(q?.speakerName).toBe('Ana Ybarra-Keane');
    expect(kb.entities.find((e) => e.id === q?.speakerId)?.type).toBe('person');
  });
});

describe('isCompoundBodyName', () => {
  it('is true for a hyphen joining two capitalised English words', () => {
    expect(isCompoundBodyName('Joint Task Force-North', english)).toBe(true);
  });

  it('is false for a double surname or a name with no hyphen', () => {
    expect(isCompoundBodyName('Ana Ybarra-Keane', english)).toBe(false);
    expect(isCompoundBodyName('Southern Border', english)).toBe(false);
  });
});

/**
 * A transcript's label, "NAME, ROLE:", names a person and their role, not a town and its region: the words
 * after the comma are English words ("ANCHOR", "FORMER FEDERAL PROSECUTOR"), which no region's name is all
 * of. And a title before a name says a person's after a preposition that may put a person somewhere ("sworn
 * in as deputies by Sheriff Harry C. Wheeler"): the sheriff is no place.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { KnowledgeBase } from '../../src/knowledge/schema.ts';
import { articlesAlone } from '../answer/setup.ts';

const NEWSCAST = `---
id: xtv-2012-levee-transcript
title: "Transcript: the levee holds"
outlet: XTV 9 — Newscast transcripts
published: 2012-09-20
language: en
---
MARTA SALINAS, ANCHOR: Good evening. The river crested this afternoon a foot below the top of the levee.

JOEL PRIETO, FORMER COUNTY ENGINEER: It held because it was built right in 1954, and because the crews kept the gates shut.

SALINAS: Joel, thank you.

The night before, forty volunteers were sworn in as deputies by Sheriff Amos T. Whitcomb, and they walked the levee until dawn.
`;

let kb: KnowledgeBase;

beforeAll(async () => {
  kb = (await articlesAlone({ 'xtv-2012-levee-transcript.md': NEWSCAST })).kb;
}, 120_000);

const typeOf = (name: string) => kb.entities.find((e) => e.name === name)?.type;

describe('labels and titled names are people, not places', () => {
  it("takes a label's role after the comma for no region", () => {
    expect(typeOf('Marta Salinas')).toBe('person');
    expect(typeOf('Joel Prieto')).toBe('person');
  });

  it('takes a titled name after "by" for a person', () => {
    expect(typeOf('Amos T. Whitcomb')).toBe('person');
  });
});

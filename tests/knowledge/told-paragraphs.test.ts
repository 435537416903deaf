/**
 * A paragraph whose sentence says whose account it gives, and quotes no one ("Our correspondent writes from
 * …", "Dr. … , a historian …, says …"), is that teller's: the words the paragraph quotes after it, which no
 * verb of their own hands over, are the teller's.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { buildKnowledge, createPipelineTools, loadKnowledgeData } from '../../src/knowledge/build.ts';
import type { KnowledgeBase } from '../../src/knowledge/schema.ts';
import { parseSource } from '../../src/knowledge/sources.ts';
import { KNOWLEDGE_DIR } from '../../src/paths.ts';

const LETTER = `---
id: example-1847-gazette
title: From the Army at Saltillo
outlet: Example Gazette
published: 1847-03-20
url: https://example.org/gazette
language: en
---
The express from the Rio Grande came in on Tuesday with letters from the army.

Our correspondent writes from Saltillo under date of the 3d inst. On the 1st the brigade of Gen. Wool crossed the plain below the town, "a country of thorn and dust where no wagon could keep the road," and camped at the springs.

A letter from Capt. Jonas Webb, commanding the Marion company, came by the same express. The Captain writes that the general means to march within the week. "We are to go light, and the sick stay behind."

By the Captain's account the column will number "about four thousand men, most of them volunteers," and will go by way of Parras.

Three members of the legislature have written to Gov. Harlan Pike asking for an inquiry. "The militia must answer to the law," the letter says.
`;

const REPORT = `---
id: example-2022-siege
title: The siege, 175 years on
outlet: Example Observer
published: 2022-09-14
url: https://example.org/observer
language: en
---
Gen. Tomás Herrera held the hill with the cadets and a battalion of the line.

The numbers were the first thing the historians in the crowd argued about.

Dr. Marta Quiroga Leal, a historian at the state university who has written two books on the siege, says the garrison was far too small for the hill. "Herrera had perhaps four hundred men for a wall that needed two thousand. Everyone on the hill knew by the second night how it would end."
`;

let kb: KnowledgeBase;

beforeAll(async () => {
  const data = await loadKnowledgeData(KNOWLEDGE_DIR);
  kb = buildKnowledge(
    [
      parseSource(new TextEncoder().encode(LETTER), 'gazette.md'),
      parseSource(new TextEncoder().encode(REPORT), 'observer.md'),
    ],
    createPipelineTools(data),
  );
});

const speakerOf = (words: string) => kb.quotes.find((q) => q.text.includes(words))?.speakerName;

describe('a paragraph told by one teller', () => {
  it('gives the words quoted in part after "Our correspondent writes from …" to our correspondent', () => {
    expect(speakerOf('thorn and dust')?.toLowerCase()).toBe('our correspondent');
  });

  it('gives the words after "Dr. …, a historian who has written …, says …" to the historian', () => {
    expect(speakerOf('four hundred men')).toBe('Marta Quiroga Leal');
  });

  it('gives the words after "By the Captain\'s account" to the captain the paragraph before named', () => {
    expect(speakerOf('four thousand men')).toBe('Jonas Webb');
  });

  it('does not give the words to the person a clause after the verb writes to', () => {
    expect(speakerOf('answer to the law')).not.toBe('Harlan Pike');
  });
});

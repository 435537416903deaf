import { beforeAll, describe, expect, it } from 'vitest';
import { KnowledgeIndex } from '../../src/answer/knowledge-index.ts';
import { QuestionReader } from '../../src/answer/understand.ts';
import { articlesAlone } from './setup.ts';

const ARTICLE = `---
id: valley-1875-palo-alto-raid
title: Raiders drive off Palo Alto cattle
outlet: Example Valley Courier
published: 1875-06-10
url: https://example.org/palo-alto
language: en
---
Raiders from across the river drove off sixty head of cattle from the Palo Alto ranch on Sunday night.

The county judge, Amos Kell, said the county had too few deputies to follow them.

Ranger Captain Leander McNelly rode south from Brownsville on Tuesday with thirty men.

The soldiers at Fort Brown were ordered to guard the fords.
`;

let reader: QuestionReader;

beforeAll(async () => {
  const built = await articlesAlone({ 'valley-1875-palo-alto-raid.md': ARTICLE });
  reader = new QuestionReader(
    built.runtime.questionNlp,
    new KnowledgeIndex(built.kb),
    built.runtime.engineData,
  );
}, 300_000);

describe('a question naming a thing by a word its article never uses, of which the article names a kind', () => {
  it("retrieves the article's kind of it ('the lawman': 'Ranger')", () => {
    expect(reader.read('Which lawman went after the cattle raiders?').terms.has('ranger')).toBe(true);
  });

  it("does not retrieve what the asked thing is a kind of ('the trooper' is a soldier, not every soldier)", () => {
    expect(reader.read('Which trooper went after the cattle raiders?').terms.has('soldier')).toBe(false);
  });
});

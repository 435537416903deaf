/**
 * A title-case headline's name run stops where the body ends that name ("Major Harlan Dropped from the
 * Rolls": the body writes "Harlan" alone and never "Harlan Dropped"), and a person named by title and surname
 * alone goes by the full name a quotation gives under the same title.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { KnowledgeBase } from '../../src/knowledge/schema.ts';
import { articlesAlone } from '../answer/setup.ts';

const front = (id: string) =>
  `---\nid: ${id}\ntitle: Example\noutlet: Example Sentinel\npublished: 1861-12-12\nurl: https://example.org/${id}\nlanguage: en\n---\n`;

const DROPPED = `${front('example-1861-harlan')}Major Harlan Dropped from the Rolls — Congress Asks for Punishment — Statements of Officers

WASHINGTON, Dec. 5. — The War Department has published an order on the officer who gave up the post. The order reads: "Major Thomas Harlan, Fifth Infantry, for abandoning his post, is dropped from the rolls of the Army."

Major Harlan wrote to the department that "the fort is indefensible against artillery."

The terms were signed by Harlan and by the Texan colonel.
`;

const MAYOR = `${front('example-1990-young')}Mayor Ann Young Visits Nogales Crossing — Traders Ask for Longer Hours

Ann Young, the mayor of Douglas, said the crossing should stay open until midnight.

"We lose customers every night at ten," Young said.
`;

let kb: KnowledgeBase;

beforeAll(async () => {
  ({ kb } = await articlesAlone({ 'harlan.md': DROPPED, 'young.md': MAYOR }));
}, 120_000);

describe('a name run in a title-case headline', () => {
  it('makes no person "Harlan Dropped": the verb the body never writes after his name is the headline\'s', () => {
    expect(kb.entities.some((e) => e.name.includes('Dropped'))).toBe(false);
  });

  it('credits his written words to Major Harlan, under the full name the quoted order gives', () => {
    const harlan = kb.entities.find((e) => e.name === 'Thomas Harlan');
    expect(harlan?.aliases).toContain('Major Harlan');
    const quote = kb.quotes.find((q) => q.text.includes('indefensible against artillery'));
    expect(quote?.speakerId).toBe(harlan?.id);
  });

  it('keeps a surname that is an English word when the body writes the name whole ("Ann Young")', () => {
    const names = kb.entities.map((e) => e.name);
    expect(names).toContain('Ann Young');
    expect(names.some((n) => n.includes('Visits'))).toBe(false);
  });
});

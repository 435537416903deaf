import { beforeAll, describe, expect, it } from 'vitest';
import type { AnswerEngine } from '../../src/answer/engine.ts';
import { withArticles } from './setup.ts';

/** An op-ed with a byline, and a report without one that tells of a letter someone wrote. */
const OP_ED = `---
id: ledger-2018-bases-oped
title: "Opinion: A base is no place for children"
outlet: Example Ledger
published: 2018-06-27
url: https://example.org/bases-oped
language: en
author: Marta Echeverri Lund
---
Marta Echeverri Lund is a retired Army lieutenant colonel and nurse.

I served at Fort Bliss for six years. It is not a place for children, and the Pentagon should say no to the request.
`;
const REPORT = `---
id: wire-2007-police-wives
title: Police wives protest the army's takeover
outlet: Example Wire
published: 2007-01-05
url: https://example.org/police-wives
language: en
---
A group of about 40 officers' wives wrote a letter to city hall asking for their husbands' guns back.
`;

let engine: AnswerEngine;

beforeAll(async () => {
  ({ engine } = await withArticles(OP_ED, REPORT));
});

describe('who wrote an article', () => {
  it('names the author of the op-ed the question describes, from its byline, and cites it', async () => {
    const a = await engine.ask('who wrote the op-ed saying fort bliss is no place for children', {
      userId: 'a',
    });
    expect(a.answered).toBe(true);
    expect(a.text).toContain('Marta Echeverri Lund wrote it');
    expect(a.citations.map((c) => c.sourceId)).toEqual(['ledger-2018-bases-oped']);
  });

  it('answers "who is she?" after the byline with what the article says of its author', async () => {
    await engine.ask('who wrote the op-ed saying fort bliss is no place for children', { userId: 'g' });
    const a = await engine.ask('who is she?', { userId: 'g' });
    expect(a.answered).toBe(true);
    expect(a.text).toContain('retired Army lieutenant colonel and nurse');
  });

  it('says the coverage does not say when the article described has no byline', async () => {
    const a = await engine.ask('who wrote the example wire story about the police wives', { userId: 'b' });
    expect(a.answered).toBe(false);
  });

  it('leaves "who wrote the report" to the story unless the outlet is named: a report may be one it tells of', async () => {
    const told = await engine.ask('who wrote the report about fort bliss and the children', { userId: 'd' });
    expect(told.text).not.toContain('wrote it');
    const named = await engine.ask('who wrote the example ledger piece about fort bliss', { userId: 'e' });
    expect(named.text).toContain('Marta Echeverri Lund wrote it');
  });

  it('answers in Spanish with the byline line in Spanish', async () => {
    const a = await engine.ask('¿quién escribió la columna sobre fort bliss?', { userId: 'f' });
    expect(a.text).toContain('Lo escribió Marta Echeverri Lund, para Example Ledger:');
  });

  it('leaves "who wrote the letter" to the story: a letter is no article', async () => {
    const a = await engine.ask('who wrote the letter to city hall', { userId: 'c' });
    expect(a.text).not.toContain('wrote it');
  });
});

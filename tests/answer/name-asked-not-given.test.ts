import { beforeAll, describe, expect, it } from 'vitest';
import type { AnswerEngine } from '../../src/answer/engine.ts';
import type { Runtime } from '../../src/answer/create.ts';
import { withArticles } from './setup.ts';
import { ownerOfNameAsked } from '../../src/answer/name-of-phrase.ts';

const ARCHIVE = `---
id: gulfarchive-1976-diaz-escape
title: How Díaz came home by sea
outlet: Example Archive
published: 1976-05-22
url: https://example.org/diaz-escape
language: en
---
Díaz left the north, crossed again into the United States and took passage by steamer from New Orleans toward Veracruz, in disguise.

The story is that he was recognized on board near Tampico, jumped into the sea, and was hidden by a member of the crew until he could get ashore.
`;

const PORT = `---
id: gulfport-1877-mail
title: The mail from Veracruz
outlet: Example Gazette
published: 1877-03-02
url: https://example.org/mail
language: en
---
Last week a steamer named Ypiranga carried the general's letters to the coast.
`;

const RADIO = `---
id: mesaradio-1994-chiapas
title: The army in Ocosingo
outlet: Example Radio
published: 1994-01-14
url: https://example.org/chiapas
language: en
---
The man who speaks for the Zapatistas, the one they call Subcomandante Marcos, keeps sending letters to the newspapers.

Soldiers patrolled the market in Ocosingo on Thursday, a week after the fighting there.
`;

let engine: AnswerEngine;
let runtime: Runtime;
const analyse = (text: string) => runtime.questionNlp.analyse(text);

beforeAll(async () => {
  ({ engine, runtime } = await withArticles(ARCHIVE, RADIO, PORT));
});

describe('a name asked that the evidence does not give', () => {
  it("declines a steamer's name when the evidence only says the port it sailed from", async () => {
    const a = await engine.ask(
      'What was the name of the steamer from which Díaz jumped into the sea near Tampico?',
      {
        userId: 'a',
      },
    );
    expect(a.answered).toBe(false);
  });

  it('answers a steamer\'s name given after the noun ("a steamer named Ypiranga")', async () => {
    const a = await engine.ask("What was the name of the steamer that carried the general's letters?", {
      userId: 'c',
    });
    expect(a.text).toContain('Ypiranga');
  });

  it("declines a person's real name when the evidence names only that person", async () => {
    const a = await engine.ask("What is Subcomandante Marcos's real name?", { userId: 'b' });
    expect(a.answered).toBe(false);
  });
});

describe('ownerOfNameAsked', () => {
  it('finds the owner before "\'s" and the adjectives of "name"', () => {
    const tokens = analyse("What is Subcomandante Marcos's real name?").tokens;
    const owner = ownerOfNameAsked(tokens);
    expect(owner?.pronoun).toBe(false);
    expect(tokens[owner?.at ?? -1]?.normal).toBe('marcos');
  });

  it('finds a possessive pronoun as the owner ("what were their names?")', () => {
    const owner = ownerOfNameAsked(analyse('what were their names?').tokens);
    expect(owner?.pronoun).toBe(true);
  });

  it('returns null for "the name of …", which names the thing after "of"', () => {
    expect(ownerOfNameAsked(analyse('what was the name of the steamer?').tokens)).toBeNull();
  });
});

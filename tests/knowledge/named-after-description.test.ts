/**
 * '"…," a woman who sells embroidered blouses in the Zócalo, Guadalupe Rendón Salgado, said': the name set
 * off by commas after a description, right before the verb of saying, is who speaks.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { KnowledgeBase } from '../../src/knowledge/schema.ts';
import { articlesAlone } from '../answer/setup.ts';

const PORT = `---
id: xvoz-2025-news-in-the-port
title: "News in the port"
outlet: X Voz
published: 2025-05-19
language: en
---
The news arrived first as a video on a telephone. "I saw the masts bend, and I did not know if my son was up there," a woman who sells embroidered blouses in the Zócalo and whose son is a cadet aboard, Marta Elena Quiroz Baeza, said on Sunday.

"We know nothing yet," a man who sells fish on the pier, Pedro Ramírez Ortega, said.
`;

let kb: KnowledgeBase;

beforeAll(async () => {
  kb = (await articlesAlone({ 'xvoz-2025-news-in-the-port.md': PORT })).kb;
}, 120_000);

describe('namedAfterDescription', () => {
  it('gives the words to the name set off after a long description, before "said"', () => {
    expect(kb.quotes.find((x) => x.text.startsWith('I saw the masts'))?.speakerName).toBe(
      'Marta Elena Quiroz Baeza',
    );
    expect(kb.quotes.find((x) => x.text.startsWith('We know nothing'))?.speakerName).toBe(
      'Pedro Ramírez Ortega',
    );
  });
});

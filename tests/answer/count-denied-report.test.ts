/**
 * A figure inside a report its sentence denies or disputes is no count of what happened: "The army denied
 * reports that nine ranchers were wounded" answers no "how many were wounded" in bold.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { AnswerEngine } from '../../src/answer/engine.ts';
import { articlesAlone } from './setup.ts';

const article = (id: string, body: string) => `---
id: ledger-2024-${id}
title: Gunmen raid a ranch near Presidio
outlet: Example Ledger
published: 2024-05-10
url: https://example.org/${id}
language: en
---
Gunmen attacked a ranch near Presidio on Tuesday, the sheriff said.

${body}
`;

let denied: AnswerEngine;
let disputed: AnswerEngine;
let said: AnswerEngine;

beforeAll(async () => {
  ({ engine: denied } = await articlesAlone({
    'denied.md': article('denied', 'The army denied reports that nine ranchers were wounded in the attack.'),
  }));
  ({ engine: disputed } = await articlesAlone({
    'disputed.md': article('disputed', 'Officials disputed reports that nine ranchers were killed.'),
  }));
  ({ engine: said } = await articlesAlone({
    'said.md': article('said', 'The sheriff said that nine ranchers were wounded in the attack.'),
  }));
});

describe('a figure in a denied or disputed report', () => {
  it('is not the bold count of "how many were wounded" when the army denied it', async () => {
    const a = await denied.ask('How many ranchers were wounded?', { userId: 'a' });
    expect(a.direct ?? '').not.toMatch(/nine/i);
    expect(a.text).toMatch(/denied reports/);
  });

  it('is not the bold count of "how many were killed" when officials disputed it', async () => {
    const a = await disputed.ask('How many ranchers were killed?', { userId: 'b' });
    expect(a.direct ?? '').not.toMatch(/nine/i);
  });

  it('is the count when the report is only said', async () => {
    const a = await said.ask('How many ranchers were wounded?', { userId: 'c' });
    expect(a.direct ?? '').toMatch(/nine ranchers/i);
  });
});

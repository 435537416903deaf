/**
 * A figure counting people only by what befell them ("the captain later said two wounded") is no count of
 * another noun asked ("how many gunmen were wounded?"), nor of another act ("two killed" for how many were
 * wounded).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { AnswerEngine } from '../../src/answer/engine.ts';
import { articlesAlone } from './setup.ts';

const article = (id: string, body: string) => `---
id: ledger-2024-${id}
title: Patrol ambushed near the river
outlet: Example Ledger
published: 2024-05-10
url: https://example.org/${id}
language: en
---
${body}
`;

let horses: AnswerEngine;
let losses: AnswerEngine;

beforeAll(async () => {
  ({ engine: horses } = await articlesAlone({
    'horses.md': article(
      'horses',
      'A cavalry patrol was ambushed near the river on Sunday, and six horses were wounded; the captain later said two wounded.',
    ),
  }));
  ({ engine: losses } = await articlesAlone({
    'losses.md': article(
      'losses',
      'Gunmen ambushed a cavalry patrol near the river on Sunday. The patrol lost two killed and five wounded, the captain said.',
    ),
  }));
});

describe('a figure of people in a state', () => {
  it('does not answer "how many gunmen were wounded" with "two wounded" said after horses', async () => {
    const a = await horses.ask('How many gunmen were wounded?', { userId: 'a' });
    expect(a.direct ?? '').not.toMatch(/wounded|horses/i);
  });

  it('still answers "how many horses were wounded" from the horses’ sentence', async () => {
    const a = await horses.ask('How many horses were wounded?', { userId: 'b' });
    expect(a.direct ?? '').toMatch(/two wounded|six horses/i);
  });

  it('does not answer how many were wounded with those killed', async () => {
    const a = await losses.ask('How many gunmen were wounded?', { userId: 'c' });
    expect(a.direct ?? '').not.toMatch(/killed/i);
  });
});

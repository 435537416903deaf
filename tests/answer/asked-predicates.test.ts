import { beforeAll, describe, expect, it } from 'vitest';
import { askedPredicates } from '../../src/answer/who-predicates.ts';
import type { Runtime } from '../../src/answer/create.ts';
import type { Understanding } from '../../src/answer/understanding.ts';
import { withArticles } from './setup.ts';

const ARTICLE = `---
id: yuma-2024-cell
title: The cell is led by a former general
outlet: Example Tribune
published: 2024-05-07
url: https://example.org/yuma-cell
language: en
---
The cell is led by Kenneth Rapuano, who first put out the call for engineers.
`;

let runtime: Runtime;
const asked = (q: string) =>
  askedPredicates({ analysis: runtime.questionNlp.analyse(q) } as unknown as Understanding);

beforeAll(async () => {
  ({ runtime } = await withArticles(ARTICLE));
});

describe('askedPredicates', () => {
  it('takes the word after "who" as its verb however the tagger reads it', () => {
    expect(asked('who first put out the call for engineers?')).toEqual(['put']);
  });

  it('does not take the first word of a question without "who" for a verb', () => {
    expect(asked('which general commanded the engineers?')).toEqual(['command']);
  });

  it('takes the role of "who were the three commissioners" from the noun after the count', () => {
    expect(asked('Who were the three Mexican commissioners at New London?')).toEqual(['commissioner']);
  });
});

/** A question put as keywords ending in one person named by what they are asks who, not how many. */
import { beforeAll, describe, expect, it } from 'vitest';
import type { AnswerEngine } from '../../src/answer/engine.ts';
import { articlesAlone } from './setup.ts';

const ARTICLE = `---
id: minersvoice-1917-copper-camp-strike
title: Strikers put on a train at the copper camp
outlet: Example Miners' Voice
published: 1917-07-14
url: https://example.org/copper-camp-strike
language: en
---
Strikers put on a train at the copper camp
"Nearer nine hundred men were on that train, and some of them had never struck in their lives," said Walter Pruett, who was a hoist man at the Lucky shaft and who was among those sent away.
Deputies held the men in the ballpark for three hours before the train came.
`;

const FORT = `---
id: trailnews-1880-fort-davis-mess
title: The mess at Fort Davis
outlet: Example Trail News
published: 1880-03-02
url: https://example.org/fort-davis-mess
language: en
---
The mess at Fort Davis
Three cooks served the fort at Fort Davis through the winter.
The post's baker, Sgt. Amos Fields, had come from Fort Concho in the fall.
About two hundred people lived at Fort Davis that winter.
`;

let engine: AnswerEngine;
let user = 0;
const fresh = () => ({ userId: `keyword-person-${++user}` });

beforeAll(async () => {
  ({ engine } = await articlesAlone({ 'camp.md': ARTICLE, 'fort.md': FORT }));
}, 120_000);

describe('a question put as keywords ending in one person', () => {
  it('shows who that person is, with no figure in bold', async () => {
    const a = await engine.ask('lucky shaft hoist man?', fresh());
    expect(a.answeredAs).not.toBe('count');
    expect(a.direct).toBeNull();
    expect(a.text).toContain('Walter Pruett');
  });

  it('reads a person noun the lexicon lacks but WordNet knows as one person', async () => {
    const a = await engine.ask('fort davis cook?', fresh());
    expect(a.answeredAs).not.toBe('count');
  });

  it('still counts a noun for a group of people', async () => {
    const a = await engine.ask('fort davis people?', fresh());
    expect(a.answeredAs).toBe('count');
  });

  it('still counts people asked for in the plural', async () => {
    const a = await engine.ask('train men?', fresh());
    expect(a.answeredAs).toBe('count');
  });
});

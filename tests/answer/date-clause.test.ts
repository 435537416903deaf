import { beforeAll, describe, expect, it } from 'vitest';
import type { AnswerEngine } from '../../src/answer/engine.ts';
import { dateProximity } from '../../src/answer/date-proximity.ts';
import { withArticles } from './setup.ts';

const ARTICLE = `---
id: gulfwire-1995-water-compact-ruling-test
title: Judge rules on the water compact
outlet: Example Gulf Wire
published: 1995-09-12
url: https://example.org/water-compact-ruling
language: en
---
A district judge in Corpus Christi ruled in 1994 that the county broke the water compact the two states signed in 1961 and ordered the gates opened.
`;

let engine: AnswerEngine;

beforeAll(async () => {
  ({ engine } = await withArticles(ARTICLE));
});

describe('the date of the thing asked, not of the clause beside it', () => {
  it('dates "the water compact" by the clause that tells of it, not by the ruling that says it was broken', async () => {
    const a = await engine.ask('When was the water compact?', { userId: 'compact' });
    expect(a.direct).toContain('1961');
  });

  it('still dates the ruling by its own clause', async () => {
    const a = await engine.ask('When did the district judge rule on the county?', { userId: 'ruling' });
    expect(a.direct).toContain('1994');
  });
});

describe('how near a date stands to the words asked about', () => {
  const near = (sentence: string, date: string, stem: string) =>
    dateProximity(sentence, { text: date }, [stem]);

  it('does not count the comma after a fronted date as a clause between it and its clause', () => {
    expect(near('On Feb. 2, 1848, the treaty was signed.', 'Feb. 2, 1848', 'treaty')).toBe(
      near('On Feb. 2 1848 the treaty was signed.', 'Feb. 2 1848', 'treaty'),
    );
  });

  it('does not count "that" as a determiner ("that year") as a clause edge, but does when it opens one', () => {
    expect(near('In 1848 that year the treaty was signed.', '1848', 'treaty')).toBe(
      near('In 1848 this year the treaty was signed.', '1848', 'treaty'),
    );
    expect(near('In 1848 he ruled that the treaty was broken.', '1848', 'treaty')).toBeLessThan(
      near('In 1848 he ruled with the treaty was broken.', '1848', 'treaty'),
    );
  });

  it('counts a dash or a closing bracket between them as a clause edge', () => {
    expect(near('The wall was built in 1848 – the treaty was signed.', '1848', 'treaty')).toBeLessThan(
      near('The wall was built in 1848 and the treaty was signed.', '1848', 'treaty'),
    );
    expect(near('The wall (built in 1848) and the treaty were old.', '1848', 'treaty')).toBeLessThan(
      near('The wall built in 1848 and the treaty were old.', '1848', 'treaty'),
    );
  });
});

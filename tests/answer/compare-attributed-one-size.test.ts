/**
 * Two people said to differ on one figure give it of one size: each one's figure is the one of a size with the
 * other's ("thirty-three men" against "near forty"), not another figure of theirs whose sentence shares more of
 * the question's words by chance ("two of our men … taken … by a party of Californians").
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { AnswerEngine } from '../../src/answer/engine.ts';
import { articlesAlone } from './setup.ts';

const SONOMA = `---
id: harborpacket-1846-sonoma-letters
title: Letters from Upper California
outlet: Example Harbor Packet
published: 1846-08-22
url: https://example.org/sonoma-letters
language: en
---
Letters from Upper California
Mr. Hiram Colby, a carpenter of this town, writes to his brother from the north of the bay.
"We were thirty-three men, by my count, and not one of us had slept," Colby writes.
"The party that took Sonoma lost two horses on the road," Colby writes.
"Two of our men were taken on the road and killed by a party of Californians," Colby writes of the days after Sonoma was taken.
Mr. Josiah Wexcombe, a merchant at Yerba Buena, tells it otherwise. "The party that took Sonoma was near forty men, as it is told here," Wexcombe writes.
`;

let engine: AnswerEngine;
let user = 0;
const fresh = () => ({ userId: `compare-attributed-one-size-${++user}` });

beforeAll(async () => {
  ({ engine } = await articlesAlone({ 'sonoma.md': SONOMA }));
}, 120_000);

describe('two givers of one figure', () => {
  it("gives each one's figure of a size with the other's, not a figure sharing more words", async () => {
    const answer = await engine.ask(
      'How do Hiram Colby and Josiah Wexcombe differ on the size of the party that took Sonoma?',
      fresh(),
    );
    expect(answer.answered).toBe(true);
    expect(answer.text).toContain('thirty-three');
    expect(answer.text).toContain('near forty');
    expect(answer.text).not.toContain('Two of our men');
    expect(answer.text).not.toContain('two horses');
  });
});

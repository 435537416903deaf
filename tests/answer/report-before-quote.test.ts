/**
 * A quotation that follows a sentence reporting the same speaker in the paper's words: asked what the speaker
 * said about something the report holds, the answer shows the report before the quotation. Built with the
 * shipped articles: in an article alone every word is common enough to name no topic.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { AnswerEngine } from '../../src/answer/engine.ts';
import { withArticles } from './setup.ts';

const RAID = `---
id: courier-1918-ranch-raid
title: "Raiders strike ranch above Porvenir"
outlet: The Courier
published: 1918-03-29
language: en
---
MARFA, March 28. — A band of mounted men fell upon the Neville ranch on Monday night and killed two people.

Cavalry followed the trail across the river the next day and fought the band at Pilares.

Juan Ortega, a workman from a ranch below Porvenir, said the raid was revenge for the killing of fifteen Mexican men at Porvenir in January. "The people over there say it is for Porvenir," he said. "Since January every family there has a dead man to count."

Sheriff Tom Walker said Pablo Sifuentes had planned the raid from a camp near the river crossing. "I never rode with them," Sifuentes said.
`;

describe('a report of what a speaker said, before their quotation', () => {
  let engine: AnswerEngine;
  beforeAll(async () => {
    ({ engine } = await withArticles(RAID));
  }, 120_000);

  it('shows the report that holds the asked words with the quotation after it', async () => {
    const a = await engine.ask('What did Ortega say the raid was revenge for?', { userId: 'u' });
    expect(a.answeredAs).toBe('quote');
    expect(a.text).toContain('fifteen Mexican men');
    expect(a.text).toContain('The people over there say it is for Porvenir');
  });

  it("does not show another man's report of the speaker as the speaker's own words", async () => {
    const a = await engine.ask('What did Sifuentes say about planning the raid from a camp?', {
      userId: 'v',
    });
    expect(a.text).not.toContain('Sheriff Tom Walker said');
  });
});

import { beforeAll, describe, expect, it } from 'vitest';
import type { AnswerEngine } from '../../src/answer/engine.ts';
import { withArticles } from './setup.ts';

/** A report of someone's view, then their reason in their own words. */
const ARTICLE = `---
id: sunland-2025-zone-lawsuit
title: Rights group sues over military zone near Sunland Park
outlet: Example Tribune
published: 2025-05-06
url: https://example.org/zone-lawsuit
language: en
---
Ana Ruiz, a lawyer at the Border Rights Project, said the military zone near Sunland Park is unlawful.

"It turns a hiking trail into a trespass charge for anyone who walks it," Ruiz said.

The Army said the zone would stay.
`;

let engine: AnswerEngine;

beforeAll(async () => {
  ({ engine } = await withArticles(ARTICLE));
});

describe('a why-question answered by a report of someone’s view', () => {
  it('shows the quotation that follows the report, where they give their reason', async () => {
    const a = await engine.ask('why is the border rights project against the zone', {
      userId: 'a',
    });
    expect(a.answered).toBe(true);
    expect(a.text).toContain('is unlawful');
    expect(a.text).toContain('trespass charge');
  });
});

describe("a why-question in the asker's own tone", () => {
  it('answers a follow-up with no words of its own but how the asker sees it', async () => {
    await engine.ask('what does the border rights project think of the zone', { userId: 'b' });
    const a = await engine.ask('why are they so touchy about it', { userId: 'b' });
    expect(a.answered).toBe(true);
    expect(a.text).toContain('trespass charge');
  });
});

/** A body named after an office ("the President's Mediation Commission") is no question about the office's holder. */
import { beforeAll, describe, expect, it } from 'vitest';
import type { AnswerEngine } from '../../src/answer/engine.ts';
import { articlesAlone } from './setup.ts';

const ARTICLE = `---
id: valleyledger-1917-commission-report
title: Commission calls the deportation illegal
outlet: Example Valley Ledger
published: 1917-11-24
url: https://example.org/commission-report
language: en
---
Commission calls the deportation illegal
President Woodrow Wilson named the commission in September.
The President's Mediation Commission, which sat in this city early in the month, has reported on the deportation of the striking miners.
It calls the deportation "wholly illegal and without authority in law."
`;

let engine: AnswerEngine;
const WILSON = 'auto-woodrow-wilson';

beforeAll(async () => {
  ({ engine } = await articlesAlone({ 'commission.md': ARTICLE }));
}, 120_000);

describe('a body named after an office in the possessive', () => {
  it('is not read as the office holder', () => {
    const read = engine.read("What did the President's Mediation Commission call the deportation?");
    const order = engine.read("What did the president's order say about the deportation?").entities;
    expect(order).toContain(WILSON);
    expect(read.entities).not.toContain(WILSON);
  });

  it('is the office holder in a question written in title case', () => {
    expect(engine.read("What Did The President's Order Say About The Deportation?").entities).toContain(
      WILSON,
    );
  });

  it('is the office holder before a name the knowledge already has', () => {
    expect(engine.read("Why did the President's National Guard go to the border?").entities).toContain(
      WILSON,
    );
  });

  it("answers with the commission's words", async () => {
    const a = await engine.ask("What did the President's Mediation Commission call the deportation?", {
      userId: 'c1',
    });
    expect(a.answered).toBe(true);
    expect(a.text).toContain('wholly illegal');
  });
});

/**
 * A date asked of something that happened, whose evidence says the act only as expected or denied: the
 * sentence is shown, with no bold date that would say the act happened then.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { AnswerEngine } from '../../src/answer/engine.ts';
import { articlesAlone } from './setup.ts';

const ARTICLE = `---
id: example-2019-soldier-charged
title: Soldier not charged
outlet: Example Herald
published: 2019-06-25
url: https://example.org/soldier
language: en
---
Soldier not charged
The soldier, Pvt. Ray Dunn, has not been charged, the Army said on Monday.

Sen. John Cornyn did not attend the ceremony at Fort Bliss on Friday.

Defense Secretary Mark Esper is expected to sign the order as early as Thursday, a US official said.

The Guard arrived in Nogales on April 2, state officials said Thursday.

The troops began to leave Laredo on May 5.

Congress declared war on Mexico on May 13, 1846.

The cavalry went to Presidio and arrived there on June 9.

Gen. Walter Krueger refused to sign the deployment order on June 20.
`;

let engine: AnswerEngine;
let user = 0;
const fresh = () => ({ userId: `unasserted-date-${++user}` });

beforeAll(async () => {
  ({ engine } = await articlesAlone({ 'soldier.md': ARTICLE }));
}, 120_000);

describe('a date asked of an act the evidence says only as expected or denied', () => {
  it('gives no bold date for "when was the soldier charged?" from "has not been charged"', async () => {
    const a = await engine.ask('When was the soldier charged?', fresh());
    expect(a.direct).toBeNull();
  });

  it('gives no bold date for "when did Cornyn attend the ceremony?" from "did not attend"', async () => {
    const a = await engine.ask('When did Cornyn attend the ceremony?', fresh());
    expect(a.direct).toBeNull();
  });

  it('gives no bold date for "when did Esper sign the order?" from "is expected to sign … as early as Thursday"', async () => {
    const a = await engine.ask('When did Esper sign the order?', fresh());
    expect(a.direct).toBeNull();
    expect(a.text).toContain('expected to sign');
  });

  it('still dates an act the evidence says happened ("arrived on April 2", "began to leave on May 5")', async () => {
    expect((await engine.ask('When did the Guard arrive in Nogales?', fresh())).direct).toContain(
      '2 April 2019',
    );
    expect((await engine.ask('When did the troops leave Laredo?', fresh())).direct).toContain('5 May 2019');
  });

  it('gives no bold date for an act refused ("refused to sign … on June 20") or asked with "had"', async () => {
    expect((await engine.ask('When did Krueger sign the deployment order?', fresh())).direct).toBeNull();
    expect((await engine.ask('When had Esper signed the order?', fresh())).direct).toBeNull();
  });

  it('reads the month "May" as no modal and a place gone to as no plan ("went to Presidio and arrived")', async () => {
    expect((await engine.ask('When did Congress declare war on Mexico?', fresh())).direct).toContain(
      '13 May 1846',
    );
    expect((await engine.ask('When did the cavalry arrive in Presidio?', fresh())).direct).toContain(
      '9 June',
    );
  });

  it('still dates a planned act asked of the future ("when will Esper sign the order?")', async () => {
    expect((await engine.ask('when will Esper sign the order?', fresh())).direct).not.toBeNull();
  });
});

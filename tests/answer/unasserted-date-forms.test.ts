/**
 * A date asked of an act the evidence does not say happened, in the forms a question or the evidence may take
 * beyond "when did …": a question with no auxiliary (or a Spanish preterite), an act only threatened, and an
 * act told in a report the sentence calls wrong. No bold date heads the answer, nor a bold figure one asked
 * how many of, nor a bold name one asked who did it.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { AnswerEngine } from '../../src/answer/engine.ts';
import { articlesAlone } from './setup.ts';

const ARTICLE = `---
id: example-2018-mcallen-arrival
title: Troops at McAllen
outlet: Example Herald
published: 2018-11-02
url: https://example.org/mcallen
language: en
---
Troops at McAllen
Defense Secretary Jim Mattis is expected to sign the order as early as Thursday, a US official said.

Reports that the first soldiers reached McAllen on Oct. 25 were wrong, the Army said.

Gov. Greg Abbott had threatened to close the crossing on Oct. 1 but never did.

Army engineers closed the Hidalgo bridge on Oct. 29, officials said.

The Army confirmed reports that a convoy left Fort Bliss on Oct. 27, and said earlier reports were wrong.

Gov. Greg Abbott had threatened to send 5,000 Guard troops to Laredo but never did, aides said.

Reports that 2,000 Marines reached El Paso were wrong, the Pentagon said.

The Pentagon sent 800 soldiers to Brownsville.
`;

let engine: AnswerEngine;
let user = 0;
const fresh = () => ({ userId: `unasserted-date-forms-${++user}` });

beforeAll(async () => {
  ({ engine } = await articlesAlone({ 'mcallen.md': ARTICLE }));
}, 120_000);

describe('a date asked of an act the evidence does not say was done', () => {
  it('gives no bold date for a question with no auxiliary ("When Mattis signed the order?")', async () => {
    const a = await engine.ask('When Mattis signed the order?', fresh());
    expect(a.direct).toBeNull();
    expect(a.text).toContain('expected to sign');
  });

  it('gives no bold date for the Spanish "¿Cuándo firmó Mattis la orden?"', async () => {
    expect((await engine.ask('¿Cuándo firmó Mattis la orden?', fresh())).direct).toBeNull();
  });

  it('gives no bold date for an act only threatened ("had threatened to close the crossing on Oct. 1")', async () => {
    expect((await engine.ask('When did Abbott close the crossing?', fresh())).direct).toBeNull();
  });

  it('gives no bold date for an act told in reports called wrong ("Reports that … reached McAllen on Oct. 25 were wrong")', async () => {
    expect((await engine.ask('When did the first soldiers reach McAllen?', fresh())).direct).toBeNull();
  });

  it('still dates an act said plainly, with or without an auxiliary, and one in reports confirmed', async () => {
    expect((await engine.ask('When did the engineers close the Hidalgo bridge?', fresh())).direct).toContain(
      '29 October 2018',
    );
    expect((await engine.ask('When the engineers closed the Hidalgo bridge?', fresh())).direct).toContain(
      '29 October 2018',
    );
    expect((await engine.ask('When did the convoy leave Fort Bliss?', fresh())).direct).toContain(
      '27 October 2018',
    );
  });

  it('gives no bold figure for a count of an act only threatened or told in reports called wrong', async () => {
    expect((await engine.ask('How many Guard troops did Abbott send to Laredo?', fresh())).direct).toBeNull();
    expect((await engine.ask('How many Marines reached El Paso?', fresh())).direct).toBeNull();
  });

  it('still counts an act said plainly ("sent 800 soldiers to Brownsville")', async () => {
    expect(
      (await engine.ask('How many soldiers did the Pentagon send to Brownsville?', fresh())).direct,
    ).toContain('800');
  });

  it('names no one in bold for who did an act only expected or threatened ("Who signed the order?")', async () => {
    expect((await engine.ask('Who signed the order?', fresh())).direct).toBeNull();
    expect((await engine.ask('Who sent 5,000 Guard troops to Laredo?', fresh())).direct).toBeNull();
  });

  it('still names who a question asks of a plan ("Who was going to sign the order?")', async () => {
    expect((await engine.ask('Who was going to sign the order?', fresh())).direct).toBe('Jim Mattis');
  });
});

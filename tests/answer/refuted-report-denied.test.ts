/**
 * A report the sentence says was NOT wrong ("Reports that … were not wrong", "… were never proved false")
 * stands: its act is told as done, and a count asked of it is given in bold as for any plain report.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { AnswerEngine } from '../../src/answer/engine.ts';
import { articlesAlone } from './setup.ts';

const ARTICLE = `---
id: example-2018-laredo-reports
title: Marines at Laredo
outlet: Example Herald
published: 2018-11-02
url: https://example.org/laredo-reports
language: en
---
Reports that 1,200 Marines reached Laredo were not wrong, the Pentagon said on Friday.

Reports that 300 Rangers crossed the river at Roma were never proved false, the sheriff said.

Reports that 2,000 Marines reached El Paso were wrong, the Pentagon said.
`;

let engine: AnswerEngine;
let user = 0;
const fresh = () => ({ userId: `refuted-report-denied-${++user}` });

beforeAll(async () => {
  ({ engine } = await articlesAlone({ 'laredo.md': ARTICLE }));
}, 120_000);

describe('a report said not to be wrong', () => {
  it('gives the count in bold when the reports "were not wrong"', async () => {
    expect((await engine.ask('How many Marines reached Laredo?', fresh())).direct).toContain('1,200');
  });

  it('gives the count in bold when the reports "were never proved false"', async () => {
    expect((await engine.ask('How many Rangers crossed the river at Roma?', fresh())).direct).toContain(
      '300',
    );
  });

  it('still gives no bold figure for reports called wrong', async () => {
    expect((await engine.ask('How many Marines reached El Paso?', fresh())).direct).toBeNull();
  });
});

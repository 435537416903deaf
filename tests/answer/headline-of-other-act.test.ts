import { beforeAll, describe, expect, it } from 'vitest';
import type { AnswerEngine } from '../../src/answer/engine.ts';
import { givesAge } from '../../src/answer/age.ts';
import type { Runtime } from '../../src/answer/create.ts';
import { actReportedAsEarlier } from '../../src/answer/reported-earlier-act.ts';
import { articlesAlone } from './setup.ts';

/** A day the court ruled on, with the asked act told only inside what it ruled. */
const RULING = `---
id: riograndecourier-1988-rancher-ruling-test
title: Appeals court lets the rancher's trial go ahead
outlet: Example Rio Grande Courier
published: 1988-04-02
url: https://example.org/rancher-ruling
language: en
---
On March 9 the appeals court ruled that a rancher kidnapped near Ojinaga and driven across the river to Presidio can stand trial in Texas.
`;

/** A person's age beside how long the camp has been kept. */
const VIGIL = `---
id: santacruzbulletin-2022-wall-vigil-test
title: Protesters keep a vigil where the wall work goes on
outlet: Example Santa Cruz Bulletin
published: 2022-12-20
url: https://example.org/wall-vigil
language: en
---
Luis Ortega, a 41-year-old carpenter from Patagonia who has slept at the protesters' camp most nights since Dec. 1, said the group would stay until the crews leave.
`;

let ruling: AnswerEngine;
let vigil: AnswerEngine;
let runtime: Runtime;

beforeAll(async () => {
  ({ engine: ruling, runtime } = await articlesAlone({ 'ruling.md': RULING }));
  ({ engine: vigil } = await articlesAlone({ 'vigil.md': VIGIL }));
});

describe('a headline states only the date or the span asked about', () => {
  it('shows no date in bold for when the rancher was kidnapped when the date is the ruling’s', async () => {
    const a = await ruling.ask('When was the rancher kidnapped?', { userId: 'abducted' });
    expect(a.direct).toBeNull();
  });

  it('still dates the ruling in bold', async () => {
    const a = await ruling.ask('When did the appeals court rule on the rancher?', { userId: 'ruled' });
    expect(a.direct).toContain('March');
  });

  it('shows no age in bold for how long the protesters have been camped', async () => {
    const a = await vigil.ask('how long have the protesters been camped out there', { userId: 'camped' });
    expect(a.direct).toBeNull();
  });

  it('still gives the age in bold for how old the man is', async () => {
    const a = await vigil.ask('How old is Luis Ortega?', { userId: 'age' });
    expect(a.direct).toContain('41');
  });
});

describe('givesAge', () => {
  it('reads a figure written in words of age as an age', () => {
    expect(givesAge('Ortega, a 41-year-old carpenter, stayed.', '41')).toBe(true);
    expect(givesAge('He was 51 years old.', '51')).toBe(true);
  });

  it('does not read a span of years as an age', () => {
    expect(givesAge('The camp has stood for 41 years.', '41')).toBe(false);
  });
});

describe('actReportedAsEarlier', () => {
  const earlier = (sentence: string, date: string, act: string) =>
    actReportedAsEarlier(runtime.questionNlp.analyse(sentence).tokens, sentence, date, (l) => l === act);

  it('reads an act told in a perfect inside what was said as done before the saying', () => {
    expect(earlier('On Friday the mayor said that gunmen had burned the station.', 'On Friday', 'burn')).toBe(
      true,
    );
  });

  it('does not read an act told in the past inside what was said as earlier: it may be the saying itself', () => {
    expect(earlier('On Friday the mayor said that she refused the offer.', 'On Friday', 'refuse')).toBe(
      false,
    );
  });

  it('does not read an act of the date’s own clause as reported', () => {
    expect(earlier('On Friday gunmen burned the station that the mayor built.', 'On Friday', 'burn')).toBe(
      false,
    );
  });
});

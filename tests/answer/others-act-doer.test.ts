/**
 * A count or date asked of a named actor ("How many Marines did Abbott send?") whose evidence shows the act
 * done by someone else named right before its verb ("After Hegseth sent 500 Marines …"), or by "he" after
 * others' names only: no bold headline states the other's figure or date as the asked actor's. Nor does the
 * act of the one the question has it done to ("How much did they pay him?" of "he had paid off a $9,000
 * loan"). The actor's own act, said by name, title, possessive, a conjoined name or "he", an act done to or
 * with him ("Hegseth met Abbott"), or one naming what is his ("400 Texas troopers"), keeps its headline; so
 * does a call asked with a verb tagged a noun ("When did Trump call Sheinbaum?"), a meeting whose sentence
 * names the asked one with the other ("Trump and Sheinbaum met"), and a figure only inside another ("400" in
 * "1,400").
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { AnswerEngine } from '../../src/answer/engine.ts';
import { articlesAlone } from './setup.ts';

const head = (id: string, title: string) => `---
id: example-2025-${id}
title: ${title}
outlet: Example Border Daily
published: 2025-06-20
url: https://example.org/${id}
language: en
---
${title}
`;
const ORDERS = `${head('orders', 'Orders for the border')}Pete Hegseth signed the deployment order on January 22, two days after Donald Trump took office.
The county fair opened in April.
`;
const SENDS = `${head('sends', 'Troops for the border')}Greg Abbott met Pete Hegseth at Fort Bliss on Monday.
After Hegseth sent 500 Marines to San Diego, Abbott sent 400 troopers to El Paso.
`;
const HE = `${head('he-sent', 'Troopers for El Paso')}Pete Hegseth visited Fort Bliss on Monday.
Greg Abbott met reporters in Austin on Tuesday. He sent 400 troopers to El Paso on May 9.
`;
const ALIKE = `${head('alike', 'Who sent whom')}Greg Abbott and Pete Hegseth sent 900 troops to Eagle Pass on April 3.
Trump's Pentagon sent 1,500 Marines to San Diego on January 22.
Texas Gov. Greg Abbott sent 1,200 Rangers to Laredo on May 4.
`;
const KNOWN = `${head('known', 'Troops on both sides')}Andrés Manuel López Obrador met Donald Trump in July. He sent 6,000 Guard troops to the southern border on June 5.
President Trump sent 4,000 troops in April after Mexico sent 10,000 soldiers.
`;

const PAID = `${head('paid', 'The sergeant and the ring')}A military jury convicted Sgt. Ray Dolan of taking $18,500 from a Sonora smuggling ring.
His former wife testified that he had paid off a $9,000 truck loan in cash that summer.
Ray Dolan was a sergeant at Fort Huachuca. He paid off a second loan on June 3.
`;
const SHARED = `${head('shared', 'Meetings at the border')}Greg Abbott toured Eagle Pass in April.
Pete Hegseth met Abbott at Fort Bliss on May 2.
Marta Ruiz was the mayor of Del Rio.
She met Abbott in Austin on June 9.
The ring paid him $18,500 in cash, prosecutors said.
Greg Abbott sent 400 Texas troopers to El Paso on May 9.
`;

const OFFER = `${head('offer', 'An offer rejected')}President Claudia Sheinbaum of Mexico said on Saturday, 3 May, that Donald Trump had proposed sending American troops into Mexico, but that she rejected it.
`;

const CALLED = `${head('called', 'A call on tariffs')}Claudia Sheinbaum took office in October.
Trump called Sheinbaum on February 3 to discuss tariffs.
`;
const TOGETHER = `${head('together', 'Meetings at the summit')}Claudia Sheinbaum took office in October.
Trump and Sheinbaum met at the summit on June 17.
`;
const MET = `${head('met', 'Meetings at Fort Bliss')}Greg Abbott toured Eagle Pass in April.
Abbott and Hegseth met at Fort Bliss on May 2.
`;
const PRIVATELY = `${head('privately', 'A private meeting')}Greg Abbott toured Eagle Pass in April.
Abbott met privately with Pete Hegseth at Fort Bliss on May 2.
`;
const LISTED = `${head('listed', 'Leaders at the summit')}Claudia Sheinbaum took office in October.
Sheinbaum met Mark Carney and Donald Trump at the summit on June 17.
`;
const WITHIN = `${head('within', 'Marines and troopers')}Greg Abbott toured Eagle Pass in April.
Pete Hegseth sent 1,400 Marines to San Diego, and Abbott sent 400 troopers to El Paso.
`;
const RELATIVE = `${head('relative', 'Marines and troopers')}Greg Abbott toured Eagle Pass in April.
Hegseth sent 500 Marines, and the 400 troopers Abbott sent reached El Paso on May 9.
`;
const LOANS = `${head('loans', 'The sergeant and the ring')}A jury convicted Sgt. Ray Dolan in May.
He paid off a $19,000 loan in May, and the ring paid him $9,000 in June.
`;

const engines: Record<string, AnswerEngine> = {};
let user = 0;
const ask = (article: string, q: string) => engines[article]!.ask(q, { userId: `others-act-doer-${++user}` });

beforeAll(async () => {
  for (const [name, text] of Object.entries({
    ORDERS,
    SENDS,
    HE,
    ALIKE,
    KNOWN,
    PAID,
    SHARED,
    OFFER,
    CALLED,
    TOGETHER,
    MET,
    PRIVATELY,
    LISTED,
    WITHIN,
    RELATIVE,
    LOANS,
  }))
    engines[name] = (await articlesAlone({ [`${name.toLowerCase()}.md`]: text })).engine;
}, 240_000);

describe("a figure or date of another actor's act is not headed as the asked actor's", () => {
  it('gives no bold date for "when did Trump sign the order?" from Hegseth\'s signing', async () => {
    for (const q of ['When did Trump sign the order?', 'When did Trump sign the deployment order?'])
      expect((await ask('ORDERS', q)).direct, q).toBeNull();
    expect((await ask('ORDERS', 'When did Hegseth sign the order?')).direct).toContain('22 January');
  });

  it('heads each actor with the figure of his own clause when one sentence names both', async () => {
    expect((await ask('SENDS', 'How many Marines did Abbott send?')).direct).toBeNull();
    expect((await ask('SENDS', 'How many troopers did Hegseth send?')).direct).toBeNull();
    expect((await ask('SENDS', 'How many Marines did Hegseth send?')).direct).toBe('500 Marines');
    expect((await ask('SENDS', 'How many troopers did Abbott send?')).direct).toBe('400 troopers');
  });

  it('reads "he" as the actor named just before it: his figure and date, nobody else\'s', async () => {
    expect((await ask('HE', 'How many troopers did Abbott send?')).direct).toBe('400 troopers');
    expect((await ask('HE', 'When did Abbott send troopers?')).direct).toContain('9 May');
    for (const q of ['How many troopers did Hegseth send?', 'When did Hegseth send troopers?'])
      expect((await ask('HE', q)).direct, q).toBeNull();
  });

  it('keeps the headline of an act done by the actor with another, by his title or by what is his', async () => {
    expect((await ask('ALIKE', 'How many troops did Abbott send?')).direct).toBe('900 troops');
    expect((await ask('ALIKE', 'How many troops did Hegseth send?')).direct).toBe('900 troops');
    expect((await ask('ALIKE', 'How many Marines did Trump send?')).direct).toBe('1,500 Marines');
    expect((await ask('ALIKE', 'How many Rangers did Abbott send?')).direct).toBe('1,200 Rangers');
    expect((await ask('ALIKE', 'How many Rangers did Hegseth send?')).direct).toBeNull();
  });

  it('reads a known name by any of its names, and a figure in the clause of another known actor', async () => {
    expect((await ask('KNOWN', 'How many troops did AMLO send?')).direct).toBe('6,000 Guard troops');
    expect((await ask('KNOWN', 'How many troops did Trump send?')).direct).toBe('4,000 troops');
    expect((await ask('KNOWN', 'How many soldiers did Mexico send?')).direct).not.toBe('4,000 troops');
  });

  it('gives no bold sum or date for "how much did they pay him?" from what he paid himself', async () => {
    for (const q of ['How much did they pay him?', 'When did they pay him?'])
      expect((await ask('PAID', q)).direct, q).toBeNull();
    expect((await ask('PAID', 'How much did the ring pay Dolan?')).direct).not.toBe('$9,000');
    expect((await ask('PAID', 'When did Dolan pay off the loan?')).direct).toContain('3 June');
  });

  it('keeps the headline of an act done to or with the asked one, done to him, or of what is his', async () => {
    expect((await ask('SHARED', 'When did Abbott meet Hegseth?')).direct).toContain('2 May');
    expect((await ask('SHARED', 'When did Hegseth meet Abbott?')).direct).toContain('2 May');
    expect((await ask('SHARED', 'When did Abbott meet Ruiz?')).direct).toContain('9 June');
    expect((await ask('SHARED', 'How much did the ring pay him?')).direct).toBe('$18,500');
    expect((await ask('SHARED', 'How many troopers did Texas send?')).direct).toBe('400 Texas troopers');
    expect((await ask('OFFER', 'When did Sheinbaum reject Trump’s offer?')).direct).toContain('3 May');
  });

  it('keeps the date of a call asked with a verb tagged a noun ("When did Trump call Sheinbaum?")', async () => {
    for (const q of ['When did Trump call Sheinbaum?', 'When did President Trump call Sheinbaum?'])
      expect((await ask('CALLED', q)).direct, q).toContain('3 February');
  });

  it('keeps the date of a meeting whose sentence names the asked one as a subject, with the other', async () => {
    for (const q of ['When did Trump meet Sheinbaum?', 'When did Sheinbaum meet Trump?'])
      expect((await ask('TOGETHER', q)).direct, q).toContain('17 June');
    expect((await ask('MET', 'When did Abbott meet Hegseth?')).direct).toContain('2 May');
    expect((await ask('PRIVATELY', 'When did Hegseth meet Abbott?')).direct).toContain('2 May');
    expect((await ask('LISTED', 'When did Trump meet Sheinbaum?')).direct).toContain('17 June');
  });

  it('finds a count\'s figure as a whole number, not inside another ("400" in "1,400")', async () => {
    expect((await ask('WITHIN', 'How many troopers did Abbott send?')).direct).toBe('400 troopers');
    expect((await ask('LOANS', 'How much did the ring pay him?')).direct).not.toBe('$19,000');
  });

  it('reads the act of a clause right after the figure\'s words as its own ("the 400 troopers Abbott sent")', async () => {
    expect((await ask('RELATIVE', 'How many troopers did Abbott send?')).direct).toBe('400 troopers');
    expect((await ask('RELATIVE', 'How many troopers did Hegseth send?')).direct).toBeNull();
    expect((await ask('RELATIVE', 'How many Marines did Abbott send?')).direct).toBeNull();
    expect((await ask('RELATIVE', 'How many Marines did Hegseth send?')).direct).toBe('500 Marines');
  });
});

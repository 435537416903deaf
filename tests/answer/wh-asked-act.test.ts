/**
 * A wh-question's asked act, read by the question's shape ("when did the town close the school": "close" is
 * the act, whatever the tagger calls it; "did hobby send": the name is the subject, not the verb): no bold
 * headline states a figure or a date of another act, or of another actor the evidence names doing it; the
 * act said in other words by the same actor keeps its headline.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { AnswerEngine } from '../../src/answer/engine.ts';
import { articlesAlone } from './setup.ts';

const ARTICLE = `---
id: example-1919-pecos-county-notes
title: Notes from Pecos County
outlet: Example Border Daily
published: 1919-06-02
url: https://example.org/pecos-notes
language: en
---
Notes from Pecos County
Ann Pierce keeps the eating house at the Fort Stockton depot, where the train crews stop for supper.
Deputies detained eleven migrants near the river crossing on Tuesday, the sheriff said.
The county repaired the old courthouse in 1910, the clerk said.
Governor William Hobby deployed two hundred Rangers to the border in May.
Mexico deployed 15,000 soldiers to its northern border in June, officials in Mexico City said.
The town built a new school on Main Street in 1912.
The army abandoned the fort near Marfa in 1945.
Hobby met General John Pershing at Fort Bliss in July. He sent three hundred more Rangers to Laredo in August.
Fifty scouts were sent to Marfa by General Pershing in September.
`;

let engine: AnswerEngine;
let user = 0;
const fresh = () => ({ userId: `wh-asked-act-${++user}` });
const ask = (q: string) => engine.ask(q, fresh());

beforeAll(async () => {
  ({ engine } = await articlesAlone({ 'pecos.md': ARTICLE }));
}, 120_000);

describe('a wh-question whose evidence says another act, or another actor doing it', () => {
  it('gives no bold year for "when did the town close the school?" from "built a new school in 1912"', async () => {
    const a = await ask('When did the town close the school?');
    expect(a.direct).toBeNull();
  });

  it('gives no bold year for "when did the army close the fort?" from "abandoned the fort … in 1945"', async () => {
    expect((await ask('When did the army close the fort?')).direct).toBeNull();
  });

  it("gives no bold figure of Mexico's soldiers for soldiers Hobby sent, in any case of his name", async () => {
    for (const q of [
      'How many soldiers did Hobby send to Mexico?',
      'How many soldiers did hobby send to Mexico City?',
    ]) {
      const a = await ask(q);
      expect(a.direct).toBeNull();
    }
  });

  it('gives no bold figure of scouts Pershing sent ("were sent … by General Pershing") to "did Hobby send"', async () => {
    const a = await ask('How many scouts did Hobby send to Marfa?');
    expect(a.direct).toBeNull();
  });
});

describe('a wh-question whose evidence says the asked act of the asked actor, in its words or others', () => {
  it('heads "how many Rangers did Hobby send" with the figure he deployed, his name in lower case too', async () => {
    for (const q of [
      'How many Rangers did Hobby send to the border?',
      'how many rangers did hobby send in 1919?',
    ]) {
      expect((await ask(q)).direct).toBe('two hundred Rangers');
    }
  });

  it('heads the figure of the act said of the actor by "he", or of the named doer of a passive', async () => {
    expect((await ask('How many more Rangers did Hobby send to Laredo?')).direct).toContain('three hundred');
    expect((await ask('How many scouts did Pershing send to Marfa?')).direct).toBe('Fifty scouts');
    expect((await ask('How many soldiers did Mexico send to the border?')).direct).toBe('15,000 soldiers');
  });

  it('heads "arrest" from "detained" and "repair" from "repaired"', async () => {
    expect((await ask('How many migrants did the deputies arrest?')).direct).toBe('eleven migrants');
    expect((await ask('When did the county repair the courthouse?')).direct).toContain('1910');
    expect((await ask('When did the town build the school?')).direct).toContain('1912');
  });
});

describe('a wh-question of an actor or an act the coverage does not hold', () => {
  it('still declines an unknown governor, captain or Guard beside the known ones', async () => {
    for (const q of [
      'How many Rangers did Governor Keller send to the border?',
      'How many scouts did Captain Ojeda send to Marfa?',
      'When did the Ohio National Guard build the school?',
      'When did the town shut the school?',
    ]) {
      expect((await ask(q)).answered).toBe(false);
    }
  });
});

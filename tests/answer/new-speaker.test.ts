import { beforeAll, describe, expect, it } from 'vitest';
import type { AnswerEngine } from '../../src/answer/engine.ts';
import type { KnowledgeBase } from '../../src/knowledge/schema.ts';
import { withArticles } from './setup.ts';

const ARTICLE = `---
id: texas-2025-guard-at-eagle-pass
title: Texas sends Guard soldiers to Eagle Pass
outlet: Example Gazette
published: 2025-06-10
url: https://example.org/eagle-pass
language: en
---
Texas sent 777 National Guard soldiers to Eagle Pass on Monday, officials said.
"We will hold the line at the river," Greg Abbott said at a news conference.
Texas Governor Greg Abbott added: "Every soldier there volunteered."
The American Civil Liberties Union of Texas called the deployment a waste of $2.5 million.
Mexico moved 500 Guardia Nacional troops to Ciudad Juárez the same week.
Some residents compared the soldiers to the troops who chased Pancho Villa in 1916.
Adriana Mireles, a researcher at the Universidad Autónoma de Ciudad Juárez, called the number a headline.
A Guardia Nacional officer patrolling in Anapra, who asked not to be named, said his unit had arrived. "They told us to pack for a month," he said.
`;

/** An earlier article about the same man, when he held another office. */
const EARLIER = `---
id: texas-2012-attorney-general-lawsuit
title: Texas sues over border funding
outlet: Example Ledger
published: 2012-04-02
url: https://example.org/lawsuit
language: en
---
Greg Abbott, the attorney general of Texas, filed a lawsuit on Monday over federal border funding.
`;

let kb: KnowledgeBase;
let engine: AnswerEngine;

beforeAll(async () => {
  ({ kb, engine } = await withArticles(ARTICLE, EARLIER));
});

describe('a new article about someone the entity data does not know', () => {
  it('attributes their quotes to them by name', () => {
    const abbott = kb.entities.find((e) => e.name === 'Greg Abbott');
    expect(abbott).toMatchObject({ discovered: true, type: 'person', aliases: ['Greg Abbott', 'Abbott'] });
    const quotes = kb.quotes.filter((q) => q.speakerId === abbott?.id).map((q) => q.text);
    expect(quotes).toEqual(['We will hold the line at the river', 'Every soldier there volunteered.']);
  });

  it('answers questions about them by name or surname', async () => {
    const byName = await engine.ask('What did Greg Abbott say?', { userId: 'a' });
    expect(byName.answered).toBe(true);
    expect(byName.text).toContain('hold the line');
    const bySurname = await engine.ask('what did abbott say about the soldiers', { userId: 'b' });
    expect(bySurname.text).toContain('Every soldier there volunteered');
    expect(bySurname.citations.map((c) => c.outlet)).toEqual(['Example Gazette']);
  });

  it('reads an acronym the article spells out, and a sum of money it gives', async () => {
    const a = await engine.ask('how much did the aclu say the deployment wasted', { userId: 'd' });
    expect(a.direct).toBe('$2.5 million');
  });

  it('reads an acronym of a Spanish name ("UACJ" for the Universidad Autónoma de Ciudad Juárez)', async () => {
    const a = await engine.ask('what did the UACJ researcher think of the troop numbers', { userId: 'e' });
    expect(a.answered).toBe(true);
    expect(a.text).toContain('Universidad Autónoma de Ciudad Juárez');
  });

  it('declines "what did X say" for a name the coverage mentions but never quotes, rather than quote another', async () => {
    const a = await engine.ask('What did Pancho Villa say about the Guard soldiers in Eagle Pass?', {
      userId: 'f',
    });
    expect(a.answered).toBe(false);
    expect(a.text).not.toContain('hold the line');
  });

  it('counts what the new article counts', async () => {
    const a = await engine.ask('How many National Guard soldiers did Texas send to Eagle Pass?', {
      userId: 'c',
    });
    expect(a.direct).toContain('777');
  });
});

describe('a question that leaves the accents off a word of a new article', () => {
  it('reads "juarez" as the article\'s "Juárez" and answers', async () => {
    expect(engine.read('how many troops went to juarez').content).toContain('juárez');
    const a = await engine.ask('how many guardia nacional troops went to juarez', { userId: 'accents' });
    expect(a.answered).toBe(true);
    expect(a.text).toContain('500');
  });
});

describe('a question about a speaker the article does not name', () => {
  it('finds "the anonymous guardia nacional officer in anapra" and gives their words', async () => {
    const a = await engine.ask('what did the anonymous guardia nacional officer in anapra say', {
      userId: 'unnamed',
    });
    expect(a.answered).toBe(true);
    expect(a.text).toContain('pack for a month');
    expect(a.text).toContain('A Guardia Nacional officer patrolling in Anapra');
  });
});

describe('who is someone several articles speak of', () => {
  it('shows how each article introduces them, with both sources', async () => {
    const a = await engine.ask('who is greg abbott', { userId: 'profile' });
    expect(a.text).toContain('the attorney general of Texas');
    expect(a.citations.map((c) => c.outlet).sort()).toEqual(['Example Gazette', 'Example Ledger']);
  });
});

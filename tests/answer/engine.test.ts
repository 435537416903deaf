import Keyv from 'keyv';
import { beforeAll, describe, expect, it } from 'vitest';
import type { AnswerEngine } from '../../src/answer/engine.ts';
import { AnswerEngine as Engine } from '../../src/answer/engine.ts';
import type { Runtime } from '../../src/answer/create.ts';
import { MAX_ANSWER_TEXT } from '../../src/answer/types.ts';
import { shippedRuntime } from './setup.ts';

let runtime: Runtime;
let engine: AnswerEngine;
let user = 0;
const fresh = () => ({ userId: `test-${++user}` });

beforeAll(async () => {
  runtime = await shippedRuntime();
  engine = runtime.engine;
});

describe('ask', () => {
  it('puts the direct answer first, with what the number counts', async () => {
    const a = await engine.ask('How many troops did Mexico deploy?', fresh());
    expect(a.intent).toBe('count');
    expect(a.answered).toBe(true);
    expect(a.text.split('\n')[0]).toMatch(/\*\*.*15,000 troops\*\*/);
    expect(a.citations.map((c) => c.outlet)).toEqual(['The Independent']);
  });

  it('reads a question put as keywords ending in "size" as asking how many', async () => {
    const a = await engine.ask('mexico troop deployment size in 2019?', fresh());
    expect(a.intent).toBe('count');
    expect(a.direct).toContain('15,000 troops');
  });

  it('cites outlet, date and link for every source it uses', async () => {
    const a = await engine.ask('How many active-duty troops did Homeland Security request?', fresh());
    expect(a.text).toContain('800');
    expect(a.citations).toEqual([
      expect.objectContaining({ outlet: 'DW', published: '2018-10-26', url: 'https://p.dw.com/p/37DY3' }),
    ]);
    expect(a.text).toContain('<https://p.dw.com/p/37DY3>');
  });

  it('returns a speaker’s quotations when asked by alias', async () => {
    const a = await engine.ask('What did AMLO say about detaining migrants?', fresh());
    expect(a.intent).toBe('quote');
    expect(a.text).toMatch(/not our job|not the instructions|migration authorities/);
    expect(a.text).toContain('Andrés Manuel López Obrador');
  });

  it('resolves a role to the person who held it', async () => {
    const minister = await engine.ask('what did the defence minister say', fresh());
    expect(minister.text).toContain('administrative violation');
    expect(minister.text).toContain('Luis Cresencio Sandoval');
    const secretary = await engine.ask('who is the US defense secretary', fresh());
    expect(secretary.text).toContain('Mattis');
  });

  it('resolves a pronoun in a follow-up and shows quotes not yet shown', async () => {
    const who = fresh();
    const first = await engine.ask('What did Sheinbaum say?', who);
    const second = await engine.ask('what else did she say?', who);
    expect(second.intent).toBe('followup');
    expect(second.answered).toBe(true);
    expect(second.quoteIds.length).toBeGreaterThan(0);
    for (const id of second.quoteIds) expect(first.quoteIds).not.toContain(id);
    expect(second.text).toContain('Claudia Sheinbaum');
  });

  it('answers "when was that?" from the conversation', async () => {
    const who = fresh();
    await engine.ask('what did amlo say about the troops detaining migrants', who);
    const a = await engine.ask('when did he say it', who);
    expect(a.text).toMatch(/25 June 2019/);
  });

  it('reads misspelled and shouted questions', async () => {
    const a = await engine.ask('how many mexcio troops on the boarder in 2019', fresh());
    expect(a.text).toContain('15,000');
    const b = await engine.ask('HOW MANY TROOPPS IS THE US SENDING TO THE BORDER IN 2018', fresh());
    expect(b.text).toMatch(/800/);
  });

  it('resolves a weekday to a calendar date against the publication date', async () => {
    const a = await engine.ask('When did Sheinbaum reject Trump’s offer?', fresh());
    expect(a.direct).toBe('Saturday 3 May 2025');
  });

  it('declines general knowledge and page boilerplate, saying what it covers', async () => {
    for (const q of [
      'What is the capital of Australia?',
      'how do I subscribe to Independent Premium',
      'tell me about moths in wardrobes',
    ]) {
      const a = await engine.ask(q, fresh());
      expect(a.answered, q).toBe(false);
      expect(a.evidence, q).toEqual([]);
      expect(a.text, q).toMatch(/US–Mexico border military policy/);
    }
  });

  it('declines to give its own opinion, says it reports rather than judges, and still answers what someone said', async () => {
    for (const q of [
      'Do you think Trump should use the army at the border?',
      'was sheinbaum right to turn down the troops?',
      'was the 2018 deployment worth it in your opinion',
      '¿crees que amlo hizo bien en mandar la guardia?',
    ]) {
      const a = await engine.ask(q, fresh());
      expect(a.answered, q).toBe(false);
      expect(a.text, q).toMatch(/don't give opinions|No doy opiniones/);
    }
    const reported = await engine.ask('What did Sheinbaum think of the offer of US troops?', fresh());
    expect(reported.answered).toBe(true);
    expect(reported.text).toContain('Sheinbaum');
  });

  it('says plainly when the coverage does not answer', async () => {
    for (const q of [
      'How many troops did Sheinbaum deploy?',
      'What did AMLO say about fentanyl?',
      'Why did Mattis resign?',
    ]) {
      const a = await engine.ask(q, fresh());
      expect(a.answered, q).toBe(false);
      expect(a.text, q).toMatch(/doesn't say|outside what I cover|has no quotation of/);
    }
  });

  it('keeps every reply within the length limit', async () => {
    for (const q of [
      'give me a timeline of events',
      'What did Sheinbaum say?',
      'What are your sources?',
      'help',
    ]) {
      const a = await engine.ask(q, fresh());
      expect(a.text.length, q).toBeLessThanOrEqual(MAX_ANSWER_TEXT);
    }
  });

  it('lists the timeline in date order', async () => {
    const a = await engine.ask('give me a timeline of events', fresh());
    const dates = [...a.text.matchAll(/\*\*(\d{1,2} \w+ \d{4}|\w+ \d{4}|\d{4})/g)].map((m) =>
      Date.parse(m[1] ?? ''),
    );
    expect(dates.length).toBeGreaterThan(3);
    expect([...dates].sort((x, y) => x - y)).toEqual(dates);
  });

  it('offers follow-up questions', async () => {
    const a = await engine.ask('What did Sheinbaum say?', fresh());
    expect(a.suggestions).toContain('What else did Claudia Sheinbaum say?');
  });
});

describe('ask with a comparison in the question’s own words', () => {
  it('sets two dated events in order, each with its date and source', async () => {
    const a = await engine.ask(
      "Which came first: the cartel terrorist designation or Trump's order to increase the army's role at the border?",
      fresh(),
    );
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/First: Trump's order .*; then: the cartel terrorist designation/);
    expect(a.text).toContain('19 February 2025');
  });
});

describe('ask "and in <year>?" after a side question', () => {
  it('goes back to the topic before the side question when the last one has no answer that year', async () => {
    const user = fresh();
    await engine.ask('What was Trump threatening Mexico with in 2019?', user);
    await engine.ask('did amlo go along with him?', user);
    const a = await engine.ask('and in 2018?', user);
    expect(a.answered).toBe(true);
    expect(a.text).toContain('cut aid');
  });
});

describe('ask who someone was doing something with', () => {
  it('does not answer "who was she talking to?" with who she is', async () => {
    const user = fresh();
    await engine.ask('when did sheinbaum reject trumps offer', user);
    const a = await engine.ask('who was she talking to', user);
    expect(a.text).not.toMatch(/\*\*Claudia Sheinbaum\*\* —/);
  });
});

describe('ask a follow-up about someone the coverage never quotes', () => {
  it('shows what the article reports them doing, and says it is not a quotation', async () => {
    const user = fresh();
    await engine.ask('when did sheinbaum reject trumps offer', user);
    const a = await engine.ask('what did the white house say', user);
    expect(a.answered).toBe(true);
    expect(a.text).toContain('no direct quote from The White House');
    expect(a.text).toContain('did not immediately respond');
  });

  it('declines the same question asked out of the blue', async () => {
    const a = await engine.ask('what did the white house say', fresh());
    expect(a.answered).toBe(false);
  });
});

describe('ask when an event started or ended', () => {
  it('declines rather than give the date of another event the evidence names', async () => {
    const a = await engine.ask('When did construction of the border wall start?', fresh());
    expect(a.answered).toBe(false);
    expect(a.direct).toBeNull();
  });
});

describe('ask with two sizes side by side', () => {
  it('gives both figures and says which is larger', async () => {
    const a = await engine.ask(
      'was the caravan bigger or smaller than the number of troops mexico sent north?',
      fresh(),
    );
    expect(a.text).toContain('7,000');
    expect(a.text).toContain('15,000');
    expect(a.text).toMatch(/The larger figure: troops mexico sent north/);
  });
});

describe('ask when the evidence only describes who did it', () => {
  it('names in brackets what a shown sentence only describes ("that news agency [Agence France-Presse]")', async () => {
    const a = await engine.ask('who first made the detention of the women public?', fresh());
    expect(a.answered).toBe(true);
    expect(a.text).toContain('that news agency [Agence France-Presse]');
  });
});

describe('ask why someone said something', () => {
  it('shows what they said next, where a reason usually is', async () => {
    const user = fresh();
    await engine.ask("what did sheinbaum say about trump's offer", user);
    const a = await engine.ask('why did she say no', user);
    expect(a.answered).toBe(true);
    expect(a.text).toContain('Sovereignty is not for sale');
  });
});

describe('ask who made something known, and where', () => {
  it('names the outlet that made a report public when asked who reported it first', async () => {
    const a = await engine.ask('who first reported the mexican guardsmen detaining migrants', fresh());
    expect(a.text).toContain('that news agency [Agence France-Presse]');
  });

  it('puts a name in bold only when the evidence covers the question well', async () => {
    const sure = await engine.ask('who first reported the detention', fresh());
    expect(sure.direct).toBe('Agence France-Presse');
    const unsure = await engine.ask('who first reported the mexican guardsmen detaining migrants', fresh());
    expect(unsure.confidence).toBeLessThan(0.8);
    expect(unsure.direct).toBeNull();
    expect(unsure.text).not.toMatch(/^\*\*/);
  });

  it('answers "where did it happen?" with evidence that names a place', async () => {
    const user = fresh();
    await engine.ask('who first reported the mexican guardsmen detaining migrants', user);
    await engine.ask('how many people were detained', user);
    const a = await engine.ask('where did it happen', user);
    expect(a.text).toContain('Rio Grande');
  });

  it('never shows the same sentence twice when a "where" takes evidence from further down', async () => {
    const user = fresh();
    await engine.ask('whos mexicos president in the 2025 story', user);
    await engine.ask('is she the one who said sovereignty is loved and defended', user);
    const a = await engine.ask('where did she say it', user);
    const ids = a.evidence.map((e) => e.id);
    expect(ids.length).toBeGreaterThan(0);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe('ask a follow-up with a word of its own', () => {
  it('lets its own word lead over the last topic ("did he have any proof for that?")', async () => {
    const user = fresh();
    await engine.ask('what did trump tweet on thursday about the caravan', user);
    await engine.ask('and what did he say in nevada', user);
    const a = await engine.ask('did he have any proof for that', user);
    expect(a.answered).toBe(true);
    expect(a.text).toContain('with no evidence');
  });
});

describe('suggestions', () => {
  it('suggests only questions it answers when they are asked', async () => {
    const asked = [
      'How many troops did Mexico deploy?',
      'What did Sheinbaum say?',
      'who is jim mattis',
      'why did mexico send troops north',
      'when did sheinbaum reject the offer',
      'what is the weather like in paris',
      'who detained the women near the river',
    ];
    const suggested = new Set<string>();
    for (const q of asked) for (const s of (await engine.ask(q, fresh())).suggestions) suggested.add(s);
    expect(suggested.size).toBeGreaterThan(5);
    for (const s of suggested) expect((await engine.ask(s, fresh())).answered, s).toBe(true);
  });

  it('suggests something about the answer it gave, not the same questions everywhere', async () => {
    const mexico = (await engine.ask('How many troops did Mexico deploy?', fresh())).suggestions;
    const sheinbaum = (await engine.ask('What did Sheinbaum say?', fresh())).suggestions;
    expect(mexico).not.toEqual(sheinbaum);
    expect(sheinbaum.join(' ')).toContain('Sheinbaum');
  });
});

describe('swap', () => {
  it('serves new knowledge for the next question', async () => {
    const local = new Engine({
      kb: runtime.kb,
      nlp: runtime.nlp,
      data: runtime.engineData,
      store: new Keyv(),
    });
    const without = structuredClone(runtime.kb);
    without.sources = without.sources.filter((s) => s.id !== 'independent-2019-mexico-troops');
    without.sentences = without.sentences.filter((s) => s.sourceId !== 'independent-2019-mexico-troops');
    without.quotes = without.quotes.filter((q) => q.sourceId !== 'independent-2019-mexico-troops');
    without.numbers = without.numbers.filter((n) => n.sourceId !== 'independent-2019-mexico-troops');
    without.dates = without.dates.filter((n) => n.sourceId !== 'independent-2019-mexico-troops');
    without.timeline = without.timeline.filter((n) => n.sourceId !== 'independent-2019-mexico-troops');
    expect((await local.ask('How many troops did Mexico deploy?', fresh())).answered).toBe(true);
    local.swap(without);
    const after = await local.ask('How many troops did Mexico deploy?', fresh());
    expect(after.citations.map((c) => c.sourceId)).not.toContain('independent-2019-mexico-troops');
  });
});

describe('memory', () => {
  it('forgets a conversation after its time to live', async () => {
    const local = new Engine({
      kb: runtime.kb,
      nlp: runtime.nlp,
      data: runtime.engineData,
      store: new Keyv(),
      conversationTtlMs: 50,
    });
    const who = fresh();
    await local.ask('What did Sheinbaum say?', who);
    await new Promise((r) => setTimeout(r, 120));
    const a = await local.ask('what else did she say?', who);
    expect(a.intent).not.toBe('followup');
  });

  it('keeps a conversation the same size when a user asks the same thing again and again', async () => {
    const store = new Keyv();
    const local = new Engine({ kb: runtime.kb, nlp: runtime.nlp, data: runtime.engineData, store });
    const who = fresh();
    const sizes: number[] = [];
    for (let i = 0; i < 5; i++) {
      await local.ask('What did Sheinbaum say?', who);
      sizes.push(JSON.stringify(await store.get(`conversation:${who.userId}`)).length);
    }
    expect(new Set(sizes.slice(1)).size).toBe(1);
    const more = await local.ask('what else did she say?', who);
    expect(more.intent).toBe('followup');
  });

  it('still answers when the store fails', async () => {
    const broken = new Keyv({
      store: {
        get: async () => Promise.reject(new Error('down')),
        set: async () => Promise.reject(new Error('down')),
        delete: async () => Promise.reject(new Error('down')),
        clear: async () => Promise.reject(new Error('down')),
      } as unknown as Map<string, unknown>,
    });
    broken.on('error', () => {});
    const errors: unknown[] = [];
    const local = new Engine({
      kb: runtime.kb,
      nlp: runtime.nlp,
      data: runtime.engineData,
      store: broken,
      onStoreError: (e) => errors.push(e),
    });
    const a = await local.ask('How many troops did Mexico deploy?', fresh());
    expect(a.text).toContain('15,000');
  });
});

describe('suggestQuestions', () => {
  it('offers at most 25 answerable questions matching what is typed', () => {
    expect(engine.suggestQuestions('').length).toBeLessThanOrEqual(25);
    const typed = engine.suggestQuestions('what did shein');
    expect(typed).toContain('What did Claudia Sheinbaum say?');
    for (const s of typed) expect(s.length).toBeLessThanOrEqual(100);
  });
});

describe('suggestSpeakers', () => {
  it('finds speakers by alias', () => {
    expect(engine.suggestSpeakers('amlo').map((s) => s.value)).toEqual(['andres-manuel-lopez-obrador']);
  });
});

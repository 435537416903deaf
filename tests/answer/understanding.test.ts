/** How the engine reads people's own words: chat, unknown subjects, Spanish, several parts, comparisons, roles. */
import { beforeAll, describe, expect, it } from 'vitest';
import type { AnswerEngine } from '../../src/answer/engine.ts';
import { MAX_ANSWER_TEXT } from '../../src/answer/types.ts';
import { shippedRuntime } from './setup.ts';

let engine: AnswerEngine;
let user = 0;
const fresh = () => ({ userId: `understanding-${++user}` });

beforeAll(async () => {
  engine = (await shippedRuntime()).engine;
});

describe('answerability', () => {
  it('answers a question that carries chat words the articles never use', async () => {
    const a = await engine.ask('ngl how many soldiers did mexico send north tbh', fresh());
    expect(a.answered).toBe(true);
    expect(a.text).toContain('15,000');
  });

  it('reads "is it true that…" as asking whether the coverage says the claim, not who did something', async () => {
    for (const q of [
      'is it true that mexico sent 15,000 troops to the border',
      'mexico sent 15,000 troops to the border, is that true?',
    ]) {
      const a = await engine.ask(q, fresh());
      expect(a.answered).toBe(true);
      expect(a.text).toContain('Mexico has deployed some 15,000 troops');
    }
  });

  it('answers "what\'s his name again?" and "what does he do?" after an answer with who that person is', async () => {
    const user = fresh();
    await engine.ask('what did the mexican president say about detaining migrants', user);
    for (const q of ["what's his name again?", 'what does he do']) {
      const a = await engine.ask(q, user);
      expect(a.answered).toBe(true);
      expect(a.text).toContain('**Andrés Manuel López Obrador** — President of Mexico');
    }
  });

  it('reads "order" and "sign" as what the question asks about, not as words of asking', async () => {
    const a = await engine.ask('what did trump order in january 2025', fresh());
    expect(a.answered).toBe(true);
    expect(a.text).toContain("Trump's order in January to increase the army's role");
  });

  it('reads "react" as asking what came of something, not as a word the evidence must say ("how did the crowd react")', async () => {
    const user = fresh();
    await engine.ask('what did sheinbaum say about accepting us troops', user);
    const a = await engine.ask('how did the crowd react', user);
    expect(a.answered).toBe(true);
    expect(a.text).toContain('To a burst of applause');
  });

  it('reads a plural the English lexicon lacks ("handbags") as a word, not as a name the coverage lacks', () => {
    const read = engine.read('did the soldiers search the handbags at the border');
    expect(read.unknownSubjects).toEqual([]);
    expect(read.unknown).toContain('handbags');
  });

  it('declines a question about a person the coverage never mentions', async () => {
    const a = await engine.ask('what did biden say about the caravan', fresh());
    expect(a.answered).toBe(false);
    expect(a.text).toMatch(/doesn't say/);
  });

  it('declines when the evidence does not say what the question asks happened', async () => {
    for (const q of ['how many soldiers were injured at the border', 'why did sheinbaum resign']) {
      const a = await engine.ask(q, fresh());
      expect(a.answered, q).toBe(false);
    }
  });

  it('declines a month the evidence does not speak of, and answers one it does', async () => {
    const january = await engine.ask('how many troops did mexico deploy in january 2019', fresh());
    expect(january.answered).toBe(false);
    const october = await engine.ask('what did trump tweet about the caravan in october 2018', fresh());
    expect(october.answered).toBe(true);
    expect(october.text).toContain('Tweets on Thursday');
  });

  it('reads "what reason was given…" as why, and compares reasons side by side as reasons', async () => {
    expect(engine.read('what reason was given for the deployment').intent).toBe('why');
    const a = await engine.ask(
      'What reason was given for more US military at the border in 2018 and in 2025?',
      fresh(),
    );
    expect(a.answeredAs).toBe('why');
    expect(a.text).toContain('stemming the flow of migrants');
  });

  it('reads what happened when someone spoke as asking what happened, not for their words', async () => {
    expect(engine.read('what did sheinbaum say about sovereignty').intent).toBe('quote');
    expect(engine.read('did sheinbaum say she turned trump down').intent).toBe('quote');
    const q = 'how did the crowd react when sheinbaum said theyd never accept us troops';
    expect(engine.read(q).intent).not.toBe('quote');
    const a = await engine.ask(q, fresh());
    expect(a.text).toContain('applause');
  });

  it('reads "when can…" as asking in what circumstances, not for a date', () => {
    expect(engine.read('when can the president use troops at home').intent).not.toBe('date');
    expect(engine.read('when did the president send troops').intent).toBe('date');
  });

  it('declines a question about an office no one in the coverage holds ("the governor")', async () => {
    const user = fresh();
    await engine.ask('what did sandoval say', user);
    const a = await engine.ask('what did the governor say', user);
    expect(a.answered).toBe(false);
  });

  it('declines an office of a place whose holder the coverage never names ("Guatemala\'s president")', async () => {
    const a = await engine.ask("what did guatemala's president say about the caravan", fresh());
    expect(a.answered).toBe(false);
    expect(a.text).not.toContain('López Obrador');
    const mexico = await engine.ask("what did mexico's president say about the troops", fresh());
    // Either holder of the office in the coverage answers it: López Obrador (2019) or Sheinbaum (2025).
    expect(mexico.answered).toBe(true);
    expect(mexico.text).toMatch(/López Obrador|Sheinbaum/);
  });

  it('declines an office asked of a year when the coverage names its holder only for other years', async () => {
    const later = await engine.ask("who was mexico's defence minister in 2025", fresh());
    expect(later.answered).toBe(false);
    const then = await engine.ask("who was mexico's defence minister in 2019", fresh());
    expect(then.text).toContain('Sandoval');
  });

  it('declines what a "secretary of state" said when no one in the coverage holds that office', async () => {
    const state = await engine.ask(
      'what did the us secretary of state say about sheinbaum turning down the troops',
      fresh(),
    );
    expect(state.answered).toBe(false);
    const mexico = await engine.ask('what did the defence secretary of mexico say about migrants', fresh());
    expect(mexico.text).toContain('Sandoval');
  });

  it('declines whether something was done when the coverage only says it was expected', async () => {
    const done = await engine.ask('did mattis actually end up signing the troop order', fresh());
    expect(done.answered).toBe(false);
    const expected = await engine.ask('was mattis going to sign the troop order', fresh());
    expect(expected.answered).toBe(true);
    expect(expected.text).toContain('expected to sign');
  });

  it('reads "by when" and keywords ending in "date" or "time" as asking for a date', () => {
    expect(engine.read('by when should the border patrol hire more agents').intent).toBe('date');
    expect(engine.read('jtf-6 rename date?').intent).toBe('date');
    expect(engine.read('port closure time?').intent).toBe('date');
    expect(engine.read('what time is it in tijuana').intent).not.toBe('count');
  });

  it('declines a year the coverage never speaks of', async () => {
    const a = await engine.ask('how many troops did mexico deploy in 2021', fresh());
    expect(a.answered).toBe(false);
  });

  it('reads another form of a word the articles use as that word ("publicly" → "public")', () => {
    const u = engine.read('who publicly showed the detention');
    expect(u.content).toContain('public');
    expect(u.unknown).not.toContain('publicly');
  });

  it('does not rewrite a real English word into a word of the articles', () => {
    const read = engine.read("what's the beef between amlo and sandoval, is there a dress code");
    expect(read.corrections).toEqual([]);
    expect(engine.read('how many soliders were alredy helpin').corrections.map((c) => c.to)).toEqual([
      'soldiers',
      'already',
      'helping',
    ]);
  });
});

describe('questions in other shapes', () => {
  it('answers a Spanish question from the English coverage, framed in Spanish', async () => {
    const a = await engine.ask('¿cuántas tropas envió méxico a su frontera norte?', fresh());
    expect(a.answered).toBe(true);
    expect(a.text).toContain('15,000');
    expect(a.text.split('\n')[0]).toMatch(/^-# Según la cobertura/);
    const no = await engine.ask('¿qué dijo biden sobre la caravana?', fresh());
    expect(no.answered).toBe(false);
    expect(no.text).toMatch(/^La cobertura que tengo no lo dice/);
  });

  it('answers each part of a two-part question, the second leaning on the first', async () => {
    const a = await engine.ask('who is sandoval and what did he say?', fresh());
    expect(a.text).toMatch(/defence minister/);
    expect(a.text).toMatch(/administrative violation|simply detain/);
    expect(a.text.length).toBeLessThanOrEqual(MAX_ANSWER_TEXT);
  });

  it('finds the question in a long message and reads the rest as context', async () => {
    const a = await engine.ask(
      'So my cousin keeps arguing with me about this and I honestly do not know who is right anymore. ' +
        'He says it was the army that asked for soldiers back then. In 2018, how many active-duty troops did Homeland Security request?',
      fresh(),
    );
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/800/);
  });

  it('says two speakers are at odds when the coverage reports it, with both quotations', async () => {
    const a = await engine.ask('did amlo and his defence minister agree on detaining migrants?', fresh());
    expect(a.text.split('\n')[0]).toMatch(/at odds/);
    expect(a.text).toMatch(/— \*\*Andrés Manuel López Obrador\*\*/);
    expect(a.text).toMatch(/— \*\*Luis Cresencio Sandoval\*\*/);
  });

  it('frames a comparison in Spanish, "at odds" included', async () => {
    const a = await engine.ask('¿lópez obrador y su ministro de defensa estaban de acuerdo?', fresh());
    expect(a.text).toContain('Están en desacuerdo');
    expect(a.text).not.toContain('They are at odds');
  });

  it('does not call two people at odds from a conflict one of them has with someone else', async () => {
    const a = await engine.ask('trump vs amlo: did they clash?', fresh());
    expect(a.text.split('\n')[0]).not.toMatch(/at odds/);
  });

  it('counts both sides of "more X than Y"', async () => {
    const a = await engine.ask(
      'were there more national guard troops than active-duty troops requested in 2018',
      fresh(),
    );
    expect(a.direct).toMatch(
      /national guard troops: About 2,000.*; active-duty troops requested in 2018: between 800 and 1,000/,
    );
  });

  it('gives each year its own figure in a comparison of years', async () => {
    const a = await engine.ask('troops at the border in 2018 vs 2019, how many?', fresh());
    expect(a.direct).toMatch(/^2018: .*(800|2,000).*; 2019: .*15,000/);
  });
});

describe('follow-ups', () => {
  it('shows the last two figures together when asked for both', async () => {
    const user = fresh();
    await engine.ask('how many troops did homeland security request', user);
    await engine.ask('and how many national guard were already there', user);
    const both = await engine.ask('both numbers pls', user);
    expect(both.direct).toMatch(/800 and 1,000.*; About 2,000/);
  });

  it('keeps the person in focus through a question the coverage does not answer', async () => {
    const user = fresh();
    await engine.ask('what did sheinbaum say', user);
    const no = await engine.ask('what did biden say about it', user);
    expect(no.answered).toBe(false);
    const when = await engine.ask('when did she say that', user);
    expect(when.direct).toMatch(/3 May 2025/);
  });
});

describe('a question put as keywords', () => {
  it('answers "troops 2019" with the figure, as a count', async () => {
    const a = await engine.ask('troops 2019', fresh());
    expect(a.answeredAs).toBe('count');
    expect(a.direct).toContain('15,000');
  });
});

describe('a question that quotes words', () => {
  it('answers "who said \'…\'" with the speaker of the quotation holding those words', async () => {
    const a = await engine.ask("who said 'sovereignty is not for sale'", fresh());
    expect(a.direct).toBe('Claudia Sheinbaum');
  });

  it('reads its intent from its own words, not the quoted ones ("how can we help…" asks no "how")', async () => {
    expect(engine.read('who said "how can we help you fight drug trafficking"').intent).toBe('who');
    const a = await engine.ask('who said "how can we help you fight drug trafficking"', fresh());
    expect(a.direct).toBe('Donald Trump');
  });
});

describe('typed answers', () => {
  it('names the entity that filled the asked role, not the nearest name', async () => {
    const a = await engine.ask('who requested the active-duty troops', fresh());
    expect(a.direct).toBe('Department of Homeland Security');
    const b = await engine.ask('who made the detention public', fresh());
    expect(b.direct).toBe('Agence France-Presse');
  });

  it('names someone of the kind asked for ("the Mexican general who said…"), not the president who said it too', async () => {
    const a = await engine.ask(
      'name of the mexican general who said troops were detaining migrants',
      fresh(),
    );
    expect(a.direct).toBe('Luis Cresencio Sandoval');
  });

  it('shows the evidence with no name in bold when no name fills the asked role', async () => {
    const a = await engine.ask('who finalized the details of the order', fresh());
    expect(a.answered).toBe(true);
    expect(a.direct).toBeNull();
    expect(a.text).toContain('have not been finalized');
  });

  it('does not name whom a passive verb was done to as the one who did it', async () => {
    const a = await engine.ask('who photographed the troops detaining the women', fresh());
    expect(a.direct).not.toBe('Mexican armed forces');
  });

  it('names the outlet that first made a report public, by the verb of publishing', async () => {
    const a = await engine.ask('who first reported the detention', fresh());
    expect(a.direct).toBe('Agence France-Presse');
  });
});

/** Comparisons and two-part questions on articles the engine was not tuned on. */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Runtime } from '../../src/answer/create.ts';
import type { AnswerEngine } from '../../src/answer/engine.ts';
import { fixtureEngine, shippedRuntime } from './setup.ts';

let runtime: Runtime;
let user = 0;
const fresh = () => ({ userId: `comparison-${++user}` });
const engineWith = (dir: string): Promise<AnswerEngine> => fixtureEngine(runtime, dir);

beforeAll(async () => {
  runtime = await shippedRuntime();
});

describe('asking whether two people see something the same way', () => {
  it("shows each person's own words ('did Bush and Hegseth see the troops' role the same way?')", async () => {
    const engine = await engineWith('articles');
    const a = await engine.ask("Did Bush and Hegseth see the troops' role the same way?", fresh());
    expect(a.answered).toBe(true);
    expect(a.text).toContain('direct law enforcement');
    expect(a.text.length).toBeLessThanOrEqual(2000);
  });

  it("shows a speaker's quotation with the words it goes on with in the next sentence", async () => {
    const engine = await engineWith('articles');
    const a = await engine.ask("Compare what Bush and Hegseth said about the troops' role.", fresh());
    expect(a.text).toContain('a federally protected area');
    expect(a.text).toContain('You will be detained.');
  });

  it('says plainly they are at odds when the coverage has one answer the other in the next sentence', async () => {
    const engine = await engineWith('articles-6');
    const a = await engine.ask('Did Delgado and Treviño see the surveillance flights the same way?', fresh());
    expect(a.text).toContain('They are at odds');
    expect(a.text).toContain('routine intelligence work');
    expect(a.text).toContain('Treviño disagreed');
  });

  it('shows what a side is reported to have said when none of their quotations is on the topic', async () => {
    const engine = await engineWith('articles-2');
    const a = await engine.ask(
      "Did Mayor Garino and General O'Shaughnessy see the concertina wire the same way?",
      fresh(),
    );
    expect(a.text).toContain('we are dangerous');
    expect(a.text).toContain('more wire up');
  });
});

describe('a comparison of two articles the question points to by their topic', () => {
  it('answers the question from each article in turn and names each', async () => {
    const engine = await engineWith('articles-4');
    const a = await engine.ask(
      'in the redford story and the juárez story, what were the troops supposed to be stopping?',
      fresh(),
    );
    expect(a.answered).toBe(true);
    expect(a.text).toContain('Side by side — Pan American Wire');
    expect(a.text).toContain('El Centinela del Norte');
    expect(a.text).toContain('stop fentanyl');
  });
});

describe('a message asking two things', () => {
  it("answers the second part from its own evidence when the first part's does not answer it", async () => {
    const engine = await engineWith('articles');
    const a = await engine.ask(
      'how much did obama ask congress for, and what will the troops do there?',
      fresh(),
    );
    expect(a.text).toContain('$500 million');
    expect(a.text).not.toContain('the evidence above answers this too');
    expect(a.text).toContain('intelligence, surveillance and reconnaissance');
  });
});

describe('a "X vs Y" comparison of two figures', () => {
  it('takes both figures from the one report that gives them both', async () => {
    const engine = await engineWith('articles-4');
    const a = await engine.ask(
      "how many soldiers and marines did O'Shaughnessy announce vs how many guard troops were already on the border?",
      fresh(),
    );
    expect(a.text).toContain('5,200');
    expect(a.text).toContain('2,100 National Guard members');
  });
});

describe('a comparison of what unnamed speakers said in two years', () => {
  it("quotes each year's own unnamed official, not one official twice", async () => {
    const engine = await engineWith('articles-4');
    const a = await engine.ask(
      'Compare what the anonymous defense official said in 1997 with what the anonymous defense official said in 2018.',
      fresh(),
    );
    expect(a.text).toContain('riflemen back on that river');
    expect(a.text).toContain('should never have been a named operation');
  });
});

describe('a part asking what something is called', () => {
  it('shows the sentence that gives its name', async () => {
    const engine = await engineWith('articles-7');
    const a = await engine.ask(
      'How many people was the Juárez shelter housing that Thursday, and what is the shelter called?',
      fresh(),
    );
    expect(a.text).toContain('212 people');
    expect(a.text).toContain('Casa del Migrante San Judas');
  });
});

describe('a comparison of two things in the question’s own words', () => {
  it('reads each side as a question of its own, not with the other side’s words', async () => {
    const engine = await engineWith('articles-5');
    const a = await engine.ask(
      'How old was JTF-North in 2019 compared with how long Rogelio Garza Cantú has been a customs broker?',
      fresh(),
    );
    expect(a.answered).toBe(true);
    expect(a.text).toContain('for 26 years');
  });
});

describe('setting two quoted people against each other with no verb of the question', () => {
  it("shows each person's own words ('Brewer vs McCain on the troops?')", async () => {
    const engine = await engineWith('articles');
    const a = await engine.ask('Brewer vs McCain on the troops?', fresh());
    expect(a.text).toMatch(/partial response|ignited the talk|anxious to hear/);
    expect(a.text).toMatch(/simply not enough|recognition of the violence/);
  });

  it('still counts when the question asks how many', async () => {
    const engine = await engineWith('articles');
    const a = await engine.ask('Bush in 2006 vs Obama in 2010: how many troops?', fresh());
    expect(a.text).toContain('1,200');
  });
});

/** Comparisons of people the question names together: a family by its surname, relatives by whose they are. */
import { beforeAll, describe, expect, it } from 'vitest';
import type { AnswerEngine } from '../../src/answer/engine.ts';
import { fixtureEngine, shippedRuntime } from './setup.ts';

let engine: AnswerEngine;
let user = 0;
const fresh = () => ({ userId: `compare-people-${++user}` });

beforeAll(async () => {
  engine = await fixtureEngine(await shippedRuntime(), 'articles-14');
});

describe('a comparison of a family named by its surname', () => {
  it("sets each brother's own words side by side ('the Pettibone brothers')", async () => {
    const a = await engine.ask(
      'How did the Pettibone brothers remember their year at Brownsville differently?',
      fresh(),
    );
    expect(a.answered).toBe(true);
    // "His brother Lyle … remembers it differently": the article sets them against each other.
    expect(a.text).toContain('They are at odds');
    expect(a.text).toContain('— **Ambrose Pettibone**');
    expect(a.text).toContain('— **Lyle Pettibone**');
    expect(a.text).toContain('never seen a palm tree');
    expect(a.text).toContain('I dug latrines');
  });
});

describe('a comparison of relatives named by whose they are', () => {
  it("finds the people the article calls 'his mother' and 'his former wife' ('Vickery's mother and his ex-wife')", async () => {
    const a = await engine.ask(
      "What did Vickery's mother and his ex-wife each say at the court-martial?",
      fresh(),
    );
    expect(a.text).toContain('Side by side — Lorene Vickery and Donna Vickery');
    expect(a.text).toContain('half his life');
    expect(a.text).toContain('truck loan');
  });
});

describe('a comparison of a family named by a noun for a family', () => {
  it("sets the wife's and the husband's words side by side ('the Hinojosa couple')", async () => {
    const juarez = await fixtureEngine(await shippedRuntime(), 'articles-15');
    const a = await juarez.ask('What did the Hinojosa couple each say about the wounded?', fresh());
    expect(a.text).toContain('Side by side — Luz Hinojosa and Ramón Hinojosa');
    expect(a.text).toContain('will not live to see Marfa');
  });
});

describe('a comparison of a person and a relative the article names before their name', () => {
  it("finds 'his daughter' of the first side from 'His daughter, Mariana Loera, …' and says they are at odds", async () => {
    const juarez = await fixtureEngine(await shippedRuntime(), 'articles-15');
    const a = await juarez.ask(
      'Did the pharmacy owner in Juárez and his daughter agree on the army?',
      fresh(),
    );
    expect(a.text).toContain('They are at odds');
    expect(a.text).toContain('fear in uniform');
    expect(a.text).toContain('— **Javier Loera**');
  });

  it("finds 'his daughter in Juárez' by the relation alone, the place after it no word of it", async () => {
    const juarez = await fixtureEngine(await shippedRuntime(), 'articles-15');
    const a = await juarez.ask(
      'The pharmacy owner and his daughter in Juárez — did they agree about the army?',
      fresh(),
    );
    expect(a.text).toContain('fear in uniform');
    expect(a.text).not.toContain("doesn't say for his daughter");
  });
});

describe('a family named with an apposition saying who its members are', () => {
  it("does not ask each member about the apposition's words ('the Garza brothers, the taxi driver and the customs broker,')", async () => {
    const laredo = await fixtureEngine(await shippedRuntime(), 'articles-12');
    const a = await laredo.ask(
      'What did the Garza brothers, the taxi driver and the customs broker, each say about the soldiers?',
      fresh(),
    );
    expect(a.text).toContain('Side by side — Javier Garza Villarreal and Ramón Garza Villarreal');
    expect(a.text).toContain('we needed them');
    expect(a.text).toContain('Our whole economy is trucks');
  });
});

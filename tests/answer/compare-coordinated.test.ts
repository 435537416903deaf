/** Comparisons of two people joined by "and" who share the rest of the question, each asked on their own. */
import { beforeAll, describe, expect, it } from 'vitest';
import { coordinatedSides } from '../../src/answer/compare-coordinated.ts';
import type { AnswerEngine } from '../../src/answer/engine.ts';
import type { Understanding } from '../../src/answer/understanding.ts';
import { fixtureEngine, shippedRuntime } from './setup.ts';

let engine: AnswerEngine;
let user = 0;
const fresh = () => ({ userId: `coordinated-${++user}` });

beforeAll(async () => {
  engine = await fixtureEngine(await shippedRuntime(), 'articles-11');
});

describe('a comparison of two people described by what they are', () => {
  it("shows each one's own words on the topic ('the UACJ researcher and the maquiladora guy')", async () => {
    const a = await engine.ask(
      'what did the UACJ researcher and the maquiladora guy each say about the ten thousand soldiers?',
      fresh(),
    );
    expect(a.answered).toBe(true);
    expect(a.text).toContain('a few soldiers per kilometer');
    expect(a.text).toContain('— **Adriana Mireles Fonseca**');
    expect(a.text).toContain('— **Héctor Valles Pardo**');
  });

  it('reads a person named by an acronym the coverage spells out, without making its words the topic', async () => {
    const a = await engine.ask('what did the UACJ researcher say about the 10k troops?', fresh());
    expect(a.text).toContain('— **Adriana Mireles Fonseca**');
    expect(a.text).toContain('Ten thousand sounds enormous');
  });
});

describe('a comparison where one side names no one the coverage has', () => {
  it("asks that side as it stands beside the other's own words ('the eagle pass mom and the quemado rancher')", async () => {
    const a = await engine.ask(
      'compare the eagle pass mom and the quemado rancher on the state taking the park',
      fresh(),
    );
    expect(a.text).toContain('Side by side — the eagle pass mom and Dale Hamner');
    expect(a.text).toContain('nobody asked us');
    expect(a.text).toContain('they can have the park');
  });
});

describe('a comparison where the coverage has one answer the other', () => {
  it("says they are at odds when the other's quotation is the sentence before 'sees it differently', shown once as theirs", async () => {
    const a = await engine.ask('did Valles and Mireles agree about the troops?', fresh());
    expect(a.text).toContain('They are at odds');
    expect(a.text).toContain('sees it differently');
    const quoted =
      '“If the price of keeping them is ten thousand soldiers, Mexico paid a low price.” — **Héctor Valles Pardo**';
    expect(a.text).toContain(quoted);
    expect(a.text.split('Mexico paid a low price').length).toBe(2);
  });
});

describe('coordinatedSides', () => {
  const sidesOf = async (text: string) => {
    const runtime = await shippedRuntime();
    return coordinatedSides({ text, analysis: runtime.questionNlp.analyse(text) } as Understanding);
  };

  it('takes each side whole up to the verb, past its prepositions ("the consul in Franklin in 1880")', async () => {
    const sides = await sidesOf(
      "What did Mexico's consul in Franklin in 1880 and Mexico's consul in Presidio at the Glenn Springs ceremony each say?",
    );
    expect(sides?.phrases).toEqual([
      "Mexico's consul in Franklin in 1880",
      "Mexico's consul in Presidio at the Glenn Springs ceremony",
    ]);
    expect(sides?.questions).toEqual([
      "What did Mexico's consul in Franklin in 1880 say?",
      "What did Mexico's consul in Presidio at the Glenn Springs ceremony say?",
    ]);
  });

  it('takes the subject of a yes-no question whole, its participles and places kept in each side', async () => {
    const consuls = await sidesOf(
      'Did the Mexican consul in Nogales in 1896 and the consular official in McAllen want the same kind of thing from the Americans?',
    );
    expect(consuls?.phrases).toEqual([
      'the Mexican consul in Nogales in 1896',
      'the consular official in McAllen',
    ]);
    expect(consuls?.questions[1]).toBe(
      'Did the consular official in McAllen want the same kind of thing from the Americans?',
    );
    const officer = await sidesOf(
      'Did Gen. Davis and the captured Villa officer agree on whether the Americans took sides?',
    );
    expect(officer?.phrases).toEqual(['Gen. Davis', 'the captured Villa officer']);
  });

  it('takes each side whole past its prepositions in the clause "compare" asks of ("compare what X from Y and Z said")', async () => {
    const sides = await sidesOf(
      'Compare what the rancher from Quemado and the mom in Eagle Pass said about the state taking the park.',
    );
    expect(sides?.phrases).toEqual(['the rancher from Quemado', 'the mom in Eagle Pass']);
    expect(sides?.questions).toEqual([
      'what the rancher from Quemado said about the state taking the park.',
      'what the mom in Eagle Pass said about the state taking the park.',
    ]);
  });

  it('does not split a yes-no question about two subjects that asks no comparison', async () => {
    expect(await sidesOf('Did the Guard and the Army build the fence near Sunland Park?')).toBeNull();
  });

  it('reads the noun phrases next to "and" when the question does not open by asking of a subject', async () => {
    const sides = await sidesOf(
      'compare the eagle pass mom and the quemado rancher on the state taking the park',
    );
    expect(sides?.phrases).toEqual(['the eagle pass mom', 'the quemado rancher']);
  });
});

describe('a comparison of two people described at length', () => {
  it("asks each side of the person its words found, by name ('Mexico's consul in Presidio at the … ceremony')", async () => {
    const seventeen = await fixtureEngine(await shippedRuntime(), 'articles-17');
    const a = await seventeen.ask(
      "What did Mexico's consul in Franklin in 1880 and Mexico's consul in Presidio at the Glenn Springs ceremony each say?",
      fresh(),
    );
    expect(a.text).toContain('— **Ignacio Varela**');
    expect(a.text).toContain('nobody was afraid');
    expect(a.text).not.toContain("doesn't say for Laura Ibarra");
  });
});

describe('a yes-no comparison of two people described by where and when they spoke', () => {
  it("shows each one's own words ('did the Mexican consul in Nogales in 1896 and the consular official in McAllen…')", async () => {
    const twenty = await fixtureEngine(await shippedRuntime(), 'articles-20');
    const a = await twenty.ask(
      'Did the Mexican consul in Nogales in 1896 and the consular official in McAllen want the same kind of thing from the Americans?',
      fresh(),
    );
    expect(a.answered).toBe(true);
    expect(a.text).toContain('should not find a home in Arizona');
    expect(a.text).toContain('both names on the same wall');
  });
});

describe('two people named before a yes-no question asked of them', () => {
  it("answers each from their own article ('Abbott … and Lane … both acted on their own. Did Washington back either of them?')", async () => {
    const border = await fixtureEngine(await shippedRuntime(), 'articles-21');
    const a = await border.ask(
      'Abbott with the trucks in 2022 and Lane with Mesilla in 1853 both acted on their own at the border. Did Washington back either of them?',
      fresh(),
    );
    expect(a.answered).toBe(true);
    expect(a.text).toContain('Side by side');
    expect(a.text).toContain('pharr-bridge-truck-inspections');
    expect(a.text).toContain('mesilla-1853-standoff');
  });

  it("does not split a question whose sides are not named before it ('Did the mayor and Abbott…' is its subject's)", async () => {
    const border = await fixtureEngine(await shippedRuntime(), 'articles-21');
    const a = await border.ask('Did Washington back Lane in 1853?', fresh());
    expect(a.text).not.toContain('Side by side');
  });
});

describe('a comparison whose sides are not the person both are asked about', () => {
  // One runtime for these: each runtime holds its own language models, and a file of many runs out of memory.
  let icamole: AnswerEngine;
  let bridge: AnswerEngine;
  beforeAll(async () => {
    const runtime = await shippedRuntime();
    icamole = await fixtureEngine(runtime, 'articles-49');
    bridge = await fixtureEngine(runtime, 'articles-26');
  });
  const torres =
    "Chávez the UTEP professor and the burrito seller at the bridge — did they react the same way to Torres's story?";

  it("does not make the person asked about a side ('Professor Leal and the visitor from Oaxaca … whether Díaz wept')", async () => {
    const a = await icamole.ask(
      'Did Professor Leal and the visitor from Oaxaca agree on whether Díaz wept at Icamole?',
      fresh(),
    );
    expect(a.text).toContain('Side by side — Herminia Leal de Zambrano and Donato Ruiz Chávez:');
    expect(a.text).not.toContain('and Porfirio Díaz:');
  });

  it("sets the described one beside the named one when both are named before the question ('Chávez … and the burrito seller … Torres's story')", async () => {
    const a = await bridge.ask(torres, fresh());
    expect(a.text).toContain('Side by side — Yolanda Chávez Beltrán and the burrito seller at the bridge');
    expect(a.text).toContain('sold burritos at the foot of the bridge');
    expect(a.text).not.toContain('and Carmelita Torres:');
  });

  it("shows the words after the sentence introducing a speaker quoted under a description only ('A street vendor … said')", async () => {
    const a = await bridge.ask(torres, fresh());
    expect(a.text).toContain('I would have been too scared');
  });
});

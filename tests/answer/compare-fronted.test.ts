/** Comparisons that name their two sides first and ask of "each of them" after. */
import { describe, expect, it } from 'vitest';
import { frontedSides, withFrontedSides } from '../../src/answer/compare-fronted.ts';
import { shippedRuntime } from './setup.ts';

/** One runtime for the file: each one loads the whole knowledge. */
const runtime = shippedRuntime();
const analyse = async (text: string) => (await runtime).questionNlp.analyse(text);
const sidesOf = async (text: string) => {
  const a = await analyse(text);
  return frontedSides(a.tokens, a.text);
};

describe('frontedSides', () => {
  it('asks the question after the comma of each side named before it', async () => {
    const sides = await sidesOf(
      "the trooper's wife at fort davis and the guard mom from safford, what did each of them say about getting their guy home",
    );
    expect(sides?.phrases).toEqual(["the trooper's wife at fort davis", 'the guard mom from safford']);
    expect(sides?.questions).toEqual([
      "what did the trooper's wife at fort davis say about getting their guy home",
      'what did the guard mom from safford say about getting their guy home',
    ]);
  });

  it('gives each side the topic the opening sentence gives them ("both talked about arresting people")', async () => {
    const sides = await sidesOf(
      'The JTF-6 commander in 1992 and the Texas Guard captain in Brownsville in 2023 both talked about arresting people. What did each of them say?',
    );
    expect(sides?.questions).toEqual([
      'What did The JTF-6 commander in 1992 say about arresting people?',
      'What did the Texas Guard captain in Brownsville in 2023 say about arresting people?',
    ]);
  });

  it('finds no sides in an opening that is no pair of people ("In 1992 and 2023, …")', async () => {
    expect(await sidesOf('In 1992 and 2023, what did each of them say about the fence?')).toBeNull();
  });

  it('asks a yes-no question after a dash of each side named before it (new-articles-21 dev)', async () => {
    const sides = await sidesOf(
      'Canales in 1919 and Abbott in 2022 — did they want state lawmen doing more at the border or less?',
    );
    expect(sides?.phrases).toEqual(['Canales in 1919', 'Abbott in 2022']);
    expect(sides?.questions).toEqual([
      'did Canales in 1919 want state lawmen doing more at the border or less?',
      'did Abbott in 2022 want state lawmen doing more at the border or less?',
    ]);
  });

  it("gives a yes-no question no topic of the opening's ('acted on their own'): it asks its own", async () => {
    const sides = await sidesOf(
      'Abbott with the trucks in 2022 and Lane with Mesilla in 1853 both acted on their own at the border. Did Washington back either of them?',
    );
    expect(sides?.questions).toEqual([
      'Did Washington back Abbott with the trucks in 2022?',
      'Did Washington back Lane with Mesilla in 1853?',
    ]);
  });

  it('finds no sides in a yes-no question that opens the text ("Did X and Y…" is asked of its subject)', async () => {
    expect(await sidesOf('Did the mayor and the sheriff agree about the fence?')).toBeNull();
  });

  it('finds no sides when the question does not point back to them', async () => {
    expect(
      await sidesOf('The mayor and the sheriff met on Tuesday. What did the governor say about the fence?'),
    ).toBeNull();
  });
});

describe('withFrontedSides', () => {
  const reader = async () => {
    const loaded = await runtime;
    return (t: string) => loaded.questionNlp.analyse(t);
  };

  it('joins the question to the sentence before it that names the two sides', async () => {
    const context =
      'The JTF-6 commander in 1992 and the Texas Guard captain in Brownsville in 2023 both talked about arresting people.';
    expect(withFrontedSides('What did each of them say?', context, await reader())).toBe(
      `${context} What did each of them say?`,
    );
  });

  it('joins "either of them" to the sentence before it that names the two sides', async () => {
    const context =
      'Abbott with the trucks in 2022 and Lane with Mesilla in 1853 both acted on their own at the border.';
    expect(withFrontedSides('Did Washington back either of them?', context, await reader())).toBe(
      `${context} Did Washington back either of them?`,
    );
  });

  it('leaves a question that asks of no two sides as it is', async () => {
    const context = 'The mayor and the sheriff both went to the meeting.';
    expect(withFrontedSides('What did the governor say?', context, await reader())).toBe(
      'What did the governor say?',
    );
  });
});

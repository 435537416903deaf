/**
 * A letter to the editor quoting its own writer: '"For years my sister came every Sunday…," I wrote to the
 * agency.' in a letter signed "— _Rosa Elvira Quiñones, Playas de Tijuana_" is her own words, and so is the
 * letter's next quotation that no one else says. Someone else's words in the letter, and an "I" in an article
 * no one signs, are not hers.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { PipelineTools } from '../../src/knowledge/build.ts';
import { signOffName } from '../../src/knowledge/letter-writers.ts';
import { realTools, speakerOfWords } from './fixtures.ts';

let tools: PipelineTools;

beforeAll(async () => {
  tools = await realTools();
});

const letter = (middle: string, signOff = '— _Rosa Elvira Quiñones, Playas de Tijuana_'): string =>
  [
    '**"We do not touch fingers anymore"**',
    'I live in Playas de Tijuana, five minutes from the lighthouse. On the Mexican side the park is open.',
    middle,
    'I hope someone in Washington comes to see it before they decide.',
    signOff,
    '**The comment period is too short**',
    'Thirty days is not enough to judge a design nobody has been allowed to see. Keep up the pressure.',
    '— Walter Nakamura, Point Loma',
  ].join('\n\n');

describe('a sign-off set in italics or bold', () => {
  it('names the writer as a plain one does', () => {
    expect(signOffName('— _Rosa Elvira Quiñones, Playas de Tijuana, Baja California_')).toBe(
      'Rosa Elvira Quiñones',
    );
    expect(signOffName('— **Walter Nakamura, Point Loma**')).toBe('Walter Nakamura');
    expect(signOffName('— _and then the soldiers left the town, he said_')).toBeNull();
  });
});

describe('words the writer says she wrote or said', () => {
  it("are the writer's, and so is the quotation that goes on after them", () => {
    const body = letter(
      '"For years my sister came every Sunday from Santa Ana, and we touched fingers through the mesh," I wrote to the agency. "Now I look at the new posts and I ask myself why."',
    );
    expect(speakerOfWords(tools, body, 'touched fingers')).toBe('Rosa Elvira Quiñones');
    expect(speakerOfWords(tools, body, 'Now I look')).toBe('Rosa Elvira Quiñones');
  });

  it('are hers with an adverb between ("I once told the agents")', () => {
    const body = letter('"You are standing on a garden," I once told the agents at the gate.');
    expect(speakerOfWords(tools, body, 'standing on a garden')).toBe('Rosa Elvira Quiñones');
  });
});

describe("words that are not the writer's", () => {
  it('stay with the one the letter says spoke them', () => {
    const body = letter('"The gate will open on Sundays," the agent at the fence told me last spring.');
    expect(speakerOfWords(tools, body, 'gate will open')).not.toBe('Rosa Elvira Quiñones');
  });

  it("are no one's when she only heard them or was told them", () => {
    for (const middle of [
      '"The gate will open on Sundays," I heard him say at the fence.',
      '"The gate will open on Sundays," I was told at the fence.',
      '"The gate will open on Sundays," I remember my father saying.',
    ])
      expect(speakerOfWords(tools, letter(middle), 'gate will open')).not.toBe('Rosa Elvira Quiñones');
  });

  it("are not the writer's of another letter, nor of an article no one signs", () => {
    const body = letter('My sister still comes.').replace(
      'Keep up the pressure.',
      'Keep up the pressure. "Thirty days is a trick," I wrote to the agency.',
    );
    expect(speakerOfWords(tools, body, 'is a trick')).toBe('Walter Nakamura');
    const unsigned = letter(
      '"For years my sister came every Sunday from Santa Ana," I wrote to the agency.',
      'Send us your letters.',
    ).replace('— Walter Nakamura, Point Loma', 'More letters tomorrow.');
    expect(speakerOfWords(tools, unsigned, 'my sister came')).toBe('unattributed');
  });
});

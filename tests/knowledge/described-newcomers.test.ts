/**
 * People an article brings in by what they are rather than by name, and the words that are theirs: a
 * definite description whose complement picks the person out ("The mother of the young man who survived"),
 * one after a verb of saying ('…," said the cook at the post mess hall, who …'), a heading repeating their
 * words whole, and a role written straight before a name ("lime grower Ezequiel Bautista").
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { PipelineTools } from '../../src/knowledge/build.ts';
import { annotateText, realTools, speakerOfWords } from './fixtures.ts';

let tools: PipelineTools;

beforeAll(async () => {
  tools = await realTools();
});

describe('definiteDescriptionEnd', () => {
  it('gives a "she said" after a paragraph opened by "The mother of the young man who …" to the mother', () => {
    const body = [
      'Yolanda Cisneros, the aunt of the Laredo man who was killed, said the family had not been allowed to see the truck.',
      'The mother of the young man who survived without injury spoke to our team by phone from Nuevo Laredo this afternoon. She asked that neither she nor her son be named.',
      '"My son says they did not run from anybody," she said.',
    ].join('\n\n');
    expect(speakerOfWords(tools, body, 'did not run from anybody')).toBe(
      'the mother of the young man who survived without injury',
    );
  });

  it('leaves the pronoun to the named woman when "The mother" has no words after it saying who she is', () => {
    const body = [
      'Yolanda Cisneros, the aunt of the Laredo man who was killed, said the family had not been allowed to see the truck.',
      'The mother spoke to our team by phone this afternoon.',
      '"Nobody answers the phone," she said.',
    ].join('\n\n');
    expect(speakerOfWords(tools, body, 'Nobody answers the phone')).toBe('Yolanda Cisneros');
  });
});

describe('unnamedSpeakers', () => {
  it('takes "said the cook at the post mess hall, who would not give his name" as the speaker', () => {
    const body = [
      'Brig. Gen. John J. Pershing sent the soldiers in shortly before midnight.',
      '"The boys came back to the post with their knuckles skinned," said the cook at the post mess hall, who would not give his name.',
    ].join('\n\n');
    expect(speakerOfWords(tools, body, 'knuckles skinned')).toBe('the cook at the post mess hall');
  });

  it('makes no new speaker of "said the general" with no "who" clause saying who he is', () => {
    const body = [
      'Brig. Gen. John J. Pershing sent the soldiers in shortly before midnight.',
      '"The city is quiet tonight," said the general.',
    ].join('\n\n');
    expect(speakerOfWords(tools, body, 'quiet tonight')).not.toBe('the general');
  });
});

describe('speakerOfRepeatedWords', () => {
  it('gives a heading that repeats a quotation whole to its speaker', () => {
    const body = [
      '11:45 a.m. — "We are in the middle"',
      '"We are in the middle," said a nursing student at Laredo College who lives in Nuevo Laredo. "The cartel on one side, the army on the other."',
    ].join('\n\n');
    expect(speakerOfWords(tools, body, 'We are in the middle')).toBe('a nursing student at Laredo College');
  });
});

describe('holdsNamedRole and roleWordsBeforeName', () => {
  function peopleOf(body: string): Array<{ name: string; description: string | null }> {
    return annotateText(tools, body).people.map((p) => ({ name: p.name, description: p.description }));
  }

  it('makes no person of a place before "lime grower Ezequiel Bautista", and gives him the role', () => {
    const people = peopleOf(
      'On Avenida Constitución, lime grower Ezequiel Bautista, 58, watched the convoys from the doorway of his packing shed. He said extortion had emptied the streets.',
    );
    expect(people.map((p) => p.name)).not.toContain('Avenida Constitución');
    expect(people).toContainEqual({ name: 'Ezequiel Bautista', description: 'lime grower' });
  });

  it('keeps an apposition that names a body after a role and a preposition', () => {
    const people = peopleOf(
      'Sandra Olivas, who directs the Paso del Norte Migrant Legal Project, said the families were afraid.',
    );
    expect(people.find((p) => p.name === 'Sandra Olivas')?.description).toBe(
      'who directs the Paso del Norte Migrant Legal Project',
    );
  });
});

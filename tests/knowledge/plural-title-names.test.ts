/**
 * A plural title before joined names ("Justices Clarence Thomas and Ketanji Brown Jackson", "Sens. John
 * Cornyn and Maria Cruz"): each name is a person with the title, so a later "Justice Jackson" is found.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { PipelineTools } from '../../src/knowledge/build.ts';
import { annotateText, realTools, speakerOfWords } from './fixtures.ts';

let tools: PipelineTools;

beforeAll(async () => {
  tools = await realTools();
});

/** The people of `body` the article found, by name, with their role heads. */
function people(body: string): Map<string, string[]> {
  return new Map(annotateText(tools, body).people.map((p) => [p.name, [...p.roleHeads]]));
}

describe('names after a plural title', () => {
  it('finds Ketanji Brown Jackson as the "Justice Jackson" who wrote, after "Justices Clarence Thomas and…"', () => {
    const body =
      'Justice Elena Kagan wrote for the Court. Justices Clarence Thomas and Ketanji Brown Jackson each filed a concurring opinion. Justice Jackson agreed, and wrote that "Mexico merely faults the industry."';
    expect(speakerOfWords(tools, body, 'Mexico merely faults the industry')).toBe('Ketanji Brown Jackson');
    const found = people(body);
    expect(found.get('Clarence Thomas')).toContain('justice');
    expect(found.get('Ketanji Brown Jackson')).toContain('justice');
  });

  it('makes each name after "Sens.", "Reps.", "Generals" or "Officers" a person of that office', () => {
    const cases: [string, string, string][] = [
      ['Sens. John Cornyn and Maria Cruz wrote to the Pentagon.', 'Maria Cruz', 'senator'],
      ['Reps. Henry Cuellar and Tony Gonzales visited the post.', 'Tony Gonzales', 'representative'],
      ['Generals Laura Richardson and Glen VanHerck testified on Tuesday.', 'Laura Richardson', 'general'],
      ['Officers Juan Perez and Luis Soto were hurt in the ambush.', 'Juan Perez', 'officer'],
    ];
    for (const [body, name, role] of cases) expect(people(body).get(name)).toContain(role);
  });
});

describe('plural titles that join no names', () => {
  it('makes no person of "Justices of the peace", "Reps. and staff" or a team called the Generals', () => {
    const bodies = [
      'Justices of the peace in Hudspeth County met on Monday with Sheriff Arvin West.',
      'Reps. and staff from the committee toured the post with Maria Lopez.',
      'Sens. Cornyn and the committee staff met on Monday.',
    ];
    for (const body of bodies)
      for (const name of people(body).keys()) expect(name).not.toMatch(/justice|peace|staff|committee/i);
  });

  it('gives no title to names in the next sentence, after a stop ("The Generals lost. Juan Ortiz and…")', () => {
    const body =
      'The Generals lost to the Rangers. Juan Ortiz and Maria Lopez watched from the stands. "It was cold," Ortiz said.';
    expect(people(body).get('Maria Lopez') ?? []).not.toContain('general');
    expect(people(body).get('Juan Ortiz') ?? []).not.toContain('general');
  });

  it('gives no title across other words or a headline\'s capitals ("Senators from Texas and…", "Senators Say…")', () => {
    const bodies = [
      'Senators from Texas and Maria Lopez, a rancher, spoke on Monday.',
      'Senators Say Troops And Maria Lopez Agree',
    ];
    for (const body of bodies) expect(people(body).get('Maria Lopez') ?? []).not.toContain('senator');
  });
});

describe('a joined name that says whose people follow it', () => {
  it('makes no person of a place or body before a noun ("Generals Laura Richardson and Fort Bliss soldiers")', () => {
    const bodies = [
      'Generals Laura Richardson and Fort Bliss soldiers inspected the wire on Monday.',
      'Reps. Tony Gonzales and Eagle Pass officials toured the river on Monday.',
      'Officers Juan Perez and Ciudad Juarez police found the tunnel.',
      'Sens. John Cornyn and El Paso leaders met on Monday. Reps. Tony Gonzales and Laredo business owners spoke on Tuesday. Generals Laura Richardson and Fort Bliss soldiers trained on Wednesday. Officers Ana Diaz and Mexico City police shared files.',
      'Sens. John Cornyn and Texas Department of Public Safety troopers toured the wall.',
    ];
    for (const body of bodies)
      for (const name of people(body).keys())
        expect(name).not.toMatch(
          /Fort Bliss|Eagle Pass|Ciudad Juarez|El Paso|Laredo|Mexico City|Texas Department/,
        );
  });

  it('gives "the general", "the representative" and "a trooper" no place as speaker', () => {
    const cases: [string, string, string][] = [
      [
        'Generals Laura Richardson and Fort Bliss soldiers inspected the wire on Monday. "The wire is ready," the general said.',
        'wire is ready',
        'the general',
      ],
      [
        'Reps. Tony Gonzales and Eagle Pass officials toured the river on Monday. "We need more wire," the representative said.',
        'more wire',
        'the representative',
      ],
      [
        'Sens. John Cornyn and Texas Department of Public Safety troopers toured the wall. "It works," a trooper said.',
        'It works',
        'a trooper',
      ],
    ];
    for (const [body, words, speaker] of cases) expect(speakerOfWords(tools, body, words)).toBe(speaker);
    const officer =
      'Officers Juan Perez and Ciudad Juarez police found the tunnel on Friday. "It was long," the officer said.';
    expect(speakerOfWords(tools, officer, 'was long')).not.toBe('Ciudad Juarez');
  });
});

describe('a second "and" after the titled names', () => {
  it('titles only the names before it ("Generals Laura Richardson and Glen VanHerck, Maria Lopez and Juan Ortiz")', () => {
    for (const body of [
      'Generals Laura Richardson and Glen VanHerck, Maria Lopez and Juan Ortiz met at Fort Bliss on Tuesday. "The wire stays," Ortiz said.',
      'Generals Laura Richardson and Glen VanHerck, Maria Lopez and Juan Ortiz met at Fort Bliss on Tuesday. Gen. Mark Milley joined by phone. "The wire stays," Ortiz said.',
    ]) {
      const found = people(body);
      expect(found.get('Laura Richardson')).toContain('general');
      expect(found.get('Glen VanHerck')).toContain('general');
      expect(found.get('Maria Lopez') ?? []).not.toContain('general');
      expect(found.get('Juan Ortiz') ?? []).not.toContain('general');
    }
  });
});

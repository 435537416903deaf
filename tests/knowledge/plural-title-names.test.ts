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

/**
 * What an article says a person is stays with them: a description set before the name ("A spokesman for
 * the union's local in San Diego, Art Delgadillo,"), a long "who" clause cut at its first clause boundary,
 * and a relative named in apposition ("His father, Aurelio Sandoval,") kept apart from the one whose he is.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { PipelineTools } from '../../src/knowledge/build.ts';
import { annotateText, realTools } from './fixtures.ts';

let tools: PipelineTools;

beforeAll(async () => {
  tools = await realTools();
});

function peopleOf(body: string): Array<{ name: string; description: string | null }> {
  return annotateText(tools, body).people.map((p) => ({ name: p.name, description: p.description }));
}

describe('what the article says a person is', () => {
  it('keeps a long description set before the name with the person ("A spokesman for …, Art Delgadillo,")', () => {
    const body =
      "The arrests drew comment. A spokesman for the National Border Patrol Council's local in San Diego, " +
      'Art Delgadillo, saw it differently. "This is a win for the agents," Delgadillo said.';
    expect(peopleOf(body)).toContainEqual({
      name: 'Art Delgadillo',
      description: "A spokesman for the National Border Patrol Council's local in San Diego",
    });
  });

  it('keeps the first predicate of a "who" clause too long to keep whole', () => {
    const body =
      'Judson P. Mayhall, who has lived on Hackney Avenue since 1903 and is known to most of our readers as a ' +
      'retired shift boss at the Old Dominion, was then twenty-six years old and a civilian packer. ' +
      '"It was cold," Mr. Mayhall said.';
    expect(peopleOf(body)).toContainEqual({
      name: 'Judson P. Mayhall',
      description: 'who has lived on Hackney Avenue since 1903',
    });
  });

  it('reads "His father, Aurelio Sandoval," as the father, not the son who bears the name with "Jr."', () => {
    const body =
      'Aurelio Sandoval Jr., 71, a retired maquila supervisor, learned only as an adult that his father had ' +
      'been a bracero. His father, Aurelio Sandoval, was 19 and had come to Juárez from a village in Zacatecas.';
    const annotated = annotateText(tools, body);
    const father = annotated.people.find((p) => p.name === 'Aurelio Sandoval');
    const sentence = annotated.sentences.find((s) => s.text.startsWith('His father'));
    const named = sentence?.mentions.find((m) => m.text === 'Aurelio Sandoval');
    expect(father).toBeDefined();
    expect(named?.entityId).toBe(father?.id);
  });

  it('keeps the title a later mention gives ("Gen. Lázaro Cárdenas"), so "the general" names him', () => {
    const body =
      'Lázaro Cárdenas, the former president now in command of the region, had another idea. ' +
      'The man who said it most plainly was Gen. Lázaro Cárdenas, who left the presidency in 1940. ' +
      'Maj. Gen. Joseph W. Stilwell had warned that a landing was not likely. ' +
      'Cárdenas has moved troops to match his words. ' +
      'A sergeant at San Felipe, Pedro Luján, 33, said the general had arrived there in June.';
    const annotated = annotateText(tools, body);
    const general = annotated.people.find((p) => p.name === 'Lázaro Cárdenas');
    const sentence = annotated.sentences.find((s) => s.text.startsWith('A sergeant'));
    expect(general).toBeDefined();
    expect(sentence?.mentions.find((m) => m.text === 'the general')?.entityId).toBe(general?.id);
  });
});

/**
 * Surnames written with a lower-case particle ("Agustín de la Peña"): the person is found whole when a
 * description of a person follows, while a Spanish body's name ("Secretaría de la Defensa Nacional") is
 * never taken for one.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { PipelineTools } from '../../src/knowledge/build.ts';
import { annotateText, realTools, speakerOfWords } from './fixtures.ts';

let tools: PipelineTools;

beforeAll(async () => {
  tools = await realTools();
});

const names = (body: string) =>
  annotateText(tools, body)
    .people.filter((p) => !p.kind)
    .map((p) => p.name);

describe('particleSurnameEnd', () => {
  it('joins a given name to a surname opening with "de la" before a description of a person', () => {
    const body =
      'The town was quiet. Agustín de la Peña, a merchant of this place and a friend of the wounded editor, said the crowd had wanted only to see the law take hold of Sebree. "We did not go to kill anybody," he said.';
    expect(names(body)).toContain('Agustín de la Peña');
    expect(speakerOfWords(tools, body, 'We did not go')).toBe('Agustín de la Peña');
  });

  it('finds no person in a Spanish ministry\'s name with "de la"', () => {
    const body =
      'The Secretaría de la Defensa Nacional, the ministry in charge of the army, said 3,000 soldiers would go north.';
    expect(names(body).some((n) => /Secretaría|Defensa/.test(n))).toBe(false);
  });

  it('gives a lawyer\'s words to his whole name when a noun for a person stands before it ("defense attorney César de Castro told jurors")', () => {
    const body = [
      'Defense attorney César de Castro told jurors in his closing: "Not one photograph. Not one recording."',
      'De Castro argued for 20 years. "He has lost his country, his name and his freedom," de Castro said.',
    ].join('\n\n');
    expect(names(body)).toContain('César de Castro');
    expect(speakerOfWords(tools, body, 'Not one photograph', '2024-10-17')).toBe('César de Castro');
    expect(speakerOfWords(tools, body, 'He has lost his country', '2024-10-17')).toBe('César de Castro');
  });

  it('finds no person in a body\'s name with "de" after a noun that is no person\'s ("the Secretaría de Marina said")', () => {
    const body = 'In a statement the agency Secretaría de Marina said the shooting was an attack.';
    expect(names(body).some((n) => /Secretaría|Marina/.test(n))).toBe(false);
  });
});

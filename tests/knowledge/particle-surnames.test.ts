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
});

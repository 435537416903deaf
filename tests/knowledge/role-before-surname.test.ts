/**
 * A capitalised word for a person the article also writes in lower case ("Ranger"), before the surname of
 * someone already named, is a title: the person is the one named before, and a later pronoun is theirs.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { PipelineTools } from '../../src/knowledge/build.ts';
import { roleBeforeKnownSurname } from '../../src/knowledge/role-before-surname.ts';
import { annotateText, realTools, speakerOfWords } from './fixtures.ts';

let tools: PipelineTools;

beforeAll(async () => {
  tools = await realTools();
});

const reader = {
  isPersonNoun: (l: string) => ['ranger', 'donna'].includes(l),
  isEnglishWord: () => true,
  writtenInLowerCase: (l: string) => l === 'ranger',
};

describe('a role word before a surname named before', () => {
  it('reads "Ranger Quintanilla" as Marisol Quintanilla, whose "she said" follows', () => {
    const body =
      'A short history lesson from Marisol Quintanilla, an interpretive ranger at the park.\n\n' +
      'Delfina Sáenz, 78, watched from her pickup. She said people still find old buttons.\n\n' +
      'Ranger Quintanilla said the siege began a week after the skirmish.\n\n' +
      '"The skirmish is small, 11 dead in an afternoon," she said.';
    expect(annotateText(tools, body).people.map((p) => p.name)).not.toContain('Ranger Quintanilla');
    expect(speakerOfWords(tools, body, 'The skirmish is small')).toBe('Marisol Quintanilla');
  });

  it('is a title only for a surname already named and a word the article writes in lower case', () => {
    expect(roleBeforeKnownSurname(['Ranger', 'Quintanilla'], new Set(['Quintanilla']), reader)).toBe(true);
    expect(roleBeforeKnownSurname(['Ranger', 'Quintanilla'], new Set(['Ellison']), reader)).toBe(false);
    expect(roleBeforeKnownSurname(['Donna', 'Vickery'], new Set(['Vickery']), reader)).toBe(false);
  });

  it('keeps "Donna Vickery" a person of her own after "Gerald W. Vickery"', () => {
    const body =
      'Sgt. Gerald W. Vickery, 36, was found guilty.\n\n' +
      'Donna Vickery, 34, his former wife, was called by the prosecution.';
    expect(annotateText(tools, body).people.map((p) => p.name)).toContain('Donna Vickery');
  });

  it('reads "Consul Arvayo" as the Sabás Arvayo an apposition named, however little else vouched for him', () => {
    const body =
      'The governor of Sonora has asked that any raiders be handed over, and the Mexican consul here, Sabás ' +
      'Arvayo, has telegraphed the same request to the authorities at Tucson.\n\n' +
      '"We do not ask the Americans to cross," Consul Arvayo said.';
    expect(annotateText(tools, body).people.map((p) => p.name)).toContain('Sabás Arvayo');
    expect(speakerOfWords(tools, body, 'We do not ask the Americans')).toBe('Sabás Arvayo');
  });

  it('leaves a role word before a surname no one had a title when the surname is new', () => {
    const body =
      'The Mexican consul here, Sabás Arvayo, telegraphed the same request.\n\n' +
      '"We do not ask the Americans to cross," Consul Ortega said.';
    expect(speakerOfWords(tools, body, 'We do not ask the Americans')).toBe('Consul Ortega');
  });
});

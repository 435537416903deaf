/**
 * An unnamed person the article describes as the subject of the sentence before a quotation that only a
 * "he"/"she" hands over: "The cook at the café …" and "A rancher south of Deming, whose land …," speak, not
 * the last person the article named.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { PipelineTools } from '../../src/knowledge/build.ts';
import { otherGenderThanHolders } from '../../src/knowledge/kept-people.ts';
import { annotateText, realTools, speakerOfWords } from './fixtures.ts';

let tools: PipelineTools;

beforeAll(async () => {
  tools = await realTools();
});

describe('speakersPronounsContinue', () => {
  it('gives "she said" to "The cook at the café …" who opens the sentence before, not a woman named earlier', () => {
    const body = [
      'Jeanine L\'Ecuyer, the governor\'s spokeswoman, said by phone that the money could go to overtime for officers. "The border is a federal job," she said.',
      'The El Paso Sector said in a statement that it would coordinate with the new field office.',
      'The cook at the café across from the Columbus port of entry said business had picked up since Friday, mostly from reporters. "They all want to know if it\'s dangerous," she said.',
    ].join('\n\n');
    expect(speakerOfWords(tools, body, 'want to know if', '2005-08-16')).toBe(
      'The cook at the café across from the Columbus port of entry',
    );
  });

  it('reads a subject past a "whose" clause set off by commas ("A rancher south of Deming, whose land …, called us")', () => {
    const body = [
      'In California, the speaker of the state Assembly, Fabian Núñez, urged the governor to declare a similar emergency.',
      'A rancher south of Deming, whose land runs to within a mile of the line, called us after reading the New Mexico release. "I don\'t care whose idea it was," he said.',
    ].join('\n\n');
    expect(speakerOfWords(tools, body, 'whose idea it was', '2005-08-16')).toBe('A rancher south of Deming');
  });

  it('leaves "The spokeswoman at the office" to the spokeswoman the article named', () => {
    const body = [
      "Jeanine L'Ecuyer, the governor's spokeswoman, said by phone that the money could go to overtime for officers.",
      'The spokeswoman at the governor\'s office said later that the state would pay. "The border is a federal job," she said.',
    ].join('\n\n');
    expect(speakerOfWords(tools, body, 'federal job', '2005-08-16')).toBe("Jeanine L'Ecuyer");
  });
});

describe('ArticlePeople', () => {
  it('finds no mention of a described person ("The cook at the parish hall") in another sentence opening with "The"', () => {
    const body = [
      'The cook at the parish hall of Our Lady of Refuge, who has fed the re-enactors at every anniversary since the 100th, said she started the beans at 4 a.m.',
      'The horses were tired after the ride.',
    ].join('\n\n');
    const article = annotateText(tools, body, { published: '2026-06-15' });
    const cook = article.people.find((p) => p.name.startsWith('The cook'));
    const horses = article.sentences.find((s) => s.analysis.text.includes('horses'));
    expect(cook).toBeDefined();
    expect(horses?.mentions.some((m) => m.entityId === cook?.id)).toBe(false);
  });

  it('gives "she said" to "The cook at the parish hall, who …, said she …", not a woman named paragraphs before', () => {
    const body = [
      'Celia Martínez Uribe, 78, a retired teacher from Laredo, told us the raid was never a history lesson in her house.',
      'The re-enactors rode in from the river at noon. The captain of the riders said he had been in the saddle since dawn.',
      'The cook at the parish hall of Our Lady of Refuge, who has fed the re-enactors at every anniversary since the 100th, said she started the beans at 4 a.m. "The soldiers eat first because they have to sit on those horses in this heat," she said.',
    ].join('\n\n');
    expect(speakerOfWords(tools, body, 'eat first', '2026-06-15')).toBe(
      'The cook at the parish hall of Our Lady of Refuge',
    );
  });
});

describe('a wife of the surname beside a man named with initials', () => {
  const body = [
    'It was Burnham and Private C. R. Moore of the Rangers who made the arrest. "He had it cupped in his hand like a man hiding a cigar," Moore said.',
    'Mrs. Moore, the Ranger\'s wife, watched the procession from a balcony on Oregon Street. "He came home for supper and said it had been a quiet day," she said.',
  ].join('\n\n');

  it('gives "Mrs. Moore, the Ranger\'s wife" her own words', () => {
    expect(speakerOfWords(tools, body, 'came home for supper', '1909-10-17')).toBe('Mrs. Moore');
  });

  it('leaves "Moore said" after "Private C. R. Moore" to him', () => {
    // "Private" is his rank, written out (ranks-written-out.test.ts), not a word of his name.
    expect(speakerOfWords(tools, body, 'cupped in his hand', '1909-10-17')).toBe('C. R. Moore');
  });
});

describe('otherGenderThanHolders', () => {
  const holder = { name: 'Private C. R. Moore', gender: null, nameGender: null };
  it('takes "Mrs. Moore, the Ranger\'s wife" as another person when the holder\'s gender is unknown', () => {
    const single = { surname: 'Moore', gender: 'female' as const, description: "the Ranger's wife" };
    expect(otherGenderThanHolders(single, [holder])).toBe(true);
  });

  it('keeps an undescribed "Mrs. Moore" as the holder of unknown gender', () => {
    const single = { surname: 'Moore', gender: 'female' as const, description: null };
    expect(otherGenderThanHolders(single, [holder])).toBe(false);
  });

  it('keeps "Mr. Pettibone" as "Wash Pettibone", whose gender only the word vectors guessed (female, from "wash")', () => {
    const guessed = { name: 'Wash Pettibone', gender: null, nameGender: 'female' as const };
    const single = { surname: 'Pettibone', gender: 'male' as const, description: null };
    expect(otherGenderThanHolders(single, [guessed])).toBe(false);
  });

  it('gives "Mr. Pettibone said" to the Wash Pettibone the article introduced a paragraph before', () => {
    const body = [
      'Wash Pettibone, who packed mules for the command that fall and now keeps bees on Percha Creek, was at the rear with the pack train when the firing began.',
      '"The first volley came down off both walls at once, and I never saw where from," Mr. Pettibone said.',
    ].join('\n\n');
    expect(speakerOfWords(tools, body, 'first volley came down', '1929-09-20')).toBe('Wash Pettibone');
  });
});

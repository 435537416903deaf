/**
 * "The monument" after "Organ Pipe Cactus National Monument": a definite description stands for the one name
 * the article gave before whose head is its noun, and the sentence's record says so.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { PipelineTools } from '../../src/knowledge/build.ts';
import { definiteNames } from '../../src/knowledge/definite-names.ts';
import { annotateText, realTools } from './fixtures.ts';

let tools: PipelineTools;

beforeAll(async () => {
  tools = await realTools();
});

/** Each description found in `body`, as "the noun => Name". */
function described(body: string): string[] {
  const found = definiteNames(annotateText(tools, body).sentences);
  return [...found.values()].flat().map((d) => `${d.text} => ${d.name}`);
}

describe('definiteNames', () => {
  it('reads "the monument" as the monument the article named in full before', () => {
    const body = [
      'The wall through Organ Pipe Cactus National Monument is being built under contracts managed by the U.S. Army Corps of Engineers.',
      'The monument was established in 1937, and in 1976 it was named an international biosphere reserve.',
    ].join('\n\n');
    expect(described(body)).toEqual(['The monument => Organ Pipe Cactus National Monument']);
  });

  it('reads no name for "the ranch" when the article named two ranches', () => {
    const body = [
      'Raiders struck the Brite Ranch on Christmas Day, and a week later a posse rode out from the King Ranch.',
      'The ranch store was looted before noon.',
    ].join('\n\n');
    expect(described(body)).toEqual([]);
  });

  it('reads no name for "the border" the article said before it named Joint Task Force-Southern Border', () => {
    const body = [
      'Soldiers have patrolled the border since March.',
      'A new headquarters, Joint Task Force-Southern Border, stood up in March under U.S. Northern Command.',
      'It took over the border mission that another task force had run for decades.',
    ].join('\n\n');
    expect(described(body)).toEqual([]);
  });

  it('reads no name for "the wall" or "the day" after people called Wall and Day', () => {
    const body = [
      'Captain John Wall, who commands the Lukeville station, said the fence was finished in May.',
      'The wall stands eighteen feet high along the Lukeville road.',
      'The year had been quiet until then, said Judge Amos Day.',
      'The day ended with rain.',
    ].join('\n\n');
    expect(described(body)).toEqual([]);
  });

  it('reads no name for a plural, "the streets", after one street was named', () => {
    const body = [
      'The parade went down Elizabeth Street on Saturday.',
      'Crowds filled the streets until dark.',
    ].join('\n\n');
    expect(described(body)).toEqual([]);
  });
});

describe('the sentence record', () => {
  it('lists the name a description stands for, with the words it says', () => {
    const body = [
      'The wall through Organ Pipe Cactus National Monument is being built.',
      'The monument was established in 1937.',
    ].join('\n\n');
    const article = annotateText(tools, body);
    const found = definiteNames(article.sentences);
    const second = article.sentences[1];
    expect(second && found.get(second)?.[0]?.lemmas).toEqual([
      'organ',
      'pipe',
      'cactus',
      'national',
      'monument',
    ]);
  });
});

/** Comparisons of sizes offered as alternatives ("more A or B"), each side's figure across articles. */
import { describe, expect, it } from 'vitest';
import { alternativeSizes, withCountedHead } from '../../src/answer/compare-alternatives.ts';
import { countedHead } from '../../src/answer/side-figure.ts';
import type { Understanding } from '../../src/answer/understanding.ts';
import { fixtureEngine, shippedRuntime } from './setup.ts';

/** One runtime for the file: each one loads the whole knowledge. */
const runtime = shippedRuntime();
const analyse = async (text: string) => (await runtime).questionNlp.analyse(text);

describe('alternativeSizes', () => {
  it('reads the two things counted after "more", each with its own place and year', async () => {
    expect(
      alternativeSizes(
        await analyse(
          'Were there more armed Americans on the train to Cananea in 1906 or cavalrymen sent out from Fort Huachuca in 1896?',
        ),
      ),
    ).toEqual([
      'armed Americans on the train to Cananea in 1906',
      'cavalrymen sent out from Fort Huachuca in 1896',
    ]);
  });

  it('reads the alternatives after a colon ("who had more men: A or B")', async () => {
    expect(
      alternativeSizes(
        await analyse(
          'Who had more men: the defenders waiting at Las Cuevas or the Mexican troops rushed to Nogales from Magdalena?',
        ),
      ),
    ).toEqual(['defenders waiting at Las Cuevas', 'Mexican troops rushed to Nogales from Magdalena']);
  });

  it('finds no sides when "or" opens a second question', async () => {
    expect(
      alternativeSizes(
        await analyse('Were there more troops in Eagle Pass after the order, or did the Guard leave?'),
      ),
    ).toBeNull();
  });

  it('finds no sides in a question with "more" and no alternatives', async () => {
    expect(
      alternativeSizes(await analyse('Did more troops arrive in Eagle Pass after the order?')),
    ).toBeNull();
  });
});

describe('withCountedHead', () => {
  it('gives a side that names nothing it counts what the first side counts', async () => {
    expect(
      withCountedHead(
        await analyse('American soldiers around Douglas in 1915'),
        await analyse('riding with Mackenzie in 1873'),
      ),
    ).toBe('American soldiers riding with Mackenzie in 1873');
    expect(
      withCountedHead(
        await analyse('Americans killed in the Thornton ambush'),
        await analyse('were hurt by stray bullets in Douglas'),
      ),
    ).toBe('Americans were hurt by stray bullets in Douglas');
  });

  it('leaves a side that names what it counts as it is', async () => {
    expect(
      withCountedHead(
        await analyse('armed Americans on the train to Cananea'),
        await analyse('cavalrymen sent out from Fort Huachuca'),
      ),
    ).toBe('cavalrymen sent out from Fort Huachuca');
  });
});

describe('countedHead', () => {
  const head = async (text: string) => countedHead({ text, analysis: await analyse(text) } as Understanding);

  it('reads the noun "how many" counts past its modifiers', async () => {
    expect(await head('how many Mexican troops rushed to Nogales from Magdalena')).toBe('troop');
  });

  it('reads none in a question that does not ask how many', async () => {
    expect(await head('what did the Mexican troops do in Nogales?')).toBeNull();
  });
});

describe('a comparison of sizes across articles where each side counts people in other words', () => {
  it('shows each side\'s figure with its sentence ("the defenders" were "as many as 300 men")', async () => {
    const engine = await fixtureEngine(await runtime, 'articles-20');
    const a = await engine.ask(
      'Who had more men: the defenders waiting at Las Cuevas or the Mexican troops rushed to Nogales from Magdalena?',
      { userId: 'alternatives-1' },
    );
    expect(a.text).toContain('as many as 300 men waiting');
    expect(a.text).toContain('some 200 men');
    expect(a.text).toContain('The larger figure: defenders waiting at Las Cuevas.');
  });
});

/**
 * A body an article names in full with an abbreviation in brackets ("the Secretaría de la Defensa Nacional
 * (Sedena)") and later by the abbreviation alone ("Sedena said") speaks as the body, under its full name.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { PipelineTools } from '../../src/knowledge/build.ts';
import { abbreviatedBodies } from '../../src/knowledge/abbreviated-bodies.ts';
import { annotateText, realTools, speakerOfWords } from './fixtures.ts';

let tools: PipelineTools;

beforeAll(async () => {
  tools = await realTools();
});

describe('abbreviatedBodies', () => {
  it('reads a syllable abbreviation after a Spanish name and capitals after an English one', () => {
    const bodies = abbreviatedBodies([
      'The Secretaría de la Defensa Nacional (Sedena) said soldiers fired after hearing shots.',
      'Yesterday the National Migration Institute (INM) did not comment, nor did the Mexican Defense Ministry (SEDENA).',
    ]);
    expect(bodies.get('Sedena')).toBe('Secretaría de la Defensa Nacional');
    expect(bodies.get('INM')).toBe('National Migration Institute');
    expect(bodies.get('SEDENA')).toBe('Mexican Defense Ministry');
  });

  it('takes no town or nickname in brackets for an abbreviation', () => {
    const bodies = abbreviatedBodies([
      'The story aired on Oro Public Radio (Tucson) and in The Chinati Courier (Marfa).',
      'Anthony Ramsey III (Tripp) spoke first; the Second Texas Cavalry (Union) stood by.',
      'Download page image (PDF)',
      'MEXICO CITY (EFE) — Soldiers fired on a truck. Reporting by Dave Graham (AP).',
      'WENDELL ASHCRAFT (HOST): Good evening.',
    ]);
    expect([...bodies.keys()]).toEqual([]);
  });
});

describe('a speaker named by an abbreviation the article defined', () => {
  const body = [
    'The Secretaría de la Defensa Nacional (Sedena) said in a statement that two soldiers had fired on the truck. The National Migration Institute (INM) did not comment.',
    '"The personnel heard detonations, and two elements of the Army opened fire," Sedena said.',
    '"We are reviewing the case," the INM said in a statement on Friday.',
  ].join('\n\n');

  it('gives the words to the body by its full name', () => {
    expect(speakerOfWords(tools, body, 'personnel heard detonations')).toBe(
      'Secretaría de la Defensa Nacional',
    );
    expect(speakerOfWords(tools, body, 'reviewing the case')).toBe('National Migration Institute');
  });

  it('keeps the abbreviation as a name of the body', () => {
    const article = annotateText(tools, body);
    const sedena = article.people.find((p) => p.name === 'Secretaría de la Defensa Nacional');
    expect(sedena?.knownAs).toContain('Sedena');
    expect(sedena?.kind).toBe('organisation');
  });
});

/**
 * '"…," said the lawyer, Anselmo Quiñónez Bray of Las Cruces.': the name set off after the description the
 * verb of saying inverts speaks, even when the article names them nowhere else; a name set off after a place,
 * or after a noun the description's preposition brings in, does not.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { PipelineTools } from '../../src/knowledge/build.ts';
import { realTools, speakerOfWords } from './fixtures.ts';

let tools: PipelineTools;

beforeAll(async () => {
  tools = await realTools();
});

describe('a name set off after "said the lawyer,"', () => {
  it('gives the words to the lawyer named after "said the lawyer," and where he is from', () => {
    const body = [
      'His lawyer asked for leniency.',
      '"He has told the government everything he knows," said the lawyer, Anselmo Quiñónez Bray of Las Cruces.',
    ].join('\n\n');
    expect(speakerOfWords(tools, body, 'told the government')).toBe('Quiñónez Bray');
  });

  it('gives the words to the one named after "said his lawyer,"', () => {
    const body = [
      'The court met on Monday.',
      '"He has told the government everything," said his lawyer, John Smith.',
    ].join('\n\n');
    expect(speakerOfWords(tools, body, 'told the government')).toBe('John Smith');
  });

  it('keeps the next words of the paragraph with the lawyer', () => {
    const body = [
      'His lawyer asked for leniency.',
      '"He told the government everything," said the lawyer, Anselmo Quiñónez Bray of Las Cruces. "The mayor\'s office made him a headline."',
    ].join('\n\n');
    expect(speakerOfWords(tools, body, 'made him a headline')).toBe('Quiñónez Bray');
  });
});

describe('a name set off that is not the speaker', () => {
  it('gives no town the mayor\'s words ("said the mayor of the town, San Isidro")', () => {
    const body = ['The court met on Monday.', '"We are tired," said the mayor of the town, San Isidro.'].join(
      '\n\n',
    );
    expect(speakerOfWords(tools, body, 'We are tired')).not.toBe('San Isidro');
  });

  it('gives no city its spokesman\'s words ("said the city, El Paso")', () => {
    const body = ['The court met on Monday.', '"We are tired," said the city, El Paso.'].join('\n\n');
    expect(speakerOfWords(tools, body, 'We are tired')).not.toBe('El Paso');
  });

  it('gives the widow nothing of her lawyer\'s words ("said the lawyer for the widow, Ana Ruiz")', () => {
    const body = [
      'The court met on Monday.',
      '"He told the government everything," said the lawyer for the widow, Ana Ruiz.',
    ].join('\n\n');
    expect(speakerOfWords(tools, body, 'told the government')).not.toBe('Ana Ruiz');
  });

  it('keeps a day set off after the sheriff out of the name ("said the sheriff, Monday morning")', () => {
    const body = ['Deputies closed the road.', '"We are tired," said the sheriff, Monday morning.'].join(
      '\n\n',
    );
    expect(speakerOfWords(tools, body, 'We are tired')).toBe('the sheriff');
  });
});

describe('words asked of another', () => {
  it('gives the network the words it asked the department to answer with, not "the department to"', () => {
    const body = [
      'The San Ysidro Border Families Network filed a petition on Monday.',
      'The network asked the department to respond "with documents, not with letters from a secretary."',
    ].join('\n\n');
    expect(speakerOfWords(tools, body, 'with documents')).toBe('the San Ysidro Border Families Network');
  });

  it('still gives "Lopez told them to say \'…\'" to Lopez', () => {
    const body = [
      'Maria Lopez filed a petition on Monday.',
      'Lopez told them to say "we want documents."',
    ].join('\n\n');
    expect(speakerOfWords(tools, body, 'want documents')).toBe('Maria Lopez');
  });

  it('gives the words to the one who went somewhere to say them ("took to Twitter to say")', () => {
    for (const [line, words] of [
      ['Governor Greg Abbott took to Twitter to say "Texas will defend itself."', 'Texas will defend'],
      [
        'Governor Greg Abbott sent a letter to President Joe Biden to say "Texas will defend itself."',
        'Texas will defend',
      ],
      [
        'President Andrés Manuel López Obrador used his morning press conference to say "Mexico will not accept this."',
        'Mexico will not accept',
      ],
    ] as const) {
      const body = ['The governor spoke on Monday.', line].join('\n\n');
      expect(speakerOfWords(tools, body, words)).toMatch(/Abbott|López Obrador/);
    }
  });

  it('gives the words asked of the Department of Homeland Security to the one asking', () => {
    const body = [
      'The San Ysidro Border Families Network filed a petition on Monday.',
      'The network asked the Department of Homeland Security to respond "with documents, not with letters."',
    ].join('\n\n');
    expect(speakerOfWords(tools, body, 'with documents')).toBe('the San Ysidro Border Families Network');
  });
});

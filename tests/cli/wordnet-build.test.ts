import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readDataFile, readIndexFile, SENSES_KEPT } from '../../src/cli/wordnet-build.ts';
import { encodeWordNet, type SynsetRecord } from '../../src/nlp/wordnet-encode.ts';
import { WordNet } from '../../src/nlp/wordnet.ts';
import { WORDNET_PATH } from '../../src/paths.ts';

/** Lines in WordNet's data.verb and index.verb formats (offsets made up, glosses cut). */
const DATA_VERB = `  1 This software and database is being provided to you...
00000001 30 v 03 die 0 decease 0 pass_away 0 001 @ 00000003 v 0000 01 + 02 00 | pass from physical life
00000002 35 v 01 kill 0 001 > 00000001 v 0000 01 + 08 00 | cause to die
00000003 30 v 01 change 0 000 01 + 02 00 | undergo a change
00000004 30 v 01 die 0 000 01 + 02 00 | a fourth, rare sense
00000005 30 v 01 die 0 000 01 + 02 00 | a second sense
00000006 30 v 01 die 0 000 01 + 02 00 | a third sense
00000007 30 v 01 expire 0 000 01 + 02 00 | lose validity
`;
/** A noun formed from "die" by its own derivational link ("+", source word 01, target word 01); "dying" has none. */
const DATA_NOUN = `  1 This software and database is being provided to you...
00000010 26 n 02 death 0 dying 0 001 + 00000001 v 0101 | the event of dying
`;
const INDEX_NOUN = `  1 This software and database is being provided to you...
death n 1 1 + 1 0 00000010  
dying n 1 0 1 0 00000010  
`;
const INDEX_VERB = `  1 This software and database is being provided to you...
change v 1 0 1 0 00000003  
decease v 1 1 @ 1 0 00000001  
die v 4 1 @ 4 1 00000001 00000005 00000006 00000004  
expire v 1 0 1 0 00000007  
kill v 1 1 > 1 1 00000002  
`;

/**
 * Adjectives in data.adj's format: "old" (a head) is the antonym of "young" ("!", word 01 to word 01), "elderly"
 * a satellite of "old" ("&"), "youthful" one of "young"; "aged" and "elderly" share a synset.
 */
const DATA_ADJ = `  1 This software and database is being provided to you...
00000020 00 a 01 old 0 002 ! 00000022 a 0101 & 00000021 a 0000 | having lived long
00000021 00 s 02 elderly 0 aged 0 001 & 00000020 a 0000 | advanced in years
00000022 00 a 01 young 0 002 ! 00000020 a 0101 & 00000023 a 0000 | in an early period of life
00000023 00 s 01 youthful 0 001 & 00000022 a 0000 | suggestive of youth
00000024 00 a 01 tall 0 000 | great in vertical dimension
`;
const INDEX_ADJ = `  1 This software and database is being provided to you...
aged a 1 1 & 1 0 00000021  
elderly a 1 1 & 1 0 00000021  
old a 1 2 ! & 1 0 00000020  
tall a 1 0 1 0 00000024  
young a 1 2 ! & 1 0 00000022  
youthful a 1 1 & 1 0 00000023  
`;

function fixtureTable(): WordNet {
  const synsets = new Map<string, SynsetRecord>();
  const senses = new Map<string, string[]>();
  readDataFile(DATA_VERB, synsets);
  readIndexFile(INDEX_VERB, 'v', senses);
  return new WordNet(encodeWordNet(senses, synsets, SENSES_KEPT));
}

describe('wordnet:build', () => {
  it('makes words of one synset among their first senses the same thing, leaving out multi-word lemmas', () => {
    const wn = fixtureTable();
    expect(wn.relation('die', 'decease')).toBe('same');
    expect(wn.synonymsOf('die')).toEqual(['decease']);
  });

  it('gives a verb of two words the senses it names ("pass_away" says "die"), not a place among synset words', () => {
    const synsets = new Map<string, SynsetRecord>();
    const senses = new Map<string, string[]>();
    readDataFile(DATA_VERB, synsets);
    readIndexFile(
      `${INDEX_VERB}pass_away v 1 0 1 0 00000001  \nrun_the_show_now v 1 0 1 0 00000003  \n`,
      'v',
      senses,
    );
    const wn = new WordNet(encodeWordNet(senses, synsets, SENSES_KEPT));
    expect(wn.synonymsOf('pass_away').sort()).toEqual(['decease', 'die']);
    expect(wn.synonymsOf('die')).toEqual(['decease']);
    expect(wn.synonymsOf('run_the_show_now')).toEqual([]);
  });

  it('links a verb to what it causes and to the act it is a way of doing', () => {
    const wn = fixtureTable();
    expect(wn.relation('kill', 'die')).toBe('entailed');
    expect(wn.relation('die', 'kill')).toBe('entailed');
    expect(wn.relation('decease', 'change')).toBe('way');
  });

  it('links a word to the first senses of the words its own derivational link reaches, apart from relation()', () => {
    const synsets = new Map<string, SynsetRecord>();
    const senses = new Map<string, string[]>();
    readDataFile(DATA_VERB, synsets);
    readDataFile(DATA_NOUN, synsets);
    readIndexFile(INDEX_VERB, 'v', senses);
    readIndexFile(INDEX_NOUN, 'n', senses);
    const wn = new WordNet(encodeWordNet(senses, synsets, SENSES_KEPT));
    expect(wn.derived('death', 'die')).toBe(true);
    expect(wn.derived('die', 'death')).toBe(true);
    expect(wn.derived('death', 'decease')).toBe(true);
    expect(wn.derived('dying', 'die')).toBe(false);
    expect(wn.relation('death', 'die')).toBeNull();
  });

  it('marks words as opposite across an adjective\'s similar-to cluster ("elderly" and "youthful")', () => {
    const synsets = new Map<string, SynsetRecord>();
    const senses = new Map<string, string[]>();
    readDataFile(DATA_ADJ, synsets);
    readIndexFile(INDEX_ADJ, 'a', senses);
    const wn = new WordNet(encodeWordNet(senses, synsets, SENSES_KEPT));
    expect(wn.opposite('old', 'young')).toBe(true);
    expect(wn.opposite('elderly', 'young')).toBe(true);
    expect(wn.opposite('youthful', 'aged')).toBe(true);
    expect(wn.opposite('elderly', 'aged')).toBe(false);
    expect(wn.opposite('elderly', 'old')).toBe(false);
    expect(wn.opposite('tall', 'young')).toBe(false);
  });

  it('links a verb of two words to the act a later sense of it is a way of, never as the same thing', () => {
    const synsets = new Map<string, SynsetRecord>();
    const senses = new Map<string, string[]>();
    const later = new Map<string, string[]>();
    readDataFile(
      `${DATA_VERB}00000031 30 v 01 gather 0 000 | come together
00000032 30 v 01 turn_out 0 001 @ 00000031 v 0000 | come out for a gathering
00000033 30 v 01 eject 0 000 | put out
`,
      synsets,
    );
    readIndexFile(
      `${INDEX_VERB}eject v 1 0 1 0 00000033  \ngather v 1 0 1 0 00000031  \nturn_out v 5 1 @ 5 0 00000003 00000007 00000001 00000033 00000032  \n`,
      'v',
      senses,
      later,
    );
    const wn = new WordNet(encodeWordNet(senses, synsets, SENSES_KEPT, later));
    expect(wn.relation('turn_out', 'gather')).toBe('way');
    expect(wn.relation('gather', 'turn_out')).toBe('way');
    expect(wn.relation('turn_out', 'eject')).toBeNull();
    expect(wn.synonymsOf('turn_out')).not.toContain('eject');
    expect(wn.relation('turn_out', 'decease')).toBe('same');
  });

  it('keeps only the first senses of a word, most frequent first', () => {
    const senses = new Map<string, string[]>();
    readIndexFile(INDEX_VERB, 'v', senses);
    expect(senses.get('die')).toEqual(['v00000001', 'v00000005', 'v00000006']);
  });

  it('does not link words that share no first sense', () => {
    const wn = fixtureTable();
    expect(wn.relation('expire', 'kill')).toBeNull();
    expect(wn.relation('die', 'unknownword')).toBeNull();
  });

  it('writes the same table twice from the same files', () => {
    const build = () => {
      const synsets = new Map<string, SynsetRecord>();
      const senses = new Map<string, string[]>();
      readDataFile(DATA_VERB, synsets);
      readIndexFile(INDEX_VERB, 'v', senses);
      return encodeWordNet(senses, synsets, SENSES_KEPT);
    };
    expect(build()).toBe(build());
  });
});

describe('the shipped WordNet table', () => {
  const wn = new WordNet(readFileSync(WORDNET_PATH, 'utf8'));

  it('links words the word vectors cannot', () => {
    expect(wn.relation('leatherneck', 'marine')).toBe('same');
    expect(wn.relation('quit', 'stop')).toBe('same');
    expect(wn.relation('kill', 'die')).toBe('entailed');
    expect(wn.relation('march', 'walk')).toBe('way');
    expect(wn.relation('turn_out', 'gather')).toBe('way');
  });

  it('links a noun for an act to the verb it is formed from', () => {
    expect(wn.derived('departure', 'depart')).toBe(true);
    expect(wn.derived('accusation', 'accuse')).toBe(true);
    expect(wn.derived('departure', 'arrive')).toBe(false);
  });

  it('does not make a kind the same thing, nor link unrelated acts', () => {
    expect(wn.relation('marine', 'soldier')).toBe('kind');
    expect(wn.relation('kill', 'help')).toBeNull();
  });

  it('marks opposite qualities and places, not the two sides of one act ("win", "lose")', () => {
    expect(wn.opposite('elderly', 'young')).toBe(true);
    expect(wn.opposite('first', 'last')).toBe(true);
    expect(wn.opposite('north', 'south')).toBe(true);
    expect(wn.opposite('win', 'lose')).toBe(false);
    expect(wn.opposite('marine', 'soldier')).toBe(false);
  });

  it('refuses a table cut short, not to answer from half of it', () => {
    const text = readFileSync(WORDNET_PATH, 'utf8');
    expect(() => new WordNet(text.slice(0, text.length / 2))).toThrow(/ends at line/);
  });
});

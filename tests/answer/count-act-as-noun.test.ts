import { beforeAll, describe, expect, it } from 'vitest';
import { countedActionTest } from '../../src/answer/asked-action.ts';
import type { Runtime } from '../../src/answer/create.ts';
import type { WordLens } from '../../src/answer/retrieval.ts';
import { wordNetSaid } from '../../src/answer/said-in-other-words.ts';
import type { WordNet } from '../../src/nlp/wordnet.ts';
import { shippedRuntime } from './setup.ts';

let runtime: Runtime;
let wordnet: WordNet;

beforeAll(async () => {
  runtime = await shippedRuntime();
  const found = runtime.engineData.wordnet;
  if (!found) throw new Error('the WordNet table is missing');
  wordnet = found;
});

/** The asked-act test of a question, weighing the evidence by WordNet alone, as a verb link is told apart. */
function actTest(question: string) {
  const lens = {
    synonymsOf: () => [],
    related: (l: string, evidence: ReadonlySet<string>) => wordNetSaid(wordnet, l, evidence),
  } as unknown as WordLens;
  const test = countedActionTest(
    { analysis: runtime.questionNlp.analyse(question) },
    lens,
    new Set(['say']),
    (w) => w,
    (verb, word) => wordnet.relation(verb, word) !== null,
  );
  if (!test) throw new Error(`no asked act read in "${question}"`);
  return test;
}

describe('countedActionTest', () => {
  // "Mier, a colonial town of about 6,000 people founded in 1753, was named a "Pueblo Mágico" … for its stone
  // houses" (new-articles-48): to stone is a way to kill, but "stone" there is a noun.
  const mier = [
    'mier',
    'colonial',
    'town',
    'about',
    '6000',
    'people',
    'found',
    '1753',
    'name',
    'stone',
    'house',
  ];

  it('does not read the asked act in a noun WordNet links to it only as a verb ("stone" houses for "killed")', () => {
    expect(
      actTest('How many people were killed in Ciudad Mier during 2010?')(mier, ['colonial', 'found', 'name']),
    ).toBe('no');
  });

  it('reads the asked act in a verb WordNet links to it ("stoned" for "killed")', () => {
    expect(
      actTest('How many people were killed in Ciudad Mier during 2010?')(
        ['crowd', 'stone', 'people'],
        ['stone'],
      ),
    ).toBe('near');
  });
});

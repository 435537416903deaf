import { beforeAll, describe, expect, it } from 'vitest';
import { buildKnowledge, type PipelineTools } from '../../src/knowledge/build.ts';
import type { RawSource } from '../../src/knowledge/sources.ts';
import { GroupsNamed, lastGroupNamed } from '../../src/knowledge/partitive-antecedent.ts';
import { annotateText, realTools } from './fixtures.ts';

let tools: PipelineTools;

/** One article with `body`, as the build reads a source file. */
function fixtureSource(body: string): RawSource {
  return {
    meta: {
      id: 'letters',
      title: 'Letters from the garrison',
      outlet: 'Example Weekly',
      published: '1848-05-20',
      url: null,
      language: 'en',
      syndicatedBy: null,
      author: null,
    },
    body,
    file: 'letters.md',
    bodyLine: 1,
    sha256: '0'.repeat(64),
  };
}

beforeAll(async () => {
  tools = await realTools();
});

describe('the group a figure "of them" stands for', () => {
  it('reads, for each place in a sentence, the same last group a scan back from there finds, asked in any order', () => {
    const [sentence] = annotateText(
      tools,
      'The captives and their horses crossed at dawn, the deserters three times tore the flag down, and eighty of them were taken when the Rangers came.',
    ).sentences;
    const toks = sentence!.analysis.tokens;
    const from = sentence!.tokenStart;
    const places = Array.from({ length: sentence!.tokenEnd - from + 1 }, (_, k) => from + k);
    const named = new GroupsNamed();
    named.reset(toks, from);
    // Forward as the figures are read, then back again (a qualifier may open before the last figure read).
    for (const to of [...places, ...[...places].reverse()])
      expect(named.lastBefore(to)).toEqual(lastGroupNamed(toks, from, to));
    // "times" and the Rangers' name are no group: the deserters are the last one.
    expect(named.lastBefore(sentence!.tokenEnd)?.lemma).toBe('deserter');
  });

  it('starts again on each sentence it is reset to', () => {
    const [first, second] = annotateText(tools, 'The deserters fled. Eighty of them were taken.').sentences;
    const named = new GroupsNamed();
    named.reset(first!.analysis.tokens, first!.tokenStart);
    expect(named.lastBefore(first!.tokenEnd)?.lemma).toBe('deserter');
    named.reset(second!.analysis.tokens, second!.tokenStart);
    expect(named.lastBefore(second!.tokenEnd)).toBeNull();
  });
});

describe('a figure "there was … of them" in a soldier\'s letter', () => {
  const counted = (body: string) =>
    buildKnowledge([fixtureSource(body)], tools).numbers.map((n) => [n.text, n.countsLemma]);

  it('counts the people the letter named as the subject before it, not the nights of the sentence before', () => {
    expect(
      counted(
        '"On the 3d Corporal Vance went out with four men for water, and the Mexicans took the whole party. After that they fired on us every day and most nights. There was three hundred of them at the least."',
      ),
    ).toEqual([
      ['four', 'man'],
      ['three hundred', 'mexican'],
    ]);
  });

  it('counts the enemy the sentence before names, with "there were" and a range', () => {
    expect(
      counted(
        'Mr. Crane was in the landing party. He makes the enemy stronger than Private Hale does. "We were told there were four or five hundred of them," he writes.',
      ),
    ).toEqual([['four or five hundred', 'enemy']]);
  });

  it('reads "there was a hundred of them" after the people the sentence before names', () => {
    expect(
      counted('The Mexicans fought from the bank. The colonel says there was a hundred of them.'),
    ).toEqual([['hundred', 'mexican']]);
  });

  it('counts the group named last when no "they" kept the subject in play, not the people acting on it', () => {
    expect(counted('Soldiers escorted the migrants to the bridge. Forty of them were children.')).toEqual([
      ['Forty', 'migrant'],
    ]);
    expect(counted('Guards found the prisoners in the tunnel. There were six of them.')).toEqual([
      ['six', 'prisoner'],
    ]);
    expect(
      counted('The rangers seized the wagons at dawn, and twelve of them were loaded with powder.'),
    ).toEqual([['twelve', 'wagon']]);
  });
});

describe('figures "of them" after a sentence that names a group', () => {
  it('count, each of them, the group the sentence before in the paragraph named, and nothing past a new paragraph', () => {
    const kb = buildKnowledge(
      [
        fixtureSource(
          'The deserters fled north across the river at night.\n\n' +
            'The captives were marched south by way of Monterrey. Eighty of them were taken, and twenty of them escaped.\n\n' +
            'Forty of them were children.',
        ),
      ],
      tools,
    );
    expect(kb.numbers.map((n) => [n.text, n.countsLemma])).toEqual([
      ['Eighty', 'captive'],
      ['twenty', 'captive'],
    ]);
  });
});

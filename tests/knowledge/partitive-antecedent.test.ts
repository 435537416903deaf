import { beforeAll, describe, expect, it } from 'vitest';
import type { PipelineTools } from '../../src/knowledge/build.ts';
import { GroupsNamed, lastGroupNamed } from '../../src/knowledge/partitive-antecedent.ts';
import { annotateText, realTools } from './fixtures.ts';

let tools: PipelineTools;

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

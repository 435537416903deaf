/** Work kept once done, so a question does not redo it: what is remembered must answer as the work would. */
import Keyv from 'keyv';
import { describe, expect, it } from 'vitest';
import { ConversationMemory, emptyConversation } from '../../src/answer/memory.ts';
import { SpellingCorrector } from '../../src/answer/spelling.ts';
import { encodeWordNet, type SynsetRecord } from '../../src/nlp/wordnet-encode.ts';
import { WordNet } from '../../src/nlp/wordnet.ts';
import { readDataFile, readIndexFile, SENSES_KEPT } from '../../src/cli/wordnet-build.ts';
import type { Analysis } from '../../src/nlp/pipeline.ts';

const DATA_VERB = `  1 header
00000001 30 v 03 die 0 decease 0 pass_away 0 001 @ 00000003 v 0000 01 + 02 00 | pass from physical life
00000002 35 v 01 kill 0 001 > 00000001 v 0000 01 + 08 00 | cause to die
00000003 30 v 01 change 0 000 01 + 02 00 | undergo a change
`;
const INDEX_VERB = `  1 header
change v 1 0 1 0 00000003  
decease v 1 1 @ 1 0 00000001  
die v 1 1 @ 1 1 00000001  
kill v 1 1 > 1 1 00000002  
`;

function table(): WordNet {
  const synsets = new Map<string, SynsetRecord>();
  const senses = new Map<string, string[]>();
  readDataFile(DATA_VERB, synsets);
  readIndexFile(INDEX_VERB, 'v', senses);
  return new WordNet(encodeWordNet(senses, synsets, SENSES_KEPT));
}

describe('remembered work', () => {
  it('gives a WordNet relation asked again, in either order, as it was found', () => {
    const wn = table();
    const first = [wn.relation('kill', 'die'), wn.relation('die', 'kill'), wn.relation('die', 'change')];
    expect(first).toEqual(['entailed', 'entailed', 'way']);
    expect([wn.relation('kill', 'die'), wn.relation('die', 'kill'), wn.relation('die', 'change')]).toEqual(
      first,
    );
    // A pair with no relation is remembered as none, not looked up as unknown.
    expect(wn.relation('kill', 'change')).toBeNull();
    expect(wn.relation('kill', 'change')).toBeNull();
  });

  it('keeps a conversation as one string and reads back the same state, and a state stored as an object', async () => {
    const store = new Keyv();
    const memory = new ConversationMemory(store);
    const state = {
      ...emptyConversation(),
      focus: ['claudia-sheinbaum'],
      lastDirect: ':10,000 troops',
      turns: 3,
    };
    await memory.save('u1', state);
    expect(typeof (await store.get('conversation:u1'))).toBe('string');
    expect(await memory.load('u1')).toEqual(state);
    // Written by a version that stored the object itself: still read.
    await store.set('conversation:u2', state);
    expect(await memory.load('u2')).toEqual(state);
    expect(await memory.load('nobody')).toEqual(emptyConversation());
  });

  it('corrects the same misspelling the same way when asked again, and leaves a known word alone', () => {
    const known = new Set(['border', 'troops', 'sheinbaum']);
    const byLength = new Map<number, string[]>();
    for (const w of known) byLength.set(w.length, [...(byLength.get(w.length) ?? []), w]);
    const spelling = new SpellingCorrector(known, byLength, new Map(), () => false);
    const token = (value: string, start: number) => ({
      value,
      normal: value.toLowerCase(),
      lemma: value.toLowerCase(),
      type: 'word',
      pos: 'NOUN',
      stop: false,
      start,
      end: start + value.length,
    });
    const analysis = {
      text: 'troops sheinbuam',
      tokens: [token('troops', 0), token('sheinbuam', 7)],
    } as unknown as Analysis;
    const first = spelling.corrections(analysis);
    expect(first).toEqual([{ start: 7, end: 16, from: 'sheinbuam', to: 'sheinbaum' }]);
    expect(spelling.corrections(analysis)).toEqual(first);
  });
});

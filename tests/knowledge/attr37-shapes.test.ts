/**
 * Shapes that gave a quotation to the wrong person: a letter read out after a colon and followed by the
 * lender's "tells us", a person the tagged words speak of ('"If Aubert had come up," he said'), a possessive set off after an
 * unnamed subject ("A young marine at the tape, his face covered …, sent … :"), "Another neighbor" as a
 * description.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { KnowledgeBase } from '../../src/knowledge/schema.ts';
import { articlesAlone } from '../answer/setup.ts';

const head = (id: string) => `---
id: ${id}
title: "Sample"
outlet: X Packet
published: 1946-08-10
language: en
---
`;

const LETTER = `${head('xkbay-1939-letter')}PRYOR: Now I have a letter here, which was lent to us by Mrs. Anna Sears of Texas City. It was written by her brother, Frank Dobrich, who was a seaman on the battleship Florida, to their mother. The letter is dated the twenty-sixth of April, 1914, and I'll read you a part of it:

"Dear Mother, I am all right and not a scratch on me, so do not believe the papers. Tell Anna I have a parrot for her if it lives."

Mrs. Sears tells us the parrot did not live.

TISDALE: We did what we were sent to do.
`;

const SPOKEN_OF = `${head('xtimes-1912-spoken-of')}A federal officer who reached Juarez on leave Tuesday put the federal loss far lower. "Two hundred, perhaps a little more, killed and wounded," he said.

The same officer said a second column under Colonel Trucy Aubert, marching separately on the flank, could not join the main body. "If Aubert had come up, it would have been a different day," he said.
`;

const SET_OFF = `${head('xinformador-2017-set-off')}Marco Antonio Peña Ledesma, a retired teacher, watched from his window. "I have never seen anything like it," he said.

On Friday the streets around the building remained closed. A young marine at the tape, his face covered by a balaclava, sent residents back with the same words all morning: "Please go back, señora, it is not finished yet."
`;

const ANOTHER = `${head('xcourier-2010-another')}Graciela Ontiveros, whose son was at the party, said she heard the shots. "I ran to the door," Ontiveros said.

Another neighbor, a woman who gave only her first name, Lourdes, said she saw four or five vehicles, not seven. "The rest were the cars of the kids at the party," she said.
`;

let kbs: KnowledgeBase[];

beforeAll(async () => {
  kbs = await Promise.all(
    [LETTER, SPOKEN_OF, SET_OFF, ANOTHER].map(
      async (text, i) => (await articlesAlone({ [`sample-${i}.md`]: text })).kb,
    ),
  );
}, 180_000);

const speaker = (kb: KnowledgeBase, start: string) =>
  kb.quotes.find((q) => q.text.startsWith(start))?.speakerName ?? null;

describe('attribution shapes of the fifty-fourth folder', () => {
  it("gives a letter read out after a colon to its writer, not to the lender who 'tells us' after it", () => {
    expect(speaker(kbs[0]!, 'Dear Mother')).toBe('Frank Dobrich');
  });

  it('does not give words to the person they speak of by name ("If Aubert had come up," he said)', () => {
    expect(speaker(kbs[1]!, 'If Aubert had come up')).not.toBe('Trucy Aubert');
  });

  it('gives words after "A young marine …, his face covered …, sent … :" to the marine', () => {
    expect(speaker(kbs[2]!, 'Please go back')).toBe('a young marine at the tape');
  });

  it('gives "she said" after "Another neighbor, a woman …, said" to the neighbor, not the last woman named', () => {
    expect(speaker(kbs[3]!, 'The rest were the cars')).toBe('another neighbor');
  });
});

/**
 * A person named by a title, linked back by a description: "the pastor said" after "the Rev. Paul E.
 * Baughman officiating" is Baughman (WordNet: a pastor is a reverend); "my husband said" is no one a
 * description ("a partner, Dale Pruitt") names.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { KnowledgeBase } from '../../src/knowledge/schema.ts';
import { articlesAlone } from '../answer/setup.ts';

const FUNERAL = `---
id: xadvocate-1929-signalman-obituary
title: "Signalman buried"
outlet: X Advocate
published: 1929-03-02
language: en
---
Funeral services for Lewis Stiffler were held on Wednesday afternoon at the Trinity Reformed church, the Rev. Paul E. Baughman officiating. Burial was in the Evergreen Burial Park.

"He went to the border when nobody in this county could have found Ojo de Agua on a map," the pastor said in his sermon.
`;

const TRANSCRIPT = `---
id: xkscv-2024-safeguard-transcript
title: "Safeguard at thirty"
outlet: X KSCV
published: 2024-10-02
language: en
---
RAMSEY: I had a partner, Dale Pruitt, God rest him, who used to say, "We did not stop anything." He said it in briefings.

CALLER: I sold shoes on Morley for twenty-six years. My husband said, "They built the wall to keep out the ones who were not buying anything."
`;

let kb: KnowledgeBase;

beforeAll(async () => {
  kb = (
    await articlesAlone({
      'xkscv-2024-safeguard-transcript.md': TRANSCRIPT,
      'xadvocate-1929-signalman-obituary.md': FUNERAL,
    })
  ).kb;
}, 120_000);

describe('"the pastor" after a reverend named', () => {
  it('is the reverend: his sermon’s words are his', () => {
    const quote = kb.quotes.find((q) => q.text.startsWith('He went to the border'));
    expect(quote?.speakerName).toContain('Baughman');
  });
});

describe('a relative who speaks', () => {
  it('is not linked to someone only a description names', () => {
    const quote = kb.quotes.find((q) => q.text.startsWith('They built the wall'));
    expect(quote).toBeDefined();
    expect(quote?.speakerName).not.toBe('Dale Pruitt');
  });
});

/**
 * "What did the enemies of Ugalde write about him?" asks for the words of his enemies, not his: a person
 * named after "<noun> of" is whose the speakers are, so his own words are no answer.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { AnswerEngine } from '../../src/answer/engine.ts';
import type { GateProbe } from '../../src/answer/types.ts';
import { articlesAlone } from './setup.ts';

const STORY = `---
id: xjournal-1982-fort-anniversary
title: "The fort under the surf"
outlet: X Journal
published: 1982-06-26
language: en
---
The commander was Colonel Ramón Ugalde, and he had about a hundred men in the fort.

"We will hold this fort until the last cartridge," Ugalde said.

Ugalde stood up on the platform and worked a gun himself. Even the men shooting at him wrote afterward that he was a brave man.
`;

let engine: AnswerEngine;

beforeAll(async () => {
  ({ engine } = await articlesAlone({ 'xjournal-1982-fort-anniversary.md': STORY }));
}, 120_000);

const speakerAsked = async (q: string) => {
  let probe: GateProbe | null = null;
  await engine.ask(q, {
    userId: q,
    probe: (p) => (probe ??= p),
    skipGates: ['no-evidence', 'low-confidence'],
  });
  return (probe as GateProbe | null)?.u.speakerId ?? null;
};

describe('the speaker a question asks the words of', () => {
  it('is not the person whose enemies are asked to have written', async () => {
    expect(await speakerAsked('What did the enemies of Ugalde write about him?')).toBeNull();
  });

  it('is the person asked to have said something himself', async () => {
    expect(await speakerAsked('What did Ugalde say about the fort?')).toBe('auto-ramo-n-ugalde');
  });
});

/**
 * "What about the other one?" after someone's words asks for another person's: the sentences already shown
 * are left out, so the answer does not repeat the person just shown (review of fu21).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { asksUnshown } from '../../src/answer/asks-unshown.ts';
import type { AnswerEngine } from '../../src/answer/engine.ts';
import { articlesAlone } from './setup.ts';

const LEVEE = `---
id: yumasun-2019-two-agents-speak
title: Agents describe night on the levee
outlet: Example Yuma Sun
published: 2019-02-11
url: https://example.org/levee
language: en
---
Agents describe night on the levee

YUMA, Ariz. — Two Border Patrol agents who were on the levee when a group of 300 migrants crossed on Saturday described the night to reporters.

Agent Carla Ruiz said the group walked up to the agents and asked for asylum. "They were exhausted and they were looking for us," Ruiz said.

Agent Tom Becker said the soldiers at the levee did not help. "The troops stayed in their trucks all night," Becker said.
`;

let engine: AnswerEngine;
let user = 0;
const fresh = () => ({ userId: `followup-the-other-${++user}` });

beforeAll(async () => {
  ({ engine } = await articlesAlone({ 'levee.md': LEVEE }));
}, 120_000);

describe('asksUnshown', () => {
  it('returns true for "else", "more" and "other", definite or not', () => {
    expect(asksUnshown('what else did she say?')).toBe(true);
    expect(asksUnshown('any more?')).toBe(true);
    expect(asksUnshown('which other bases are they using?')).toBe(true);
    expect(asksUnshown('what about the other one?')).toBe(true);
  });
});

describe('a follow-up asking about "the other" one after someone\'s words', () => {
  it('does not show the words of the person just shown again', async () => {
    const user = fresh();
    const becker = await engine.ask('What did Becker say?', user);
    expect(becker.text).toContain('stayed in their trucks');
    const other = await engine.ask('what about the other one?', user);
    expect(other.text).not.toContain('stayed in their trucks');
  });
});

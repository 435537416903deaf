/**
 * "What were the other two scouts doing?": a definite "the other" picks out people of the story, whom the
 * sentence already shown may tell of; only "else", "more" or an indefinite "other" ask for what is not shown.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { asksUnshown } from '../../src/answer/asks-unshown.ts';
import type { AnswerEngine } from '../../src/answer/engine.ts';
import { articlesAlone } from './setup.ts';

const RESCUE = `---
id: kdlr-2025-eagles-nest-rescue
title: The rescue at Eagle's Nest crossing
outlet: Example Radio Del Rio
published: 2025-04-25
url: https://example.org/eagles-nest
language: en
---
The rescue at Eagle's Nest crossing
Lt. John Bullis led four Seminole scouts against a band of forty raiders at the Eagle's Nest crossing of the Pecos in April 1875.
Bullis's horse ran off, and Sgt. John Ward rode back for him while the two other scouts, Pompey Factor and Isaac Payne, covered the lieutenant with their carbines.
The scouts were disbanded in 1914.
Three of the scouts later received the Medal of Honor.
`;

let engine: AnswerEngine;
let user = 0;
const fresh = () => ({ userId: `followup-the-other-${++user}` });

beforeAll(async () => {
  ({ engine } = await articlesAlone({ 'rescue.md': RESCUE }));
}, 120_000);

describe('asksUnshown', () => {
  it('returns true for "else", "more" and an indefinite "other"', () => {
    expect(asksUnshown('what else did she say?')).toBe(true);
    expect(asksUnshown('any more?')).toBe(true);
    expect(asksUnshown('which other bases are they using?')).toBe(true);
  });

  it('returns false for a definite "the other", which picks out someone of the story', () => {
    expect(asksUnshown('and what were the other two scouts doing meanwhile?')).toBe(false);
    expect(asksUnshown('what about the other guy?')).toBe(false);
  });
});

describe('a follow-up asking about "the other" people of the story', () => {
  it('may be answered by the sentence the last answer showed', async () => {
    const user = fresh();
    const rescue = await engine.ask('Who rode back for Bullis when his horse ran off?', user);
    expect(rescue.text).toContain('carbines');
    const others = await engine.ask('and what were the other two scouts doing meanwhile?', user);
    expect(others.answered).toBe(true);
    expect(others.text).toContain('carbines');
  });
});

/** "capt lebo??": a person asked by their title's abbreviation without its full stop, and their name. */
import { beforeAll, describe, expect, it } from 'vitest';
import type { AnswerEngine } from '../../src/answer/engine.ts';
import { articlesAlone } from './setup.ts';

const ARTICLE = `---
id: example-1880-rattlesnake-springs
title: Victorio turned back
outlet: Example Echo
published: 1880-08-21
url: https://example.org/victorio
language: en
---
Victorio turned back
On Saturday, the 7th, Capt. Lebo came in with Troop K, having cut off a band of Mescaleros riding down from the mountains to join Victorio.
The next afternoon Capt. G. W. Baylor and fifteen Texas Rangers rode in from Ysleta.
`;

let engine: AnswerEngine;

beforeAll(async () => {
  ({ engine } = await articlesAlone({ 'victorio.md': ARTICLE }));
}, 120_000);

describe('a name asked with its title abbreviated without a full stop', () => {
  it('tells who Capt. Lebo is when asked "capt lebo??", not another captain', async () => {
    const answer = await engine.ask('capt lebo??', { userId: 'title-without-stop' });
    expect(answer.answered).toBe(true);
    expect(answer.text).toContain('Troop K');
    expect(answer.direct ?? '').not.toContain('Baylor');
  });
});

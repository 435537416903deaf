/** "Who was his second in command?" never answers with the person whose second in command is asked for. */
import { beforeAll, describe, expect, it } from 'vitest';
import type { AnswerEngine } from '../../src/answer/engine.ts';
import { articlesAlone } from './setup.ts';

const RAID = `---
id: frontierpost-1911-tecate-raid
title: Rebels hold Tecate
outlet: Example Frontier Post
published: 1911-02-02
url: https://example.org/tecate-raid
language: en
---
Rebels hold Tecate
A rebel band rode into Tecate at dawn on Sunday and held the customs house until noon.
The band was led by Ramón Ibarra Salcido, a blacksmith from Ensenada, with a cousin of his wife as his second in command.
Ibarra Salcido told the customs men he would pay for all the grain his men took.
`;

let engine: AnswerEngine;
let user = 0;
const fresh = () => ({ userId: `role-owner-${++user}` });

beforeAll(async () => {
  ({ engine } = await articlesAlone({ 'raid.md': RAID }));
}, 120_000);

describe('a who-question about his or her role', () => {
  it("does not name the role's owner as the one who fills it", async () => {
    const user = fresh();
    const second = await engine.ask('who was his second in command at Tecate?', user);
    expect(second.answered).toBe(true);
    expect(second.text).toContain('a cousin of his wife');
    expect(second.direct ?? '').not.toContain('Ibarra');
  });
});

/** "Who pardoned Tully?" → Reeve → "how old was he?": the person the who-answer named is whom "he" means. */
import { beforeAll, describe, expect, it } from 'vitest';
import type { AnswerEngine } from '../../src/answer/engine.ts';
import { articlesAlone } from './setup.ts';

const PARDON = `---
id: valleystar-1999-tully-pardon
title: Reeve pardons Lt. Amos Tully
outlet: Example Valley Star
published: 1999-02-20
url: https://example.org/tully-pardon
language: en
---
Reeve pardons Lt. Amos Tully
President Harlan Reeve granted a full pardon on Friday to Lt. Amos Tully, who was dismissed from the Army in 1882.
Tully died in 1940. He was 24 years old when the court-martial at Fort Davis dismissed him.
Reeve, 52, signed the pardon in the East Room before the lieutenant's family.
`;

let engine: AnswerEngine;
let user = 0;
const fresh = () => ({ userId: `pronoun-after-who-answer-${++user}` });

beforeAll(async () => {
  ({ engine } = await articlesAlone({ 'pardon.md': PARDON }));
}, 120_000);

describe('a pronoun after a who-answer', () => {
  it('means the person the answer named, not the person the question asked about', async () => {
    const user = fresh();
    const who = await engine.ask('Who pardoned Amos Tully?', user);
    expect(who.answered).toBe(true);
    expect(who.text).toContain('Reeve');
    const age = await engine.ask('how old was he?', user);
    expect(age.answered).toBe(true);
    expect(age.text).toContain('52');
    expect(age.text).not.toContain('24 years');
  });
});

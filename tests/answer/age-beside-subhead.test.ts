/** "How old is Hopkins?" in a story whose subheads are in capitals ("WHO GEN. BLANCO IS."). */
import { beforeAll, describe, expect, it } from 'vitest';
import type { AnswerEngine } from '../../src/answer/engine.ts';
import { articlesAlone } from './setup.ts';

const TIMES = `---
id: example-1913-matamoros
title: Rebels hold Matamoros
outlet: Example Times
published: 1913-06-06
url: https://example.org/matamoros
language: en
---
Rebels hold Matamoros
The rebels entered the plaza at daybreak.

WHO GEN. BLANCO IS.

Gen. Blanco, a Coahuila man from the town of Nadadores, signed the Plan of Guadalupe in March.
`;

const LIVE = `---
id: example-2019-sunland-park
title: FBI arrests militia leader
outlet: Example TV
published: 2019-04-20
url: https://example.org/sunland-park
language: en
---
FBI arrests militia leader
The FBI arrested Larry Mitchell Hopkins, 69, the leader of a group calling itself the United Constitutional Patriots, in Sunland Park on Saturday.
Hopkins is due in federal court in Las Cruces on Monday.
`;

let engine: AnswerEngine;

beforeAll(async () => {
  ({ engine } = await articlesAlone({ 'matamoros.md': TIMES, 'sunland.md': LIVE }));
}, 120_000);

describe('a subhead in capitals', () => {
  it('answers how old Hopkins is, though another story has the subhead "WHO GEN. BLANCO IS."', async () => {
    const answer = await engine.ask('how old is hopkins', { userId: 'age-beside-subhead' });
    expect(answer.answered).toBe(true);
    expect(answer.direct).toContain('69');
  });

  it('reads no one named "is" in a question', () => {
    expect(engine.read('how old is hopkins').entities.some((id) => /blanco/.test(id))).toBe(false);
  });
});

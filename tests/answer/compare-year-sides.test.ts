/** A comparison of two years whose second side names its own subject ("Forsyth's cavalry in 1882 and the Marines in 1997"). */
import { beforeAll, describe, expect, it } from 'vitest';
import type { AnswerEngine } from '../../src/answer/engine.ts';
import { articlesAlone } from './setup.ts';

const OLD = `---
id: frontierpost-1882-hartley-cavalry-turns-back
title: Hartley's cavalry turns back at the line
outlet: Example Frontier Post
published: 1882-05-02
url: https://example.org/hartley-turns-back
language: en
---
Hartley's cavalry turns back at the line
Col. Elwood Hartley crossed into Sonora with six troops of cavalry on the trail of a raiding band.
A Mexican officer met the column at a spring and told Hartley he had no right to be on Mexican soil.
Hartley turned his command around and marched back to the border the same day.
`;

const NEW = `---
id: pecoswire-1998-redford-patrols-suspended
title: Military patrols on the river stay suspended
outlet: Example Pecos Wire
published: 1998-08-12
url: https://example.org/redford-patrols
language: en
---
Military patrols on the river stay suspended
The Pentagon suspended armed military patrols along the river near Redford in July 1997, after a Marine patrol shot a young goatherd.
The patrols have not resumed, a Defense Department spokesman said on Tuesday.
`;

let engine: AnswerEngine;
let user = 0;
const fresh = () => ({ userId: `compare-year-sides-${++user}` });

beforeAll(async () => {
  ({ engine } = await articlesAlone({ 'old.md': OLD, 'new.md': NEW }));
}, 120_000);

describe('a person named with the first year only', () => {
  it('is the first side alone: the second side is its own subject in its own year', async () => {
    const answer = await engine.ask(
      "Did Hartley's cavalry in 1882 and the Marines around Redford in 1997 both end up pulling back from the border?",
      fresh(),
    );
    expect(answer.answered).toBe(true);
    expect(answer.text).not.toMatch(/Hartley in 1997/);
    expect(answer.citations.map((c) => c.sourceId)).toContain('pecoswire-1998-redford-patrols-suspended');
  });
});

/**
 * "Which X more, A or B?": a comparison by a word of measure whose sides are offered as alternatives, each
 * answered by the question the measure word stands for.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { offeredSides } from '../../src/answer/compare-offered.ts';
import type { AnswerEngine } from '../../src/answer/engine.ts';
import type { Runtime } from '../../src/answer/create.ts';
import { articlesAlone } from './setup.ts';

const ARTICLE = `---
id: plains-2007-county-emergencies
title: Two counties declare border emergencies
outlet: Example Plains Ledger
published: 2007-03-14
url: https://example.org/county-emergencies
language: en
---
Two county governments declared border emergencies this week.
Sierra Blanca County is putting $400,000 into its border emergency, the county judge said.
Mesa Roja County is putting $900,000 into its border emergency, according to a county statement.
The money will pay for deputies' overtime and radios.
`;

let engine: AnswerEngine;
let runtime: Runtime;

beforeAll(async () => {
  ({ engine, runtime } = await articlesAlone({ 'emergencies.md': ARTICLE }));
});

const ask = (q: string) => engine.ask(q, { userId: q });

describe('which of two alternatives is more, by a word of measure', () => {
  it('gives both figures when asked which county is putting more money in', async () => {
    const a = await ask(
      'Which county is putting more money into its border emergency, Sierra Blanca or Mesa Roja?',
    );
    expect(a.answered).toBe(true);
    expect(a.text).toContain('$400,000');
    expect(a.text).toContain('$900,000');
  });

  it('asks each alternative the question the measure word stands for', () => {
    const read = (q: string) => offeredSides(runtime.questionNlp.analyse(q))?.questions ?? null;
    expect(read('Which lasted longer, the siege at Naco or the fight at Ojinaga?')).toEqual([
      'how long did the siege at Naco last',
      'how long did the fight at Ojinaga last',
    ]);
    expect(read('Who was older at the time, the sergeant or the scout?')).toEqual([
      'how old was the sergeant at the time',
      'how old was the scout at the time',
    ]);
    expect(read('Which came first, the raid or the treaty?')).toBeNull();
  });

  it("asks how big each side is for a word of size asked with its verb ('which deployment was bigger')", () => {
    const read = (q: string) => offeredSides(runtime.questionNlp.analyse(q))?.questions ?? null;
    expect(read("Which deployment was bigger, Bush's in 2006 or Obama's in 2010?")).toEqual([
      "how big was Bush's in 2006",
      "how big was Obama's in 2010",
    ]);
  });
});

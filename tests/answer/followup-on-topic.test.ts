/**
 * A short question naming no one, asked after an answer from an article whose words it all has ("which groups
 * got put on the list", "when did the shooting happen"), asks on about that article: it answers when it can,
 * and the person the last question named is not carried in.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { AnswerEngine } from '../../src/answer/engine.ts';
import { withArticles } from './setup.ts';

/** A designation: the groups put on a list, and a president's objection. */
const DESIGNATION = `---
id: vigia-2025-cartel-designation
title: US lists Mexican cartels as terrorist groups
outlet: Example Frontier Daily
published: 2025-02-21
url: https://example.org/cartel-designation
language: en
---
The United States on Thursday formally designated six Mexican criminal organizations as foreign terrorist organizations, putting the Sinaloa Cartel and the Jalisco New Generation Cartel on the same legal list as the Islamic State.

Hours later, President Claudia Sheinbaum sent Congress a constitutional amendment saying that Mexico will not accept foreign intervention of any kind.

The State Department notice covers eight groups in all: the Sinaloa Cartel, the Jalisco New Generation Cartel, the Gulf Cartel and five others.
`;

/** Other groups on another list, in another article. */
const SHELTER = `---
id: shelter-2019-volunteer-groups
title: Volunteers wait to help at the Juárez shelter
outlet: Example Border Weekly
published: 2019-03-02
url: https://example.org/volunteer-groups
language: en
---
Church groups from El Paso were put on a waiting list for the shelter's kitchen, organisers said.

The groups will cook on weekends once the list clears.
`;

let engine: AnswerEngine;
let user = 0;
const fresh = () => ({ userId: `followup-on-topic-${++user}` });

beforeAll(async () => {
  ({ engine } = await withArticles(DESIGNATION, SHELTER));
});

describe('a short question on the last answer’s article', () => {
  it('is answered from that article ("which groups got put on the list" after the cartel designation)', async () => {
    const who = fresh();
    const first = await engine.ask('what did sheinbaum do about the cartel terrorist designation?', who);
    expect(first.citations.map((c) => c.sourceId)).toContain('vigia-2025-cartel-designation');
    const a = await engine.ask('which groups got put on the list', who);
    expect(a.answered).toBe(true);
    expect(a.text).toContain('Sinaloa');
    expect(a.citations.map((c) => c.sourceId)).toContain('vigia-2025-cartel-designation');
    expect(a.citations.map((c) => c.sourceId)).not.toContain('shelter-2019-volunteer-groups');
  });

  it('is answered from the coverage as a whole when asked first', async () => {
    const a = await engine.ask('which groups got put on the list', fresh());
    expect(a.citations.map((c) => c.sourceId)).toContain('shelter-2019-volunteer-groups');
  });
});

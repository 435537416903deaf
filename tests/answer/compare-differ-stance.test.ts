/**
 * Two people said to differ on a question of where they stand ("How do Hensley and the retired agent differ on
 * whether smuggling at Del Rio will rise?"): each side's own words on it, not only the passage that says they
 * see it differently.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { AnswerEngine } from '../../src/answer/engine.ts';
import { articlesAlone } from './setup.ts';

const TRANSCRIPT = `---
id: kdrt9-2016-del-rio-crossing-closed-transcript
title: "Transcript: Del Rio crossing closed after the arrest of a smuggling boss"
outlet: Example KDRT 9 newscast transcripts
published: 2016-05-10
url: https://example.org/kdrt9/2016/05/10/del-rio-crossing
language: en
---
Transcript note: This is a rush transcript prepared from the broadcast.

LUCIA MENDOZA, ANCHOR: Good evening. The man who ran the smuggling routes through Del Rio for a decade was arrested this morning in Monterrey. With us in the studio is Dr. Paul Hensley, who teaches criminology at the college here. Dr. Hensley, how big a blow is this?

DR. PAUL HENSLEY, CRIMINOLOGY PROFESSOR: It's a real blow, Lucia, but the organization was already split. When you remove the man at the top of a split organization, the split gets wider. My expectation is more smuggling at Del Rio this summer, not less.

MENDOZA: We also reached Victor Molina, who spent twenty years with the customs service and is now retired in Del Rio. He sees it differently from Dr. Hensley. Here is part of our conversation.

VICTOR MOLINA, RETIRED CUSTOMS AGENT: I think this arrest matters more than people are saying tonight. The ones who are left are younger and have less money. I would not be surprised if by winter you see a lot less smuggling at Del Rio, not more.

MENDOZA: Victor Molina, thank you.
`;

let engine: AnswerEngine;
let user = 0;
const fresh = () => ({ userId: `compare-differ-stance-${++user}` });

beforeAll(async () => {
  ({ engine } = await articlesAlone({ 'del-rio.md': TRANSCRIPT }));
}, 120_000);

describe('two people said to differ on where they stand', () => {
  it("shows each one's own words on the question after the passage saying they see it differently", async () => {
    const answer = await engine.ask(
      'How do Hensley and the retired customs agent differ on whether smuggling at Del Rio will rise?',
      fresh(),
    );
    expect(answer.answered).toBe(true);
    expect(answer.text).toContain('more smuggling at Del Rio this summer');
    expect(answer.text).toContain('a lot less smuggling at Del Rio');
  });
});

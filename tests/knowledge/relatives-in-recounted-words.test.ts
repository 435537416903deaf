/**
 * Relatives in recounted words: a familiar kin word names the relative as a description would ("My daddy was
 * a civilian mechanic … He used to say, '…'" is Buddy Ray Sims's father; "Daddy said, '…'" in a caller's turn
 * is the caller's father), and a "he" inside the words of a
 * speaker known only as someone's mother is the one whose mother she is ("The mother of a Marine in the
 * battalion … '"He wrote, \'Mom, I'm fine …\'"'").
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { buildKnowledge, createPipelineTools, loadKnowledgeData } from '../../src/knowledge/build.ts';
import type { KnowledgeBase } from '../../src/knowledge/schema.ts';
import { parseSource } from '../../src/knowledge/sources.ts';
import { KNOWLEDGE_DIR } from '../../src/paths.ts';

const TRANSCRIPT = `---
id: example-1985-transcript
title: "Transcript: Squadron 201 remembered"
outlet: Example Radio
published: 1985-07-19
url: https://example.org/transcript
language: en
---
CARL LUSK (host): Good morning. Forty years ago this week the pilots of Squadron 201 came to Greenville to train.

RODOLFO PONCE (mechanic): We lost five pilots out there. For the mechanics, when a pilot does not come back, you always ask yourself what you did not see.

LUSK: We have a caller. Buddy Ray Sims in Caddo Mills, go ahead.

BUDDY RAY SIMS (caller): Morning, Carl. My daddy was a civilian mechanic at Majors Field, and he worked on the Mexicans' Thunderbolts. He used to say, "Those boys would take an engine apart just to prove they could put it back together faster than we could." He said they usually did, too.

LUSK: Another caller. Go ahead, you're on the Almanac.

CALLER (RANCHER NEAR VALENTINE): Hi, Carl. My dad ranched next to the old Patrol camp at Valentine. Daddy said, "You'd see them ride out Sunday night and not see them again till Thursday." They'd water at our tank.
`;

const STORY = `---
id: example-2019-tidewater
title: Marines arrested in smuggling case
outlet: Example Tidewater
published: 2019-07-25
url: https://example.org/tidewater
language: en
---
Sixteen Marines were arrested on Thursday at Camp Pendleton during a battalion formation, the 1st Marine Division said.

The mother of a Marine in the battalion, who asked that her name not be used because her son had not been arrested, said she learned of the arrests from a text message he sent at midday. "He wrote, 'Mom, I'm fine, I'm not one of them, don't believe the news till I call,'" she said. "That was all he could say."
`;

let kb: KnowledgeBase;

beforeAll(async () => {
  const data = await loadKnowledgeData(KNOWLEDGE_DIR);
  kb = buildKnowledge(
    [TRANSCRIPT, STORY].map((text, i) => parseSource(new TextEncoder().encode(text), `${i}.md`)),
    createPipelineTools(data),
  );
});

const speakerOf = (start: string) => kb.quotes.find((q) => q.text.startsWith(start))?.speakerName;

describe('relatives in recounted words', () => {
  it('names the caller\'s "daddy" as his father', () => {
    expect(speakerOf('Those boys would take an engine apart')).toBe("Buddy Ray Sims's father");
  });

  it('gives the words "Daddy" said to the caller\'s father', () => {
    expect(speakerOf("You'd see them ride out")).toBe("the caller's father");
  });

  it("gives the son's text message to the Marine whose mother recounts it", () => {
    expect(speakerOf("Mom, I'm fine")).toBe('a Marine in the battalion');
  });
});

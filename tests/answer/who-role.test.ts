import { beforeAll, describe, expect, it } from 'vitest';
import type { AnswerEngine } from '../../src/answer/engine.ts';
import { withArticles } from './setup.ts';

/** An article where the sentence saying who did something says little else of the question. */
const ARTICLE = `---
id: plains-2022-levee-pumps
title: Pumps go to the river levee
outlet: Example Plains Courier
published: 2022-06-14
url: https://example.org/levee-pumps
language: en
---
The county has received a request from the Department of Homeland Security for 40 flood pumps on the levee.
About 20 flood pumps are already running on the levee under an older arrangement with the Pentagon.
They mainly pump the river levee dry.
The pump crews are led by Maj. Gen. Marisa Okafor, who also runs the county's flood office.
`;

/** A sentence that leaves what it speaks of ("the order") to its article's headline. */
const FRAMED = `---
id: plains-2023-canal-gates-order
title: County may close the irrigation canal gates
outlet: Example Plains Courier
published: 2023-05-09
url: https://example.org/canal-gates-order
language: en
---
Farmers have asked the county to close the irrigation canal gates before the storm.
Sheriff Tomas Ybarra is expected to sign the order as early as Thursday, a county official said.
The details of the order have not been finalized.
`;

/** A ranch its owner's name stands before, in an article about a fence built on it. */
const OWNED = `---
id: plains-2008-levee-fence-ranch
title: Volunteers start a levee fence on a ranch by the river
outlet: Example Plains Courier
published: 2008-04-22
url: https://example.org/levee-fence-ranch
language: en
---
On Monday, volunteers with the Rio Verde Watch began digging post holes on a cattle ranch north of the river.
Marisol Treviño lives a mile east of the Quintanilla ranch. Orlando Quintanilla, who runs 200 head of cattle, said he would not pay for the fence.
`;

let engine: AnswerEngine;

beforeAll(async () => {
  ({ engine } = await withArticles(ARTICLE, FRAMED, OWNED));
});

describe('who did something, from the sentence that names the asked role', () => {
  it('names who asked, from the sentence with the request, over one matching more words', async () => {
    const a = await engine.ask('who asked for the flood pumps on the levee? was it the pentagon', {
      userId: 'a',
    });
    expect(a.direct).toBe('Department of Homeland Security');
  });

  it('names the agent after "by" and the titles before the name', async () => {
    const a = await engine.ask('who leads the pump crews?', { userId: 'b' });
    expect(a.direct).toBe('Marisa Okafor');
  });

  it('answers with the sentence naming the office-holder who is to do the asked deed, its headline framing it', async () => {
    const a = await engine.ask('whos the sheriff that was going to sign the canal gate order', {
      userId: 'c',
    });
    expect(a.answered).toBe(true);
    expect(a.text).toContain('Sheriff Tomas Ybarra is expected to sign the order');
    // The sentence says who signs the order, not that it is the canal gates': no name in bold.
    expect(a.direct).toBeNull();
  });

  it('answers "whose ranch" with the sentence naming the ranch by its owner', async () => {
    const a = await engine.ask('whose ranch were the volunteers building the fence on', { userId: 'd' });
    expect(a.answeredAs).toBe('who');
    expect(a.text).toContain('the Quintanilla ranch');
  });
});

import { beforeAll, describe, expect, it } from 'vitest';
import type { AnswerEngine } from '../../src/answer/engine.ts';
import { withArticles } from './setup.ts';

/** A person the article sets in a scene: the festival is named a sentence before her, her grandmother after. */
const ARTICLE = `---
id: plains-2016-harvest-festival-mission
title: A harvest festival remembers the mission cooks
outlet: Example Plains Radio
published: 2016-10-02
url: https://example.org/harvest-festival
language: en
---
On Sunday about 200 people gathered at the Rio Verde harvest festival beside the old mission. The mission kitchen is a museum now. Teresa Alcala, 61, brought a basket of recipes.

TERESA ALCALA: My grandmother cooked for the soldiers at the fort for almost a year.

It took until 1930 for the cooks to be paid. Her cousin, Ramon Ybarra, 58, drove in from Laredo for the festival. He says his father kept the family's papers in a tin box.
`;

/** A spokeswoman described by her department, in an article that also says "kept". */
const SPOKESWOMAN = `---
id: plains-2020-guard-sectors-explainer
title: What the Guard will do on the river
outlet: Example Plains Tribune
published: 2020-08-18
url: https://example.org/guard-sectors
language: en
---
"They will plug into our existing sectors and do the same work our soldiers do," said Lt. Col. Marta Quintero, a Plains Military Department spokeswoman.
The state has kept about 800 soldiers on the river since March.
`;

let engine: AnswerEngine;

beforeAll(async () => {
  ({ engine } = await withArticles(ARTICLE, SPOKESWOMAN));
});

describe('who someone is, asked for by what the question says of them', () => {
  it('names the person whose paragraphs hold what the question describes', async () => {
    const a = await engine.ask(
      "who was the lady at the harvest festival with the basket of her grandma's recipes",
      {
        userId: 'a',
      },
    );
    expect(a.direct).toBe('Teresa Alcala');
    expect(a.text).toContain('basket of recipes');
  });

  it('reads "dept" as department, not as a word it is one letter from', async () => {
    const a = await engine.ask("who's the plains military dept spokeswoman", { userId: 'b' });
    expect(a.text).toContain('**Marta Quintero**');
  });
});

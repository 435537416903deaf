/**
 * Three shapes of attribution: a definite title that points back to the one person the article gave it
 * ("the Secretary" after "Secretary of War Newton D. Baker"), a name with its description set beside it before
 * the verb ("Don Ignacio Ramos, a merchant of this place, … told me:"), and an inverted verb whose subject is a
 * description with the name apposed to it ("Its purpose, said the city's chronicler, Professor Tomás Ibarra
 * Cavazos, was '…'").
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { KnowledgeBase } from '../../src/knowledge/schema.ts';
import { articlesAlone } from '../answer/setup.ts';

const SECRETARY = `---
id: xsignal-1916-pursuit-goes-on
title: "Pursuit goes on"
outlet: X Signal
published: 1916-04-01
language: en
---
WASHINGTON, March 31.—The cavalry fought a band of raiders near the river on Wednesday.

WASHINGTON, March 31.—Secretary of War Newton D. Baker today expressed his gratification at the news and said the pursuit would go on. "The expedition has a single object, and that object has not changed," the Secretary said. He declined to say whether more troops would be sent.
`;

const MERCHANT = `---
id: xmercury-1847-wounded-in-churches
title: "The wounded in the churches"
outlet: X Mercury
published: 1847-03-20
language: en
---
The wounded left upon the field are in the churches of the town, where the town's own people nurse them. The general will march as early as Thursday, a staff officer told the correspondent. Don Ignacio Ramos, a merchant of this place, at whose house I am quartered, told me: "They are our sons and our cousins. We give them the soup."
`;

const CHRONICLER = `---
id: xgaceta-2026-forum-on-soldiers
title: "Forum on the soldiers"
outlet: X Gaceta
published: 2026-03-07
language: en
---
The forum was organized by the Municipal Archive and the university. Its purpose, said the city's chronicler, Professor Tomás Ibarra Cavazos, was "to give names back to men who went north and never returned."

"Here there is not even a plaque," Ibarra said.
`;

let kbs: KnowledgeBase[];

beforeAll(async () => {
  kbs = await Promise.all(
    [
      ['xsignal-1916-pursuit-goes-on.md', SECRETARY],
      ['xmercury-1847-wounded-in-churches.md', MERCHANT],
      ['xgaceta-2026-forum-on-soldiers.md', CHRONICLER],
    ].map(async ([file, text]) => (await articlesAlone({ [file!]: text! })).kb),
  );
}, 120_000);

const speaker = (kb: KnowledgeBase, start: string) =>
  kb.quotes.find((q) => q.text.startsWith(start))?.speakerName ?? null;

describe('attribution shapes', () => {
  it('credits "the Secretary said" to the one person the article gave that title', () => {
    expect(speaker(kbs[0]!, 'The expedition has')).toBe('Newton D. Baker');
  });

  it('credits words to the name a description is set beside, not to the description', () => {
    expect(speaker(kbs[1]!, 'They are our sons')).toBe('Ignacio Ramos');
  });

  it('still finds "a staff officer told" after a name that ends a phrase with no comma closing it', () => {
    expect(kbs[1]!.entities.some((e) => e.name === 'a staff officer')).toBe(true);
  });

  it('credits an inverted "said the chronicler, Professor …" to the apposed name', () => {
    expect(speaker(kbs[2]!, 'to give names back')).toBe('Tomás Ibarra Cavazos');
  });
});

/**
 * A date in a relative clause dates the act of the one "who" stands for: "he married Miss Louisa Pettit, who
 * died in 1894" does not tell when he died.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { AnswerEngine } from '../../src/answer/engine.ts';
import { articlesAlone } from './setup.ts';

const OBITUARY = `---
id: chronicle-1903-amos-pruett-obituary
title: Amos Pruett, veteran of the Mexican War
outlet: Example Chronicle
published: 1903-03-06
url: https://example.org/pruett
language: en
---
Amos Pruett, one of the last men of this county who marched with Doniphan into Mexico, died at his home east of town on Saturday afternoon, February 28, aged 76 years.

Mr. Pruett was born in Bourbon county, Kentucky, and came to Missouri as a boy. In 1852 he married Miss Louisa Pettit, who died in 1894. He farmed east of town until his last illness.
`;

const UNDATED = `---
id: chronicle-1903-silas-mott-obituary
title: Silas Mott, teamster of the Chihuahua trail
outlet: Example Chronicle
published: 1903-04-10
url: https://example.org/mott
language: en
---
Silas Mott, a teamster on the Chihuahua trail in his youth, is dead at his farm near Utica.

In 1856 he married Miss Ann Lusk, who died in 1894. He drove freight wagons to Santa Fe for six seasons.
`;

const DESCRIBED = `---
id: chronicle-1903-eli-stroud-funeral
title: Funeral of Eli Stroud
outlet: Example Chronicle
published: 1903-03-06
url: https://example.org/stroud
language: en
---
Mr. Eli Stroud, the last survivor in this county of the regiment of Col. Alexander Doniphan, who died at his home on February 28, was buried in the Edgewood cemetery on Monday.
`;

let engine: AnswerEngine;
let undated: AnswerEngine;
let described: AnswerEngine;

beforeAll(async () => {
  ({ engine } = await articlesAlone({ 'chronicle-1903-amos-pruett-obituary.md': OBITUARY }));
  ({ engine: undated } = await articlesAlone({ 'chronicle-1903-silas-mott-obituary.md': UNDATED }));
  ({ engine: described } = await articlesAlone({ 'chronicle-1903-eli-stroud-funeral.md': DESCRIBED }));
});

describe('a date of an act told of another in a relative clause', () => {
  it('answers when a man died with the day of his death, not the year his wife died', async () => {
    const a = await engine.ask('when did pruett die', { userId: 'a' });
    expect(a.answered).toBe(true);
    expect(a.direct).toContain('28 February 1903');
    expect(a.direct ?? '').not.toContain('1894');
  });

  it('does not state the year his wife died as his when no date is given for his death', async () => {
    const a = await undated.ask('when did mott die', { userId: 'c' });
    expect(a.direct ?? '').not.toContain('1894');
  });

  it('still answers when the wife died from the clause that tells it', async () => {
    const a = await engine.ask('When did Louisa Pettit die?', { userId: 'b' });
    expect(a.direct).toContain('1894');
  });

  it('answers with a clause that follows a description set beside the asked man, though it ends in another name', async () => {
    const a = await described.ask('When did Stroud die?', { userId: 'd' });
    expect(a.direct).toContain('28 February 1903');
  });
});

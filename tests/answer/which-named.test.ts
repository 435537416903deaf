import { beforeAll, describe, expect, it } from 'vitest';
import type { AnswerEngine } from '../../src/answer/engine.ts';
import { articlesAlone, withArticles } from './setup.ts';

const DIGEST = `---
id: theline-2008-aid-digest
title: Aid money passes; the border mission ends
outlet: Example Weekly
published: 2008-06-27
url: https://example.org/aid-digest
language: en
---
The Senate on Thursday passed the war spending bill that carries the first year of the aid package.
The 10th Cavalry dug in along the boundary line at the mining town while the shooting went on.
`;

let engine: AnswerEngine;

beforeAll(async () => {
  ({ engine } = await withArticles(DIGEST));
});

describe('a "which <kind>" question of a kind nothing is typed as', () => {
  it('declines when the evidence names none of the kind (new-articles-17 dev)', async () => {
    const a = await engine.ask('Which senators voted against the aid package?', { userId: 'a' });
    expect(a.answered).toBe(false);
  });

  it('answers with a name whose own word is one for the kind ("the 10th Cavalry" of a regiment)', async () => {
    const a = await engine.ask('Which regiment dug in along the boundary line at the mining town?', {
      userId: 'b',
    });
    expect(a.answered).toBe(true);
    expect(a.text).toContain('10th Cavalry');
  });
});

const CEREMONY = `---
id: frontier-2022-mier-ceremony
title: Mier remembers the defenders
outlet: Example Frontier Paper
published: 2022-12-26
url: https://example.org/mier-ceremony
language: en
---
Monday's ceremony began at 9 a.m. at the obelisk to the defenders in the main square, with an honor guard and band from the Mexican Army.
The US Northern Command has sent troops and equipment to the border and increased surveillance flights along it.
The mayor laid a wreath and the band played the national anthem.
`;

describe('a "which <kind>" question describing the kind it asks for', () => {
  let alone: AnswerEngine;
  beforeAll(async () => {
    ({ engine: alone } = await articlesAlone({ 'mier.md': CEREMONY }));
  });

  it('declines when the only name with a word of the field is not said with the description (new-articles-30 dev)', async () => {
    const a = await alone.ask('Which Mexican Army battalion sent the honor guard to the Mier ceremony?', {
      userId: 'c',
    });
    expect(a.answered).toBe(false);
  });
});

const ZONES = `---
id: wire-2025-zones-law
title: Trespass cases in the military zones
outlet: Example Wire
published: 2025-05-09
url: https://example.org/zones-law
language: en
---
Prosecutors have charged hundreds of migrants with trespassing on the new military zones along the border.
Legal scholars say the zones are also a way around the Posse Comitatus Act, the 1878 law that generally bars federal troops from acting as police on U.S. soil.
`;

describe('a "which <kind>" question answered by a name whose last word says its kind', () => {
  let alone: AnswerEngine;
  beforeAll(async () => {
    ({ engine: alone } = await articlesAlone({ 'zones.md': ZONES }));
  });

  it('answers "which statute" with the Posse Comitatus Act, a statute being a kind of act (new-articles-11 dev)', async () => {
    const a = await alone.ask('Which statute from the 1800s keeps GIs from doing police work?', {
      userId: 'd',
    });
    expect(a.answered).toBe(true);
    expect(a.text).toContain('Posse Comitatus Act');
  });
});

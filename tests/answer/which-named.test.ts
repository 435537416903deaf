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

const CABINET = `---
id: example-1921-cabinet-profile
title: The new cabinet takes its oath
outlet: Example Capital Weekly
published: 1921-12-05
url: https://example.org/cabinet-profile
language: en
---
Ramiro Olvera Campos led the northern rebellion of 1920 and governed Sonora for six months.
He then served as President Aranda's secretary of the treasury, and he paid off the railway bonds within a year.
His brother kept the family's cattle ranch near Hermosillo.
`;

describe('a "which <office>" question answered by the word for its holder', () => {
  let alone: AnswerEngine;
  beforeAll(async () => {
    ({ engine: alone } = await articlesAlone({ 'cabinet.md': CABINET }));
  });

  it("answers 'which post' with the secretary's office WordNet forms from 'secretary' (new-articles-29 dev)", async () => {
    const a = await alone.ask("Which post did Olvera take in Aranda's cabinet, minding the nation's money?", {
      userId: 'e',
    });
    expect(a.answered).toBe(true);
    expect(a.text).toContain('secretary of the treasury');
  });
});

const TASK_FORCE = `---
id: example-2019-task-force-explainer
title: What the task force at the airfield does
outlet: Example Border Paper
published: 2019-03-02
url: https://example.org/task-force-explainer
language: en
---
The task force coordinates military support for the Border Patrol from a headquarters at the airfield.
The Posse Comitatus Act of 1878 keeps federal troops out of ordinary policing, but later laws let the military lend equipment and training to police.
Its soldiers mostly run radar sites and repair roads.
`;

describe('a "which <kind>" question whose verb the tagger reads as a noun', () => {
  let alone: AnswerEngine;
  beforeAll(async () => {
    ({ engine: alone } = await articlesAlone({ 'task-force.md': TASK_FORCE }));
  });

  it("asks for the statute, not the soldiers, in 'which old statute stops soldiers from…', and a name need not say 'old' (new-articles-5 dev)", async () => {
    const a = await alone.ask('Which old statute stops soldiers from doing police work?', { userId: 'f' });
    expect(a.answered).toBe(true);
    expect(a.text).toContain('Posse Comitatus Act');
  });
});

const SIEGE = `---
id: example-1851-siege-letter
title: The siege across the river
outlet: Example Frontier Register
published: 1851-10-30
url: https://example.org/siege-letter
language: en
---
The attack on the Mexican town began at daybreak and went on until dark.
From the roof of the custom-house in this town, on the Texas side of the river, we could see the smoke of the battle plainly, and hear every volley.
The besiegers number some four hundred men.
`;

describe('a "which <kind>" question answered by a definite word for a kind of it', () => {
  let alone: AnswerEngine;
  beforeAll(async () => {
    ({ engine: alone } = await articlesAlone({ 'siege.md': SIEGE }));
  });

  it("answers 'which building' with 'the custom-house', read as WordNet's 'customhouse' (new-articles-50 dev)", async () => {
    const a = await alone.ask('From which building could the writer make out the smoke of the battle?', {
      userId: 'g',
    });
    expect(a.answered).toBe(true);
    expect(a.text).toContain('custom-house');
  });
});

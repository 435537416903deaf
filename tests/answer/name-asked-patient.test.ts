import { beforeAll, describe, expect, it } from 'vitest';
import type { AnswerEngine } from '../../src/answer/engine.ts';
import { withArticles } from './setup.ts';

const SUMMIT = `---
id: plainsgazette-1911-bridge-visit
title: Governor crosses the bridge at Laredo
outlet: Plains Gazette
published: 1911-05-04
url: https://example.org/bridge-visit
language: en
---
LAREDO, Tex. — Governor Oscar Colquitt crossed the international bridge on Wednesday to meet the mayor of Nuevo Laredo, the first such visit in years.

A man carrying a loaded revolver in his coat was seized in the crowd at the foot of the bridge. It was Sergeant Walter Haines and Private Lucas Berry of the Rangers who made the arrest.

The governor spoke for twenty minutes and returned before dark.
`;

const RAID = `---
id: plainsgazette-1911-ferry-raid
title: Smuggler taken at the ferry
outlet: Plains Gazette
published: 1911-06-09
url: https://example.org/ferry-raid
language: en
---
ZAPATA, Tex. — Rangers watching the ferry landing on Thursday arrested Tomás Villegas, a freighter from Guerrero, with six rifles hidden under sacks of corn.

Sergeant Walter Haines led the detail. The rifles were sent to the customs house.
`;

describe('a name asked of the one an act was done to', () => {
  let engine: AnswerEngine;
  beforeAll(async () => {
    ({ engine } = await withArticles(SUMMIT));
  });

  it('declines rather than give the men who made the arrest as the man arrested', async () => {
    const a = await engine.ask('What was the name of the man arrested with the revolver at the bridge?', {
      userId: 'a',
    });
    expect(a.answered).toBe(false);
  });
});

describe('a name asked of the one an act was done to, when the coverage names him', () => {
  let engine: AnswerEngine;
  beforeAll(async () => {
    ({ engine } = await withArticles(RAID));
  });

  it('answers with the name in the place of the one arrested', async () => {
    const a = await engine.ask('What was the name of the man arrested at the ferry landing?', {
      userId: 'a',
    });
    expect(a.answered).toBe(true);
    expect(a.text).toContain('Villegas');
  });
});

const SHOOTING = `---
id: plainsgazette-2023-checkpoint-shooting
title: Soldiers kill three young men at a checkpoint outside Nuevo Laredo
outlet: Plains Gazette
published: 2023-03-02
url: https://example.org/checkpoint-shooting
language: en
---
NUEVO LAREDO, Tamaulipas — Mexican soldiers opened fire on a pickup truck at a checkpoint early Sunday, killing three young men, the state prosecutor's office said.

Gov. Américo Villarreal said the soldiers would be handed to civilian prosecutors. The families have asked for the bodies to be returned.
`;

describe('names asked of people the coverage does not name', () => {
  let engine: AnswerEngine;
  beforeAll(async () => {
    ({ engine } = await withArticles(SHOOTING));
  });

  it('declines rather than show evidence naming none of the young men killed', async () => {
    const a = await engine.ask('What were the names of the three young men who were killed?', {
      userId: 'a',
    });
    expect(a.answered).toBe(false);
  });
});

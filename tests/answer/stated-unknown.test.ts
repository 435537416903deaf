import { beforeAll, describe, expect, it } from 'vitest';
import type { AnswerEngine } from '../../src/answer/engine.ts';
import { statesUnknown } from '../../src/answer/stated-unknown.ts';
import { withArticles } from './setup.ts';

/** A report that says what is not known: whether soldiers were detained. */
const ARTICLE = `---
id: klrd8-2023-pickup-live
title: Soldiers fire on a pickup in Nuevo Laredo
outlet: Example Laredo News
published: 2023-03-01
url: https://example.org/pickup-live
language: en
---
NUEVO LAREDO, Tamaulipas — Soldiers opened fire on a pickup early Sunday, killing five young men, the state human rights commission said.

At his morning news conference on Tuesday, the president said the shooting would be investigated. He did not say whether any soldiers had been detained.

The defense ministry said the patrol had heard gunshots before it fired. The families buried the men on Wednesday.
`;

let engine: AnswerEngine;

beforeAll(async () => {
  ({ engine } = await withArticles(ARTICLE));
});

describe('statesUnknown', () => {
  it('reads a report that something was not said or is not known', () => {
    expect(statesUnknown('He did not say whether any soldiers had been detained.')).toBe(true);
    expect(statesUnknown('Officials would not confirm how many agents were sent.')).toBe(true);
    expect(statesUnknown('It was not clear whether the order had been signed.')).toBe(true);
  });

  it('does not read a plain negative, or a quotation of someone who does not know, as the report not knowing', () => {
    expect(statesUnknown('The Pentagon did not respond to the letter.')).toBe(false);
    expect(statesUnknown('"We do not know whether they will come back," she said.')).toBe(false);
  });
});

describe('a yes/no question the coverage says is unknown', () => {
  it('declines, giving the sentence that says it is not known', async () => {
    const a = await engine.ask('Have any of the soldiers been arrested over this?', { userId: 'a' });
    expect(a.answered).toBe(false);
    expect(a.text).toContain("doesn't say");
    expect(a.text).toContain('He did not say whether any soldiers had been detained.');
    expect(a.text).toContain('Example Laredo News');
  });

  it('still answers a question the same article does answer', async () => {
    const a = await engine.ask('Were the young men buried?', { userId: 'b' });
    expect(a.answered).toBe(true);
    expect(a.text).toContain('buried the men on Wednesday');
  });
});

/** A report that someone declined to say something: the answer to whether they said it. */
const DECLINED = `---
id: example-1916-secretary-declined
title: The pursuit will go on
outlet: Example Evening Star
published: 1916-04-01
url: https://example.org/pursuit
language: en
---
WASHINGTON, March 31.—Secretary of War Lindley M. Garrison welcomed the news from the border and said the pursuit would go on.

He declined to say whether the Guard regiments would be called out.
`;

describe('a question whether someone said something, where the coverage says they declined to', () => {
  it('answers with the report that they declined to say', async () => {
    const { engine: declined } = await withArticles(DECLINED);
    const a = await declined.ask('Did Secretary Garrison say whether the Guard would be called out?', {
      userId: 'c',
    });
    expect(a.answered).toBe(true);
    expect(a.text).toContain('declined to say whether the Guard regiments would be called out');
  });
});

import { beforeAll, describe, expect, it } from 'vitest';
import type { AnswerEngine } from '../../src/answer/engine.ts';
import { onlyAsOwnerOfPerson, settingWords } from '../../src/answer/quote-scene.ts';
import type { Sentence } from '../../src/knowledge/schema.ts';
import { fixtureEngine, shippedRuntime, withArticles } from './setup.ts';

// As in new-articles-14's live blog: the headline sets the meeting in Presidio, the guest is brought in by
// name a paragraph before his words, which name neither; as in new-articles-21, someone's mother speaks at
// a vigil.
const ARTICLE = `---
id: river-2013-council-river-road
title: Presidio council asks Marines to halt river road
outlet: Example River Light
published: 2013-08-13
url: https://example.org/council-river-road
language: en
---
PRESIDIO, Texas — The city council voted on Tuesday to ask the Marines to halt work on a road along the Rio Grande.

Marine engineers have graded two miles of the road since June.

A guest from across the river spoke next. Lic. Ernesto Valdivia Ruelas, a member of the Ojinaga city council, spoke in Spanish; a clerk translated.

"The river does not have a passport," he said. "We ask only to be told before and not after."

Mark Ellison, 30, of McAllen, has been missing since the boat capsized.

Ellison's mother, speaking at a vigil in McAllen on Sunday, thanked the sheriff's office and asked for the search to go on.
`;

let engine: AnswerEngine;

beforeAll(async () => {
  engine = (await withArticles(ARTICLE)).engine;
});

const ask = (q: string) => engine.ask(q, { userId: q });

describe('what someone said, where the article sets the scene once', () => {
  it('answers with their words when the headline sets the meeting asked about', async () => {
    const a = await ask('What did Valdivia Ruelas say at the Presidio council meeting?');
    expect(a.answered).toBe(true);
    expect(a.text).toContain('passport');
  });

  it('does not take the opening for the topic they are asked to have spoken about', async () => {
    expect((await ask('What did Valdivia Ruelas say about the engineers grading the road?')).answered).toBe(
      false,
    );
  });

  it('does not answer with the words of their mother at the vigil', async () => {
    expect((await ask('What did Mark Ellison say at the vigil in McAllen?')).answered).toBe(false);
  });

  it('answers the Ojinaga council member at the Presidio meeting (new-articles-14 dev a14-048)', async () => {
    const fixture = await fixtureEngine(await shippedRuntime(), 'articles-14');
    const a = await fixture.ask('qué dijo el regidor de ojinaga en la junta de presidio', { userId: 't' });
    expect(a.answered).toBe(true);
    expect(a.text).toContain('passport');
  });
});

const sentence = (text: string, entityId: string, mention: string): Sentence =>
  ({ text, mentions: [{ entityId, text: mention, via: 'alias' }] }) as unknown as Sentence;

describe('onlyAsOwnerOfPerson', () => {
  const heads = new Map([['mother', 'female']]);

  it('returns true when the person is named only as the owner of another person', () => {
    const s = sentence(
      "Hartley's mother, speaking at a vigil in McAllen, thanked the sheriff.",
      'h',
      'Hartley',
    );
    expect(onlyAsOwnerOfPerson(s, 'h', heads)).toBe(true);
  });

  it('returns false when the person speaks, or owns a thing', () => {
    expect(
      onlyAsOwnerOfPerson(sentence('Hartley said at a vigil she was grateful.', 'h', 'Hartley'), 'h', heads),
    ).toBe(false);
    expect(
      onlyAsOwnerOfPerson(sentence("Hartley's account has not changed.", 'h', 'Hartley'), 'h', heads),
    ).toBe(false);
  });
});

describe('settingWords', () => {
  it('returns the words of where or when, not of the topic', async () => {
    const runtime = await shippedRuntime();
    const words = settingWords(
      runtime.questionNlp.analyse('what did he say about the road at the vigil in McAllen').tokens,
    );
    expect(words.has('vigil')).toBe(true);
    expect(words.has('mcallen')).toBe(true);
    expect(words.has('road')).toBe(false);
  });
});

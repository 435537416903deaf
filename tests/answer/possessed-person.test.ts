import { beforeAll, describe, expect, it } from 'vitest';
import type { Runtime } from '../../src/answer/create.ts';
import type { AnswerEngine } from '../../src/answer/engine.ts';
import { ownerOf, ownsPersonAfter } from '../../src/answer/possessed-person.ts';
import { articlesAlone, fixtureEngine, shippedRuntime } from './setup.ts';

/** A corporal's wife, and a park guide quoted beside the word "troopers". */
const WIVES = `---
id: davisledger-1880-fort-wives-test
title: News of the column reaches the fort
outlet: Example Davis Ledger
published: 1880-10-30
url: https://example.org/fort-wives
language: en
---
At the fort, the wives of the regiment waited at the laundry for the courier. Mrs. Nora Quill, whose husband is a corporal in Company D and has been at the river camps since June, said she had not had a letter in six weeks.

"People picture a fort. It was a supply town with a post office and a few soldiers in tents," said Elena Ruiz, a park guide at the old fort, who has led the anniversary walk for eight years.

Ms. Ruiz said the raiders set the roof on fire, and the troopers ran out into the dark.
`;

let runtime: Runtime;
let victorio: AnswerEngine;
let guadalupe: AnswerEngine;
let wives: AnswerEngine;

beforeAll(async () => {
  runtime = await shippedRuntime();
  victorio = await fixtureEngine(runtime, 'articles-17');
  guadalupe = await fixtureEngine(runtime, 'articles-25');
  ({ engine: wives } = await articlesAlone({ 'wives.md': WIVES }));
});

describe('a person asked for by a relation to another ("the trooper\'s wife")', () => {
  it('does not name a park ranger quoted near the word "troopers" as the trooper\'s wife', async () => {
    const a = await victorio.ask("who was the trooper's wife at fort davis?", { userId: 'trooper' });
    expect(a.text).not.toContain('Olguín');
  });

  it("does not name a man of the article as the trooper's wife", async () => {
    const a = await victorio.ask("who was the trooper's wife?", { userId: 'trooper-alone' });
    expect(a.text).not.toContain('**Amos Vickery**');
  });

  it('does not name in bold a park guide no one calls a wife', async () => {
    const a = await wives.ask("who was the trooper's wife at the fort?", { userId: 'guide' });
    expect(a.text).not.toContain('**Elena Ruiz**');
  });

  it("still names the corporal's wife in an article written for it", async () => {
    const a = await wives.ask("who was the corporal's wife?", { userId: 'corporal' });
    expect(a.text).toContain('**Nora Quill**');
  });

  it("still names the woman whose husband is a private as the private's wife", async () => {
    const a = await victorio.ask("who was the private's wife?", { userId: 'private' });
    expect(a.text).toContain('**Lucinda Harlow**');
  });

  it("still finds the letter writer an article calls a rancher's wife", async () => {
    const a = await guadalupe.ask(
      "What did the rancher's wife in the San Pedro Valley write to her sister?",
      {
        userId: 'rancher',
      },
    );
    expect(a.text).toContain('Eliza Bradshaw');
  });
});

describe('ownsPersonAfter and ownerOf', () => {
  const tokens = (text: string) => runtime.questionNlp.analyse(text).tokens;
  const person = (w: string) => ['wife', 'aide', 'trooper', 'colonel'].includes(w);

  it('reads the noun before "\'s" and a noun for someone as the owner, not the one asked about', () => {
    const t = tokens("who was the colonel's young aide?");
    const colonel = t.findIndex((x) => x.normal === 'colonel');
    const aide = t.findIndex((x) => x.normal === 'aide');
    expect(ownsPersonAfter(t, colonel, person)).toBe(true);
    expect(ownerOf(t, aide)?.normal).toBe('colonel');
  });

  it('reads no owner for a noun with no possessive before it', () => {
    const t = tokens('who was the trooper at the fort?');
    const trooper = t.findIndex((x) => x.normal === 'trooper');
    expect(ownsPersonAfter(t, trooper, person)).toBe(false);
    expect(ownerOf(t, trooper)).toBeNull();
  });
});

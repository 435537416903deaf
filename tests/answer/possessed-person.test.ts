import { beforeAll, describe, expect, it } from 'vitest';
import type { Runtime } from '../../src/answer/create.ts';
import type { AnswerEngine } from '../../src/answer/engine.ts';
import { ownerOf, ownsPersonAfter } from '../../src/answer/possessed-person.ts';
import { fixtureEngine, shippedRuntime } from './setup.ts';

let runtime: Runtime;
let victorio: AnswerEngine;
let guadalupe: AnswerEngine;

beforeAll(async () => {
  runtime = await shippedRuntime();
  victorio = await fixtureEngine(runtime, 'articles-17');
  guadalupe = await fixtureEngine(runtime, 'articles-25');
});

describe('a person asked for by a relation to another ("the trooper\'s wife")', () => {
  it('does not name a park ranger quoted near the word "troopers" as the trooper\'s wife', async () => {
    const a = await victorio.ask("who was the trooper's wife at fort davis?", { userId: 'trooper' });
    expect(a.text).not.toContain('Olguín');
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

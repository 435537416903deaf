import { beforeAll, describe, expect, it } from 'vitest';
import { withoutComparedTopic } from '../../src/answer/compared-topic.ts';
import type { Runtime } from '../../src/answer/create.ts';
import { fixtureEngine, shippedRuntime } from './setup.ts';

const namedIn = (lower: string, names: Record<string, string>) => (id: string) => {
  const name = names[id] ?? '';
  const at = lower.indexOf(name);
  return at < 0 ? null : { at, end: at + name.length };
};

describe('withoutComparedTopic', () => {
  it('drops the person whose thing the two sides differ on ("differ on the size of Bravo\'s force")', () => {
    const lower = "how do villaseñor and general amaya differ on the size of bravo's force?";
    const names = { v: 'villaseñor', a: 'general amaya', b: 'bravo' };
    expect(withoutComparedTopic(lower, ['v', 'a', 'b'], namedIn(lower, names))).toEqual(['v', 'a']);
  });

  it('drops a person the sides talk about ("say different things about Arista")', () => {
    const lower = 'lerma and the officer and cruz say different things about arista.';
    const names = { l: 'lerma', c: 'cruz', ar: 'arista' };
    expect(withoutComparedTopic(lower, ['l', 'c', 'ar'], namedIn(lower, names))).toEqual(['l', 'c']);
  });

  it('drops a person named further into what the sides disagree about ("disagree about the way Walsh died")', () => {
    const lower = 'how did harlan and voss disagree about the way walsh died?';
    const names = { h: 'harlan', v: 'voss', w: 'walsh' };
    expect(withoutComparedTopic(lower, ['h', 'v', 'w'], namedIn(lower, names))).toEqual(['h', 'v']);
  });

  it('drops a person named in a whether-clause the sides agree about ("agree about whether Daley was to blame")', () => {
    const lower = 'did pruett and tillman agree about whether daley was to blame?';
    const names = { p: 'pruett', t: 'tillman', d: 'daley' };
    expect(withoutComparedTopic(lower, ['p', 't', 'd'], namedIn(lower, names))).toEqual(['p', 't']);
  });

  it('keeps a side worded as a possessive alone after the comparing word ("compare with Hartwell\'s")', () => {
    const lower = "how did langham's count and smith's compare with hartwell's?";
    const names = { l: 'langham', s: 'smith', h: 'hartwell' };
    expect(withoutComparedTopic(lower, ['l', 's', 'h'], namedIn(lower, names))).toEqual(['l', 's', 'h']);
  });

  it('keeps a side named after "with" that ends the topic "about" opens', () => {
    const lower = 'how did kesling and lattimore disagree about the raid with boggs?';
    const names = { k: 'kesling', l: 'lattimore', b: 'boggs' };
    expect(withoutComparedTopic(lower, ['k', 'l', 'b'], namedIn(lower, names))).toEqual(['k', 'l', 'b']);
  });

  it('keeps the one whose view the sides are set against ("agree with Pershing\'s view")', () => {
    const lower = "did scott and funston agree with pershing's view of the expedition?";
    const names = { s: 'scott', f: 'funston', p: 'pershing' };
    expect(withoutComparedTopic(lower, ['s', 'f', 'p'], namedIn(lower, names))).toEqual(['s', 'f', 'p']);
  });
});

describe('comparing two people on a figure that belongs to a third', () => {
  let runtime: Runtime;
  beforeAll(async () => {
    runtime = await shippedRuntime();
  });

  it("gives each historian's figure for Bravo's force, not Bravo as a third side", async () => {
    const engine = await fixtureEngine(runtime, 'articles-39');
    const a = await engine.ask("How did Villaseñor and General Amaya differ on the size of Bravo's force?", {
      userId: 'compared-topic-1',
    });
    expect(a.answered).toBe(true);
    expect(a.text).toContain('eight hundred');
    expect(a.text).toContain('more than a thousand');
    expect(a.text).not.toContain("doesn't say for");
  });
});

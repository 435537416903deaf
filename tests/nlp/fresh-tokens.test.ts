/** A text is split into the same tokens whatever the process read before it. */
import { beforeAll, describe, expect, it } from 'vitest';
import type { AnswerEngine } from '../../src/answer/engine.ts';
import { Nlp } from '../../src/nlp/pipeline.ts';
import { tokeniseAsFresh } from '../../src/nlp/fresh-tokens.ts';
import { fixtureKnowledge, shippedRuntime } from '../answer/setup.ts';
import { engineFor } from '../../src/eval/sets.ts';

const EARLIER = "The line is about twice the length of New Mexico's.";
const LATER = "How did Mexico's government and the DEA agent react to the ruling?";

const values = (nlp: Nlp, text: string): string[] => nlp.analyse(text).tokens.map((t) => t.value);

describe('Nlp.analyse', () => {
  it('gives a text the tokens it has on a fresh pipeline after another text was read', () => {
    const used = new Nlp([]);
    values(used, EARLIER);
    expect(values(used, LATER)).toEqual(values(new Nlp([]), LATER));
    expect(values(used, LATER)).toContain("'s");
  });

  it('gives a question the same tokens on a pipeline that has read it and others before', () => {
    const used = new Nlp([], [], 'questions');
    const first = values(used, LATER);
    values(used, EARLIER);
    expect(values(used, LATER)).toEqual(first);
  });

  it('gives a text the same tokens each time the pipeline reads it again, and after it learnt its words', () => {
    const used = new Nlp([]);
    const fresh = values(new Nlp([]), LATER);
    expect(values(used, LATER)).toEqual(fresh);
    values(used, EARLIER);
    expect(values(used, LATER)).toEqual(fresh);
    expect(values(used, `${EARLIER} ${LATER}`).slice(-fresh.length)).toEqual(fresh);
    expect(values(used, LATER)).toEqual(fresh);
  });

  it('gives a paragraph the tokens it has alone, whatever paragraph of the article came before', () => {
    const nlp = new Nlp([]);
    const [, later] = nlp.analyseParagraphs([EARLIER, LATER]);
    expect(later?.tokens.map((t) => t.value)).toEqual(values(new Nlp([]), LATER));
  });
});

describe('an engine on a runtime that has answered other questions', () => {
  let runtime: Awaited<ReturnType<typeof shippedRuntime>>;
  let border: AnswerEngine;
  let abduction: AnswerEngine;

  beforeAll(async () => {
    runtime = await shippedRuntime();
    border = engineFor(runtime, await fixtureKnowledge(runtime, 'articles-23'));
    abduction = engineFor(runtime, await fixtureKnowledge(runtime, 'articles-29'));
  }, 120_000);

  it("compares Mexico's government and the agent after a question about New Mexico's stretch", async () => {
    await border.ask("Whose stretch of the Mexican line is longer, New Mexico's or Arizona's?", {
      userId: 'earlier',
    });
    const a = await abduction.ask(
      "How did Mexico's government and the DEA agent who studied under Montaño react differently to the ruling?",
      { userId: 'later' },
    );
    expect(a.text).toContain('invalid and unacceptable');
    expect(a.text).toContain('good guys won');
  });
});

describe('tokeniseAsFresh', () => {
  /** A cache of the model's 10 words, `held` among them, that counts what it is asked. */
  const countingCache = (held: Record<string, number>) => {
    const asked: string[] = [];
    const cache = {
      lookup: (text: string) => {
        asked.push(text);
        return held[text] === undefined ? null : [held[text]];
      },
      intrinsicSize: () => 10,
    };
    return { cache, asked };
  };

  it('asks wink once for a text that is no plain word and that the cache does not hold', () => {
    const { cache, asked } = countingCache({});
    tokeniseAsFresh(cache, /^[a-z]+$/i);
    expect(cache.lookup('border,')).toBeNull();
    expect(cache.lookup('border,')).toBeNull();
    expect(asked).toEqual(['border,']);
  });

  it('answers a text that is no plain word as unknown once the cache has learnt it, as before it had', () => {
    const held: Record<string, number> = {};
    const { cache } = countingCache(held);
    tokeniseAsFresh(cache, /^[a-z]+$/i);
    expect(cache.lookup("mexico's")).toBeNull();
    held["mexico's"] = 12;
    expect(cache.lookup("mexico's")).toBeNull();
  });

  it('answers a plain word the cache learns after it was first asked for', () => {
    const held: Record<string, number> = {};
    const { cache } = countingCache(held);
    tokeniseAsFresh(cache, /^[a-z]+$/i);
    expect(cache.lookup('sheinbaum')).toBeNull();
    held['sheinbaum'] = 11;
    expect(cache.lookup('sheinbaum')).toEqual([11]);
  });
});

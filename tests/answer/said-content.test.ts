import { beforeAll, describe, expect, it } from 'vitest';
import type { Runtime } from '../../src/answer/create.ts';
import type { AnswerEngine } from '../../src/answer/engine.ts';
import { KnowledgeIndex } from '../../src/answer/knowledge-index.ts';
import { saidContentAfter, sayingLemmas } from '../../src/answer/said-content.ts';
import type { KnowledgeBase } from '../../src/knowledge/schema.ts';
import { fixtureEngine, withArticles } from './setup.ts';

/** A report of what worries a researcher, whose words follow it; a report that quotes in itself. */
const STORY = `---
id: nogalesdaily-2025-drones-port
title: Drones over the Nogales port draw notice
outlet: Example Nogales Daily
published: 2025-03-04
url: https://example.org/drones-port
language: en
---
The Army began flying small drones over the Mariposa port of entry in February.

Carmen Ruelas, a researcher in Nogales who studies smuggling routes, said the drones worry her less than what might follow them. "Drones are how every raid begins," she said.

A customs broker, Tomás Igareta, said "the lines have not moved an inch" since the drones arrived.

The Army did not say how many drones it flies.
`;

const SPEECH_VERBS: ReadonlySet<string> = new Set(['say', 'tell', 'write']);

let runtime: Runtime;
let kb: KnowledgeBase;
let engine: AnswerEngine;

beforeAll(async () => {
  ({ kb, engine, runtime } = await withArticles(STORY));
});

describe('sayingLemmas', () => {
  it('finds the asking in "Stryker driver\'s daughter asked what?"', () => {
    const tokens = runtime.questionNlp.analyse("Stryker driver's daughter asked what?").tokens;
    expect(sayingLemmas(tokens, SPEECH_VERBS)).toContain('ask');
  });

  it('finds no saying in a question about a deed ("What did the Army fly over the port?")', () => {
    const tokens = runtime.questionNlp.analyse('What did the Army fly over the port?').tokens;
    expect(sayingLemmas(tokens, SPEECH_VERBS)).toEqual([]);
  });
});

describe('saidContentAfter', () => {
  const sentenceWith = (index: KnowledgeIndex, words: string) => {
    const s = index.kb.sentences.find((x) => x.text.includes(words));
    if (!s) throw new Error(`no sentence with ${words}`);
    return s;
  };

  it('gives the quotation after a report that leaves out the words', () => {
    const index = new KnowledgeIndex(kb);
    const q = saidContentAfter(index, sentenceWith(index, 'worry her less'));
    expect(q?.text).toContain('how every raid begins');
  });

  it('gives nothing for a report that quotes in itself', () => {
    const index = new KnowledgeIndex(kb);
    expect(saidContentAfter(index, sentenceWith(index, 'customs broker'))).toBeNull();
  });
});

describe('a question about the words of a saying, answered by a report of it', () => {
  it('shows the words that follow the report of what worries the researcher', async () => {
    const a = await engine.ask('What worries the Nogales researcher more than the drones?', { userId: 'a' });
    expect(a.answered).toBe(true);
    expect(a.text).toContain('how every raid begins');
  });

  it("shows what a soldier's daughter asked, quoted after the report (new-articles-9 dev)", async () => {
    const stryker = await fixtureEngine(runtime, 'articles-9');
    const a = await stryker.ask("Stryker driver's daughter asked what?", { userId: 'b' });
    expect(a.text).toContain('Are you going to fight Mexico');
  });

  it('shows what worries the Tijuana researcher, quoted after the report (new-articles-18 dev)', async () => {
    const baja = await fixtureEngine(runtime, 'articles-18');
    const a = await baja.ask('What worries the Tijuana researcher more than the flights themselves?', {
      userId: 'c',
    });
    expect(a.text).toContain('how every strike starts');
  });
});

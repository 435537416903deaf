import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { AnswerEngine } from '../../src/answer/engine.ts';
import {
  SPANISH_WORDS_RETRY_MS,
  SpanishWords,
  spanishWordsReadOnFirstUse,
} from '../../src/nlp/spanish-words.ts';
import { shippedRuntime } from './setup.ts';

describe('SpanishWords', () => {
  const words = new SpanishWords(Buffer.from('["abajo","despacho","frontera","soldados","ñu","ñuzco"]\n'));

  it('finds every word of the list, first and last included', () => {
    for (const w of ['abajo', 'despacho', 'frontera', 'soldados', 'ñu', 'ñuzco'])
      expect(words.has(w)).toBe(true);
  });

  it('finds a word written with its accent in a list that writes none', () => {
    expect(words.has('despachó')).toBe(true);
  });

  it('finds no word the list lacks, before, between or after its words', () => {
    for (const w of ['aaa', 'despachar', 'front', 'zzz', 'kristi', 'ñuz', 'ó', ''])
      expect(words.has(w)).toBe(false);
  });

  it('refuses text that is not a JSON array of words', () => {
    expect(() => new SpanishWords(Buffer.from('{"a":1}'))).toThrow(/array of words/);
    expect(() => new SpanishWords(Buffer.from('["a","b"] trailing'))).toThrow(/array of words/);
  });

  it('reads the pinned package whole', async () => {
    const path = createRequire(import.meta.url).resolve('an-array-of-spanish-words');
    const list = new SpanishWords(await readFile(path));
    expect(['mandaron', 'detuvieron', 'aaronica', 'ñuzcos'].every((w) => list.has(w))).toBe(true);
    expect(list.has('sheinbaum')).toBe(false);
  });
});

describe('spanishWordsReadOnFirstUse', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'spanish-words-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('reads the list when a word is first asked about, not when it is made', async () => {
    const path = join(dir, 'later.json');
    const list = spanishWordsReadOnFirstUse(path);
    await writeFile(path, '["despacho","soldados"]');
    expect(list.has('despachó')).toBe(true);
    expect(list.has('frontera')).toBe(false);
  });

  it('has no words, with a warning, when the list cannot be read', () => {
    const warn = vi.spyOn(process, 'emitWarning').mockImplementation(() => undefined);
    const list = spanishWordsReadOnFirstUse(join(dir, 'missing.json'));
    expect(list.has('soldados')).toBe(false);
    expect(list.has('frontera')).toBe(false);
    expect(warn).toHaveBeenCalledTimes(1);
    warn.mockRestore();
  });

  it('reads the list again a minute after a failed read, so a passing error does not disable it for good', async () => {
    const warn = vi.spyOn(process, 'emitWarning').mockImplementation(() => undefined);
    const path = join(dir, 'late.json');
    let clock = 1_000_000;
    const list = spanishWordsReadOnFirstUse(path, () => clock);
    expect(list.has('soldados')).toBe(false);
    await writeFile(path, '["despacho","soldados"]');
    clock += SPANISH_WORDS_RETRY_MS - 1;
    expect(list.has('soldados')).toBe(false);
    clock += 1;
    expect(list.has('soldados')).toBe(true);
    expect(warn).toHaveBeenCalledTimes(1);
    warn.mockRestore();
  });
});

describe('AnswerEngine.ask, a Spanish word the lexicon lacks', () => {
  let engine: AnswerEngine;
  beforeAll(async () => {
    engine = (await shippedRuntime()).engine;
  });

  it('answers a question whose verb the lexicon cannot translate instead of taking the verb for a name', async () => {
    const answer = await engine.ask('¿cuántos soldados despachó méxico a la frontera?', {
      userId: 'es-word-1',
    });
    expect(answer.answered).toBe(true);
    expect(answer.text).toContain('15,000');
  });

  it('still declines a question about a person the coverage never names, typed in lower case', async () => {
    const answer = await engine.ask('¿qué dijo kristi noem sobre los carteles?', { userId: 'es-word-2' });
    expect(answer.answered).toBe(false);
  });
});

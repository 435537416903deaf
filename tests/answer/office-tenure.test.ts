import { beforeAll, describe, expect, it } from 'vitest';
import type { AnswerEngine } from '../../src/answer/engine.ts';
import { shippedRuntime } from './setup.ts';

let engine: AnswerEngine;

beforeAll(async () => {
  ({ engine } = await shippedRuntime());
});

describe('an office several people held, asked of in the present', () => {
  it('answers "who is the president of mexico" with the latest holder first and says who held it earlier', async () => {
    const a = await engine.ask('who is the president of mexico', { userId: 'a' });
    expect(a.answered).toBe(true);
    const [first, second] = a.text.split('\n');
    expect(first).toContain('Claudia Sheinbaum');
    expect(first).toContain('from October 2024');
    expect(second).toContain('López Obrador');
    expect(second).toContain('earlier');
  });

  it('keeps the holder of the year asked about', async () => {
    const a = await engine.ask('who was the president of mexico in 2019', { userId: 'b' });
    expect(a.text.split('\n')[0]).toContain('López Obrador');
    expect(a.text).not.toContain('Sheinbaum**');
  });
});

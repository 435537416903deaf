import { beforeAll, describe, expect, it } from 'vitest';
import type { AnswerEngine } from '../../src/answer/engine.ts';
import { shippedRuntime } from './setup.ts';

let engine: AnswerEngine;
beforeAll(async () => {
  engine = (await shippedRuntime()).engine;
});

describe('AnswerEngine.ask, in Spanish', () => {
  it('heads each part of a Spanish message that asks two things with the question as the person wrote it', async () => {
    const answer = await engine.ask('¿Quién es Luis Cresencio Sandoval y qué dijo sobre detener migrantes?', {
      userId: 'es-parts',
    });
    expect(answer.text).toContain('-# ¿Quién es Luis Cresencio Sandoval?');
    expect(answer.text).toContain('-# ¿qué dijo sobre detener migrantes?');
    expect(answer.text).not.toMatch(/-# who is/i);
  });
});

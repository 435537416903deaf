/**
 * People an article names only in apposition after a noun for a person, with no verb of saying beside them:
 * "A Mexican woman, Areli Pablo Servando, was killed by a stray bullet."
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { PipelineTools } from '../../src/knowledge/build.ts';
import { annotateText, realTools } from './fixtures.ts';

let tools: PipelineTools;

beforeAll(async () => {
  tools = await realTools();
});

function peopleOf(body: string): Array<{ name: string; description: string | null }> {
  return annotateText(tools, body).people.map((p) => ({ name: p.name, description: p.description }));
}

describe('personNounBefore', () => {
  it('discovers a person named after "a" and a noun for a person, set off by commas', () => {
    const body =
      'Four friends drove across. A Mexican woman, Areli Pablo Servando, was killed by a stray bullet.';
    expect(peopleOf(body)).toContainEqual({ name: 'Areli Pablo Servando', description: 'A Mexican woman' });
  });

  it('discovers no person after a noun for no person ("A town in Tamaulipas, Reynosa Nuevo,")', () => {
    expect(peopleOf('A small town in Tamaulipas, Reynosa Nuevo, was quiet on Sunday.')).toEqual([]);
  });
});

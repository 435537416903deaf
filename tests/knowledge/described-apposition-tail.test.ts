/**
 * A name set off after "a"/"an" and a noun for a person with a prepositional tail ("A member of the
 * Legislature from the district, T. W. Kennedy, wired…") is a person's; and "his dispatch said" after the
 * words gives them to him.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { PipelineTools } from '../../src/knowledge/build.ts';
import { annotateText, realTools, speakerOfWords } from './fixtures.ts';

let tools: PipelineTools;

beforeAll(async () => {
  tools = await realTools();
});

const names = (body: string) => annotateText(tools, body).people.map((p) => p.name);

describe('personPhraseBefore', () => {
  it('vouches for a name of initials set off after "A member of the Legislature from the district"', () => {
    const body =
      'Telegrams reached the governor. A member of the Legislature from the district, T. W. Kennedy, wired the governor in the same spirit. "Send every man you can, and send him now," his dispatch said.';
    expect(names(body)).toContain('T. W. Kennedy');
    expect(speakerOfWords(tools, body, 'Send every man')).toBe('T. W. Kennedy');
  });

  it('vouches for no name set off after a phrase whose head is no person ("A town in the valley")', () => {
    const body = 'A small town in the valley of Tamaulipas, Reynosa Nuevo, was quiet on Sunday.';
    expect(names(body)).toEqual([]);
  });
});

/**
 * '… announced the capture on Twitter: "…" In English: "…"': the words given again in another language in
 * the same paragraph are the same speaker's, though they name the person they speak of.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { PipelineTools } from '../../src/knowledge/build.ts';
import { realTools, speakerOfWords } from './fixtures.ts';

let tools: PipelineTools;

beforeAll(async () => {
  tools = await realTools();
});

describe('a translation after the words it translates', () => {
  it('keeps the speaker of "In English: …" when the words name someone the article named', () => {
    const body = [
      'Joaquín Guzmán Loera, the leader of the Sinaloa cartel, was recaptured today in Los Mochis.',
      'President Enrique Peña Nieto announced the capture on Twitter: "Misión cumplida: lo tenemos. Joaquín Guzmán Loera ha sido detenido." In English: "Mission accomplished: we have him. Joaquín Guzmán Loera has been arrested."',
    ].join('\n\n');
    expect(speakerOfWords(tools, body, 'Mission accomplished', '2016-01-08')).toBe('Enrique Peña Nieto');
  });
});

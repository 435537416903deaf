/**
 * A call-in caller labelled by a first name alone ("EARL, CALLER (KILLEEN):"), as the host greets them outside
 * the labels ("Earl is calling from Killeen"): the turn is the caller's ("Earl, a caller from Killeen"), and
 * so is the next turn under the same name ("EARL:"); a relative the caller quotes is theirs by name.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { PipelineTools } from '../../src/knowledge/build.ts';
import { realTools, speakerOfWords } from './fixtures.ts';

let tools: PipelineTools;

beforeAll(async () => {
  tools = await realTools();
});

const SHOW = [
  "REBECCA SOLIZ, HOST: Welcome back. I'm Rebecca Soliz. With me is the historian Martin Costigan.",
  'MARTIN COSTIGAN, HISTORIAN: Thank you for having me.',
  "SOLIZ: Let's go to the phones. Earl is calling from Killeen.",
  "EARL, CALLER (KILLEEN): Thanks, Rebecca. I'm a retired first sergeant, twenty-six years in.",
  'COSTIGAN: Earl, nobody serious denies they deserted.',
  'EARL: Plenty of men took that same treatment and stayed.',
  'SOLIZ: We have Dennis in Corpus Christi.',
  'DENNIS, CALLER (CORPUS CHRISTI): Hi. My grandmother used to say, "They picked the side that was getting robbed."',
  'SOLIZ: Thank you both.',
].join('\n\n');

describe('a caller labelled by a first name alone', () => {
  it('gives the turn to the caller the host called by that name', () => {
    expect(speakerOfWords(tools, SHOW, "I'm a retired first sergeant")).toBe('Earl, a caller from Killeen');
  });

  it('gives the caller\'s next turn under the same name ("EARL:") to them too', () => {
    expect(speakerOfWords(tools, SHOW, 'Plenty of men took that same treatment')).toBe(
      'Earl, a caller from Killeen',
    );
  });

  it("gives words the caller recounts from a relative to the caller's relative, by the caller's name", () => {
    expect(speakerOfWords(tools, SHOW, 'They picked the side that was getting robbed')).toBe(
      "Dennis's grandmother",
    );
  });
});

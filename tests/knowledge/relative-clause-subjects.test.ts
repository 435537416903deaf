/**
 * A person named inside the relative clause that describes an unnamed subject ("A BORTAC agent who trained
 * with Terry …, said"), or in what that subject is reported saying, does not take the subject's "he said"
 * away from it.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { PipelineTools } from '../../src/knowledge/build.ts';
import { SPEECH_CUES } from '../../src/knowledge/name-words.ts';
import { subordinateTokens, wholeQuotation } from '../../src/knowledge/subordinate-mentions.ts';
import { realTools, speakerOfWords } from './fixtures.ts';

let tools: PipelineTools;

beforeAll(async () => {
  tools = await realTools();
});

describe('unnamed subject described by a relative clause naming someone else', () => {
  it('gives "he said" to the agent, not to the man the "who" clause names', () => {
    const body = [
      'Brian A. Terry, 40, was killed in December 2010 in Peck Canyon.',
      'A BORTAC agent who trained with Terry at the unit\'s base in El Paso, speaking on condition of anonymity because agents are not allowed to talk to reporters without approval, said the team that was with him that night still meets every December. "We eat, we tell the same stories, and we say his name," he said. "That\'s all there is to do."',
    ].join('\n\n');
    expect(speakerOfWords(tools, body, 'We eat, we tell')).toMatch(/^a BORTAC agent/i);
    expect(speakerOfWords(tools, body, 'all there is to do')).toMatch(/^a BORTAC agent/i);
  });

  it('gives "she said" to the vendor, not to the woman she is reported having heard of', () => {
    const body = [
      'Carmelita Torres, 17, refused to be deloused at the bridge in 1917.',
      'A street vendor who has sold burritos at the foot of the bridge for 19 years, and who asked that her name not be used because she does not have a city permit, said she had never heard of Torres until a reporter asked. "A girl of seventeen?" she said. "I would have gotten off the streetcar. I would have been too scared."',
    ].join('\n\n');
    expect(speakerOfWords(tools, body, 'A girl of seventeen')).toMatch(/^a street vendor/i);
  });

  it('gives "she said" to the teacher, not to the student a "where" clause names', () => {
    const body = [
      'Esequiel Hernández Jr., 18, was shot while herding his goats near Redford.',
      'A teacher at Presidio High School, where Hernández was a student, said he had wanted to join the Marines himself. She asked that her name not be used because she had not been authorized by the school district to speak. "He had the recruiter\'s card in his wallet," she said.',
    ].join('\n\n');
    expect(speakerOfWords(tools, body, "recruiter's card")).toMatch(/^a teacher/i);
  });

  it('does not take the person an unnamed subject tells out of the running', () => {
    const text =
      'A deputy who was at the scene, and who knew the family, told Norma Arvizu that her husband was safe.';
    const a = tools.nlp.analyse(text);
    const at = (w: string) => a.tokens.findIndex((t) => t.value === w);
    const aside = subordinateTokens(a, at('who'), a.tokens.length, (w) => SPEECH_CUES.has(w));
    expect(aside.has(at('scene'))).toBe(true);
    expect(aside.has(at('Norma'))).toBe(false);
    expect(aside.has(at('husband'))).toBe(true);
  });

  it('sets nothing aside when the unnamed subject says nothing or no comma closes its clause', () => {
    for (const text of [
      'A lawyer who represents the family, and who met Terry once, sat beside Norma Arvizu in court.',
      'A deputy who was at the scene told Norma Arvizu that her husband was safe.',
    ]) {
      const a = tools.nlp.analyse(text);
      const who = a.tokens.findIndex((t) => t.value === 'who');
      expect(subordinateTokens(a, who, a.tokens.length, (w) => SPEECH_CUES.has(w)).size).toBe(0);
    }
  });
});

describe('wholeQuotation', () => {
  it('is true of a sentence that is one quotation and false of one with its attribution', () => {
    const whole = tools.nlp.analyse('"A girl of seventeen?"');
    expect(wholeQuotation(whole, 0, whole.tokens.length)).toBe(true);
    const said = tools.nlp.analyse('"A girl of seventeen," she said.');
    expect(wholeQuotation(said, 0, said.tokens.length)).toBe(false);
  });
});

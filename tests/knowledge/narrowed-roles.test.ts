/**
 * A title narrowed to a place ("Luis Ortega, the governor of Coahuila") is that place's: a bare "the
 * governor" in the same story stays with the one the article calls governor without a place ("Gov. Dana
 * Whitcomb"), however recently the other was named.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { PipelineTools } from '../../src/knowledge/build.ts';
import { annotateText, realTools, speakerOfWords } from './fixtures.ts';

let tools: PipelineTools;

beforeAll(async () => {
  tools = await realTools();
});

const STORY = [
  'Gov. Dana Whitcomb ordered state troopers on Monday to search every truck crossing at the Eagle Pass bridge.',
  'Gov. Whitcomb and Luis Ortega, the governor of Coahuila, met at the bridge on Thursday and agreed to end the searches there.',
  'Ortega, 41, said the lines had cost his state dearly.',
  'A trooper at the bridge said the searches would go on elsewhere until the governor says otherwise.',
  'The governor added that he would "keep the pressure on the cartels until Washington does its job."',
].join('\n\n');

describe('a title narrowed to a place', () => {
  it('leaves a bare "the governor" with the governor named without a place', () => {
    const article = annotateText(tools, STORY, { published: '2022-04-15' });
    const ids = new Map(article.people.map((p) => [p.id, p.name]));
    const bare = article.sentences
      .filter((s) => /until the governor says/.test(s.text))
      .flatMap((s) => s.mentions.filter((m) => m.via === 'role').map((m) => ids.get(m.entityId)));
    expect(bare).toEqual(['Dana Whitcomb']);
  });

  it('gives the words of "the governor" to that governor, not the one of the place', () => {
    expect(speakerOfWords(tools, STORY, 'keep the pressure', '2022-04-15')).toBe('Dana Whitcomb');
  });

  it('still gives "the governor" to the only governor when the article narrows every one to a place', () => {
    const body = [
      'Luis Ortega, the governor of Coahuila, met truckers at the Eagle Pass bridge on Thursday.',
      'The governor said the lines had cost his state dearly and "we will not wait for Washington."',
    ].join('\n\n');
    expect(speakerOfWords(tools, body, 'we will not wait', '2022-04-15')).toBe('Luis Ortega');
  });
});

/**
 * A description after a named person is theirs even when a "who" clause in it opens with a verb of saying
 * ("Ramiro Cortina Salinas Jr., a retired customs agent who says he is a relative"): the name is a person's,
 * and the "he said" that follows is theirs, not the description's as an unnamed speaker.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { PipelineTools } from '../../src/knowledge/build.ts';
import { realTools, speakerOfWords } from './fixtures.ts';

let tools: PipelineTools;

beforeAll(async () => {
  tools = await realTools();
});

const MIRAMON =
  'Maximilian, Mejía and Gen. Miguel Miramón were shot at the Cerro de las Campanas in Querétaro.';

describe('description whose who-clause opens with a verb of saying', () => {
  it('gives "he said" to the named visitor whose description says "who says"', () => {
    const body = [
      MIRAMON,
      'Among the first visitors was Ramiro Cortina Salinas Jr., a retired customs agent who says he is a distant relative of Juan Nepomuceno Cortina. He stood for a long time in front of a map of the U.S. camps.',
      '"Looking at this map, I think they were both right," he said.',
    ].join('\n\n');
    expect(speakerOfWords(tools, body, 'they were both right')).toBe('Ramiro Cortina Salinas Jr.');
  });

  it('still reads "a spokesman said" after a comma as an attribution, not a description', () => {
    const body =
      'Lyle Ketchum drove the trucks to San Diego, a Pentagon spokesman said. "They left at dawn," the spokesman said.';
    expect(speakerOfWords(tools, body, 'They left at dawn')).not.toBe('Lyle Ketchum');
  });

  it('still gives the words to an unnamed soldier after a phrase setting the scene', () => {
    const body = [
      'Debra Oyler of Safford, Ariz., whose son is at a post near Naco, said he calls every Sunday night.',
      'At a checkpoint on Avenida de las Américas last week, a soldier who declined to give his name said his unit had been promised 45 days in the city. "Ya llevamos ochenta," he said.',
    ].join('\n\n');
    expect(speakerOfWords(tools, body, 'Ya llevamos ochenta')).toMatch(/^a soldier/i);
  });
});

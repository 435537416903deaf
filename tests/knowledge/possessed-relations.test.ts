/**
 * "The sergeant's wife said": a possessive relation names the person the article introduced in that
 * relation ("His wife, Tammy Ellison") to the one it described by the owner's noun ("a retired sergeant").
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { PipelineTools } from '../../src/knowledge/build.ts';
import { relationHolder } from '../../src/knowledge/possessed-relations.ts';
import { realTools, speakerOfWords } from './fixtures.ts';

let tools: PipelineTools;

beforeAll(async () => {
  tools = await realTools();
});

const wade = { id: 'w', name: 'Wade Ellison', description: 'a retired Army sergeant from Harlingen' };
const tammy = { id: 't', name: 'Tammy Ellison', description: 'His wife' };

describe('a person named by a possessive relation', () => {
  it('gives "she said" after "The sergeant\'s wife said" to the wife the article named', () => {
    const body =
      'Their leader, Wade Ellison, a retired Army sergeant from Harlingen, said the wool uniforms are miserable.\n\n' +
      '"Those boys rode up here in April in wool," Ellison said.\n\n' +
      'His wife, Tammy Ellison, sewed most of the jackets by hand. The sergeant\'s wife said each one takes about 40 hours. "He complains about the heat," she said.';
    expect(speakerOfWords(tools, body, 'complains about the heat')).toBe('Tammy Ellison');
  });

  it("finds the holder only when someone is described by the owner's noun", () => {
    expect(relationHolder('sergeant', 'wife', [tammy, wade])?.name).toBe('Tammy Ellison');
    expect(relationHolder('colonel', 'wife', [tammy, wade])).toBeNull();
    expect(relationHolder('sergeant', 'daughter', [tammy, wade])).toBeNull();
  });

  it('leaves "the sergeant\'s wife" as written when the article introduced no wife', () => {
    const body =
      'Wade Ellison, a retired Army sergeant from Harlingen, led the riders.\n\n' +
      'Delfina Sáenz, 78, watched from her pickup. The sergeant\'s wife said each one takes about 40 hours. "He complains about the heat," she said.';
    expect(speakerOfWords(tools, body, 'complains about the heat')).toBe("the sergeant's wife");
  });
});

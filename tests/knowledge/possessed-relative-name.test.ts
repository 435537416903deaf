/**
 * A relative named by whose they are and one name ("Arvizu's wife, Norma,") is a person of their own: the
 * family's surname joins the one name when the relation is family, and "she said" after is theirs.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { PipelineTools } from '../../src/knowledge/build.ts';
import { annotateText, realTools, speakerOfWords } from './fixtures.ts';

let tools: PipelineTools;

beforeAll(async () => {
  tools = await realTools();
});

describe('kinSurname after a possessive name', () => {
  it("gives a wife named after her husband's possessive his surname, and her words to her", () => {
    const body = [
      'Lupe Arvizu Jr., who runs cattle on a lease that borders the Coronado National Forest, said smugglers still cross his fences every week.',
      'A cousin of the agent, who asked that her name not be used, said the family had waited years.',
      'Arvizu\'s wife, Norma, said she keeps a photograph of Terry clipped from a newspaper on the refrigerator. "My husband goes out there every morning," she said.',
    ].join('\n\n');
    expect(annotateText(tools, body).people.map((p) => p.name)).toContain('Norma Arvizu');
    expect(speakerOfWords(tools, body, 'My husband goes out')).toBe('Norma Arvizu');
  });

  it('gives no surname when the relation is no family ("Abbott\'s spokeswoman, Renae,")', () => {
    const body = [
      'Gov. Greg Abbott spoke in Austin on Monday.',
      "Abbott's spokeswoman, Renae, said the state would go on with its inspections.",
    ].join('\n\n');
    expect(annotateText(tools, body).people.map((p) => p.name)).not.toContain('Renae Abbott');
  });
});

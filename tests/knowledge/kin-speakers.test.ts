/**
 * Kin named beside a person: a full name sharing a vouched person's surname is a person's ("her brother,
 * the bartender Manuel Aréstegui"), and "her brother said" right before a quotation is that kin's.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { PipelineTools } from '../../src/knowledge/build.ts';
import { annotateText, realTools, speakerOfWords } from './fixtures.ts';

let tools: PipelineTools;

beforeAll(async () => {
  tools = await realTools();
});

const ARESTEGUI = [
  'Not everyone is pleased.',
  'A Tijuana hotel owner, Consuelo Aréstegui, and her brother, the bartender Manuel Aréstegui, were both at the counter of their family\'s hotel one evening in August when a patrol came through. "They closed the curtains on my customers," Consuelo Aréstegui said, while her brother said the soldiers were "good boys who drink nothing and tip less."',
].join('\n\n');

describe('kin of a person named before', () => {
  it("discovers a full name that shares a vouched person's surname", () => {
    expect(annotateText(tools, ARESTEGUI).people.map((p) => p.name)).toContain('Manuel Aréstegui');
  });

  it('gives words "her brother said" hands over to the brother, not to the sister named before', () => {
    expect(speakerOfWords(tools, ARESTEGUI, 'tip less')).toBe('Manuel Aréstegui');
    expect(speakerOfWords(tools, ARESTEGUI, 'closed the curtains')).toBe('Consuelo Aréstegui');
  });

  it('takes no place whose first word is English for kin ("Fort Davis" beside Jefferson Davis)', () => {
    const body =
      'Senator Jefferson Davis, a Mississippi Democrat, said the post was needed. Fort Davis was quiet on Sunday.';
    const people = annotateText(tools, body).people.filter((p) => p.kind === undefined);
    expect(people.map((p) => p.name)).not.toContain('Fort Davis');
  });

  it('keeps a first name set off after a kin noun as a person, and gives her words to her ("Her daughter, Karla,")', () => {
    const body = [
      'Amparo Villarreal Cuéllar, 58, lost her neighbors that night. "They took everyone," she said.',
      'Her daughter, Karla, who was fourteen that night, continued the story. "We heard the engines and then the shouting, and then nothing," she said.',
    ].join('\n\n');
    expect(annotateText(tools, body).people.map((p) => p.name)).toContain('Karla');
    expect(speakerOfWords(tools, body, 'heard the engines')).toBe('Karla');
    expect(speakerOfWords(tools, body, 'took everyone')).toBe('Amparo Villarreal Cuéllar');
  });
});

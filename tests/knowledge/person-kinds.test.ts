/**
 * What the pipeline takes for a person when an article names someone new: places and organisations stay out,
 * and a Spanish name is known by its first surname.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { buildKnowledge, createPipelineTools, loadKnowledgeData } from '../../src/knowledge/build.ts';
import type { KnowledgeBase } from '../../src/knowledge/schema.ts';
import { parseSource } from '../../src/knowledge/sources.ts';
import { KNOWLEDGE_DIR } from '../../src/paths.ts';
import { attributions } from '../../src/eval/speaker-match.ts';

const NOT_PEOPLE = `---
id: example-2006-guard-arrives
title: Guard arrives at the border
outlet: Example Post
published: 2006-06-20
url: https://example.org/arrives
language: en
---
Janet Napolitano, the Democratic governor of Arizona, who declared a state of emergency along the state's border with Mexico last August, has asked Washington to send the Guard.

The Navy Ministry said its personnel would take over "security, inspection and administration" at the ports.

At Casa Peregrina, a shelter run by a coalition of churches, 300 people slept on cots.

Customs and Border Protection said in a statement that it "appreciates the support" of the Guard.

Arizona Republicans say it is not enough.

According to the Secretaría de la Defensa Nacional, the largest contingent, 1,949 troops, is assigned to the border.

The trucks reached Ciudad Acuña, Coahuila, on Tuesday. Acuña has one bridge. Acuña's mayor asked for more troops.

"We have never seen this many soldiers," said Tully Shahan, the county's top elected official.
`;

let kb: KnowledgeBase;

beforeAll(async () => {
  const data = await loadKnowledgeData(KNOWLEDGE_DIR);
  kb = buildKnowledge(
    [parseSource(new TextEncoder().encode(NOT_PEOPLE), 'not-people.md')],
    createPipelineTools(data),
  );
});

const discovered = () =>
  kb.entities
    .filter((e) => e.discovered)
    .map((e) => `${e.name} (${e.type})`)
    .sort();

describe('what is not a person', () => {
  const entity = (name: string) => kb.entities.find((e) => e.name === name);

  it('a noun spelt like a verb of saying ("the state\'s border") makes no unnamed speaker', () => {
    expect(discovered().some((n) => n.startsWith('a state of emergency'))).toBe(false);
  });

  it('a name after "the" that ends in a common noun is an organisation, known by its whole name', () => {
    expect(entity('Navy Ministry')).toMatchObject({ type: 'organisation', aliases: ['Navy Ministry'] });
    expect(kb.quotes.find((q) => q.text.includes('security, inspection'))?.speakerName).toBe('Navy Ministry');
  });

  it('a name after a preposition of place is a place, and keeps what the article says it is', () => {
    expect(entity('Casa Peregrina')).toMatchObject({
      type: 'place',
      description: 'a shelter run by a coalition of churches',
    });
  });

  it('"Customs and Border Protection" speaks as one organisation, whole, not its tail', () => {
    expect(entity('Customs and Border Protection')?.type).toBe('organisation');
    expect(entity('Border Protection')).toBeUndefined();
  });

  it('a name before "say" in the plural is a group', () => {
    expect(entity('Arizona Republicans')?.type).toBe('group');
  });

  it('a name after "de la" is the tail of a Spanish name, not a person', () => {
    expect(entity('Defensa Nacional')?.type).not.toBe('person');
  });

  it('a dateline city before its state is not a person, however often the article comes back to it', () => {
    expect(discovered().filter((n) => n.includes('Acuña') && n.endsWith('(person)'))).toEqual([]);
  });

  it('the people stay people', () => {
    expect(entity('Janet Napolitano')?.type).toBe('person');
    expect(entity('Tully Shahan')).toMatchObject({ type: 'person', aliases: ['Tully Shahan', 'Shahan'] });
  });
});

const SPANISH_NAMES = `---
id: example-2020-customs-handover
title: The army takes the customs posts
outlet: Example Post
published: 2020-07-20
url: https://example.org/customs
language: en
---
Gen. Ricardo Trevilla Trejo, the army's chief of staff, said the posts would be handed over in August.

"We will not collect taxes," said Rogelio Garza Cantú, a customs broker in Nuevo Laredo.

Ana Garza, a trucker, said the lines were already long.

Armando Ruiz, a rancher near the river, said he had seen no soldiers. "Nobody came," said Jorge Armando Carrasco, the mayor.

"We are ready," said President George W. Bush.

"The state will help," said Gov. Michelle Lujan Grisham. "We will pay for it," Grisham said.
`;

describe('a Spanish name with two surnames', () => {
  let names: KnowledgeBase;
  const aliases = (name: string) => names.entities.find((e) => e.name === name)?.aliases;

  beforeAll(async () => {
    const data = await loadKnowledgeData(KNOWLEDGE_DIR);
    names = buildKnowledge(
      [parseSource(new TextEncoder().encode(SPANISH_NAMES), 'names.md')],
      createPipelineTools(data),
    );
  });

  it('is known by the first surname and by both, not by the second alone', () => {
    expect(aliases('Ricardo Trevilla Trejo')).toEqual([
      'Ricardo Trevilla Trejo',
      'Trevilla',
      'Trevilla Trejo',
    ]);
  });

  it('gets no surname alias another person of the knowledge is called by', () => {
    expect(aliases('Ana Garza')).toEqual(['Ana Garza', 'Garza']);
    expect(aliases('Rogelio Garza Cantú')).toEqual(['Rogelio Garza Cantú', 'Garza Cantú']);
  });

  it('keeps a second given name out of the surnames ("Armando" is a first name in the knowledge)', () => {
    expect(aliases('Jorge Armando Carrasco')).toEqual(['Jorge Armando Carrasco', 'Carrasco']);
  });

  it('makes no surname of an initial', () => {
    expect(aliases('George W. Bush')).toEqual(['George W. Bush', 'Bush']);
  });

  it('keeps the second surname alone when the article calls the person by it', () => {
    expect(aliases('Michelle Lujan Grisham')).toEqual([
      'Michelle Lujan Grisham',
      'Grisham',
      'Lujan',
      'Lujan Grisham',
    ]);
  });
});

describe("the eval's attribution check with two-surname aliases", () => {
  const kbWith = (aliases: string[]) =>
    ({
      quotes: [
        { sourceId: 's', text: 'We are ready', speakerName: 'Luis Raúl González Pérez', speakerId: 'p' },
      ],
      entities: [{ id: 'p', name: 'Luis Raúl González Pérez', aliases }],
    }) as unknown as KnowledgeBase;
  const ok = (speaker: string) =>
    attributions(kbWith(['Luis Raúl González Pérez', 'González', 'González Pérez']), [
      { source: 's', text: 'We are ready', speaker },
    ])[0]?.ok;

  it('accepts the person under the full name, the pair of surnames or the name without the second', () => {
    expect(ok('Luis Raúl González Pérez')).toBe(true);
    expect(ok('González Pérez')).toBe(true);
    expect(ok('Luis Raúl González')).toBe(true);
  });

  it('does not take a sibling, who shares both surnames, for the speaker', () => {
    expect(ok('Ana González Pérez')).toBe(false);
  });
});

describe("the eval's attribution check with the writer's comma", () => {
  it('finds a quotation whose row keeps the comma before "she said"', () => {
    const kb = {
      quotes: [
        { sourceId: 's', text: 'You can replant a cottonwood', speakerName: 'Ana Ortegón', speakerId: 'p' },
      ],
      entities: [{ id: 'p', name: 'Ana Ortegón', aliases: [] }],
    } as unknown as KnowledgeBase;
    const [row] = attributions(kb, [
      { source: 's', text: 'You can replant a cottonwood,', speaker: 'Ana Ortegón' },
    ]);
    expect(row?.found).toBe(true);
    expect(row?.ok).toBe(true);
  });
});

describe("the eval's attribution check with a nickname", () => {
  const ok = (name: string, speaker: string) =>
    attributions(
      {
        quotes: [{ sourceId: 's', text: 'A boat like that', speakerName: name, speakerId: 'p' }],
        entities: [{ id: 'p', name, aliases: [] }],
      } as unknown as KnowledgeBase,
      [{ source: 's', text: 'A boat like that', speaker }],
    )[0]?.ok;

  it('takes the name without the nickname in marks for the same person', () => {
    expect(ok('Tomás Reséndez', 'Tomás "Chino" Reséndez')).toBe(true);
    expect(ok('Turi Baeza', 'Council Member Arturo "Turi" Baeza')).toBe(true);
    expect(ok('Yolanda Reséndez', 'Tomás "Chino" Reséndez')).toBe(false);
  });

  it('reads the name out of a row that adds a title with an ordinal, a nickname, an age and a description', () => {
    expect(ok('Hollis Tate', 'Sgt. 1st Class Hollis Tate, 38, of Amarillo, a Fort Bliss soldier')).toBe(true);
    expect(ok('Refugio "Cuca" Salcido', 'Mrs. Refugio "Cuca" Salcido, 63, who sold her house')).toBe(true);
    expect(ok('Hollis Grant', 'Sgt. 1st Class Hollis Tate, 38, of Amarillo, a Fort Bliss soldier')).toBe(
      false,
    );
  });

  it('reads the name out of a row that puts "the" before a title or an aside after the name', () => {
    expect(ok('Anselmo Duarte', 'the Rev. Anselmo Duarte, pastor of the church')).toBe(true);
    expect(ok('George Forsyth', 'Lt. Col. George Forsyth (his report), as quoted by the historian')).toBe(
      true,
    );
    expect(ok('George Crook', 'Lt. Col. George Forsyth (his report), as quoted by the historian')).toBe(
      false,
    );
  });
});

describe("the eval's attribution check with a quotation inside another", () => {
  it('takes the speaker before "(quoted by …)" as the one expected', () => {
    const kb = {
      quotes: [{ sourceId: 's', text: 'Go north, señora', speakerName: 'the soldiers', speakerId: 'q' }],
      entities: [],
    } as unknown as KnowledgeBase;
    const [row] = attributions(kb, [
      { source: 's', text: 'Go north, señora', speaker: 'the soldiers (quoted by Doña Chayo)' },
    ]);
    expect(row?.ok).toBe(true);
  });

  it('takes the speaker before an aside that holds brackets of its own', () => {
    const kb = {
      quotes: [{ sourceId: 's', text: 'Hold the ford', speakerName: 'Paul Garza Jr.', speakerId: 'p' }],
      entities: [{ id: 'p', name: 'Paul Garza Jr.', aliases: [] }],
    } as unknown as KnowledgeBase;
    const row = (speaker: string) => attributions(kb, [{ source: 's', text: 'Hold the ford', speaker }])[0];
    expect(row('Pvt. Paul Garza Jr. (quoted in a letter by Lt. Col. (ret.) Douglas Ferrell)')?.ok).toBe(true);
    expect(row('Douglas Ferrell (quoted in a letter by Lt. Col. (ret.) Paul Garza Jr.)')?.ok).toBe(false);
  });
});

describe("the eval's attribution check with what the speaker is after their name", () => {
  const ok = (name: string, speaker: string) =>
    attributions(
      {
        quotes: [{ sourceId: 's', text: 'It was the last straw', speakerName: name, speakerId: 'p' }],
        entities: [{ id: 'p', name, aliases: [] }],
      } as unknown as KnowledgeBase,
      [{ source: 's', text: 'It was the last straw', speaker }],
    )[0]?.ok;

  it('takes the name before a comma or "of" for the speaker the table describes', () => {
    expect(ok('Patricia Vance', 'Dr. Patricia Vance, historian at Sul Ross State University')).toBe(true);
    expect(ok('Albert Ruiz', 'Mayor Albert Ruiz of Columbus, N.M.')).toBe(true);
  });

  it('does not take a named person for an unnamed speaker the table describes', () => {
    expect(ok('Enrique Camarena', 'a DEA agent in El Paso, who asked not to be named')).toBe(false);
    expect(ok('Albert Ruiz', 'Mayor Pedro Ruiz of Columbus, N.M.')).toBe(false);
  });
});

describe("the eval's attribution check with an unnamed speaker the article describes", () => {
  const check = (got: string, speaker: string, others: string[] = []) =>
    attributions(
      {
        quotes: [{ sourceId: 's', text: 'A raid is good for business', speakerName: got, speakerId: 'q' }],
        entities: [],
      } as unknown as KnowledgeBase,
      [
        { source: 's', text: 'A raid is good for business', speaker },
        ...others.map((o) => ({ source: 's', text: 'elsewhere', speaker: o })),
      ],
    )[0]?.ok;

  it('takes a description with the same role word for the speaker the table describes', () => {
    expect(
      check('A merchant of the Arizona side', 'a merchant on the Arizona side who lost a window (unnamed)'),
    ).toBe(true);
    expect(check('Lawyers for the family', 'lawyers for the Hernández family (statement)')).toBe(true);
    expect(check('the relatives', 'relatives outside the Ninth Military Zone')).toBe(true);
  });

  it('does not take a role word the table gives two speakers of the article', () => {
    expect(
      check('the official', 'unnamed Mexican defense official', ['a U.S. official at the embassy']),
    ).toBe(false);
  });

  it('does not take another role, or a name, for the speaker described', () => {
    expect(check('my señora', "Teresa Ochoa's employer")).toBe(false);
    expect(check('the Border Patrol', 'a Border Patrol agent')).toBe(false);
  });

  it('takes the first name the table gives before what the person is', () => {
    expect(check('Rosa', 'Rosa, a woman from Juárez who cleaned houses on the West Side')).toBe(true);
    expect(check('Rosa', 'Marta, a woman from Juárez')).toBe(false);
  });
});

describe("the eval's attribution check with a long title", () => {
  const ok = (name: string, speaker: string) =>
    attributions(
      {
        quotes: [{ sourceId: 's', text: 'They were sleeping', speakerName: name, speakerId: 'p' }],
        entities: [{ id: 'p', name, aliases: [] }],
      } as unknown as KnowledgeBase,
      [{ source: 's', text: 'They were sleeping', speaker }],
    )[0]?.ok;

  it('reads the name after a title of several words with an aside, as "Sgt. Maj. (ret.)"', () => {
    expect(
      ok('Luis A. Peña III', "Sgt. Maj. (ret.) Luis A. Peña III, commander of the re-enactors' troop"),
    ).toBe(true);
    expect(ok('Celia Peña', "Sgt. Maj. (ret.) Luis A. Peña III, commander of the re-enactors' troop")).toBe(
      false,
    );
  });
});

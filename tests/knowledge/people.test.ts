import { beforeAll, describe, expect, it } from 'vitest';
import { buildKnowledge, createPipelineTools, loadKnowledgeData } from '../../src/knowledge/build.ts';
import type { KnowledgeBase } from '../../src/knowledge/schema.ts';
import { parseSource } from '../../src/knowledge/sources.ts';
import { KNOWLEDGE_DIR } from '../../src/paths.ts';
import { fixtureKnowledge, shippedRuntime } from '../answer/setup.ts';

const ARTICLE = `---
id: example-2025-guard-report
title: Guard troops head to the border
outlet: Example Post
published: 2025-03-12
url: https://example.org/guard
language: en
---
Dana White, the Pentagon's chief spokesperson, said the troops would arrive within 10 days. "They will support the Border Patrol," Ms White said. "They will not make arrests."

Maria Delgado, who raises cattle near Hidalgo, said she had seen no soldiers yet.

"We have waited a long time," Delgado said.

The task force is led by Maj. Gen. Kenneth Rapuano, the commander of the border cell. "We are ready," said Gen. Rapuano, adding that planning had taken weeks.

"Nobody asked us," she said, referring to the ranchers.

"Every request is reviewed," the spokeswoman added.

"We were not told anything," said a rancher who grazes cattle by the river. "Nobody came," the rancher added.
`;

/** The knowledge of one article of `body`, published on `published`, as a moderator's `/kb add` builds it. */
async function buildArticle(published: string, body: string): Promise<KnowledgeBase> {
  const data = await loadKnowledgeData(KNOWLEDGE_DIR);
  const text = `---\nid: example-article\ntitle: Example\noutlet: Example Post\npublished: ${published}\nurl: https://example.org/article\nlanguage: en\n---\n${body}`;
  return buildKnowledge(
    [parseSource(new TextEncoder().encode(text), 'article.md')],
    createPipelineTools(data),
  );
}

let kb: KnowledgeBase;

beforeAll(async () => {
  const data = await loadKnowledgeData(KNOWLEDGE_DIR);
  kb = buildKnowledge(
    [parseSource(new TextEncoder().encode(ARTICLE), 'guard.md')],
    createPipelineTools(data),
  );
});

const speakerOf = (words: string) => kb.quotes.find((q) => q.text.includes(words))?.speakerName;

describe('people an article introduces', () => {
  it('attributes "Ms White said" to the Dana White named two sentences earlier', () => {
    expect(speakerOf('They will support the Border Patrol')).toBe('Dana White');
  });

  it('keeps the speaker for a quotation that continues her paragraph', () => {
    expect(speakerOf('They will not make arrests')).toBe('Dana White');
  });

  it('attributes a surname alone to the person introduced with a "who" clause', () => {
    expect(speakerOf('We have waited a long time')).toBe('Maria Delgado');
  });

  it('attributes "said Gen. Rapuano" to the full name the title introduced', () => {
    expect(speakerOf('We are ready')).toBe('Kenneth Rapuano');
  });

  it('resolves "she said" by gender and "the spokeswoman" by the title the article gave', () => {
    expect(speakerOf('Nobody asked us')).toBe('Maria Delgado');
    expect(speakerOf('Every request is reviewed')).toBe('Dana White');
  });

  it('follows a speaker the article does not name, by the words that describe them', () => {
    expect(speakerOf('We were not told anything')).toBe('a rancher');
    expect(speakerOf('Nobody came')).toBe('a rancher');
  });

  it('keeps what the article says each person is, dated by the article', () => {
    const white = kb.entities.find((e) => e.name === 'Dana White');
    expect(white).toMatchObject({
      discovered: true,
      gender: 'female',
      description: "the Pentagon's chief spokesperson",
    });
    const delgado = kb.entities.find((e) => e.name === 'Maria Delgado');
    expect(delgado?.description).toBe('who raises cattle near Hidalgo');
    const rapuano = kb.entities.find((e) => e.name === 'Kenneth Rapuano');
    expect(rapuano?.roles[0]).toMatchObject({ title: 'Maj. Gen.', from: '2025-03-12' });
  });

  it('makes no person of a place or an organisation', () => {
    expect(
      kb.entities
        .filter((e) => e.discovered)
        .map((e) => e.name)
        .sort(),
    ).toEqual(['Dana White', 'Kenneth Rapuano', 'Maria Delgado', 'a rancher']);
  });

  it('takes "The Florida Guard said" as vouching for no "Texas Guard" that shares its last word, but "Garza Cantú told" for Rogelio Garza Cantú', async () => {
    const built = await buildArticle(
      '2023-05-17',
      `Texas Gov. Greg Abbott, whose Operation Lone Star has kept Texas Guard soldiers on the border since March 2021, wrote to other governors asking for help.

The Florida Guard said the first rotation would last about 30 days.

Rogelio Garza Cantú has been a customs broker for 30 years. "Every government brings a new list of names," Garza Cantú told the station.
`,
    );
    const people = built.entities.filter((e) => e.discovered && e.type === 'person').map((e) => e.name);
    expect(people).not.toContain('Texas Guard');
    expect(people).toContain('Rogelio Garza Cantú');
  });

  it('reads a common noun opening the sentence before a name as a title, not a first name ("Reader Marisol Ontiveros")', async () => {
    const built = await buildArticle(
      '2011-05-08',
      `We asked readers what they wanted to know about the battle.

Reader Marisol Ontiveros of the Lower Valley texted our newsroom one question: "Did anybody on the El Paso side actually get killed?"
`,
    );
    const people = built.entities.filter((e) => e.discovered && e.type === 'person').map((e) => e.name);
    expect(people).toContain('Marisol Ontiveros');
    expect(people).not.toContain('Reader Marisol Ontiveros');
  });

  it('reads a plural common noun opening a bulleted line before a name as a title ("• Organizers Jim Gilchrist")', async () => {
    const built = await buildArticle(
      '2005-04-01',
      `The organizers say the watch will run all month.

• Organizers Jim Gilchrist, a retired accountant from Orange County, Calif., and Chris Simcox had predicted more than 1,000 volunteers.
`,
    );
    const people = built.entities.filter((e) => e.discovered && e.type === 'person').map((e) => e.name);
    expect(people).toContain('Jim Gilchrist');
    expect(people).not.toContain('Organizers Jim Gilchrist');
  });

  it('keeps the first word of a bulleted line in the name when the article never writes it in lower case', async () => {
    const built = await buildArticle(
      '2005-04-01',
      `• Ruiz Ochoa Delgado, a retired accountant, said he had never seen the river so low.
`,
    );
    const people = built.entities.filter((e) => e.discovered && e.type === 'person').map((e) => e.name);
    expect(people).toContain('Ruiz Ochoa Delgado');
  });

  it('knows a person the article names by one name when an honorific, an age or a verb of saying vouches for it, and gives them their words', async () => {
    const built = await buildArticle(
      '2023-05-10',
      `Wilmer, a 29-year-old from Maracaibo who asked that only his first name be used, said word of the soldiers had reached the camp.

"Every day there is a new rumor," he said in Spanish.

A woman who sells tamales near the port, who gave her name only as Chayo, watched the trucks.

"They say they are making a road," Chayo said.

Haitians said the line had not moved. "We wait," Minutemen said.

Doña Pilar, as customers call the woman who sells leather goods downtown, counted four customers by noon. "The soldiers are very polite," she said.
`,
    );
    const people = built.entities.filter((e) => e.discovered && e.type === 'person').map((e) => e.name);
    expect(people).toEqual(expect.arrayContaining(['Wilmer', 'Chayo']));
    expect(people).not.toContain('Haitians');
    expect(people).not.toContain('Minutemen');
    const speaker = (words: string) => built.quotes.find((q) => q.text.includes(words))?.speakerName;
    expect(speaker('new rumor')).toBe('Wilmer');
    expect(speaker('making a road')).toBe('Chayo');
    expect(speaker('very polite')).toBe('Doña Pilar');
  });

  it('knows both of a couple named with one surname ("Elena and Frank Castañeda") when one of them speaks', async () => {
    const built = await buildArticle(
      '2016-06-19',
      `Among the first visitors Saturday were Elena and Frank Castañeda, retired teachers from Mission. "We taught Texas history in this town for 30 years and never once mentioned it," Elena Castañeda said.
`,
    );
    const people = built.entities.filter((e) => e.discovered && e.type === 'person').map((e) => e.name);
    expect(people).toEqual(expect.arrayContaining(['Elena Castañeda', 'Frank Castañeda']));
  });

  it('makes no person of a street named after one ("along Avenida Juárez"), so "herself" after a vendor is hers', async () => {
    const built = await buildArticle(
      '2025-02-06',
      `Juárez received its first plane on Wednesday. Juárez is no stranger to this.

Rosaura Ledezma, 58, who sells burritos a block from the bridge, watched a convoy pass on Avenida Juárez and crossed herself.

Along Avenida Juárez on Wednesday evening, a few vendors waved at the trucks.
`,
    );
    const discovered = built.entities.filter((e) => e.discovered);
    expect(discovered.find((e) => e.name === 'Avenida Juárez')?.type).not.toBe('person');
    expect(discovered.find((e) => e.name === 'Rosaura Ledezma')?.gender).toBe('female');
  });
});

const PLAIN_INTRODUCTIONS = `---
id: example-2018-port-closure
title: The port closes for a day
outlet: Example Post
published: 2018-11-26
url: https://example.org/port
language: en
---
Gloria Ruelas owns a currency exchange on the boulevard.

"We closed at noon," Ruelas said.

Juan Manuel Gastélum is the mayor of Tijuana. Gastélum said: "The city paid for what a few hundred people did."

A senior administration official said no request was made. "Nobody asked for the military," the official said.

"People have waited two weeks without a number.

"That rumor did a lot of harm," said Irma Bautista, who volunteers at the shelter.

Some Democrats in El Paso said the deployment was politics. Business owners in Laredo agreed. Prices in Laredo rose.

Esequiel Hernández Jr., a sophomore at Presidio High School, was grazing goats near the river.

The suspension applies from Brownsville to San Diego, a Pentagon spokesman said.

Assemblyman Brian Castle, a Republican from El Cajon, said: "The governor is playing politics."

"We are not calling it a named operation," Lt. Col. Jamie Davis, a Pentagon spokesman, said at the time.

Later, Col. Rob Manning, a Pentagon spokesman, said 400 troops would be home. "Some units have completed their mission," Manning said.

A Guardia Nacional officer patrolling in Anapra, who asked not to be named because he was not authorised to speak, said his unit had arrived. "They told us to pack for a month," he said.

"JTF-6 was born out of the drug war," said Gabriela Ruiz-Ochoa, a historian. "Its vocabulary is old," she said.

Mexico's Interior Ministry says it will deport about 500 migrants. According to the ministry, they had tried to cross "in a violent and illegal manner."

A House Judiciary subcommittee reviewed the mission in 1998. The mission "was not adequately planned," the subcommittee wrote.

Mario Delgado, El Paso's deputy city manager, said the shelters were full. The city reopened two schools.

State Rep. Eduardo Benavides said the deployment made little sense. The operation had cost the state about $1.3 million a week.

A Border Patrol spokesman for the Tucson Sector said, "Every set of eyes the Guard gives us is an agent."

At the riverside post, Captain Héctor García, the officer in charge, told reporters, "We are here to observe."

In Tapachula, Mónica García, a regional official of the migration institute, said the offices were short of staff. "We have had colleagues fall ill," Ms García said.

Adm. José Rafael Ojeda Durán, the secretary of the navy, spoke on Monday. "The navy is not going to collect taxes," Adm. Ojeda said.

Homeland Security Secretary Janet Napolitano told a Senate committee the border was secure.

A senior Border Patrol official, who spoke on condition of anonymity because the review has not begun, said the agents were tired. "Nobody here wants riflemen back on that river," the official said.

Attorney General Herbert Brownell proposed using soldiers. The general who ran the roundup was someone else.

Troops were flown in from Campeche, where the defence secretary, Gen. Ricardo Trevilla Trejo, said the security situation allowed it.
`;

describe('people an article introduces without a title or an apposition', () => {
  let plain: KnowledgeBase;
  const said = (words: string) => plain.quotes.find((q) => q.text.includes(words))?.speakerName;

  beforeAll(async () => {
    const data = await loadKnowledgeData(KNOWLEDGE_DIR);
    plain = buildKnowledge(
      [parseSource(new TextEncoder().encode(PLAIN_INTRODUCTIONS), 'port.md')],
      createPipelineTools(data),
    );
  });

  it('knows a full name as a person when the article later quotes the surname ("Ruelas said")', () => {
    expect(said('We closed at noon')).toBe('Gloria Ruelas');
  });

  it('reads "X is the mayor of Tijuana" as what X is', () => {
    expect(plain.entities.find((e) => e.name === 'Juan Manuel Gastélum')?.description).toBe(
      'the mayor of Tijuana',
    );
    expect(said('The city paid')).toBe('Juan Manuel Gastélum');
  });

  it('follows "the official" back to "a senior administration official"', () => {
    expect(said('Nobody asked for the military')).toBe('A senior administration official');
  });

  it('gives a quotation running on into the next paragraph the speaker named after it', () => {
    expect(said('People have waited two weeks')).toBe('Irma Bautista');
  });

  it('makes no person of a place named after "in", however often it comes back', () => {
    const names = plain.entities.filter((e) => e.discovered).map((e) => e.name);
    expect(names).not.toContain('El Paso');
    expect(names.some((n) => n.includes('Laredo'))).toBe(false);
  });

  it('names "Esequiel Hernández Jr." with the suffix, knows him without it, and "Hernández" as his surname', () => {
    const aliases = plain.entities.find((e) => e.name === 'Esequiel Hernández Jr.')?.aliases ?? [];
    expect(aliases).toEqual(
      expect.arrayContaining(['Esequiel Hernández Jr.', 'Esequiel Hernández', 'Hernández']),
    );
  });

  it('takes a capitalised noun of office ("Assemblyman") as a title, and no town after "from" as a person', () => {
    expect(said('The governor is playing politics')).toBe('Brian Castle');
    expect(plain.entities.map((e) => e.name)).not.toContain('El Cajon');
  });

  it('reads the words after a title as a name even when the tagger reads them as verbs ("Col. Rob Manning")', () => {
    expect(said('Some units have completed their mission')).toBe('Rob Manning');
  });

  it('keeps a participle in an unnamed speaker\'s description and follows "he said" to them', () => {
    expect(said('They told us to pack for a month')).toBe('A Guardia Nacional officer patrolling in Anapra');
  });

  it('keeps a hyphenated surname whole ("Gabriela Ruiz-Ochoa")', () => {
    expect(said('born out of the drug war')).toBe('Gabriela Ruiz-Ochoa');
    expect(said('Its vocabulary is old')).toBe('Gabriela Ruiz-Ochoa');
  });

  it('attributes "according to the ministry" to the ministry the article named before', () => {
    expect(said('in a violent and illegal manner')).toBe('the Interior Ministry');
    expect(said('was not adequately planned')).toBe('the House Judiciary subcommittee');
    expect(plain.entities.map((e) => e.name)).not.toContain('Interior Ministry');
  });

  it('names someone by the head of their description, not by any word of it ("the city" is not the city manager)', () => {
    const city = plain.sentences.find((x) => x.text.startsWith('The city reopened'));
    expect(city?.mentions.map((m) => m.entityId)).not.toContain('auto-mario-delgado');
  });

  it('names someone by the last word of a title, not by any word of it ("the state" is not State Rep. Benavides)', () => {
    const state = plain.sentences.find((x) => x.text.startsWith('The operation had cost'));
    expect(state?.mentions.map((m) => m.entityId)).not.toContain('auto-eduardo-benavides');
  });

  it('does not call the Attorney General "the general" (a postpositive "General" is not the head of the title)', () => {
    const general = plain.sentences.find((x) => x.text.startsWith('The general who ran'));
    expect(general?.mentions.map((m) => m.entityId)).not.toContain('auto-herbert-brownell');
    expect(general?.text).not.toContain('Brownell');
  });

  it('knows someone by the phrase set off before their name ("where the defence secretary, Gen. Ricardo Trevilla Trejo, said")', () => {
    expect(plain.entities.find((e) => e.name === 'Ricardo Trevilla Trejo')?.description).toBe(
      'the defence secretary',
    );
  });

  it('gives the words of "a Border Patrol spokesman for the Tucson Sector" to the spokesman, not the Border Patrol', () => {
    expect(said('Every set of eyes')).toBe('A Border Patrol spokesman for the Tucson Sector');
  });

  it('tells "Ms García" from Captain Héctor García by the gender an accented first name leans to', () => {
    expect(said('We have had colleagues fall ill')).toBe('Mónica García');
    expect(said('We are here to observe')).toBe('Héctor García');
  });

  it('knows a person by the later name the article calls them ("Adm. Ojeda" for José Rafael Ojeda Durán)', () => {
    expect(plain.entities.find((e) => e.name === 'José Rafael Ojeda Durán')?.aliases).toContain('Ojeda');
    expect(said('not going to collect taxes')).toBe('José Rafael Ojeda Durán');
  });

  it('keeps a known name inside a title ("Homeland Security Secretary Janet Napolitano")', () => {
    expect(plain.entities.find((e) => e.name === 'Janet Napolitano')?.roles[0]?.title).toBe(
      'Homeland Security Secretary',
    );
  });

  it('finds the verb of saying after a titled name and its apposition', () => {
    expect(said('We are not calling it a named operation')).toBe('Jamie Davis');
  });

  it('follows "the official" back to an unnamed official described by a name and a "who" clause', () => {
    expect(said('Nobody here wants riflemen')).toBe('A senior Border Patrol official');
  });

  it('reads "…to San Diego, a Pentagon spokesman said" as an attribution, not a person called San Diego', () => {
    expect(plain.entities.map((e) => e.name)).not.toContain('San Diego');
  });
});

describe('role words inside a longer noun phrase', () => {
  it('does not take "the security situation" for the security secretary of the same article', async () => {
    const kb = await fixtureKnowledge(await shippedRuntime(), 'articles-4');
    const flown = kb.sentences.find((x) => x.text.startsWith('Many of them were flown in from Campeche'));
    expect(flown?.mentions.map((m) => m.entityId)).not.toContain('auto-omar-garci-a-harfuch');
  });
});

describe('ranks, home towns and first names', () => {
  const BODY = `A military jury convicted Sgt. 1st Class Gerald W. Vickery, 36, an intelligence analyst, of bribery on Thursday.

"I never sold anybody out," Vickery said.

Lorene Vickery, 61, his mother, told the panel he was a good son. Gerald had sent money home every month, she said.

"We were clerks and farm boys," said Oris T. Wendell, 63, of Wichita Falls, the association's national commander.
`;
  let kb: KnowledgeBase;
  beforeAll(async () => {
    kb = await buildArticle('2001-03-23', BODY);
  });
  const person = (name: string) => kb.entities.find((e) => e.name === name);

  it('reads "Sgt. 1st Class" as the title, not "Class" as the first name', () => {
    expect(kb.entities.map((e) => e.name)).not.toContain('Class Gerald W. Vickery');
    expect(person('Gerald W. Vickery')?.roles[0]?.title).toBe('Sgt. 1st Class');
  });

  it('finds "Gerald W. Vickery" whole past his middle initial, so "Vickery said" is his and not his mother\'s', () => {
    expect(kb.quotes.find((q) => q.text.includes('never sold'))?.speakerName).toBe('Gerald W. Vickery');
  });

  it('knows someone by the first name the article calls them by alone', () => {
    expect(person('Gerald W. Vickery')?.aliases).toContain('Gerald');
  });

  it('takes the town after "63, of" for where someone is from, and the description after it for theirs', () => {
    expect(kb.entities.map((e) => e.name)).not.toContain('Wichita Falls');
    expect(person('Oris T. Wendell')?.description).toBe("the association's national commander");
  });
});

describe('speakers described before they are named, or never named', () => {
  const BODY = `Mrs. Luz Hinojosa brought a wagon of tortillas. "The children were blue with cold," she said.

A young lieutenant of his staff, who gave his name as Rodrigo Ibarra and his age as 23, told this correspondent how the night ended. "So we went to the river," the lieutenant said.

A Red Cross nurse who came down from Marfa with the surgeon, and who asked that her name not be printed, said the women suffered most. "The men had their rations from the army," she said.

Señor Enrique Ballesteros, consul of the Huerta government at Presidio, said he had no instructions.
`;
  let kb: KnowledgeBase;
  beforeAll(async () => {
    kb = await buildArticle('1914-01-15', BODY);
  });
  const said = (words: string) => kb.quotes.find((q) => q.text.includes(words))?.speakerName;

  it('gives "the lieutenant said" to the man a "who gave his name as" clause names, described as the lieutenant', () => {
    expect(said('So we went to the river')).toBe('Rodrigo Ibarra');
    expect(kb.entities.find((e) => e.name === 'Rodrigo Ibarra')?.description).toBe(
      'a young lieutenant of his staff',
    );
  });

  it('gives "she said" to an unnamed nurse whose "who" clause says "her name", not to the woman quoted before', () => {
    expect(said('had their rations')).toBe('A Red Cross nurse');
  });

  it('reads "Señor" as an honorific, not a first name', () => {
    expect(kb.entities.map((e) => e.name)).toContain('Enrique Ballesteros');
  });
});

describe('other names an article gives someone', () => {
  const BODY = `Rosario Méndez, a tortilla seller known to the whole Colonia Bellavista as Doña Chayo, watched from her stand. "I have seen the green ones," she said.

A gas station attendant on the U.S. side known to regulars only as Flaco, who said he was 19, had a different view. "Best week we ever had," he said.
`;
  let kb: KnowledgeBase;
  beforeAll(async () => {
    kb = await buildArticle('2010-01-15', BODY);
  });
  const said = (words: string) => kb.quotes.find((q) => q.text.includes(words))?.speakerName;

  it('makes "known … as Doña Chayo" in the apposition of Rosario Méndez, her other name, not a second woman', () => {
    expect(said('the green ones')).toBe('Rosario Méndez');
    expect(kb.entities.find((e) => e.name === 'Rosario Méndez')?.aliases).toContain('Doña Chayo');
    expect(kb.entities.map((e) => e.name)).not.toContain('Doña Chayo');
  });

  it('takes a one-word name the words "known … as" give as a person, so "he said" is his', () => {
    expect(said('Best week')).toBe('Flaco');
  });
});

describe('a pronoun after someone who said something about another', () => {
  const BODY = `Mexico's foreign minister, Antonio Carrillo Flores, flew to Washington on Monday. He declined to comment.

A Mexican official close to the talks, who would speak only if not named, said the government of President Gustavo Díaz Ordaz had been told of the plan only days before it began. "They invited us to a meeting, and then they told us what they had already decided," he said.
`;
  let kb: KnowledgeBase;
  beforeAll(async () => {
    kb = await buildArticle('1969-09-25', BODY);
  });

  it('gives "he said" to the unnamed official who said it, not the president named in what he said', () => {
    expect(kb.quotes.find((q) => q.text.includes('They invited us'))?.speakerName).toBe(
      'A Mexican official close to the talks',
    );
  });
});

describe('a name after a title and the place it serves', () => {
  const BODY = `MARISOL PARDO, HOST: We have a statement from the other side of the river. The Mexican consul general in El Paso, Jorge Alcocer Villanueva, sent us this on Wednesday. He wrote, quote, "Mexico trusts that no foreign soldier will set foot on Mexican territory," end quote.
`;
  let kb: KnowledgeBase;
  beforeAll(async () => {
    kb = await buildArticle('1989-11-16', BODY);
  });

  it('knows "the Mexican consul general in El Paso, Jorge Alcocer Villanueva," for a person, so "he wrote" is his', () => {
    expect(kb.quotes.find((q) => q.text.includes('Mexico trusts'))?.speakerName).toBe(
      'Jorge Alcocer Villanueva',
    );
  });
});

describe('a nickname in marks opening a name', () => {
  const BODY = `An old freighter known the length of the river as "Cap" Spencer, who says he is 74, watched the column form up. "I saw the Comanches go," he said.
`;
  let kb: KnowledgeBase;
  beforeAll(async () => {
    kb = await buildArticle('1914-01-16', BODY);
  });

  it('knows "Cap" Spencer, so "he said" is his and "Cap" is no quotation', () => {
    expect(kb.quotes.find((q) => q.text.includes('Comanches'))?.speakerName).toBe('Cap Spencer');
    expect(kb.quotes.map((q) => q.text)).not.toContain('Cap');
  });
});

describe('a relative named by one name in an apposition', () => {
  const BODY = `Mrs. Luz Hinojosa and her husband, Ramón, brought a wagon of tortillas. "The children were blue with cold," she said. Her husband said he had counted more than 30 wounded men. "Some of them will not live to see Marfa," he said.
`;
  let kb: KnowledgeBase;
  beforeAll(async () => {
    kb = await buildArticle('1914-01-16', BODY);
  });

  it('makes "her husband, Ramón," Ramón Hinojosa, so "he said" after "her husband said" is his', () => {
    expect(kb.quotes.find((q) => q.text.includes('live to see Marfa'))?.speakerName).toBe('Ramón Hinojosa');
    expect(kb.quotes.find((q) => q.text.includes('blue with cold'))?.speakerName).toBe('Luz Hinojosa');
  });
});

describe('a name that ends in a common word', () => {
  const BODY = `A Pentagon spokesman, Lt. Col. Warren Dietz, said Air Force ground radar units had been moved to sites near Yuma, Ariz.
`;
  let kb: KnowledgeBase;
  beforeAll(async () => {
    kb = await buildArticle('1969-09-25', BODY);
  });

  it('gives "Air Force" no alias "Force", so a question about a task force is not about it', () => {
    for (const e of kb.entities.filter((x) => x.name === 'Air Force'))
      expect(e.aliases).not.toContain('Force');
    expect(kb.entities.find((e) => e.name === 'Warren Dietz')?.aliases).toContain('Dietz');
  });
});

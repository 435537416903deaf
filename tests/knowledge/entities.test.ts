import { beforeAll, describe, expect, it } from 'vitest';
import type { PipelineTools } from '../../src/knowledge/build.ts';
import { roleHeldOn } from '../../src/knowledge/entity-data.ts';
import type { KnowledgeBase } from '../../src/knowledge/schema.ts';
import { ENTITY_PREFIX } from '../../src/nlp/pipeline.ts';
import { annotateText, buildReal, realTools, sentenceWith } from './fixtures.ts';

let tools: PipelineTools;
let kb: KnowledgeBase;

beforeAll(async () => {
  tools = await realTools();
  kb = await buildReal(tools);
});

/** Entity ids wink-nlp's custom entities find in `text`, with the words matched. */
function aliasesIn(text: string): Array<[string, string]> {
  return tools.nlp
    .analyse(text)
    .custom.filter((c) => c.name.startsWith(ENTITY_PREFIX))
    .map((c) => [c.name.slice(ENTITY_PREFIX.length), c.value]);
}

/** The id of the one entity that lists `alias`, read from entities.json. */
function entityListing(alias: string): string {
  const ids = tools.data.entities.entities.filter((e) => e.aliases.includes(alias)).map((e) => e.id);
  expect(ids).toHaveLength(1);
  return ids[0] ?? '';
}

/** Mentions of one sentence of an annotated fixture, as `[entityId, words, via]`. */
function mentionsOf(body: string, published: string, sentence = 0): Array<[string, string, string]> {
  const { sentences } = annotateText(tools, body, { published });
  return (sentences[sentence]?.mentions ?? []).map((m) => [m.entityId, m.text, m.via]);
}

describe('aliases', () => {
  it.each([
    ['AMLO said no.', 'andres-manuel-lopez-obrador', 'AMLO'],
    ['Mr Obrador said during a press conference on Tuesday.', 'andres-manuel-lopez-obrador', 'Mr Obrador'],
    ['López Obrador spoke.', 'andres-manuel-lopez-obrador', 'López Obrador'],
    ['Lopez Obrador spoke.', 'andres-manuel-lopez-obrador', 'Lopez Obrador'],
    [
      'The comments from Andrés Manuel López Obrador come',
      'andres-manuel-lopez-obrador',
      'Andrés Manuel López Obrador',
    ],
    ['a request from the Department of Homeland Security', 'dhs', 'Department of Homeland Security'],
    ['DHS asked for troops.', 'dhs', 'DHS'],
    ['according to Agence France-Presse.', 'afp', 'Agence France-Presse'],
    ['AFP reported the detentions.', 'afp', 'AFP'],
    ['a Wall Street Journal article published the day before', 'wsj', 'Wall Street Journal'],
    ['the WSJ reported', 'wsj', 'WSJ'],
    [
      'The US Northern Command has surged troops and equipment to the border',
      'us-northern-command',
      'US Northern Command',
    ],
    ['Luis Cresencio Sandoval, the defence minister', 'luis-cresencio-sandoval', 'Luis Cresencio Sandoval'],
    ['President Claudia Sheinbaum of Mexico said', 'claudia-sheinbaum', 'President Claudia Sheinbaum'],
    ['US President Donald Trump has described a caravan', 'donald-trump', 'US President Donald Trump'],
  ])('finds %j as %s', (text, id, words) => {
    expect(aliasesIn(text)).toContainEqual([id, words]);
  });

  it('reads AFP and Agence France-Presse as the same agency', () => {
    expect(aliasesIn('AFP')[0]?.[0]).toBe(aliasesIn('Agence France-Presse')[0]?.[0]);
  });

  it('reads "National Guard" and "National Guardsmen" with the entity that lists them', () => {
    expect(aliasesIn('About 2,000 National Guard troops are already assisting at the border')).toContainEqual(
      [entityListing('National Guard'), 'National Guard'],
    );
    expect(aliasesIn('a photo of heavily armed National Guardsmen detaining the trio')).toContainEqual([
      entityListing('National Guardsmen'),
      'National Guardsmen',
    ]);
  });

  it('prefers the longest alias: "US President Donald Trump" is Trump, not the United States', () => {
    expect(aliasesIn('US President Donald Trump told the caravan to turn back')).toEqual([
      ['donald-trump', 'US President Donald Trump'],
      ['migrant-caravan', 'the caravan'],
    ]);
  });

  it('does not read "us" in a quotation as the United States', () => {
    expect(
      aliasesIn('“We can work together, but you in your territory and us in ours,” Sheinbaum said.'),
    ).toEqual([['claudia-sheinbaum', 'Sheinbaum']]);
    const sentence = sentenceWith(kb, 'you in your territory and us in ours');
    expect(sentence.mentions.map((m) => m.entityId)).not.toContain('united-states');
  });

  it('still reads "US" in capitals as the United States', () => {
    expect(aliasesIn('Give us a break, said the US official.')).toEqual([['united-states', 'US']]);
  });
});

describe('resolveRole', () => {
  it('reads "the defence minister" in the 2019 article as Luis Cresencio Sandoval', () => {
    const sentence = sentenceWith(
      kb,
      'Luis Cresencio Sandoval, the defence minister, had initially responded',
    );
    expect(sentence.mentions).toContainEqual({
      entityId: 'luis-cresencio-sandoval',
      text: 'defence minister',
      via: 'role',
    });
    expect(sentenceWith(kb, 'comments from his own defence minister').mentions).toContainEqual(
      expect.objectContaining({ entityId: 'luis-cresencio-sandoval', via: 'role' }),
    );
  });

  it('reads "Mexico president" and "The president of Mexico" in 2019 as López Obrador', () => {
    expect(sentenceWith(kb, 'Mexico president tells Trump').mentions[0]).toEqual({
      entityId: 'andres-manuel-lopez-obrador',
      text: 'Mexico president',
      via: 'role',
    });
    expect(sentenceWith(kb, 'The president of Mexico says').mentions[0]).toMatchObject({
      entityId: 'andres-manuel-lopez-obrador',
      via: 'role',
    });
  });

  it('reads "the president" in the 2018 DW article as Donald Trump', () => {
    for (const words of [
      'The president has made immigration a top issue',
      'During a rally in Nevada last week',
    ]) {
      expect(sentenceWith(kb, words).mentions).toContainEqual(
        expect.objectContaining({ entityId: 'donald-trump', via: 'role' }),
      );
    }
  });

  it('reads "The president said no to Trump" in 2025 as Sheinbaum, the president not named in the sentence', () => {
    expect(sentenceWith(kb, 'The president said no to Trump').mentions).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ entityId: 'claudia-sheinbaum', via: 'role' }),
        expect.objectContaining({ entityId: 'donald-trump', text: 'Trump', via: 'alias' }),
      ]),
    );
  });

  it('resolves the same title to whoever held it on the publication date', () => {
    const body = 'Mexico president tells Trump he will not hold migrants at the border.';
    expect(mentionsOf(body, '2019-06-25')[0]).toEqual([
      'andres-manuel-lopez-obrador',
      'Mexico president',
      'role',
    ]);
    expect(mentionsOf(body, '2025-05-04')[0]).toEqual(['claudia-sheinbaum', 'Mexico president', 'role']);
  });

  it('resolves no one for a title nobody held on the publication date', () => {
    const body = 'The defence minister said the forces were detaining migrants.';
    expect(mentionsOf(body, '2019-06-25')).toEqual([['luis-cresencio-sandoval', 'defence minister', 'role']]);
    expect(mentionsOf(body, '2016-03-01')).toEqual([]);
  });

  it('treats role dates as inclusive at both ends', () => {
    const role = { from: '2018-12-01', to: '2024-09-30' };
    expect(['2018-11-30', '2018-12-01', '2024-09-30', '2024-10-01'].map((d) => roleHeldOn(role, d))).toEqual([
      false,
      true,
      true,
      false,
    ]);
    expect(roleHeldOn({ from: '2025-01-20', to: null }, '2099-01-01')).toBe(true);
  });
});

describe('pronouns', () => {
  it('reads "he said" after Sandoval is named as Sandoval', () => {
    expect(sentenceWith(kb, '"Yes," he said.').mentions).toEqual([
      { entityId: 'luis-cresencio-sandoval', text: 'he', via: 'pronoun' },
    ]);
  });

  it('reads "She added" as Sheinbaum', () => {
    expect(sentenceWith(kb, 'She added, “Sovereignty').mentions).toContainEqual({
      entityId: 'claudia-sheinbaum',
      text: 'She',
      via: 'pronoun',
    });
  });
});

describe('entities in the knowledge file', () => {
  it('lists only entities that are mentioned, each with its sentences in corpus order', () => {
    const order = new Map(kb.sentences.map((s, i) => [s.id, i]));
    for (const e of kb.entities) {
      expect(e.sentenceIds.length + e.quoteIds.length).toBeGreaterThan(0);
      const positions = e.sentenceIds.map((id) => order.get(id) ?? -1);
      expect(positions).toEqual([...positions].sort((a, b) => a - b));
      expect(positions).not.toContain(-1);
    }
  });

  it('lists the entities by id', () => {
    const ids = kb.entities.map((e) => e.id);
    expect(ids).toEqual([...ids].sort());
  });

  it('keeps the roles with their dates for answering "who was president in…"', () => {
    const amlo = kb.entities.find((e) => e.id === 'andres-manuel-lopez-obrador');
    expect(amlo?.roles).toContainEqual(
      expect.objectContaining({
        title: 'President of Mexico',
        from: '2018-12-01',
        to: '2024-09-30',
        country: 'mx',
      }),
    );
  });
});

import { describe, expect, it } from 'vitest';
import winkNLP from 'wink-nlp';
import {
  ENTITY_PREFIX,
  Nlp,
  ROLE_PREFIX,
  rolePhraseKey,
  type AliasData,
  type NlpPurpose,
} from '../../src/nlp/pipeline.ts';
import { englishModel } from '../../src/nlp/wink-model.ts';

const ENTITIES: AliasData[] = [
  { id: 'pentagon', aliases: ['Pentagon', 'the Defense Department'] },
  { id: 'guard', aliases: ['National Guard', 'Texas National Guard', 'Guard'] },
  { id: 'brigade', aliases: ['1st Brigade', 'First Brigade Combat Team'] },
  { id: 'ciudad-juarez', aliases: ['Ciudad Juárez', 'Juárez', 'Juarez'] },
  { id: 'lopez', aliases: ['López Obrador', 'Lopez Obrador'] },
  { id: 'ins', aliases: ['Immigration and Naturalization Service', 'INS'] },
  {
    id: 'defense-secretary',
    aliases: ['Jim Mattis'],
    roles: [{ phrases: ['Pentagon chief', 'the defense secretary', "Mexico's president", 'president'] }],
  },
];

const TEXTS = [
  'The Pentagon chief said the Pentagon would pay.',
  'The Pentagon chef cooked, and the Pentagon chief ate.',
  'Pentagon\nchief Jim Mattis met the Texas National Guard and the Texas National Gaurd.',
  'Texas National\n\nGuard units, the National Guard and the Guard.',
  "Mexico's president López Obrador and Mexico’s president Lopez Obrador met Mexico's presidents.",
  'The 1st Brigade met the First Brigade Combat Team on May 3, 2025 in Ciudad Juárez, Juarez and Juárez.',
  "The Immigration and Naturalization Service (INS) can't say; the ins and outs, the president said.",
  'president president president Pentagon Pentagon chief chief',
  'THE DEFENSE SECRETARY AND THE PENTAGON CHIEF MET 2,000 NATIONAL GUARD TROOPS.',
  'the defense department and the Defense Department. the defense\tsecretary',
  '',
  'Guard',
];

/** What wink-nlp's own custom-entity pipe finds in each text, with the same patterns the pipeline learns. */
function winkFinds(purpose: NlpPurpose): Array<Array<[number, number, string]>> {
  const wink = winkNLP(
    englishModel(),
    purpose === 'articles' ? ['sbd', 'pos', 'ner', 'cer'] : ['sbd', 'pos', 'cer'],
  );
  const examples: Array<{ name: string; patterns: string[] }> = [];
  const roles = new Set<string>();
  for (const e of ENTITIES) {
    examples.push({
      name: ENTITY_PREFIX + e.id,
      patterns: [...new Set(e.aliases.flatMap((a) => [a, a.replace(/[’]/g, "'")]))],
    });
    for (const r of e.roles ?? []) for (const p of r.phrases) roles.add(rolePhraseKey(p));
  }
  for (const p of [...roles].sort()) examples.push({ name: ROLE_PREFIX + p, patterns: [p] });
  wink.learnCustomEntities(examples);
  return TEXTS.map((text) => {
    const found = wink.readDoc(text).customEntities();
    const spans = found.out(wink.its.span) as unknown as number[][];
    const types = found.out(wink.its.type) as unknown as string[];
    return spans.map(([start, end], i) => [start ?? 0, (end ?? 0) + 1, types[i] ?? '']);
  });
}

function pipelineFinds(nlp: Nlp): Array<Array<[number, number, string]>> {
  return TEXTS.map((text) => nlp.analyse(text).custom.map((c) => [c.start, c.end, c.name]));
}

describe('custom entities (aliases and role phrases)', () => {
  for (const purpose of ['articles', 'questions'] as const) {
    it(`are found in ${purpose} exactly where wink-nlp's own matcher finds them`, () => {
      const expected = winkFinds(purpose);
      expect(pipelineFinds(new Nlp(ENTITIES, [], purpose))).toEqual(expected);
      expect(expected.flat().length).toBeGreaterThan(30);
    });
  }

  it('prefer the longest alias and fall back to a shorter one when the longer breaks off', () => {
    const nlp = new Nlp(ENTITIES, []);
    const names = (text: string) => nlp.analyse(text).custom.map((c) => `${c.name}=${c.value}`);
    expect(names('The Pentagon chief left.')).toEqual(['role:pentagon chief=Pentagon chief']);
    expect(names('The Pentagon chef left.')).toEqual(['entity:pentagon=Pentagon']);
    expect(names('The Texas National Gaurd left.')).toEqual([]);
  });

  it("still work for an alias written in wink-nlp's pattern language", () => {
    const nlp = new Nlp([{ id: 'bliss', aliases: ['[Fort|Camp] Bliss'] }], []);
    expect(nlp.analyse('Troops at Camp Bliss and Fort Bliss.').custom.map((c) => c.value)).toEqual([
      'Camp Bliss',
      'Fort Bliss',
    ]);
  });
});

/**
 * `node --import tsx bench/act48-probe.ts ["question" …]` (or QS="q1\nq2"): asks wh-questions of a small article
 * written for the asked-act probes and prints whether each was answered, its bold headline and first line.
 */
import Keyv from 'keyv';
import { createRuntime } from '../src/answer/create.ts';
import { engineFor } from '../src/eval/sets.ts';
import { buildKnowledge, createPipelineTools } from '../src/knowledge/build.ts';
import { parseSource } from '../src/knowledge/sources.ts';
import { KB_PATH, KNOWLEDGE_DIR } from '../src/paths.ts';

const ARTICLE = `---
id: example-1919-pecos-county-notes
title: Notes from Pecos County
outlet: Example Border Daily
published: 1919-06-02
url: https://example.org/pecos-notes
language: en
---
Notes from Pecos County
Ann Pierce keeps the eating house at the Fort Stockton depot, where the train crews stop for supper.
Deputies detained eleven migrants near the river crossing on Tuesday, the sheriff said.
In March the Legislature cut the regular force to four companies of no more than 17 men each.
The county repaired the old courthouse in 1910, the clerk said.
Captain Hughes warned the ranchers about the raiders two days before the attack.
Governor William Hobby deployed two hundred Rangers to the border in May.
Mexico deployed 15,000 soldiers to its northern border in June, officials in Mexico City said.
The town built a new school on Main Street in 1912.
The army abandoned the fort near Marfa in 1945.
Hobby met General John Pershing at Fort Bliss in July. He sent three hundred more Rangers to Laredo in August.
Fifty scouts were sent to Marfa by General Pershing in September.
`;
const DEFAULT = [
  'When did the town close the school?',
  'When did the town build the school?',
  'When did the town construct the school?',
  'How many soldiers did Hobby send to the border?',
  'How many Rangers did Hobby send to the border?',
  'how many rangers did hobby send in 1919?',
  'How many migrants did the deputies arrest?',
  'Who owned the eating house?',
  'Who sold the eating house?',
  'Who keeps the eating house?',
  'When did the county sell the courthouse?',
  'When did the county fix the courthouse?',
  'When did the army leave the fort?',
  'When did the army build the fort?',
  'How many companies did the Legislature keep?',
  'How many soldiers did Mexico deploy?',
  'How many soldiers did Mexico send to the border?',
  'When did the county repair the courthouse?',
];
const runtime = await createRuntime({ knowledgeDir: KNOWLEDGE_DIR, kbPath: KB_PATH, store: new Keyv() });
const kb = buildKnowledge(
  [parseSource(new TextEncoder().encode(ARTICLE), 'pecos.md')],
  createPipelineTools(runtime.knowledgeData, runtime.nlp),
);
const engine = engineFor(runtime, kb);
const args = process.argv.slice(2);
const qs = args.length ? args : process.env.QS ? process.env.QS.split('\n').filter(Boolean) : DEFAULT;
let n = 0;
for (const q of qs) {
  const a = await engine.ask(q, { userId: `p${++n}` });
  const first = a.text.split('\n').find((l) => l.startsWith('>')) ?? a.text.split('\n')[0] ?? '';
  console.log(
    `${a.answered ? 'ANSWERED' : 'declined'} | ${q}\n   **${a.direct ?? '-'}** | ${first.slice(0, 120)}`,
  );
}

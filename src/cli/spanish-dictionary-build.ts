/**
 * `npm run spanish:build`: writes `knowledge/spanish-english.txt` (see `src/nlp/spanish-dictionary.ts`) from
 * Apertium's English–Spanish pair, every translation it has in either direction: Spanish → English
 * (`spa-eng.autobil.bin`) and English → Spanish read backwards (`eng-spa.autobil.bin`, which gives "tent" for
 * "carpa" where the Spanish → English side has only "carp"). The compiled dictionaries are read as text through
 * `lt-print`. The bot never reads them; the table is committed, and this command is run only to rebuild it.
 * `--check` exits 1 when the table differs.
 *
 * Needs Debian's `apertium-eng-spa` (the dictionaries, GPL-2) and `lttoolbox-dev` (`lt-print`):
 *   apt-get install apertium-eng-spa lttoolbox-dev
 * The table is derived from GPL-2 data and carries that licence (see its header).
 */
import { execFileSync } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { foldWord } from '../nlp/pipeline.ts';
import { transducerPairs, type TransducerPair } from '../nlp/transducer-pairs.ts';
import { SPANISH_DICTIONARY_PATH } from '../paths.ts';

const APERTIUM_DIR = '/usr/share/apertium/apertium-eng-spa';

/** Apertium's tags of the parts of speech kept, and the table's letter for each. */
const PARTS: Readonly<Record<string, string>> = {
  n: 'n',
  vblex: 'v',
  vbmod: 'v',
  adj: 'a',
  adv: 'r',
};
/** A Spanish lemma kept: one lower-case word. */
const SPANISH_WORD = /^[a-záéíóúüñ]+$/;
/** An English rendering kept: lower-case words, hyphens and apostrophes. */
const ENGLISH_WORDS = /^[a-z][a-z' -]*[a-z]$/;

const HEADER = `# Spanish–English dictionary: lemma, part of speech (n, v, a, r), English senses. Written by
# npm run spanish:build from the Debian package apertium-eng-spa (0.8.1), both directions. Derived from
# data licensed under the GNU General Public License version 2: this file is distributed under the same
# licence; its source is the package's source (Universitat d'Alacant, the Apertium project).
`;

/** The table's text from both directions' pairs: Spanish → English senses first, then the reversed ones. */
export function encodeSpanishDictionary(
  spanishToEnglish: readonly TransducerPair[],
  englishToSpanish: readonly TransducerPair[],
): string {
  const table = new Map<string, string[]>();
  const add = (spanish: string, tag: string, english: string) => {
    const pos = PARTS[tag];
    const lemma = spanish.toLowerCase() === spanish ? spanish : '';
    const sense = english.replace(/\s+/g, ' ').trim();
    if (pos === undefined || !SPANISH_WORD.test(lemma) || !ENGLISH_WORDS.test(sense)) return;
    const key = `${foldWord(lemma)}\t${pos}`;
    const senses = table.get(key) ?? [];
    if (!senses.includes(sense)) senses.push(sense);
    table.set(key, senses);
  };
  const byName = (a: TransducerPair, b: TransducerPair) =>
    a.source < b.source
      ? -1
      : a.source > b.source
        ? 1
        : a.target < b.target
          ? -1
          : a.target > b.target
            ? 1
            : 0;
  for (const p of [...spanishToEnglish].sort(byName)) add(p.source, p.pos, p.target);
  const reversed = englishToSpanish.map((p) => ({ source: p.target, pos: p.pos, target: p.source }));
  for (const p of reversed.sort(byName)) add(p.source, p.pos, p.target);
  const lines = [...table].sort(([a], [b]) => (a < b ? -1 : 1)).map(([k, v]) => `${k}\t${v.join('|')}`);
  return `${HEADER}${lines.join('\n')}\n`;
}

function printed(file: string): string {
  return execFileSync('lt-print', [join(APERTIUM_DIR, file)], { encoding: 'utf8', maxBuffer: 1 << 28 });
}

async function main(): Promise<number> {
  const { values } = parseArgs({ options: { check: { type: 'boolean', default: false } } });
  const text = encodeSpanishDictionary(
    transducerPairs(printed('spa-eng.autobil.bin')),
    transducerPairs(printed('eng-spa.autobil.bin')),
  );
  if (values.check) {
    const current = await readFile(SPANISH_DICTIONARY_PATH, 'utf8').catch(() => null);
    const same = current === text;
    console.log(`spanish:build --check: ${SPANISH_DICTIONARY_PATH} is ${same ? 'up to date' : 'stale'}`);
    return same ? 0 : 1;
  }
  await writeFile(SPANISH_DICTIONARY_PATH, text);
  const lines = text.split('\n').filter((l) => l !== '' && !l.startsWith('#')).length;
  console.log(
    `spanish:build: ${lines} lemmas → ${SPANISH_DICTIONARY_PATH} (${(text.length / 1e6).toFixed(1)} MB)`,
  );
  return 0;
}

if (process.argv[1]?.endsWith('spanish-dictionary-build.ts'))
  main().then(
    (code) => process.exit(code),
    (error: unknown) => {
      console.error(`spanish:build: ${error instanceof Error ? error.message : String(error)}`);
      process.exit(1);
    },
  );

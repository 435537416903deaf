import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { WordIndex } from '../../src/nlp/word-index.ts';
import { encodeWordVectors, WordVectors } from '../../src/nlp/word-vectors.ts';
import { WORD_VECTORS_PATH } from '../../src/paths.ts';

const utf8 = (text: string) => new TextEncoder().encode(text);

describe('WordIndex', () => {
  it('finds each word at its position, as a Map of the split words would', () => {
    const words = ['the', 'troops', 'troop', 'juárez', 'Guardia', 'über', '', 'a'];
    const index = new WordIndex(utf8(words.join('\n')));
    expect(index.size).toBe(words.length);
    words.forEach((w, i) => expect(index.get(w)).toBe(i));
  });

  it('returns undefined for a word the list lacks, a prefix or an extension of one it has', () => {
    const index = new WordIndex(utf8(['troops', 'juárez'].join('\n')));
    for (const w of ['troop', 'troopss', 'Troops', 'juarez', 'juáre', 'soldiers'])
      expect(index.get(w)).toBeUndefined();
    expect(index.has('troops')).toBe(true);
    expect(index.has('troop')).toBe(false);
  });

  it('finds a word written twice at its later position', () => {
    expect(new WordIndex(utf8('border\nwall\nborder')).get('border')).toBe(2);
  });

  it('agrees with a Map over the shipped word-vector table', async () => {
    const bytes = new Uint8Array(await readFile(WORD_VECTORS_PATH));
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const wordBytes = view.getUint32(16, true);
    const region = bytes.subarray(20, 20 + wordBytes);
    const words = new TextDecoder().decode(region).split('\n');
    const index = new WordIndex(region);
    expect(index.size).toBe(words.length);
    const map = new Map(words.map((w, i) => [w, i] as const));
    expect(words.filter((w) => index.get(w) !== map.get(w))).toEqual([]);
    for (const w of ['sheinbaum-pardo', 'zzzzq', 'militarisation', 'Mexico', 'soldado'])
      expect(index.get(w)).toBe(map.get(w));
  });
});

describe('WordVectors', () => {
  const words = ['troops', 'soldiers', 'wall'];
  const vectors = [
    [1, 0.5, 0],
    [0.9, 0.6, 0.1],
    [0, 0, 1],
  ];
  const table = encodeWordVectors(words, vectors, 3);

  it('reads a table held at an unaligned offset as it reads one at 0', () => {
    const shifted = new Uint8Array(table.length + 1);
    shifted.set(table, 1);
    const aligned = new WordVectors(table);
    const unaligned = new WordVectors(shifted.subarray(1));
    expect(unaligned.similarity('troops', 'soldiers')).toBe(aligned.similarity('troops', 'soldiers'));
    expect(unaligned.rank('wall')).toBe(2);
    expect(aligned.similarity('troops', 'wall')).toBeCloseTo(0, 2);
  });

  it('returns null for a word the table lacks', () => {
    expect(new WordVectors(table).similarity('troops', 'cartel')).toBeNull();
    expect(new WordVectors(table).rank('cartel')).toBeNull();
  });
});

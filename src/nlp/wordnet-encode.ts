/**
 * Writes the compact WordNet table {@link WordNet} reads (`npm run wordnet:build`, wordnet-build.ts) from the
 * synsets and senses the build reads out of the dictionary files; its format is described in wordnet.ts.
 */
import type { WordNet } from './wordnet.ts';

/** One synset as the build reads it: its words, and the ids of the synsets it leans on. */
export interface SynsetRecord {
  words: readonly string[];
  /** A noun's direct hypernyms (instance hypernyms too). */
  kinds: readonly string[];
  /** A verb's direct hypernyms: the acts it is a way of doing. */
  ways: readonly string[];
  /** Entailments and causes. */
  entailed: readonly string[];
  /** Derivational links from a word of the synset to another synset ("departure" → the synset of "depart"). */
  derived?: ReadonlyArray<{ word: string; to: string }>;
  /** Antonyms ("old" → "young"), taken at the synset. */
  opposites?: readonly string[];
  /** An adjective's similar-to links: a satellite's head, a head's satellites. */
  similar?: readonly string[];
}

/**
 * The synsets that name the opposite of `id`: the antonyms of it and of its similar-to neighbours, with
 * the antonyms' own similar-to neighbours ("elderly", a satellite of "old", opposes "young" and "youthful").
 */
function oppositesOf(id: string, synsets: ReadonlyMap<string, SynsetRecord>): Set<string> {
  const s = synsets.get(id);
  const direct = new Set<string>();
  for (const near of [id, ...(s?.similar ?? [])])
    for (const o of synsets.get(near)?.opposites ?? []) direct.add(o);
  const out = new Set(direct);
  for (const o of direct) for (const near of synsets.get(o)?.similar ?? []) out.add(near);
  return out;
}

/**
 * Writes the table {@link WordNet} reads: `senses` maps each word to its synset ids in sense order (already
 * cut to the senses kept), `synsets` holds at least those and the ones they lean on. A word's derivational
 * links are kept from its own first senses to synsets that are some word's first sense (no other can match).
 * `later` holds the later senses of verbs of two words, kept for {@link WordNet.relation}'s ways and
 * entailments only. Deterministic: synsets are numbered in id order, words sorted, links in number order.
 */
export function encodeWordNet(
  senses: ReadonlyMap<string, readonly string[]>,
  synsets: ReadonlyMap<string, SynsetRecord>,
  sensesKept: number,
  later: ReadonlyMap<string, readonly string[]> = new Map(),
): string {
  const ids = new Set<string>();
  for (const list of senses.values()) for (const id of list) ids.add(id);
  const firstSenses = new Set(ids);
  for (const list of later.values()) for (const id of list) ids.add(id);
  for (const id of [...ids]) {
    const s = synsets.get(id);
    for (const n of [...(s?.kinds ?? []), ...(s?.ways ?? []), ...(s?.entailed ?? [])])
      if (synsets.has(n)) ids.add(n);
  }
  const ordered = [...ids].filter((id) => synsets.has(id)).sort();
  const number = new Map(ordered.map((id, i) => [id, i]));
  const lines = [];
  for (const id of ordered) {
    const s = synsets.get(id);
    const numbers = (list: readonly string[]) =>
      list.flatMap((n) => {
        const i = number.get(n);
        return i === undefined ? [] : [i];
      });
    // A verb's opposite often tells the same event from the other side ("who won it?" is answered by "He
    // lost it"): only nouns' and adjectives' are kept (measured, npm run eval 2026-12-04).
    const opposed = id.startsWith('v') ? [] : [...oppositesOf(id, synsets)].filter((o) => firstSenses.has(o));
    const opposites = numbers(opposed).sort((x, y) => x - y);
    const fields = [
      s?.words ?? [],
      numbers(s?.kinds ?? []),
      numbers(s?.ways ?? []),
      numbers(s?.entailed ?? []),
    ];
    if (opposites.length > 0) fields.push(opposites);
    lines.push(fields.map((f) => f.join(' ')).join('|'));
  }
  const words = [...senses.keys()].sort();
  for (const w of words) {
    const list = (senses.get(w) ?? []).flatMap((id) => {
      const i = number.get(id);
      return i === undefined ? [] : [i];
    });
    const derived = new Set<number>();
    for (const id of senses.get(w) ?? [])
      for (const d of synsets.get(id)?.derived ?? []) {
        const i = number.get(d.to);
        if (d.word === w && i !== undefined && firstSenses.has(d.to)) derived.add(i);
      }
    const laterList = (later.get(w) ?? []).flatMap((id) => {
      const i = number.get(id);
      return i === undefined ? [] : [i];
    });
    const derivedLinks = [...derived].sort((x, y) => x - y).join(' ');
    const links =
      laterList.length > 0
        ? `|${derivedLinks}|${laterList.join(' ')}`
        : derived.size > 0
          ? `|${derivedLinks}`
          : '';
    if (list.length > 0) lines.push(`${w} ${list.join(' ')}${links}`);
  }
  const wordLines = lines.length - ordered.length;
  return `wordnet ${sensesKept} ${ordered.length} ${wordLines}\n${lines.join('\n')}\n`;
}

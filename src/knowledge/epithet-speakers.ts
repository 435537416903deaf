/**
 * A named person called again by the words the article set before their name: "The first is from young Amos
 * Lytle, a private …" and later "The young man says … '…,' he writes". A speaker the finder could only describe
 * ("the young man") is the person the article gave those words ("young") before a name, the noun's gender
 * agreeing, when no one was introduced as "a young man" before. The words may stand in an apposition after the
 * name as well: "Wiley Buchanan, a young volunteer from Goliad" and later '"…," the young man said'.
 */
import type { WorkingQuote, WorkingSentence } from './working.ts';

/** "the young man", "the old Texan": "the", one or two lower-case words, and the noun. */
const EPITHET_DESCRIPTION = /^the\s+((?:\p{Ll}+\s+){1,2})(\p{Ll}+)$/u;

/** What the pass asks of the article. */
export interface EpithetReader {
  /** The entity an id stands for, if any. */
  entity(id: string): { id: string; name: string; type: string } | undefined;
  isPersonNoun(lemma: string): boolean;
  nounGender(lemma: string): 'male' | 'female' | null;
  genderOf(id: string): 'male' | 'female' | null;
}

/** A description wanted: the words before its noun, and the noun. */
interface Epithet {
  words: string;
  noun: string;
}

/**
 * Gives the quotations spoken by "the" and words the article set before a person's name ("young Amos Lytle")
 * to that person, read in one pass over the sentences: each takes the last person named after those words
 * before its own sentence.
 */
export function speakersByEpithet(
  reader: EpithetReader,
  quotes: readonly WorkingQuote[],
  sentences: readonly WorkingSentence[],
): void {
  const wanted = new Map<WorkingQuote, Epithet>();
  for (const q of quotes) {
    if (q.speakerId !== null) continue;
    const m = EPITHET_DESCRIPTION.exec(q.speakerName);
    const words = m?.[1]?.trim();
    const noun = m?.[2];
    if (words && noun && reader.isPersonNoun(noun)) wanted.set(q, { words, noun });
  }
  if (wanted.size === 0) return;
  const keys = new Set([...wanted.values()].map((e) => e.words));
  const bySentence = new Map<WorkingSentence, WorkingQuote[]>();
  for (const q of wanted.keys()) {
    const list = bySentence.get(q.sentence);
    if (list) list.push(q);
    else bySentence.set(q.sentence, [q]);
  }
  /** By the words: the last person named right after them so far. */
  const named = new Map<string, string>();
  /** Descriptions introduced by "a" or "an" so far ("a young man"): an unnamed person they may mean. */
  const introduced = new Set<string>();
  for (const s of sentences) {
    for (const q of bySentence.get(s) ?? []) {
      const e = wanted.get(q);
      const id = e ? named.get(e.words) : undefined;
      const person = id === undefined ? undefined : reader.entity(id);
      if (!e || !person || introduced.has(`${e.words} ${e.noun}`)) continue;
      if (!mayBeCalled(reader, e.noun, person.id)) continue;
      q.speakerId = person.id;
      q.speakerName = person.name;
    }
    readEpithets(reader, s, keys, named, introduced);
  }
}

/** True when a description's noun `noun` may stand for person `id`: its gender does not say otherwise. */
export function mayBeCalled(reader: EpithetReader, noun: string, id: string): boolean {
  const nounGender = reader.nounGender(noun);
  const gender = reader.genderOf(id);
  return nounGender === null || gender === null || nounGender === gender;
}

/** Records in `named` the people sentence `s` names right after words of `keys`, and in `introduced` "a" + them. */
function readEpithets(
  reader: EpithetReader,
  s: WorkingSentence,
  keys: ReadonlySet<string>,
  named: Map<string, string>,
  introduced: Set<string>,
): void {
  const { tokens } = s.analysis;
  const normal = (k: number) => tokens[k]?.normal ?? '';
  for (const m of s.mentions) {
    if (m.via === 'pronoun' || reader.entity(m.entityId)?.type !== 'person') continue;
    for (const n of [1, 2]) {
      const words = Array.from({ length: n }, (_, i) => normal(m.token - n + i)).join(' ');
      if (m.token - n >= s.tokenStart && keys.has(words) && tokens[m.token - 1]?.pos === 'ADJ')
        named.set(words, m.entityId);
    }
    const apposed = appositionAfter(s, m.token, m.text);
    if (apposed === null) continue;
    for (const n of [1, 2]) {
      const words = Array.from({ length: n }, (_, i) => normal(apposed + i)).join(' ');
      if (apposed + n < s.tokenEnd && keys.has(words) && tokens[apposed]?.pos === 'ADJ')
        named.set(words, m.entityId);
    }
  }
  for (let t = s.tokenStart; t < s.tokenEnd; t++) {
    if (normal(t) !== 'a' && normal(t) !== 'an') continue;
    for (const n of [1, 2]) {
      const words = Array.from({ length: n }, (_, i) => normal(t + 1 + i)).join(' ');
      if (keys.has(words)) introduced.add(`${words} ${normal(t + 1 + n)}`);
    }
  }
}

/**
 * The token after "a" or "an" opening an apposition right after the name written `text` at token `start`
 * ("Wiley Buchanan, a young volunteer"), or `null` when no comma and article follow the name.
 */
function appositionAfter(s: WorkingSentence, start: number, text: string): number | null {
  const { tokens } = s.analysis;
  const target = text.replace(/\s+/g, '');
  let end = start;
  let joined = '';
  while (end < s.tokenEnd && joined.length < target.length) joined += tokens[end++]?.value ?? '';
  if (joined !== target || tokens[end]?.value !== ',') return null;
  const article = tokens[end + 1]?.normal;
  return article === 'a' || article === 'an' ? end + 2 : null;
}

/**
 * Transcript labels that describe their speaker instead of naming them: "CALLER (DID NOT GIVE NAME):",
 * "FAMILY FRIEND, SPEAKING AFTER A VIGIL:", "WOMAN WHO ASKED NOT TO BE NAMED:". The turn is an unnamed
 * person's, known by the description ("a family friend", "a woman who asked not to be named"), not by a
 * name made of the label's words ("Family Friend").
 */
import { indefinite, type SpeakerLabel } from './transcript.ts';

/** Words at most of the noun phrase before a label's relative clause ("WOMAN", "FAMILY FRIEND"). */
const MAX_HEAD_WORDS = 2;
/** Words at most of the relative clause of a label ("WHO ASKED NOT TO BE NAMED"). */
const MAX_CLAUSE_WORDS = 8;
/** A word in capitals of a label. */
const CAPS = String.raw`\p{Lu}[\p{Lu}\p{M}'’\-]*`;
/**
 * A paragraph opening with a label whose speaker is a noun and a relative clause, all in capitals: longer
 * than a name's label ({@link speakerLabel} reads six words at most), and never a name.
 */
const RELATIVE_LABEL = new RegExp(
  String.raw`^\s*(?<name>${CAPS}(?:\s+${CAPS}){0,${MAX_HEAD_WORDS - 1}}\s+(?:WHO|THAT)(?:\s+${CAPS}){1,${MAX_CLAUSE_WORDS}})\s*:\s+`,
  'u',
);

/**
 * The label opening `paragraph` when it describes its speaker with a relative clause ("WOMAN WHO ASKED NOT
 * TO BE NAMED: …"), as a {@link SpeakerLabel} of those words; `null` for any other paragraph.
 */
export function relativeClauseLabel(paragraph: string): SpeakerLabel | null {
  const m = RELATIVE_LABEL.exec(paragraph);
  const name = m?.groups?.name;
  if (!m || !name) return null;
  return { name, role: null, nameEnd: m[0].indexOf(name) + name.length, end: m[0].length, note: null };
}

/**
 * The unnamed speaker a label describes ("CALLER" → "a caller", "FAMILY FRIEND" → "a family friend",
 * "WOMAN WHO ASKED NOT TO BE NAMED" → "a woman who asked not to be named"): the label's words before any
 * relative clause end with a noun for a person, and, without such a clause, the article writes each of them
 * in lower case outside the labels (`writtenLowerCase`), as it writes no word of a name ("JOHN BAKER" is a
 * name: "john" is never written so). `null` when the label may be a name.
 */
export function describedLabel(
  label: SpeakerLabel,
  isPersonNoun: (lemma: string) => boolean,
  writtenLowerCase: (word: string) => boolean,
): string | null {
  const words = label.name.toLowerCase().split(/\s+/);
  const relative = words.findIndex((w) => w === 'who' || w === 'that');
  const head = relative < 0 ? words : words.slice(0, relative);
  const noun = head.at(-1);
  if (noun === undefined || head.length > MAX_HEAD_WORDS) return null;
  // "WOMAN WHO ASKED NOT TO BE NAMED": a relative clause says the label describes; no name has one.
  // Read before the noun's kind: a name's words are looked up in the article's own words, where the kind of a
  // surname no dictionary has ("HOST AAAASON") is a WordNet search each time a new name is met.
  if (relative < 0 && !head.every(writtenLowerCase)) return null;
  if (!isPersonNoun(noun)) return null;
  return `${indefinite(words[0] ?? '')} ${words.join(' ')}`;
}

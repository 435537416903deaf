/**
 * "Quería que las fuerzas trabajaran": Spanish says what someone wanted, asked or ordered of others with "que"
 * and a clause in the subjunctive, English with the others and an infinitive ("wanted the forces to work").
 * Read word by word it is "wanted that the forces work", which asks whether someone wanted a fact. For the
 * Spanish reader (`spanish.ts`); Spanish and English grammar, not the domain.
 */

/** The past subjunctive's endings ("trabajaran", "hiciera", "mandase"), as written: "-arán" is the future. */
const PAST_SUBJUNCTIVE = /\p{L}{2}(?:ara|aran|iera|ieran|ase|asen|iese|iesen)$/u;

/** English verbs that take the person wanted to act and an infinitive ("wanted them to work"): a closed class. */
const WANTING: ReadonlySet<string> = new Set([
  'want',
  'wanted',
  'ask',
  'asked',
  'order',
  'ordered',
  'tell',
  'told',
  'urge',
  'urged',
  'expect',
  'expected',
  'allow',
  'allowed',
]);

/**
 * Where the "that" of a wanting verb's clause stands in `out` (the English written so far) when `word`, the
 * Spanish word to write next, is that clause's past subjunctive verb: the caller drops the "that" and writes
 * "to" before the verb. `undefined` when `word` is no past subjunctive or no such "that" comes before it.
 */
export function wantedClauseThat(out: readonly string[], word: string): number | undefined {
  if (!PAST_SUBJUNCTIVE.test(word.toLowerCase())) return undefined;
  const that = out.lastIndexOf('that');
  return that > 0 && WANTING.has(out[that - 1] ?? '') ? that : undefined;
}

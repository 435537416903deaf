/**
 * The side of a "which came first" question named by what someone did, as a noun phrase and the "-ing" form
 * of its verb: "the Matamoros camp forming", "the Army clearing the soldiers' records", "Hamer confronting
 * Canales". Asked "when was the Army clearing the soldiers' records", the side reads as a state, not an
 * event; asked as the clause it stands for, "when did the Army clear the soldiers' records", it reads as
 * the question its article answers. Reads the side's tokens only (parts of speech and lemmas).
 */
import type { Analysis } from '../nlp/pipeline.ts';

/** Parts of speech a side's noun phrase is made of before its verb ("the Tamaulipas university's guards"). */
const PHRASE_POS: ReadonlySet<string> = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'PART']);
/** Parts of speech that make the words before the verb name someone or something. */
const HEAD_POS: ReadonlySet<string> = new Set(['NOUN', 'PROPN']);
/** Longest noun phrase, in words, read before the verb. */
const MAX_SUBJECT_WORDS = 6;
/**
 * What may follow an "-ing" word the tagger took for a noun for it to be read as the verb: its object or
 * where it happened ("clearing the soldiers' records", "voting Willis the money", "opening in
 * Brownsville"); a noun after it makes it a modifier ("the Army training exercise").
 */
const AFTER_VERB_POS: ReadonlySet<string> = new Set(['DET', 'ADP', 'PROPN', 'PRON', 'NUM']);

/**
 * "when did X V…" for a side worded as a noun phrase and a verb in "-ing" ("Congress voting Willis the
 * money" → "when did Congress vote Willis the money"); `null` when the side is worded otherwise ("the
 * killings at Porvenir", "the Guadalupe Canyon ambush").
 */
export function eventAsQuestion(side: Analysis, analyse: (text: string) => Analysis): string | null {
  const { tokens, text } = side;
  // The first "-ing" word after a noun phrase, a verb or, before an object or a place, a noun the tagger
  // took it for ("the Army clearing the soldiers' records").
  const verb = tokens.findIndex(
    (t, i) =>
      !PHRASE_POS.has(t.pos) ||
      (i > 0 && t.normal.endsWith('ing') && AFTER_VERB_POS.has(tokens[i + 1]?.pos ?? '')),
  );
  const found = tokens[verb];
  if (verb < 1 || verb > MAX_SUBJECT_WORDS || !found || !found.normal.endsWith('ing')) return null;
  if (found.pos !== 'VERB' && found.pos !== 'NOUN') return null;
  if (!tokens.slice(0, verb).some((t) => HEAD_POS.has(t.pos))) return null;
  // The word's verb as the tagger reads it in a clause that can only make it one ("they were clearing").
  const read = analyse(`they were ${found.normal}`).tokens.at(-1);
  if (!read || read.pos !== 'VERB' || read.lemma === read.normal) return null;
  const rest = text.slice(found.end).replace(/[?.!\s]+$/, '');
  return `when did ${text.slice(0, found.start).trim()} ${read.lemma}${rest}`;
}

/**
 * The verb of a question the tagger read as a noun. "When did the Texans fight at Mier?" has "did" and no
 * verb by the tagger: "fight/NOUN" after the subject is the verb "did" asks of, so the asked act is fighting.
 */
import type { Token } from '../nlp/pipeline.ts';

/** The auxiliaries a bare verb follows in a question ("when did …", "where do …"). */
const DO_FORMS: ReadonlySet<string> = new Set(['did', 'do', 'does']);
/** Parts of speech of the words a subject is written in, and the bare verb read as a noun or an adjective. */
const SUBJECT_TAGS: ReadonlySet<string> = new Set(['PROPN', 'NOUN', 'ADJ', 'NUM']);
/** Parts of speech the bare verb is misread as. */
const MISREAD_TAGS: ReadonlySet<string> = new Set(['NOUN', 'ADJ']);

/**
 * The lemma of the bare verb after "did", "do" or "does" when the tagger read no verb in the question: the
 * last word of the subject's run after the auxiliary, before its object or a preposition opens ("did the
 * Texans fight/NOUN at Mier", "did the Army clear/ADJ the records", "did Congress vote/NOUN Willis the
 * money": a name after a common word opens the object); `null` when the question has a verb, no such
 * auxiliary, or the run is the subject alone (one word).
 */
export function verbReadAsNoun(tokens: readonly Token[]): string | null {
  if (tokens.some((t) => t.pos === 'VERB')) return null;
  const aux = tokens.findIndex((t) => DO_FORMS.has(t.normal));
  if (aux < 0) return null;
  let start = aux + 1;
  if (tokens[start]?.pos === 'DET') start++;
  let end = start;
  for (; end < tokens.length; end++) {
    const t = tokens[end];
    if (!t || !SUBJECT_TAGS.has(t.pos)) break;
    if (t.pos === 'PROPN' && end > start && tokens[end - 1]?.pos !== 'PROPN') break;
  }
  const last = tokens[end - 1];
  if (end - start < 2 || !last || !MISREAD_TAGS.has(last.pos)) return null;
  return last.lemma;
}

/**
 * A who-question whose own subject is a person pointed back to ("who was he flying for?", "who did she
 * call?"): the person asked about stays the conversation's subject, and the one the answer names is whom the
 * question asked for, not the next "he". After "who shot him?" (the pointed person the object) the answer's
 * person is the new subject ("was he charged?").
 */
import type { Token } from '../nlp/pipeline.ts';

/** The forms of a person's pronoun that stand as a subject. */
const SUBJECT_FORMS: ReadonlySet<string> = new Set(['he', 'she']);

/** True when `tokens` (a question) hold "he" or "she": a person pointed back to is its subject. */
export function pointsBackAsSubject(tokens: readonly Token[]): boolean {
  return tokens.some((t) => SUBJECT_FORMS.has(t.normal));
}

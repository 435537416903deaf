/**
 * A who-question whose own subject is a person pointed back to ("who was he flying for?", "who did she
 * call?"): the person asked about stays the conversation's subject, and the one the answer names is whom the
 * question asked for, not the next "he". After "who shot him?" (the pointed person the object) the answer's
 * person is the new subject ("was he charged?").
 */
import type { Token } from '../nlp/pipeline.ts';
import { THIRD_PERSON } from '../nlp/third-person.ts';

/** True when `tokens` (a question) hold "he" or "she": a person pointed back to is its subject. */
export function pointsBackAsSubject(tokens: readonly Token[]): boolean {
  return tokens.some((t) => THIRD_PERSON.has(t.normal));
}

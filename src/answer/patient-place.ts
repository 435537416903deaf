/**
 * The one an act was done to, as a name question asks it and as a sentence says it. "What was the name of the
 * man arrested with the pistol?" asks the act's patient: its noun stands before a participle ("the man
 * arrested", "the woman shot") or a passive relative ("the man who was arrested"). A sentence answers it only
 * with a name in the patient's place: the subject of the act in the passive ("Ortega was arrested"), its
 * object in the active ("police arrested Juan Ortega"), set off before the participle ("Ortega, 34, arrested
 * Tuesday"), or after the act's noun ("the arrest of Ortega"). The agent ("It was Moore who made the arrest")
 * is never the patient. Read from the tokens by English word order, a closed class of auxiliaries; no lists
 * of the coverage's words.
 */
import type { Token } from '../nlp/pipeline.ts';

/** Forms of "be" and "get" that make a participle passive ("was arrested", "got shot", "had been freed"). */
const PASSIVE: ReadonlySet<string> = new Set(['be', 'get']);
/** Words that open a relative clause after the noun ("the man who was arrested", "the boy that got shot"). */
const RELATIVE: ReadonlySet<string> = new Set(['who', 'that', 'whom']);
/** Words that may stand between an auxiliary and its participle ("was later arrested", "was not charged"). */
const BETWEEN_AUX: ReadonlySet<string> = new Set(['ADV', 'PART', 'AUX']);
/** Tokens back from the auxiliary looked at for its subject ("Ortega, 34, of Juárez, was arrested"). */
const SUBJECT_REACH = 8;
/** Tokens after an active verb or "of" looked at for its object ("arrested Pvt. Juan Ortega"). */
const OBJECT_REACH = 3;
/** Endings that make a noun of a verb's lemma ("killing" of "kill"; "arrest" is its own). */
const ACT_NOUN_ENDINGS: ReadonlySet<string> = new Set(['', 'ing', 'ion', 'ment']);

/** A name in a sentence: the entity and its tokens, `[start, end)`. */
export interface NameSpan {
  entityId: string;
  start: number;
  end: number;
}

/**
 * The acts done to the noun at `at` in a question: a participle right after it ("the man arrested…"; its form
 * differs from its lemma, as a past participle's does) or a relative clause with a passive ("…who was shot").
 * Empty when the noun is the agent or no act is said of it.
 */
export function actsDoneTo(tokens: readonly Token[], at: number): string[] {
  const next = tokens[at + 1];
  if (next?.pos === 'VERB' && next.normal !== next.lemma && !next.normal.endsWith('ing')) return [next.lemma];
  if (!RELATIVE.has(next?.normal ?? '')) return [];
  let k = at + 2;
  if (!PASSIVE.has(tokens[k]?.lemma ?? '')) return [];
  k++;
  while (k < tokens.length && k <= at + 5 && BETWEEN_AUX.has(tokens[k]?.pos ?? '')) k++;
  const verb = tokens[k];
  return verb?.pos === 'VERB' && verb.normal !== verb.lemma ? [verb.lemma] : [];
}

/** True when `lemma` is the act's or a noun of it ("arrest", "killing"). */
function saysAct(lemma: string, act: string): boolean {
  return lemma.startsWith(act) && ACT_NOUN_ENDINGS.has(lemma.slice(act.length));
}

/** The index of a passive auxiliary before the verb at `i` ("was … arrested"), or -1. */
function passiveAuxiliary(tokens: readonly Token[], i: number): number {
  for (let k = i - 1; k >= 0 && i - k <= 3; k--) {
    const t = tokens[k];
    if (!t) break;
    if (PASSIVE.has(t.lemma) && (t.pos === 'AUX' || t.pos === 'VERB')) return k;
    if (!BETWEEN_AUX.has(t.pos)) break;
  }
  return -1;
}

/**
 * True when one of `names` stands in the patient's place of `act` in the sentence's tokens: the subject of its
 * passive, the object of its active, a name set off before its participle, or after its noun and "of".
 */
export function namesPatient(tokens: readonly Token[], names: readonly NameSpan[], act: string): boolean {
  const endingAt = (end: number) => names.some((n) => n.end === end);
  const startingIn = (from: number, to: number) => names.some((n) => n.start >= from && n.start <= to);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!t || !saysAct(t.lemma, act)) continue;
    if (t.pos === 'VERB') {
      const aux = passiveAuxiliary(tokens, i);
      if (aux >= 0) {
        // The subject: the nearest name before the auxiliary with no verb of its own between.
        for (let k = aux; k >= 0 && aux - k <= SUBJECT_REACH; k--) {
          if (endingAt(k)) return true;
          if (tokens[k - 1]?.pos === 'VERB') break;
        }
        continue;
      }
      // "Ortega, 34, arrested Tuesday": a name set off before the participle.
      if (tokens[i - 1]?.normal === ',' && t.normal !== t.lemma && endingAt(i - 1)) return true;
      if (startingIn(i + 1, i + OBJECT_REACH) && objectFollows(tokens, names, i)) return true;
    } else if (t.pos === 'NOUN') {
      if (tokens[i + 1]?.normal === 'of' && startingIn(i + 2, i + 1 + OBJECT_REACH)) return true;
    }
  }
  return false;
}

/** True when the first name after the verb at `i` follows it with only a determiner or title words between. */
function objectFollows(tokens: readonly Token[], names: readonly NameSpan[], i: number): boolean {
  const first = names.filter((n) => n.start > i).sort((a, b) => a.start - b.start)[0];
  if (!first) return false;
  return tokens
    .slice(i + 1, first.start)
    .every((t) => t.pos === 'DET' || t.pos === 'PROPN' || t.pos === 'ADJ');
}

/**
 * Who a sentence says does an act, read from the words right before the act's verb: a name ("After
 * **Hegseth** sent 500 Marines to San Diego, Abbott sent …") or "he"/"she", whose person is the one named
 * just before ("Greg Abbott met reporters in Austin. **He** sent 400 troopers …"). Only a name or such a
 * pronoun is read; a noun phrase ("the governor sent"), a passive or anything else leaves the doer unknown.
 */
import type { Sentence } from '../knowledge/schema.ts';
import type { Token } from '../nlp/pipeline.ts';
import { POSSESSIVE_ENDINGS } from '../nlp/possessive.ts';

/** Parts of speech walked back over from an act's verb to its subject ("has also sent", "had not"). */
const BETWEEN_SUBJECT_AND_VERB: ReadonlySet<string> = new Set(['AUX', 'ADV', 'PART']);
/** Most words walked back over from the verb before its subject. */
const MAX_BETWEEN = 3;
/** Most words of a name read back from its last. */
const MAX_NAME = 8;
/** Personal pronouns whose person is the one named just before. */
const PERSON_PRONOUNS: ReadonlySet<string> = new Set(['he', 'she']);
/** Auxiliaries of a passive before a participle ("was paid", "got paid"); "was paying" is the subject's act. */
const PASSIVE_AUX: ReadonlySet<string> = new Set(['be', 'get']);
/** Parts of speech after a name that make it a clause's subject. */
const CLAUSE_VERB: ReadonlySet<string> = new Set(['VERB', 'AUX']);

/** Whether the doer of an act is the asked subject, another the sentence names, or not known. */
export type Doer = 'subject' | 'other' | 'unknown';

/** How to tell the asked subject in a run of name words: by their small-letter forms or their positions. */
export interface AskedDoer {
  /** True when the token at `i` of `tokens` (its sentence's) names the asked subject. */
  isSubject(tokens: readonly Token[], i: number): boolean;
}

/**
 * Positions of the names ending at `end` (exclusive), read back over names, possessives, and "and" or a comma
 * between names ("Abbott and Hegseth sent": both do the act).
 */
function nameBefore(tokens: readonly Token[], end: number): number[] {
  const out: number[] = [];
  for (let i = end - 1; i >= 0 && end - i <= MAX_NAME; i--) {
    const t = tokens[i]!;
    const joins = (t.normal === 'and' || t.normal === ',') && tokens[i - 1]?.pos === 'PROPN';
    if (t.pos === 'PROPN' || (out.length > 0 && (POSSESSIVE_ENDINGS.has(t.normal) || joins))) out.push(i);
    else break;
  }
  return out.filter((i) => tokens[i]!.pos === 'PROPN');
}

/** Positions of the names (runs of PROPN) in `tokens[from, to)`, each run as its positions. */
function namesIn(tokens: readonly Token[], from: number, to: number): number[][] {
  const runs: number[][] = [];
  let run: number[] = [];
  for (let i = from; i < to; i++) {
    if (tokens[i]?.pos === 'PROPN') run.push(i);
    else if (run.length > 0) {
      runs.push(run);
      run = [];
    }
  }
  if (run.length > 0) runs.push(run);
  return runs;
}

/**
 * The position of the word standing as the subject of the verb at `verb`, past auxiliaries and adverbs; -1 for
 * a passive ("he was paid", "he had been paid"), whose subject has the act done to it.
 */
function subjectBefore(tokens: readonly Token[], verb: number): number {
  let at = verb - 1;
  let passive = false;
  while (at >= 0 && verb - at <= MAX_BETWEEN && BETWEEN_SUBJECT_AND_VERB.has(tokens[at]!.pos)) {
    if (PASSIVE_AUX.has(tokens[at]!.lemma) && !tokens[verb]!.normal.endsWith('ing')) passive = true;
    at--;
  }
  return passive ? -1 : at;
}

/**
 * Positions of the name, or the pronoun, the verb at `verb` is done to or with, right after it, past an article
 * or one preposition ("met Abbott", "met with the Abbott family", "paid them"); empty when none.
 */
export function objectAfter(tokens: readonly Token[], verb: number): number[] {
  let at = verb + 1;
  if (tokens[at]?.pos === 'ADP') at++;
  if (tokens[at]?.pos === 'DET') at++;
  if (tokens[at]?.pos === 'PRON') return [at];
  const out: number[] = [];
  while (tokens[at]?.pos === 'PROPN' && out.length < MAX_NAME) out.push(at++);
  return out;
}

/** The personal pronoun ("he", "she") standing as the subject of the verb at `verb`, or null. */
export function pronounDoerOf(tokens: readonly Token[], verb: number): string | null {
  const t = tokens[subjectBefore(tokens, verb)];
  return t && PERSON_PRONOUNS.has(t.normal) ? t.normal : null;
}

/**
 * The doer of the verb at `verb` of `tokens`: `subject` when its subject is a name holding the asked subject,
 * or "he"/"she" when the asked subject is named before it in its sentence or in `before` (the sentence before,
 * its tokens); `other` when the name is another's, or the pronoun follows only others' names, one of them a
 * clause's subject; `unknown` otherwise.
 */
export function doerOf(
  tokens: readonly Token[],
  verb: number,
  asked: AskedDoer,
  before: readonly Token[] | null,
): Doer {
  const at = subjectBefore(tokens, verb);
  const t = tokens[at];
  if (!t) return 'unknown';
  if (t.pos === 'PROPN') {
    const name = nameBefore(tokens, at + 1);
    return name.some((i) => asked.isSubject(tokens, i)) ? 'subject' : 'other';
  }
  if (!PERSON_PRONOUNS.has(t.normal)) return 'unknown';
  const named = [
    ...(before ? namesIn(before, 0, before.length).map((run) => ({ toks: before, run })) : []),
    ...namesIn(tokens, 0, at).map((run) => ({ toks: tokens, run })),
  ];
  if (named.some(({ toks, run }) => run.some((i) => asked.isSubject(toks, i)))) return 'subject';
  // Only a name that stands as a clause's subject ("Greg Abbott met reporters") is a person "he" may be: a
  // place or a day ("in Austin on Tuesday, he sent") leaves the pronoun's person unknown.
  const doing = named.some(({ toks, run }) => startsClause(toks, run[0]!));
  return doing ? 'other' : 'unknown';
}

/** True when the name at `i` of `tokens` stands as a clause's subject: a verb follows its name ("Trump took office"). */
export function startsClause(tokens: readonly Token[], i: number): boolean {
  let j = i;
  while (tokens[j]?.pos === 'PROPN') j++;
  return CLAUSE_VERB.has(tokens[j]?.pos ?? '');
}

/** Positions of `tokens` a mention of one of `ids` in `sentence` covers. */
export function mentionPositions(
  sentence: Pick<Sentence, 'text' | 'mentions'>,
  tokens: readonly Token[],
  ids: ReadonlySet<string>,
): Set<number> {
  const out = new Set<number>();
  for (const m of sentence.mentions) {
    if (!ids.has(m.entityId) || m.text.length === 0 || m.via === 'pronoun') continue;
    for (
      let from = sentence.text.indexOf(m.text);
      from >= 0;
      from = sentence.text.indexOf(m.text, from + 1)
    ) {
      const to = from + m.text.length;
      tokens.forEach((tok, i) => {
        if (tok.start >= from && tok.end <= to) out.add(i);
      });
    }
  }
  return out;
}

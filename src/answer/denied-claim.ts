/**
 * What a yes/no question claims, read for finding a sentence that denies it: its first verb with the verbs it
 * leads to, and the thing the last of them is done to. asked-act.ts reads one act and gives up on a verb that leads to
 * another ("were they **allowed** to **stay**", "did they **manage** to **get** inside"): the first is denied
 * by "we were not allowed to try", the second by "could not get in" too, as managing to get in is getting in. The thing done ("did he give
 * an **order**") is denied by a negation before its noun ("No such order has been issued").
 */
import type { Analysis, Token } from '../nlp/pipeline.ts';
import { DONE_AUXILIARIES, inName, OPENERS, type ActWords } from './asked-act.ts';
import { negatedWithin } from './negated-act.ts';

/** The claim of a yes/no question: its verbs' lemmas and the nouns of what the last is done to. */
export interface AskedClaim {
  acts: string[];
  things: string[];
}

/** Words that open another clause: a verb or noun after one is not the claim's. */
const OTHER_CLAUSE = new Set(['who', 'whom', 'whose', 'which', 'that', 'than', 'or', 'whether', 'if']);
/** Most words (determiners, adjectives) between a negation and the noun it denies ("no **such** order"). */
const DENIED_NOUN_LEAD = 2;
/** Verbs that are auxiliaries as often as not ("did not have", "was not"): they deny no act of their own. */
const AUXILIARY_LEMMAS = new Set(['be', 'have', 'do']);
/**
 * Verbs whose act, done, is the act of the verb "to" leads to ("managed to get in" is getting in; "happened
 * to see" is seeing): only through these does the claim reach the next verb, as a denial of that verb
 * ("could not get in") denies the claim. "Agreed to send", "planned to attack", "went to see" are not
 * sending, attacking or seeing: a sentence that they did not send denies no agreement.
 */
const IMPLICATIVE_LEMMAS = new Set(['manage', 'happen', 'get', 'remember', 'bother', 'dare']);
/** Words that deny the noun right after them, as a determiner does ("no order", "no such order"). */
const DENYING_DETERMINERS = new Set(['no', 'neither']);

/**
 * The claim of a question that opens with an auxiliary of what was done ("did", "was", "has"…): the first
 * verb of its first clause that is not an auxiliary, each verb it leads to by "to" when doing it is doing the
 * next ("managed to get", {@link IMPLICATIVE_LEMMAS}), and
 * the nouns of the noun phrase right after the last ("give an **order**"). `null` for any other question or
 * one whose first clause has no such verb.
 */
export function askedClaim(analysis: Analysis): AskedClaim | null {
  const toks = analysis.tokens;
  let at = 0;
  while (toks[at] && OPENERS.has(toks[at]!.normal)) at++;
  if (!DONE_AUXILIARIES.has(toks[at]?.normal ?? '')) return null;
  for (let i = at + 1; i < toks.length; i++) {
    const t = toks[i]!;
    if (t.pos === 'PUNCT' || t.pos === 'SCONJ' || OTHER_CLAUSE.has(t.normal)) return null;
    if (inName(analysis, i) || t.pos !== 'VERB' || AUXILIARY_LEMMAS.has(t.lemma)) continue;
    // The verb and the ones it leads to ("allowed to stay", "manage to get"), then what the last is done to.
    const acts = [t.lemma];
    let last = i;
    while (
      IMPLICATIVE_LEMMAS.has(toks[last]!.lemma) &&
      toks[last + 1]?.normal === 'to' &&
      toks[last + 2]?.pos === 'VERB'
    ) {
      last += 2;
      acts.push(toks[last]!.lemma);
    }
    return { acts, things: objectNouns(toks, last + 1) };
  }
  return null;
}

/** The nouns of the noun phrase starting at `from` ("an order", "the prisoners"), up to its last noun. */
function objectNouns(toks: readonly Token[], from: number): string[] {
  const out: string[] = [];
  for (let i = from; i < toks.length; i++) {
    const t = toks[i]!;
    if (t.pos === 'NOUN') out.push(t.lemma);
    else if (out.length > 0 || (t.pos !== 'DET' && t.pos !== 'ADJ' && t.pos !== 'NUM')) break;
  }
  return out;
}

/**
 * True when `tokens` deny `claim`: a negation with one of its verbs (a form, a synonym or a word of its stem)
 * within {@link NEGATION_SCOPE} after it ("were not allowed", "none having gone"), or "no"/"no such" right
 * before the noun of what is done ("No such order has been issued").
 */
export function deniesClaim(tokens: readonly Token[], claim: AskedClaim, words: ActWords): boolean {
  const stems = new Set(claim.acts.map((a) => words.stem(a)));
  const forms = new Set(claim.acts.flatMap((a) => [a, ...words.synonymsOf(a)]));
  const isAct = (t: Token) => forms.has(t.lemma) || stems.has(words.stem(t.normal));
  const things = new Set(claim.things.flatMap((n) => [n, ...words.synonymsOf(n)]));
  for (let i = 0; i < tokens.length; i++) {
    if (!DENYING_DETERMINERS.has(tokens[i]!.normal)) continue;
    let k = i + 1;
    while (k <= i + DENIED_NOUN_LEAD && (tokens[k]?.pos === 'ADJ' || tokens[k]?.pos === 'DET')) k++;
    const noun = tokens[k];
    if (noun && noun.pos === 'NOUN' && things.has(noun.lemma)) return true;
  }
  return negatedWithin(tokens, (t) => t.pos === 'VERB' && isAct(t));
}

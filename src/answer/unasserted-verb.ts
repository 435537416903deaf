/**
 * Whether a sentence asserts that its verb's act was done, or only names it as wanted, asked for or possible.
 * "Núñez urged Gov. Schwarzenegger this week to declare a similar emergency" says no emergency was declared;
 * "officials called on the Carranza government to punish the murderers" says nobody was punished yet. An
 * infinitive asked of an object by a verb ("urged X to", "called on X to", "asked X to") states its act was
 * done only when the verb is implicative ("forced them to retreat"): otherwise it reports a request, not the
 * act. That is English grammar (Karttunen's implicatives), not the coverage's words.
 */
import type { Token } from '../nlp/pipeline.ts';

/**
 * Words right before a verb that make it possible rather than done ("could send"). Not "will" or "would": news
 * reports announcements so ("Obama will send 1,200 troops"), and those answered questions of whether it was
 * done (a new-articles test row fell 29 -> 28 with them, npm run eval).
 */
const MODALS = new Set(['could', 'may', 'might']);
/** Words that deny what a modal plans ("will not", "won't"). */
const NEGATIONS = new Set(['not', "n't", 'never', 'no']);
/** How many words back a modal still governs the verb ("could also soon sign"). */
const MODAL_REACH = 3;
/**
 * Verbs and words right before "to <verb>" that say its act was expected or planned by the one who would do
 * it ("expected to sign", "set to"). Not "agreed to" or "decided to": news reports a decision so, and it
 * answers whether it was done.
 */
export const PLANNED: ReadonlySet<string> = new Set([
  'expect',
  'likely',
  'hope',
  'want',
  'intend',
  'seek',
  'aim',
  'propose',
  'threaten',
  'poise',
  'set',
]);
/**
 * Verbs that, with an object before "to <verb>", say the object did the act: the implicative ones of English
 * ("forced them to retreat", "got them to sign", "helped the police to find"). Under any other verb
 * with an object ("urged Gov. Schwarzenegger to declare", "called on the government to punish", "asked the
 * president to send"), the act is only asked of someone.
 */
const IMPLICATIVE: ReadonlySet<string> = new Set([
  'force',
  'compel',
  'oblige',
  'get',
  'help',
  'cause',
  'lead',
]);
/** Parts of speech of the object between a verb and its infinitive ("urged the governor this week to"). */
const OBJECT_POS = new Set(['NOUN', 'PROPN', 'PRON', 'DET', 'NUM', 'ADV', 'PART', 'ADJ']);
/** Parts of speech of an object's head: at least one stands between the verb and "to". */
const OBJECT_HEAD = new Set(['NOUN', 'PROPN', 'PRON']);
/** How many words back from "to" the governing verb is looked for. */
const GOVERNOR_REACH = 8;

/**
 * The lemma of the verb that asks the act of an infinitive at `to` (the index of its "to") of its object:
 * the first verb back over a noun phrase that holds one of the words `doer` ("urged Gov. Schwarzenegger
 * this week to", "called on the Carranza government to"); `null` when the words between them are no such
 * object, or no verb is within reach. With `doer` `null`, any noun phrase is such an object.
 */
function askerOf(tokens: readonly Token[], to: number, doer: ReadonlySet<string> | null): string | null {
  let object = false;
  for (let i = to - 1; i >= 0 && i >= to - GOVERNOR_REACH; i--) {
    const t = tokens[i]!;
    if (t.pos === 'VERB') return object ? t.lemma : null;
    if (OBJECT_HEAD.has(t.pos) && (doer === null || doer.has(t.normal))) object = true;
    else if (!OBJECT_POS.has(t.pos) && !(t.pos === 'ADP' && t.normal === 'on')) return null;
  }
  return null;
}

/**
 * True unless the verb at `i` of `tokens` is said only as possible ("could send", not "could not"), as
 * planned by its doer ("expected to sign") or as asked by another of `doer`, the words naming who the
 * question asks did it ("urged Gov. Schwarzenegger to declare" of "Schwarzenegger"): such a sentence does
 * not report the act was done.
 */
export function assertsVerb(tokens: readonly Token[], i: number, doer: ReadonlySet<string>): boolean {
  const before = tokens.slice(Math.max(0, i - MODAL_REACH), i);
  if (before.some((t) => MODALS.has(t.normal)) && !before.some((t) => NEGATIONS.has(t.normal))) return false;
  if (tokens[i - 1]?.normal !== 'to') return true;
  if (PLANNED.has(tokens[i - 2]?.lemma ?? '')) return false;
  const asker = askerOf(tokens, i - 1, doer);
  return asker === null || IMPLICATIVE.has(asker);
}

/**
 * True unless the verb at `i` of `tokens` is an infinitive a verb of saying asks of someone ("the State
 * Department has called on the Carranza government to punish the murderers"): for a passive question ("was
 * López ever punished?"), whose subject is who the act was done to, the one asked to do it may be anyone.
 * Only words of saying (`saying`) count as asking: after an act ("sent 1,500 troops to secure the border")
 * an infinitive tells its purpose, which news reports as done as often as not.
 */
export function assertsDoneTo(tokens: readonly Token[], i: number, saying: ReadonlySet<string>): boolean {
  if (tokens[i - 1]?.normal !== 'to') return true;
  const asker = askerOf(tokens, i - 1, null);
  return asker === null || !saying.has(asker);
}

/**
 * A wh-question asks an act of a named subject ("How many troops did Trump send to the border?") and the
 * evidence shown first says that act of someone else it names ("Mexico has deployed some 15,000 troops to its
 * northern border"): the figure or date is the other's, so no bold headline states it as the asked one's. The
 * sentence is still shown, saying in its own words whose act it is. Only a subject the coverage names, and
 * only another actor the sentence names doing the act in one clause: a sentence that says the act of the
 * subject by a pronoun ("he sent"), or of no one named, keeps its headline.
 *
 * A subject the coverage does not know as an entity but the question names ("How many Marines did Abbott
 * send?") is read by who does the act right before its verb ({@link doerOf}): the act of the figure shown (the
 * verb nearest before it), or every saying of the act in a date's sentence, done by another named ("After
 * Hegseth sent 500 Marines …, Abbott sent 400 troopers"), or by "he" after others' names only, is another's.
 * So is an act the question has done to someone ("How much did they pay **him**?") that this one does in the
 * sentence ("he had paid off a $9,000 truck loan"); an act done to or with the asked one ("Hegseth met
 * Abbott") is the asked one's too.
 */
import { predicateWords } from './asked-predicate.ts';
import { saidOfSubject } from './act-of-subject.ts';
import type { Context, Draft } from './handlers.ts';
import { actSaidIn, shownActWords } from './shown-act.ts';
import { doerOf, mentionPositions, objectAfter, pronounDoerOf, startsClause } from './act-doer.ts';
import type { Sentence } from '../knowledge/schema.ts';
import type { Token } from '../nlp/pipeline.ts';
import type { Understanding } from './understanding.ts';

/** The prefix of a span the entity recogniser puts on a name it knows. */
const ENTITY_SPAN = 'entity:';

/**
 * Ids of the question's entities that may stand in its subject, tokens `[from, to)`: all but those whose
 * recognised span lies wholly outside it (a name found without a span, as a person the articles name, may be
 * the subject; with two such, both are taken, which keeps the headline when either does the act).
 */
function entitiesIn(u: Pick<Understanding, 'analysis' | 'entities'>, from: number, to: number): string[] {
  const outside = new Set(
    u.analysis.custom
      .filter((sp) => sp.name.startsWith(ENTITY_SPAN) && (sp.end <= from || sp.start >= to))
      .map((sp) => sp.name.slice(ENTITY_SPAN.length)),
  );
  const inside = new Set(
    u.analysis.custom
      .filter((sp) => sp.name.startsWith(ENTITY_SPAN) && sp.start < to && sp.end > from)
      .map((sp) => sp.name.slice(ENTITY_SPAN.length)),
  );
  return u.entities.filter((id) => inside.has(id) || !outside.has(id));
}

/**
 * `draft` without its bold headline when the question asks an act of a named subject and the first sentence
 * it shows says that act of another entity it names, not of the subject; `draft` as it is otherwise.
 */
export function withoutOthersActDirect(draft: Draft | null, u: Understanding, ctx: Context): Draft | null {
  const wh = u.whAct;
  if (!draft?.direct || !wh) return draft;
  const unlessDoneByOthers = (d: Draft): Draft => (doneByOthers(d, u, ctx) ? { ...d, direct: null } : d);
  // A verb tagged a noun ("When did Trump call/NOUN Sheinbaum?") is read only by the doer check: the check by
  // named subject below was never asked of it.
  if (!wh.namedSubject || wh.taggedNoun) return unlessDoneByOthers(draft);
  const subjectIds = entitiesIn(u, wh.subject.from, wh.subject.to);
  const verb = u.analysis.tokens[wh.verb];
  const first = draft.evidence[0];
  const sentence = first?.kind === 'sentence' ? ctx.index.sentence(first.id) : null;
  if (subjectIds.length === 0 || !verb || !sentence) return draft;
  const group = (id: string) => u.entityGroups.get(id) ?? id;
  const asked = new Set(subjectIds.map(group));
  const others = [
    ...new Set(
      sentence.mentions
        .filter((m) => m.via !== 'pronoun' && !asked.has(group(m.entityId)))
        .map((m) => m.entityId),
    ),
  ];
  if (others.length === 0) return unlessDoneByOthers(draft);
  const words = {
    ...shownActWords(ctx.reader, predicateWords(ctx.reader, ctx.index)),
    sayings: ctx.reader.speechVerbs,
    analyse: (text: string) => ctx.reader.analyse(text),
  };
  const saysAct = actSaidIn(verb.lemma, words);
  const ofSubject = saidOfSubject(sentence, { entityIds: subjectIds, nouns: [] }, saysAct, words, true);
  if (ofSubject === 'said') return unlessDoneByOthers(draft);
  const ofOther = saidOfSubject(sentence, { entityIds: others, nouns: [] }, saysAct, words, true);
  if (ofOther === 'said') return { ...draft, direct: null };
  return unlessDoneByOthers(draft);
}

/** Where `number` stands in `text` as a whole number, not inside another ("400" not in "1,400"), or -1. */
function wholeNumberAt(text: string, number: string): number {
  const escaped = number.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(?<![\\d,.])${escaped}(?![\\d]|[,.]\\d)`).exec(text)?.index ?? -1;
}

/** The number a count's headline gives: its first ("400" of "400 troopers"), or undefined. */
function figureOf(draft: Draft): string | undefined {
  return draft.answeredAs === 'count' ? /\d[\d,.]*/.exec(draft.direct ?? '')?.[0] : undefined;
}

/** The position of the figure `number` in `tokens` of `text`, or -1. */
function figureAt(tokens: readonly Token[], text: string, number: string | undefined): number {
  const at = number === undefined ? -1 : wholeNumberAt(text, number);
  return at < 0 ? -1 : tokens.findIndex((t) => t.start <= at && t.end > at);
}

/** Object pronouns of a question and the subject form its sentence gives the same person ("pay him", "he paid"). */
const SUBJECT_FORM: ReadonlyMap<string, string> = new Map([
  ['him', 'he'],
  ['her', 'she'],
]);

/** Subject pronouns of a question and the object form its sentence gives the same ones ("did they", "paid them"). */
const OBJECT_FORM: ReadonlyMap<string, string> = new Map([
  ['they', 'them'],
  ['he', 'him'],
  ['she', 'her'],
  ['we', 'us'],
  ['i', 'me'],
  ['you', 'you'],
]);

/** Possessive endings after a name ("Trump's offer"). */
const POSSESSIVE: ReadonlySet<string> = new Set(["'s", '’s', "'"]);
/** The sentence a draft's headline stands on: a count's, the first shown that holds its figure; the first shown. */
function headlineSentence(draft: Draft, ctx: Context): Sentence | null {
  const sentences = draft.evidence.flatMap((e) => {
    const s = e.kind === 'sentence' ? ctx.index.sentence(e.id) : null;
    return s ? [s] : [];
  });
  const number = figureOf(draft);
  const holding =
    number === undefined ? undefined : sentences.find((s) => wholeNumberAt(s.text, number) >= 0);
  const first = draft.evidence[0];
  return holding ?? (first?.kind === 'sentence' ? ctx.index.sentence(first.id) : null);
}

/** The small-letter words of the question's subject when each is a known name or a proper noun, or null. */
function subjectNames(u: Understanding, from: number, to: number): string[] | null {
  const toks = u.analysis.tokens;
  const inName = (i: number) =>
    u.analysis.custom.some((sp) => sp.name.startsWith(ENTITY_SPAN) && sp.start <= i && sp.end > i);
  const words: string[] = [];
  for (let i = from; i < to; i++) {
    const t = toks[i]!;
    if (t.pos !== 'PROPN' && !inName(i)) return null;
    words.push(t.normal);
  }
  return words;
}

/**
 * Whom the question has the act done to, right after its verb ("did they pay **him**", "did the ring pay
 * **Dolan**"): the subject form of an object pronoun another than the subject, or the words of a name; null.
 */
function receiverAsked(
  u: Understanding,
  verb: number,
  subject: string[],
): { pronoun: string } | { words: string[] } | null {
  const toks = u.analysis.tokens;
  const next = toks[verb + 1];
  const form = next ? SUBJECT_FORM.get(next.normal) : undefined;
  if (form !== undefined) return subject.includes(form) ? null : { pronoun: form };
  const words: string[] = [];
  let i = verb + 1;
  for (; toks[i]?.pos === 'PROPN'; i++) words.push(toks[i]!.normal);
  // "reject Trump's offer", "send Texas troopers": the name only qualifies what the act is done to.
  const qualifies = toks[i] !== undefined && (POSSESSIVE.has(toks[i]!.normal) || toks[i]!.pos === 'NOUN');
  return words.length > 0 && !qualifies && !words.some((w) => subject.includes(w)) ? { words } : null;
}

/** Tokens from a figure to the verb of a clause that tells its act ("400 troopers Abbott sent"). */
const MAX_RELATIVE_REACH = 6;
/** Parts of speech of the counted words and of the subject between a figure and that verb. */
const NOMINAL: ReadonlySet<string> = new Set(['NOUN', 'PROPN', 'ADJ', 'PRON']);

/**
 * True when the headline's sentence (the first shown, or a count's that holds its figure) says the asked act
 * only as done by others: the act of a count's figure (the verb nearest before it), or every saying of the act
 * in the sentence otherwise. Another is a name not the question's subject, when that subject is a name (every
 * word a known name or a proper noun), or the one the question has the act done to ("How much did they pay
 * him?" of "he had paid off a $9,000 truck loan"): his own act is no act done to him.
 */
function doneByOthers(draft: Draft, u: Understanding, ctx: Context): boolean {
  const wh = u.whAct;
  const toks = u.analysis.tokens;
  const verb = wh ? toks[wh.verb] : undefined;
  const sentence = headlineSentence(draft, ctx);
  if (!wh || !verb || !sentence) return false;
  const words = subjectNames(u, wh.subject.from, wh.subject.to);
  const subject = toks.slice(wh.subject.from, wh.subject.to).map((t) => t.normal);
  const receiver = receiverAsked(u, wh.verb, subject);
  if (words === null && receiver === null) return false;
  const ids = new Set(entitiesIn(u, wh.subject.from, wh.subject.to));
  const tokens = ctx.reader.analyse(sentence.text).tokens;
  const own = mentionPositions(sentence, tokens, ids);
  const previous = ctx.index.neighbour(sentence.id, -1);
  const before = previous ? ctx.reader.analyse(previous.text).tokens : null;
  // The asked entity's mentions in either sentence by any of its names ("López Obrador" for "AMLO").
  const ownBefore = previous && before ? mentionPositions(previous, before, ids) : new Set<number>();
  const asked = {
    isSubject: (ts: readonly Token[], i: number) =>
      (words ?? []).includes(ts[i]?.normal ?? '') ||
      (ts === tokens ? own : ts === before ? ownBefore : null)?.has(i) === true,
  };
  // An act done to or with the one asked ("Hegseth met Abbott" for "When did Abbott meet Hegseth?", "he paid
  // them" for "did they pay him") is the asked one's too.
  const objectForm = OBJECT_FORM.get(subject.join(' '));
  const toAsked = (i: number): boolean =>
    objectAfter(tokens, i).some(
      (j) => asked.isSubject(tokens, j) || (objectForm !== undefined && tokens[j]!.normal === objectForm),
    );
  // The asked one named in the sentence other than as a clause's subject ("400 Texas troopers", "under Trump's
  // order") may have a share in the act another does: that act is not told apart from his.
  const askedAt = tokens.flatMap((_, i) => (asked.isSubject(tokens, i) ? [i] : []));
  const shares = askedAt.some((i) => !startsClause(tokens, i));
  const byOther = (i: number): boolean => {
    if (toAsked(i)) return false;
    if (words !== null && !shares && doerOf(tokens, i, asked, before) === 'other') return true;
    // The one the question names after its verb does not count against a sentence that also names the asked one
    // ("Trump and Sheinbaum met", "Sheinbaum met Mark Carney and Donald Trump").
    if (receiver === null || askedAt.length > 0) return false;
    if ('pronoun' in receiver) return pronounDoerOf(tokens, i) === receiver.pronoun;
    // By name only: "she" after several names is not told to be the one the act is done to.
    const isReceiver = (ts: readonly Token[], j: number) => receiver.words.includes(ts[j]?.normal ?? '');
    return (
      pronounDoerOf(tokens, i) === null && doerOf(tokens, i, { isSubject: isReceiver }, null) === 'subject'
    );
  };
  // The act's own words only (its lemma, the data's synonyms, its first verb sense): words merely near it
  // ("took" for "sign") are no saying of it whose doer counts.
  const forms = new Set([
    verb.lemma,
    ...ctx.reader.synonymsOf(verb.lemma),
    ...(ctx.reader.data.wordnet?.firstWaySenseWords(verb.lemma) ?? []),
  ]);
  let acts = tokens.flatMap((t, i) => (t.pos === 'VERB' && forms.has(t.lemma) ? [i] : []));
  const figure = figureAt(tokens, sentence.text, figureOf(draft));
  if (figure >= 0) {
    // "the 400 troopers Abbott sent": the act a clause right after the figure's words tells is the figure's own;
    // else the act nearest before it ("Hegseth sent 500 Marines").
    const relative = acts.find(
      (i) =>
        i > figure &&
        i - figure <= MAX_RELATIVE_REACH &&
        tokens.slice(figure + 1, i).every((t) => NOMINAL.has(t.pos)) &&
        tokens.slice(figure + 1, i).some((t) => t.pos === 'PROPN' || t.pos === 'PRON'),
    );
    const nearest = relative ?? acts.filter((i) => i < figure).pop();
    if (nearest !== undefined) acts = [nearest];
  }
  return acts.length > 0 && acts.every(byOther);
}

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
 */
import { predicateWords } from './asked-predicate.ts';
import { saidOfSubject } from './act-of-subject.ts';
import type { Context, Draft } from './handlers.ts';
import { actSaidIn, shownActWords } from './shown-act.ts';
import { doerOf, mentionPositions } from './act-doer.ts';
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
  if (!wh.namedSubject) return doneByOthers(draft, u, ctx) ? { ...draft, direct: null } : draft;
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
  if (others.length === 0) return doneByOthers(draft, u, ctx) ? { ...draft, direct: null } : draft;
  const words = {
    ...shownActWords(ctx.reader, predicateWords(ctx.reader, ctx.index)),
    sayings: ctx.reader.speechVerbs,
    analyse: (text: string) => ctx.reader.analyse(text),
  };
  const saysAct = actSaidIn(verb.lemma, words);
  const ofSubject = saidOfSubject(sentence, { entityIds: subjectIds, nouns: [] }, saysAct, words, true);
  if (ofSubject === 'said') return doneByOthers(draft, u, ctx) ? { ...draft, direct: null } : draft;
  const ofOther = saidOfSubject(sentence, { entityIds: others, nouns: [] }, saysAct, words, true);
  if (ofOther === 'said') return { ...draft, direct: null };
  return doneByOthers(draft, u, ctx) ? { ...draft, direct: null } : draft;
}

/** The position of the figure `direct` in `tokens` of `text`: its first number, or -1. */
function figureAt(tokens: readonly Token[], text: string, direct: string): number {
  const number = /\d[\d,.]*/.exec(direct)?.[0];
  const at = number === undefined ? -1 : text.indexOf(number);
  return at < 0 ? -1 : tokens.findIndex((t) => t.start <= at && t.end > at);
}

/**
 * True when the question's subject is a name (every word a known name or a proper noun) and the first
 * sentence shown says the asked act only as done by others: the act of a count's figure (the verb nearest
 * before it), or every saying of the act in the sentence otherwise.
 */
function doneByOthers(draft: Draft, u: Understanding, ctx: Context): boolean {
  const wh = u.whAct;
  const toks = u.analysis.tokens;
  const verb = wh ? toks[wh.verb] : undefined;
  const first = draft.evidence[0];
  const sentence: Sentence | null = first?.kind === 'sentence' ? ctx.index.sentence(first.id) : null;
  if (!wh || !verb || !sentence) return false;
  const inName = (i: number) =>
    u.analysis.custom.some((sp) => sp.name.startsWith(ENTITY_SPAN) && sp.start <= i && sp.end > i);
  const words: string[] = [];
  for (let i = wh.subject.from; i < wh.subject.to; i++) {
    const t = toks[i]!;
    if (t.pos !== 'PROPN' && !inName(i)) return false;
    words.push(t.normal);
  }
  const ids = new Set(entitiesIn(u, wh.subject.from, wh.subject.to));
  const tokens = ctx.reader.analyse(sentence.text).tokens;
  const own = mentionPositions(sentence, tokens, ids);
  const previous = ctx.index.neighbour(sentence.id, -1);
  const before = previous ? ctx.reader.analyse(previous.text).tokens : null;
  // The asked entity's mentions in either sentence by any of its names ("López Obrador" for "AMLO").
  const ownBefore = previous && before ? mentionPositions(previous, before, ids) : new Set<number>();
  const asked = {
    isSubject: (ts: readonly Token[], i: number) =>
      words.includes(ts[i]?.normal ?? '') ||
      (ts === tokens ? own : ts === before ? ownBefore : null)?.has(i) === true,
  };
  // The act's own words only (its lemma, the data's synonyms, its first verb sense): words merely near it
  // ("took" for "sign") are no saying of it whose doer counts.
  const forms = new Set([
    verb.lemma,
    ...ctx.reader.synonymsOf(verb.lemma),
    ...(ctx.reader.data.wordnet?.firstWaySenseWords(verb.lemma) ?? []),
  ]);
  let acts = tokens.flatMap((t, i) => (t.pos === 'VERB' && forms.has(t.lemma) ? [i] : []));
  const figure = draft.answeredAs === 'count' ? figureAt(tokens, sentence.text, draft.direct ?? '') : -1;
  if (figure >= 0) {
    const nearest = acts.filter((i) => i < figure).pop();
    if (nearest !== undefined) acts = [nearest];
  }
  return acts.length > 0 && acts.every((i) => doerOf(tokens, i, asked, before) === 'other');
}

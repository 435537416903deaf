/**
 * A wh-question asks an act of a named subject ("How many troops did Trump send to the border?") and the
 * evidence shown first says that act of someone else it names ("Mexico has deployed some 15,000 troops to its
 * northern border"): the figure or date is the other's, so no bold headline states it as the asked one's. The
 * sentence is still shown, saying in its own words whose act it is. Only a subject the coverage names, and
 * only another actor the sentence names doing the act in one clause: a sentence that says the act of the
 * subject by a pronoun ("he sent"), or of no one named, keeps its headline.
 */
import { predicateWords } from './asked-predicate.ts';
import { saidOfSubject } from './act-of-subject.ts';
import type { Context, Draft } from './handlers.ts';
import { actSaidIn, shownActWords } from './shown-act.ts';
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
  if (!draft?.direct || !wh?.namedSubject) return draft;
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
  if (others.length === 0) return draft;
  const words = {
    ...shownActWords(ctx.reader, predicateWords(ctx.reader, ctx.index)),
    sayings: ctx.reader.speechVerbs,
    analyse: (text: string) => ctx.reader.analyse(text),
  };
  const saysAct = actSaidIn(verb.lemma, words);
  const ofSubject = saidOfSubject(sentence, { entityIds: subjectIds, nouns: [] }, saysAct, words, true);
  if (ofSubject === 'said') return draft;
  const ofOther = saidOfSubject(sentence, { entityIds: others, nouns: [] }, saysAct, words, true);
  return ofOther === 'said' ? { ...draft, direct: null } : draft;
}

/**
 * Who a question asks the words of: "What did Guillot say about…", "What did the border patrol union guy
 * say", "What was said in reply by López Obrador". The speaker is the person or body named, or the person
 * described, closest before the question's verb of saying, else the first person named who is not behind a
 * preposition after it ("What did the sergeant at San Felipe say about Cárdenas?" is the sergeant's words,
 * not Cárdenas's). Read from the question's analysis and the entities it names (question-entities.ts).
 */
import { ENTITY_PREFIX, ROLE_PREFIX, type Analysis } from '../nlp/pipeline.ts';
import type { DescribedPerson } from './described.ts';
import type { KnowledgeIndex } from './knowledge-index.ts';
import { aliasWords } from './alias-words.ts';

/** What the reading asks of the coverage. */
interface SpeakerCoverage {
  index: KnowledgeIndex;
  /** Lemmas of the verbs of saying. */
  speechVerbs: ReadonlySet<string>;
  /** True when entity `id` holds the office of role phrase `phrase` in the coverage. */
  holds(phrase: string, id: string): boolean;
}

/**
 * The entity doing the saying in a question: the one right before a say-verb, else the first person named.
 * `entities` are the entities the question names, `described` the people it describes by what they are.
 */
export function askedSpeaker(
  analysis: Analysis,
  entities: readonly string[],
  described: readonly DescribedPerson[],
  coverage: SpeakerCoverage,
): string | null {
  const sayAt = analysis.tokens.findIndex((t) => coverage.speechVerbs.has(t.lemma) && t.pos !== 'NOUN');
  let best: { id: string; distance: number } | null = null;
  // "What did the border patrol union guy say": the person described, not the body inside the description.
  for (const d of described) {
    const end = Math.max(...d.tokens) + 1;
    if (sayAt >= end && (!best || sayAt - end < best.distance)) best = { id: d.id, distance: sayAt - end };
  }
  // "What did the enemies of Ugartechea write about him?": a person named after "<noun> of" is whose the
  // speakers are, not one of them.
  const owners = new Set(
    entities.filter((id) => {
      const e = coverage.index.entities.get(id);
      if (e?.type !== 'person') return false;
      const at = analysis.tokens.findIndex((t) =>
        aliasWords(coverage.index.entities.get(id)?.aliases ?? []).has(t.normal),
      );
      return analysis.tokens[at - 1]?.normal === 'of' && analysis.tokens[at - 2]?.pos === 'NOUN';
    }),
  );
  if (sayAt >= 0) {
    for (const c of analysis.custom) {
      if (c.end > sayAt) continue;
      // A name a longer discovered phrase took over ("the Guardia Nacional officer") speaks no more.
      const ids = c.name.startsWith(ENTITY_PREFIX)
        ? [c.name.slice(ENTITY_PREFIX.length)].filter((id) => entities.includes(id))
        : entities.filter(
            (id) => c.name.startsWith(ROLE_PREFIX) && coverage.holds(c.name.slice(ROLE_PREFIX.length), id),
          );
      for (const id of ids) {
        const e = coverage.index.entities.get(id);
        if (!e || (e.type !== 'person' && e.type !== 'organisation') || owners.has(id)) continue;
        const distance = sayAt - c.end;
        if (!best || distance < best.distance) best = { id, distance };
      }
    }
  }
  if (best) return best.id;
  // "What did the sergeant at San Felipe say about Cárdenas?": a person named after the verb of saying,
  // behind a preposition other than "by", is who the words were about or to, not who said them.
  const spoken = (id: string) => {
    const words = aliasWords(coverage.index.entities.get(id)?.aliases ?? []);
    const at = analysis.tokens.findIndex((t) => words.has(t.normal));
    // "What was said in reply by López Obrador": the agent of a passive said it.
    const adp = analysis.tokens
      .slice(sayAt + 1, Math.max(sayAt + 1, at))
      .filter((t) => t.pos === 'ADP')
      .at(-1);
    return sayAt >= 0 && at > sayAt && adp !== undefined && adp.normal !== 'by';
  };
  return (
    entities.find(
      (id) => coverage.index.entities.get(id)?.type === 'person' && !spoken(id) && !owners.has(id),
    ) ?? null
  );
}

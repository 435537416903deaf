/**
 * Questions asking what came after an event ("What became of Flores after he went off to Sonora?"): the
 * shown evidence must speak of a time after it. Where the article tells the event, evidence standing only
 * at or before that telling in the article (the event itself, or what led to it) does not say what followed.
 */
import type { Analysis } from '../nlp/analysis.ts';
import type { Draft } from './handlers.ts';
import type { KnowledgeIndex } from './knowledge-index.ts';

/** The word that sets the asked time after an event told by the words that follow it. */
const AFTER = 'after';

/** Parts of speech that tell what an event is; the rest (pronouns, particles, determiners) do not. */
const EVENT_PARTS = new Set(['NOUN', 'PROPN', 'VERB', 'ADJ', 'NUM']);

/**
 * Fewest content words an event needs to be found where the article tells it: one word ("after the
 * killings", "after the fighting was over") is found in any sentence that uses it, often before the event
 * (new-articles-28 a28-016, new-articles-34 a34-012 were declined with one).
 */
const MIN_EVENT_WORDS = 2;

/** What an "after <event>" question asks: the event's content lemmas and all of the question's. */
export interface AskedAfter {
  event: readonly string[];
  asked: ReadonlySet<string>;
}

/**
 * The event a question asks what came after ("after he gave up his command" → give, command), or null when
 * it asks none: the content words from "after" to the end of its clause.
 */
export function askedAfterEvent(analysis: Analysis): AskedAfter | null {
  const toks = analysis.tokens;
  const at = toks.findIndex((t) => t.normal === AFTER && (t.pos === 'ADP' || t.pos === 'SCONJ'));
  if (at < 0) return null;
  const event: string[] = [];
  for (let i = at + 1; i < toks.length; i++) {
    const t = toks[i];
    if (!t || t.pos === 'PUNCT' || t.pos === 'CCONJ') break;
    if (EVENT_PARTS.has(t.pos) && !t.stop) event.push(t.lemma);
  }
  if (event.length < MIN_EVENT_WORDS) return null;
  const asked = new Set(toks.map((t) => t.lemma));
  return { event, asked };
}

/**
 * True unless the article tells `after`'s event and every piece of the draft's evidence from it stands at
 * or before that telling, saying nothing past the event's own and the question's words.
 */
export function showsAfterEvent(draft: Draft, after: AskedAfter | null, index: KnowledgeIndex): boolean {
  if (!after) return true;
  const tellsEvent = (lemmas: readonly string[]) => after.event.every((l) => lemmas.includes(l));
  const firstTelling = new Map<number, number>();
  const eventAt = (i: number): number => {
    const start = index.articleStart[i] ?? i;
    const known = firstTelling.get(start);
    if (known !== undefined) return known;
    const source = index.sentenceSource[i];
    let found = -1;
    for (let j = start; j < index.sentences.length && index.sentenceSource[j] === source; j++) {
      if (tellsEvent(index.sentences[j]?.lemmas ?? [])) {
        found = j;
        break;
      }
    }
    firstTelling.set(start, found);
    return found;
  };
  let judged = false;
  for (const e of draft.evidence) {
    for (const id of index.evidenceSentenceIds(e)) {
      const i = index.sentenceIndex.get(id);
      if (i === undefined) return true;
      const told = eventAt(i);
      if (told < 0) return true;
      judged = true;
      if (i > told) return true;
      const lemmas = index.sentences[i]?.lemmas ?? [];
      if (tellsEvent(lemmas) && lemmas.some((l) => !after.asked.has(l))) return true;
    }
  }
  return !judged;
}

/**
 * The first part of a message read with the later parts as context can land on a later part's sentence:
 * "How many head of cattle did McNelly bring back, and how big was the herd that had been run across?"
 * showed the herd of 250 for both parts, and the 75 head brought back never. A first part whose sentence
 * says a later part's own words more than its own, and on which a later part lands too, is asked again past
 * that sentence; the later part, asked next, still finds it.
 */
import type { Context, Draft } from './handlers.ts';
import { pastDraft } from './join.ts';
import type { KnowledgeIndex } from './knowledge-index.ts';
import type { Understanding } from './understanding.ts';

/** The lemmas of the sentences a draft leads with. */
function leadLemmas(draft: Draft, index: KnowledgeIndex): Set<string> {
  const top = draft.evidence[0];
  if (!top) return new Set();
  return new Set(index.evidenceSentenceIds(top).flatMap((id) => index.sentence(id)?.lemmas ?? []));
}

/** How many of `words`, less those of `others`, `lemmas` holds. */
function ownHits(words: readonly string[], others: readonly string[], lemmas: ReadonlySet<string>): number {
  const apart = new Set(others);
  return new Set(words.filter((w) => !apart.has(w) && lemmas.has(w))).size;
}

/**
 * True when the sentence `again` leads with holds at least one of the first part's own words (`own`, less
 * the later parts'), and no fewer than the sentence `draft` led with: the first part asked past its first
 * sentence is answered by a sentence about it, not by whatever is left.
 */
function leadsWithOwnPart(
  again: Draft,
  draft: Draft,
  own: readonly string[],
  later: ReadonlyArray<readonly string[]>,
  index: KnowledgeIndex,
): boolean {
  const hits = ownHits(own, later.flat(), leadLemmas(again, index));
  return hits >= 1 && hits >= ownHits(own, later.flat(), leadLemmas(draft, index));
}

/**
 * True when the sentence `draft` leads with holds more of a later part's own content words (`later`: each
 * later part's, read alone) than of the first part's own (`own`), words both parts say not counted.
 */
function leadsWithLaterPart(
  draft: Draft | null,
  own: readonly string[],
  later: ReadonlyArray<readonly string[]>,
  index: KnowledgeIndex,
): boolean {
  if (!draft || draft.evidence.length === 0 || later.length === 0) return false;
  const lemmas = leadLemmas(draft, index);
  const mine = ownHits(own, later.flat(), lemmas);
  return later.some((words) => ownHits(words, own, lemmas) > mine);
}

/** True when one of `others` leads with the sentence `draft` leads with. */
function sharesLead(draft: Draft, others: ReadonlyArray<Draft | null>, index: KnowledgeIndex): boolean {
  const top = draft.evidence[0];
  if (!top) return false;
  const ids = new Set(index.evidenceSentenceIds(top));
  return others.some((d) => {
    const lead = d?.evidence[0];
    return lead !== undefined && index.evidenceSentenceIds(lead).some((id) => ids.has(id));
  });
}

/** How a first part's draft is made again: its own question, a later part's, and the gates' check. */
export interface PartRedo {
  redo: (u: Understanding, ctx: Context) => Draft | null;
  redoLater: (u: Understanding) => Draft | null;
  fits: (d: Draft | null) => d is Draft;
}

/**
 * `draft`, the answer to a message's first part (`asked`), or when it leads with a sentence that says more
 * of a later part's own words than of its own and on which a later part (asked with `asked` as its
 * context) lands too, the first part asked again past that sentence (`pastDraft`): kept when its lead says
 * at least as many of the first part's own words.
 */
export function firstPartPastLater(
  draft: Draft | null,
  asked: string,
  laterParts: readonly string[],
  u: Understanding,
  ctx: Context,
  how: PartRedo,
): Draft | null {
  if (!draft) return draft;
  const { reader, index } = ctx;
  const own = reader.read(asked).content;
  const later = laterParts.map((p) => reader.read(p).content);
  if (!leadsWithLaterPart(draft, own, later, index)) return draft;
  const laterDrafts = laterParts.map((p) => how.redoLater(reader.read(p, asked)));
  if (!sharesLead(draft, laterDrafts, index)) return draft;
  return pastDraft(
    draft,
    u,
    ctx,
    how.redo,
    (d): d is Draft => how.fits(d) && leadsWithOwnPart(d, draft, own, later, index),
  );
}

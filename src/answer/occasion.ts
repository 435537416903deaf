/**
 * "Where did she say it?", "where'd he say that": where someone spoke is the occasion the article gives for
 * it ("said during a press conference", "her remarks to supporters in eastern Mexico", "at a rally in
 * Nevada"), found in the sentences that report the speaker, not wherever a place is named.
 */
import type { Sentence } from '../knowledge/schema.ts';
import type { KnowledgeIndex } from './knowledge-index.ts';
import { escapeRegExp } from './text.ts';

/** Where a person speaks: an event ("during a press conference", "at a rally", "in an interview"). */
const OCCASION_EVENT =
  /\b(?:during|at|in|before|after)\s+(?:a|an|the|his|her|their|its|one|this|that)\s+(?:[\w'-]+\s+){0,3}?(?:press conference|news conference|conference|rally|speech|interview|briefing|hearing|event|meeting|summit|address|ceremony|session|visit|debate|broadcast|appearance|podcast|forum|gathering|march|protest)s?\b/i;
/** Whom a person speaks to, which says where ("to supporters", "told reporters"). */
const OCCASION_AUDIENCE =
  /\b(?:to|told|before|addressing)\s+(?:(?:a|the|his|her|their)\s+)?(?:(?:cheering|gathered|local|assembled|visiting)\s+)?(?:supporters|reporters|journalists|lawmakers|crowd|audience|students|workers|congress|parliament|senate)\b/i;
/** "In eastern Mexico", "near the Rio Grande": a place named as where, not as whose ("president of Mexico"). */
const LOCATIVE = String.raw`\b(?:in|at|near|outside|inside)\s+(?:the\s+)?(?:[a-z]+\s+)?`;

/** True when `s` says where something happened: an event, an audience, or a place after "in", "at", "near". */
export function namesOccasion(index: KnowledgeIndex, s: Sentence): boolean {
  if (OCCASION_EVENT.test(s.text) || OCCASION_AUDIENCE.test(s.text)) return true;
  return s.mentions.some(
    (m) =>
      index.entities.get(m.entityId)?.type === 'place' &&
      new RegExp(LOCATIVE + escapeRegExp(m.text) + String.raw`\b`).test(s.text),
  );
}

/**
 * The sentence saying where `speakerId` spoke: among the sentences that name them or carry their quotation,
 * in the articles of their quotations (those of `sources` first), one that names an occasion, the nearest to
 * `near` (the evidence just shown); `null` when none does.
 */
export function sayingOccasion(
  index: KnowledgeIndex,
  speakerId: string,
  sources: readonly string[],
  near: readonly string[],
): Sentence | null {
  const quoted = new Set<string>();
  for (const at of index.speakerQuotes.get(speakerId) ?? []) {
    for (const id of index.quotes[at]?.sentenceIds ?? []) quoted.add(id);
  }
  const speakerSources = new Set([...quoted].map((id) => index.sentence(id)?.sourceId));
  // The sentences naming the speaker are listed on their entity: no scan of the whole knowledge per question.
  const ids = new Set([...(index.entities.get(speakerId)?.sentenceIds ?? []), ...quoted]);
  const candidates = [...ids]
    .map((id) => index.sentence(id))
    .filter(
      (s): s is Sentence =>
        s !== null &&
        speakerSources.has(s.sourceId) &&
        (quoted.has(s.id) || s.mentions.some((m) => m.entityId === speakerId)) &&
        namesOccasion(index, s),
    )
    .sort((a, b) => (index.sentenceIndex.get(a.id) ?? 0) - (index.sentenceIndex.get(b.id) ?? 0));
  if (candidates.length === 0) return null;
  const nearAt = near.map((id) => index.sentenceIndex.get(id)).filter((i) => i !== undefined);
  const distance = (s: Sentence) => {
    const at = index.sentenceIndex.get(s.id) ?? 0;
    const sameSource = near.some((id) => index.sentence(id)?.sourceId === s.sourceId);
    return (
      (sources.includes(s.sourceId) || sameSource ? 0 : 1e6) +
      (nearAt.length === 0 ? 0 : Math.min(...nearAt.map((i) => Math.abs(i - at))))
    );
  };
  return candidates.reduce((best, s) => (distance(s) < distance(best) ? s : best));
}

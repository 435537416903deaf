/**
 * Which body a name two bodies share ("national guard") means when the question's own words do not place it:
 * read from the rest of the question (its other names, its years, its content words) and the conversation.
 */
import type { Analysis } from '../nlp/pipeline.ts';
import type { KnowledgeIndex } from './knowledge-index.ts';
import type { SharedNames } from '../knowledge/shared-names.ts';
import { allowedSources } from './retrieval.ts';
import { CONTENT_POS } from './coverage-offices.ts';

/**
 * The body a shared name means when the question's words do not say: the only one the articles naming
 * everyone and everything else it names speak of ("what did Edith Olivares Ferreto say about the National
 * Guard reform", "who did the national guard grab near the rio grande" where only a Mexican story names
 * the river), else
 * the only one the articles the conversation is on speak of ("¿y la guardia nacional?" after a 2018
 * answer), else the only one the articles of the years asked about speak of, else the one more of the
 * question's words stand beside, else the name's own body. A body founded after every year asked about
 * is never the one meant ("guardia nacional" in 2018 is the US Guard: Mexico's was founded in 2019).
 * `others` are the other entities the question names, `contextSources` the conversation's sources, `words`
 * the question's {@link askedWords}.
 */
export function placeSharedName(
  index: KnowledgeIndex,
  shared: SharedNames,
  bodies: readonly string[],
  others: readonly string[],
  contextSources: readonly string[],
  years: readonly number[],
  words: readonly string[],
): string {
  // A body founded after every year asked about is not the one meant.
  const latest = years.length > 0 ? `${Math.max(...years)}-12-31` : null;
  const existing = latest ? shared.existing(bodies, latest) : [...bodies];
  const candidates = existing.length > 0 ? existing : [...bodies];
  if (candidates.length === 1) return candidates[0] ?? '';
  const positions = (ids: readonly string[]): Set<number> => {
    const sets = ids.map((id) => index.entitySources.get(id) ?? new Set<number>());
    const [first, ...rest] = sets;
    return new Set([...(first ?? [])].filter((p) => rest.every((set) => set.has(p))));
  };
  const onlyIn = (sources: ReadonlySet<number>): string | null => {
    const spoken = candidates.filter((b) =>
      [...(index.entitySources.get(b) ?? [])].some((p) => sources.has(p)),
    );
    return spoken.length === 1 ? (spoken[0] ?? null) : null;
  };
  const context = new Set(
    contextSources.map((id) => index.sourcePosition.get(id)).filter((p): p is number => p !== undefined),
  );
  const ofYears = allowedSources(index, { years });
  const inYears = new Set<number>();
  if (ofYears) ofYears.forEach((flag, p) => flag === 1 && inYears.add(p));
  return (
    (others.length > 0 ? onlyIn(positions(others)) : null) ??
    onlyIn(context) ??
    onlyIn(inYears) ??
    besideOnly(index, candidates, words) ??
    candidates[0] ??
    ''
  );
}

/** The lemmas of the question's own content words: nouns, verbs and adjectives no name takes. */
export function askedWords(analysis: Analysis, entityTokens: ReadonlySet<number>): string[] {
  return analysis.tokens
    .filter((t, i) => !entityTokens.has(i) && !t.stop && t.type === 'word' && CONTENT_POS.has(t.pos))
    .map((t) => t.lemma);
}

/**
 * The body the question's words go with: the one more of its words stand beside, in a sentence naming it,
 * than beside the others ("the national guard reform": "reform" stands only beside Mexico's Guard in the
 * coverage). `null` when no body has more.
 */
function besideOnly(
  index: KnowledgeIndex,
  bodies: readonly string[],
  words: readonly string[],
): string | null {
  const votes = new Map<string, number>();
  for (const w of words) {
    const beside = bodies.filter((b) =>
      (index.entities.get(b)?.sentenceIds ?? []).some((id) => index.sentence(id)?.lemmas.includes(w)),
    );
    if (beside.length === 1 && beside[0]) votes.set(beside[0], (votes.get(beside[0]) ?? 0) + 1);
  }
  const ranked = [...votes].sort((a, b) => b[1] - a[1]);
  return ranked[0] && (ranked[1]?.[1] ?? 0) < ranked[0][1] ? ranked[0][0] : null;
}

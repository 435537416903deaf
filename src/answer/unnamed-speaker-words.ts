/**
 * The words that say who an article's unnamed speaker is ("the anonymous officer in Anapra"): in a question,
 * they point to that speaker, and the evidence need not repeat them.
 */
import type { KnowledgeIndex } from './knowledge-index.ts';

/** Patterns with `\p{…}`, built once: inside a function tsx rebuilds them on every call (see src/nlp/letter-tests.ts). */
const P2 = /[^\p{L}]+/u;

/** Words for anyone an article does not name: they point to its unnamed speakers as their description does. */
const UNNAMED_WORDS = 'anonymous anonymity unnamed unidentified';

/**
 * The stems of the words that name or describe the unnamed speakers among `entities` ("a Border Patrol
 * agent", its description, "anonymous"); empty when none of them is one.
 */
export function unnamedSpeakerStems(
  entities: readonly string[],
  index: Pick<KnowledgeIndex, 'entities'>,
  stem: (word: string) => string,
): Set<string> {
  return new Set(
    entities.flatMap((id) => {
      const e = index.entities.get(id);
      if (!e?.discovered || !/^(?:a|an)\s/i.test(e.name)) return [];
      return `${e.name} ${e.description ?? ''} ${UNNAMED_WORDS}`
        .toLowerCase()
        .split(P2)
        .filter((w) => w.length > 2)
        .map((w) => stem(w));
    }),
  );
}

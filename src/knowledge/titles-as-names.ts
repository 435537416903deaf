/**
 * A title written capitalised and alone ("the General", "the Colonel") is the article's name for one
 * holder: a dispatch that introduces "Gen. Taylor" and then calls him "the General" goes on calling him so
 * when other generals come into the story ("Gen. Wool had chosen it as the place to stand … the General
 * rode up"). The first such use names the holder in focus then (the one mentioned most recently); every
 * later use in the article names the same one. Lower-case "the general" is a role, read by recency each time.
 */
import type { ArticlePerson } from './discovered-person.ts';

/** The holder each capitalised title names in one article, fixed at its first use (read in reading order). */
export class TitlesAsNames {
  readonly #holders = new Map<string, ArticlePerson>();

  /**
   * The holder `title` (its role forms joined) names: the one it named before in this article if that one
   * is in `pool`, else `first()` (the holder in focus at this first use), remembered.
   */
  holder(
    title: string,
    pool: readonly ArticlePerson[],
    first: () => ArticlePerson | null,
  ): ArticlePerson | null {
    const kept = this.#holders.get(title);
    if (kept && pool.includes(kept)) return kept;
    const chosen = first();
    if (chosen) this.#holders.set(title, chosen);
    return chosen;
  }
}

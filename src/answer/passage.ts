/**
 * The sentences around a sentence in its article: the passage an answer reads beside its evidence (a
 * figure's giver in the next sentence, the scene a sentence leaves out).
 */
import type { Sentence } from '../knowledge/schema.ts';
import type { Context } from './handlers.ts';

/**
 * `s` and the sentences of its article within `paragraphs` paragraphs of its own (0: its paragraph only),
 * at most `reach` on each side: `s` first, then those before it nearest first, then those after it.
 */
export function passageOf(ctx: Context, s: Sentence, paragraphs: number, reach: number): Sentence[] {
  const out: Sentence[] = [s];
  for (const step of [-1, 1]) {
    let at: Sentence | null = s;
    for (let i = 0; i < reach; i++) {
      at = at ? ctx.index.neighbour(at.id, step) : null;
      if (!at || at.sourceId !== s.sourceId || Math.abs(at.paragraph - s.paragraph) > paragraphs) break;
      out.push(at);
    }
  }
  return out;
}

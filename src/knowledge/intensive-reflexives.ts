/**
 * "Villa himself was not in the fight": a reflexive written right after a name or a noun is intensive, and
 * stands for that name ("Villa"), not for the last person named before it. It adds no one to a sentence the
 * name does not already stand in, whether or not the article knows the name as a person.
 */
import type { Token } from '../nlp/pipeline.ts';

const REFLEXIVES: ReadonlySet<string> = new Set(['himself', 'herself']);

/** True when token `t` is "himself" or "herself" right after a noun or a name ("Villa himself"). */
export function intensiveReflexive(tokens: readonly Token[], t: number): boolean {
  const before = tokens[t - 1];
  return (
    REFLEXIVES.has(tokens[t]?.normal ?? '') &&
    before !== undefined &&
    (before.pos === 'PROPN' || before.pos === 'NOUN')
  );
}

/**
 * What a passage setting out one figure as two givers give it must say to answer the question asked of it
 * (compare-disputed.ts): each giver the question joins by "and" ("the student and the ministry official"), by
 * the head of their phrase or a person it names, and the thing counted ("how many tanks", "the size of the
 * crowd"). A passage giving the crowd's size twice does not answer "the rector and the official" when the
 * article has no rector, nor "how many tanks". A giver is looked for over the whole article (named by role where
 * they are introduced, by name where their figure is given), the thing counted in the passage.
 */
import type { Sentence } from '../knowledge/schema.ts';
import type { Token } from '../nlp/pipeline.ts';
import { askedCount } from './asked-count.ts';
import { nounKindsOf } from './compare-attributed.ts';
import { coordinatedSides } from './compare-coordinated.ts';
import type { Context } from './handlers.ts';
import type { Understanding } from './understand.ts';

/** "The size of the crowd", "the number of tanks": a figure asked by a noun of figure, and the noun it is of. */
const FIGURE_NOUN = /^(?:size|number|estimate|count|figure|toll|tally)$/;
/** Kinds of word heading a giver's phrase or naming the thing counted. */
const NOUNS: ReadonlySet<string> = new Set(['NOUN', 'PROPN']);

/** One thing the passage must say: any of these lemmas, or any of these people or bodies. */
interface Said {
  lemmas: readonly string[];
  entities: readonly string[];
}

/**
 * What the answer to `u` must say, each one: the givers it joins by "and", somewhere in the article, and the
 * thing it counts, in the passage giving the figures (none for a count of people, whose figure a report gives
 * in other words: "attackers" as "men", "federals").
 */
export function disputedMustSay(u: Understanding, ctx: Context): { givers: Said[]; counted: Said[] } {
  const givers: Said[] = [];
  for (const phrase of coordinatedSides(u)?.phrases ?? []) {
    const head = ctx.reader.analyse(phrase).tokens.findLast((t) => NOUNS.has(t.pos));
    if (!head) continue;
    givers.push({ lemmas: [head.lemma.toLowerCase()], entities: ctx.reader.read(phrase).entities });
  }
  const counted = countedNoun(u, ctx);
  return { givers, counted: counted ? [{ lemmas: [counted], entities: [] }] : [] };
}

/** The noun a figure is asked of ("how many tanks" tank, "the size of the crowd" crowd), unless it counts people. */
function countedNoun(u: Understanding, ctx: Context): string | null {
  const { tokens } = u.analysis;
  const noun =
    askedCount(u, ctx.reader.genericCounts, (l) => ctx.reader.countsPeople(l)).at(-1) ?? nounOfFigure(tokens);
  if (!noun || ctx.reader.countsPeople(noun) || ctx.reader.genericCounts.has(noun)) return null;
  const wordnet = ctx.reader.data.wordnet;
  if (wordnet && nounKindsOf(wordnet).isPerson(noun)) return null;
  // A people's name ("how many Apaches") is counted as people are.
  return tokens.some((t) => t.lemma === noun && t.pos === 'NOUN') ? noun.toLowerCase() : null;
}

/** The first noun after "the size of", "the number of"…; `null` when the question asks no figure so. */
function nounOfFigure(tokens: readonly Token[]): string | null {
  const at = tokens.findIndex((t, i) => FIGURE_NOUN.test(t.lemma) && tokens[i + 1]?.normal === 'of');
  if (at < 0) return null;
  return tokens.slice(at + 2).find((t) => NOUNS.has(t.pos))?.lemma ?? null;
}

/** True when `sentences` say each thing of `mustSay`: one of its lemmas, or a mention or quotation of its people. */
export function saysEach(ctx: Context, sentences: readonly Sentence[], mustSay: readonly Said[]): boolean {
  if (mustSay.length === 0) return true;
  const lemmas = new Set(sentences.flatMap((s) => s.lemmas));
  const named = new Set(
    sentences.flatMap((s) => [
      ...s.mentions.map((m) => m.entityId),
      ...(ctx.index.quotesBySentence.get(s.id) ?? []).flatMap((q) => (q.speakerId ? [q.speakerId] : [])),
    ]),
  );
  return mustSay.every((m) => m.lemmas.some((l) => lemmas.has(l)) || m.entities.some((id) => named.has(id)));
}

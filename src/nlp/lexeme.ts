/** A word of wink-nlp's lexicon as the pipeline reads it, once per word rather than once per token. */
import type winkNLP from 'wink-nlp';
import type { ItsFunction } from 'wink-nlp';
import type { CustomEntityMatcher } from './custom-entities.ts';

export type Its = ReturnType<typeof winkNLP>['its'];
export type ItemToken = ReturnType<
  ReturnType<ReturnType<typeof winkNLP>['readDoc']>['tokens']
>['itemAt'] extends (k: number) => infer T
  ? T
  : never;

/**
 * A word of wink-nlp's lexicon as the pipeline reads it: all but the lemma depend on the word alone; the
 * lemma on the word and its part of speech, so it is remembered by part of speech.
 */
export class Lexeme {
  readonly #lemmas = new Map<string, string>();
  /** The part of speech last asked for and its lemma: a word mostly keeps one part of speech. */
  #lastPos: string | null = null;
  #lastLemma = '';

  constructor(
    readonly value: string,
    readonly normal: string,
    readonly type: string,
    readonly stop: boolean,
    /** The pattern word the word reads as in custom-entity matching, if any. */
    readonly literal: string | null,
  ) {}

  /** The lemma remembered for the word as `pos`, if any. */
  lemmaAs(pos: string): string | undefined {
    if (pos === this.#lastPos) return this.#lastLemma;
    const lemma = this.#lemmas.get(pos);
    if (lemma !== undefined) {
      this.#lastPos = pos;
      this.#lastLemma = lemma;
    }
    return lemma;
  }

  remember(pos: string, lemma: string): string {
    this.#lemmas.set(pos, lemma);
    this.#lastPos = pos;
    this.#lastLemma = lemma;
    return lemma;
  }
}

export function readLexeme(item: ItemToken, its: Its, matcher: CustomEntityMatcher | null): Lexeme {
  const value = item.out(its.value) as string;
  const normal = (item.out(its.normal) as string | undefined) ?? value.toLowerCase();
  return new Lexeme(
    value,
    normal,
    (item.out(its.type) as string | undefined) ?? 'word',
    (item.out(its.stopWordFlag) as unknown as boolean | undefined) ?? false,
    matcher?.literal(value, normal) ?? null,
  );
}

/** The token's lemma, lower case. */
export function lemmaOf(item: ItemToken, its: Its, value: string): string {
  return ((item.out(its.lemma as ItsFunction<string>) as string | undefined) ?? value).toLowerCase();
}

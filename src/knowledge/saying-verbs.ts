/**
 * The verbs of saying attribution reads a quotation's speaker by: the lexicon's ("say", "tell", "warn"), and
 * any verb WordNet makes a way of saying in words ('"…," the colonel shouted', 'the Monitor remarks that
 * "…"', "she whispered", "he exclaimed"). The lexicon lists the verbs whose saying sense WordNet does not
 * reach ("claim", "insist", "write"); a verb it never listed is still one of saying when its first verb sense
 * is, in a step or two, a way of saying or of putting into words.
 */

/** The part of the WordNet table this reads: whether a first sense of a word is a way of some act. */
export interface VerbWaySource {
  isWayOf(word: string, maxDepth: number, test: (words: readonly string[]) => boolean): boolean;
  /** The words of a word's first sense that is a way of another act (see WordNet.firstWaySenseWords). */
  firstWaySenseWords(word: string): readonly string[];
}

/**
 * Steps at most from a verb's first sense to saying: "shout" is one from talk, "remark" two from say (remark →
 * note → say); "urge" is three (urge → advise → discuss → talk), where the acts are ones of counselling, not
 * of giving words.
 */
export const MAX_SAYING_DEPTH = 2;
/**
 * Ways of giving news (inform.v.01) that give no words: teaching, which "train", "coach", "tutor" are ways of
 * (teach.v.01, "teach learn instruct"; "instructed him to …" itself still gives words), and disclosing or
 * publicizing (the synsets of "disclose … reveal" and "air … publicize"), which "disclose", "divulge",
 * "publicize" are: 'Abbott disclosed the "Operation Lone Star" costs' names no speaker. "Repeated",
 * "briefed", "cautioned" still give words.
 */
const TEACHING = (words: readonly string[]): boolean => words.includes('teach');
const DISCLOSING_WORDS: readonly string[] = ['disclose', 'publicize'];

/** Verbs asked about before the memory starts again. */
const MAX_REMEMBERED_VERBS = 20_000;

/**
 * WordNet's acts of giving words, told by their words: say.v.01 ("say state tell": "express in words"; not
 * order.v.01, "order tell enjoin say"), and the synsets holding "verbalize" ("express utter verbalize",
 * "talk speak utter mouth verbalize": "express in speech"). A verb is a way of these, not one of them:
 * "speak" and "talk" take no quotation ("who spoke on condition of anonymity").
 */
export function isSayingSynset(words: readonly string[]): boolean {
  return (
    (words.includes('say') && words.includes('state') && words.includes('tell')) ||
    words.includes('verbalize')
  );
}

/**
 * WordNet's act of giving someone news of a fact (inform.v.01, a synset of "inform" alone: "impart knowledge
 * of some fact, state of affairs, or event to"): "report", "notify", "warn" are ways of it, as "the officer
 * who inquired into it reported that the charge was ordered '…'" gives the words of a report; not by way of
 * teaching, nor by disclosing ({@link TEACHING}, {@link DISCLOSING_WORDS}).
 */
function isInformingSynset(words: readonly string[]): boolean {
  return words.length === 1 && words[0] === 'inform';
}

/**
 * True when the first verb sense of `lemma` is a way of saying within {@link MAX_SAYING_DEPTH} steps: "shout",
 * "whisper", "remark", "exclaim", "testify"; not "observe" (first: to see), "quote" or "read" (to repeat or
 * interpret words another wrote).
 */
export function isSayingVerb(source: VerbWaySource, lemma: string): boolean {
  if (lemma.length < 2 || !/^[a-z][a-z-]*$/.test(lemma)) return false;
  if (source.isWayOf(lemma, MAX_SAYING_DEPTH, isSayingSynset)) return true;
  return (
    source.isWayOf(lemma, MAX_SAYING_DEPTH, isInformingSynset) &&
    !source.isWayOf(lemma, 1, TEACHING) &&
    !source.firstWaySenseWords(lemma).some((w) => DISCLOSING_WORDS.includes(w))
  );
}

/** The verbs of saying: the lexicon's list, and WordNet's ways of saying ({@link isSayingVerb}), remembered. */
export class SayingVerbs {
  readonly #listed: ReadonlySet<string>;
  readonly #beforeAMark: ReadonlySet<string>;
  /**
   * The answer for each lemma asked about, the listed verbs' (true) among them from the start: one look-up
   * answers a verb attribution asks about again and again, where a look-up in the list then in the memory
   * was two for every verb the lexicon does not list.
   */
  readonly #known = new Map<string, boolean>();

  constructor(
    listed: Iterable<string>,
    private readonly source: VerbWaySource | null = null,
    beforeAMark: Iterable<string> = [],
  ) {
    this.#listed = new Set(listed);
    this.#beforeAMark = new Set(beforeAMark);
    this.#rememberListed();
  }

  #rememberListed(): void {
    for (const lemma of this.#listed) this.#known.set(lemma, true);
  }

  /** True for a verb of saying that hands words over only before a comma or colon, or as "-ing" ("cry"). */
  needsMark(lemma: string): boolean {
    return this.#beforeAMark.has(lemma);
  }

  /** True for a verb of saying the lexicon lists ("say", "warn"), not one only WordNet gives ("shout"). */
  listed(lemma: string): boolean {
    return this.#listed.has(lemma);
  }

  /** True for the lemma of a verb of saying ("say", "shout", "remark"). */
  has(lemma: string): boolean {
    const known = this.#known.get(lemma);
    if (known !== undefined) return known;
    if (!this.source) return false;
    const saying = isSayingVerb(this.source, lemma);
    if (this.#known.size >= this.#listed.size + MAX_REMEMBERED_VERBS) {
      this.#known.clear();
      this.#rememberListed();
    }
    this.#known.set(lemma, saying);
    return saying;
  }
}

/** What attribution asks of the verbs of saying: whether a lemma is one. */
export type VerbsOfSaying = Pick<SayingVerbs, 'has' | 'listed' | 'needsMark'>;

/**
 * What a common noun names, by WordNet's hypernyms: a person ("the cook at the post", "a customs broker", "a
 * taco vendor", "a kid from Naco") or a body of people ("the cemetery association", "the culture office").
 * The lexicon lists the person nouns the coverage meets most; a role it never listed is still a person when
 * its first noun sense is a kind of person. Built once from the WordNet table and injected into the build.
 */

/** The part of the WordNet table this reads: the words of the kinds a noun's first sense belongs to. */
export interface NounKindSource {
  nounKindWords(word: string, maxDepth: number): ReadonlySet<string>;
  someNounSenseIsKindOf?(word: string, maxDepth: number, kind: string): boolean;
}

/**
 * How many hypernym steps a noun may be from what it is a kind of. "vendor" is five from person (seller,
 * merchant, businessperson, capitalist, person), "trooper" five; past eight the chain is at organism and
 * entity, which say nothing.
 */
export const MAX_KIND_DEPTH = 8;
/**
 * Hypernym steps at most for a noun to be a close kind of another: "pastor" is one from clergyman and
 * reverend, its synset's own; two would reach leader, which many roles are a kind of.
 */
const CLOSE_KIND_DEPTH = 1;
/** No kinds: a lemma WordNet is not asked about. */
const NO_KINDS: ReadonlySet<string> = new Set();
/** The word of WordNet's person.n.01 synset ("person individual someone somebody mortal soul"). */
const PERSON = 'person';
/** Words of the synsets a body of people is a kind of (organization.n.01, and its spelling). */
const BODIES: readonly string[] = ['organization', 'organisation'];
/**
 * Words of the synsets a measure is a kind of (measure.n.02 "measure quantity amount", magnitude.n.01, and
 * sum.n.01 "sum amount", which "total" is a kind of): "count", "number", "maximum", "peak", "total".
 */
const MEASURES: readonly string[] = ['measure', 'quantity', 'magnitude', 'amount', 'sum'];
/**
 * The word of WordNet's communication.n.02 ("something that is communicated by or to or between people"),
 * which a notice, a telegram, a letter, a proclamation or a sign is a kind of.
 */
const COMMUNICATION = 'communication';
/**
 * The word of WordNet's publication.n.01 ("a copy of a printed work offered for distribution"), which a
 * textbook, a book or a magazine is a kind of: a work whose words someone wrote, filed under the things made.
 */
const PUBLICATION = 'publication';
/** Nouns asked about before the memory starts again. */
const MAX_REMEMBERED_NOUNS = 20_000;

/** A noun's kind, as far as it matters to who speaks: a person, a body of people, or neither. */
export type NounKind = 'person' | 'body' | null;

/**
 * The kind of `lemma`'s first noun sense in `source`: a person when its chain of hypernyms reaches person
 * within {@link MAX_KIND_DEPTH} steps, a body when it reaches organization, else `null`.
 */
export function nounKind(source: NounKindSource, lemma: string): NounKind {
  if (lemma.length < 2 || !/^[a-z][a-z-]*$/.test(lemma)) return null;
  const kinds = source.nounKindWords(lemma, MAX_KIND_DEPTH);
  if (kinds.has(PERSON)) return 'person';
  return BODIES.some((b) => kinds.has(b)) ? 'body' : null;
}

/**
 * True when `lemma`'s first noun sense is a measure or a quantity (its chain of hypernyms reaches one of
 * {@link MEASURES} within {@link MAX_KIND_DEPTH} steps): "a total of 800", "a peak of 5,900" name a number,
 * where "a garrison of about 800" names a whole of so many.
 */
export function isMeasureNoun(source: NounKindSource, lemma: string): boolean {
  if (lemma.length < 2 || !/^[a-z][a-z-]*$/.test(lemma)) return false;
  const kinds = source.nounKindWords(lemma, MAX_KIND_DEPTH);
  return MEASURES.some((m) => kinds.has(m));
}

/** {@link nounKind}, remembered per word: the build asks about the same few nouns again and again. */
export class NounKinds {
  readonly #known = new Map<string, NounKind>();
  readonly #measures = new Map<string, boolean>();
  readonly #communications = new Map<string, boolean>();
  /** {@link isKindOf}'s answers by kind, then lemma: no key string made per question. */
  readonly #kindsOf = new Map<string, Map<string, boolean>>();
  /** How many answers {@link #kindsOf} holds, over all kinds. */
  #kindAnswers = 0;
  readonly #closeKindsOf = new Map<string, ReadonlySet<string>>();

  constructor(private readonly source: NounKindSource) {}

  /** The kind of a lower-case noun lemma ("cook" → person, "association" → body, "statement" → null). */
  kindOf(lemma: string): NounKind {
    const known = this.#known.get(lemma);
    if (known !== undefined) return known;
    const kind = nounKind(this.source, lemma);
    if (this.#known.size >= MAX_REMEMBERED_NOUNS) this.#known.clear();
    this.#known.set(lemma, kind);
    return kind;
  }

  /** True for a noun whose first sense is a kind of person ("cook", "broker", "vendor", "kid"). */
  isPerson(lemma: string): boolean {
    return this.kindOf(lemma) === 'person';
  }

  /** True for a noun whose first sense is a measure or a quantity ("total", "count", "peak"); see {@link isMeasureNoun}. */
  isMeasure(lemma: string): boolean {
    const known = this.#measures.get(lemma);
    if (known !== undefined) return known;
    const measure = isMeasureNoun(this.source, lemma);
    if (this.#measures.size >= MAX_REMEMBERED_NOUNS) this.#measures.clear();
    this.#measures.set(lemma, measure);
    return measure;
  }

  /**
   * True for a noun one of whose senses is a kind of communication ("notice", "telegram", "letter", "sign";
   * "marker", "compact", "law" in their second senses), and whose first is not a person or a body: what it
   * says are words someone put into it.
   */
  isCommunication(lemma: string): boolean {
    const known = this.#communications.get(lemma);
    if (known !== undefined) return known;
    const found =
      lemma.length >= 2 &&
      /^[a-z][a-z-]*$/.test(lemma) &&
      this.kindOf(lemma) === null &&
      (this.source.someNounSenseIsKindOf !== undefined
        ? this.source.someNounSenseIsKindOf(lemma, MAX_KIND_DEPTH, COMMUNICATION) ||
          this.source.someNounSenseIsKindOf(lemma, MAX_KIND_DEPTH, PUBLICATION)
        : this.source.nounKindWords(lemma, MAX_KIND_DEPTH).has(COMMUNICATION));
    if (this.#communications.size >= MAX_REMEMBERED_NOUNS) this.#communications.clear();
    this.#communications.set(lemma, found);
    return found;
  }

  /**
   * True when `lemma`'s first noun sense is, within {@link MAX_KIND_DEPTH} steps, a kind of a synset that has
   * the word `kind` ("cavalry" of "force", "dragoon" of "serviceman").
   */
  isKindOf(lemma: string, kind: string): boolean {
    let answers = this.#kindsOf.get(kind);
    const known = answers?.get(lemma);
    if (known !== undefined) return known;
    const found =
      lemma.length >= 2 &&
      /^[a-z][a-z-]*$/.test(lemma) &&
      this.source.nounKindWords(lemma, MAX_KIND_DEPTH).has(kind);
    if (this.#kindAnswers >= MAX_REMEMBERED_NOUNS) {
      this.#kindsOf.clear();
      this.#kindAnswers = 0;
      answers = undefined;
    }
    if (answers === undefined) this.#kindsOf.set(kind, (answers = new Map()));
    answers.set(lemma, found);
    this.#kindAnswers++;
    return found;
  }

  /**
   * The words of `lemma`'s first noun sense and of the synsets right above it ({@link CLOSE_KIND_DEPTH}): a pastor
   * is a reverend and a clergyman, not (closely) a leader. Read from WordNet once per lemma.
   */
  closeKindsOf(lemma: string): ReadonlySet<string> {
    const known = this.#closeKindsOf.get(lemma);
    if (known !== undefined) return known;
    const found =
      lemma.length >= 2 && /^[a-z][a-z-]*$/.test(lemma)
        ? this.source.nounKindWords(lemma, CLOSE_KIND_DEPTH)
        : NO_KINDS;
    if (this.#closeKindsOf.size >= MAX_REMEMBERED_NOUNS) this.#closeKindsOf.clear();
    this.#closeKindsOf.set(lemma, found);
    return found;
  }

  /** True for a noun whose first sense is a body of people ("association", "agency", "committee"). */
  isBody(lemma: string): boolean {
    return this.kindOf(lemma) === 'body';
  }
}

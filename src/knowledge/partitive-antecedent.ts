/**
 * What "them" stands for in a figure's "of them" when no figure before it counted anything: the group the
 * sentence names before the figure, or the one the sentence before it in its paragraph names. "The
 * prisoners were marched by way of Matamoros, Monterrey and Saltillo." then "At the Hacienda del Salado …,
 * 181 of them overpowered their guards": the 181 are prisoners. "… the Mexican soldiers three times raised a
 * white flag and the deserters three times tore it down." then "Upwards of eighty of them were taken": the
 * deserters, the nearest group before the pronoun, not the times. A plural common noun is a group, but a unit
 * of time or measure and "times" are none; a name is not; nor, by WordNet's kinds of noun, a measure or a
 * period ("nights"). "Them" is the group named last ("Soldiers escorted the migrants … Forty of them were
 * children": migrants), unless a "they" has kept a subject in play before "there was": "the Mexicans took the
 * whole party. After that they fired on us every day and most nights. There was three hundred of them" counts
 * the subject that is people (the Mexicans, a demonym), then any people or body of people named, then any
 * other group.
 */
import type { Token } from '../nlp/pipeline.ts';
import { isLettersOnly } from '../nlp/letter-tests.ts';
import { singularOf } from '../nlp/singular.ts';
import type { WorkingSentence } from './annotate.ts';
import { referredToLater, type Counted } from './counted.ts';
import { countedAsSubject, PARTITIVE_PRONOUNS } from './subject-figure.ts';

/** What the reader knows of a noun "them" may stand for, from WordNet and the lexicon's person nouns. */
export interface GroupNounKinds {
  /** A measure or a period ("night", "day", "total"): never a group. */
  isMeasure(lemma: string): boolean;
  /** A kind of person ("soldier", "Mexican"). */
  isPerson(lemma: string): boolean;
  /** A body of people ("enemy", "army", "party"). */
  isBody(lemma: string): boolean;
}

/** A group a figure "of them" may count, and how likely "them" stands for it ({@link groupAt}). */
export interface NamedGroup extends Counted {
  rank: GroupRank;
  /** The group named last in the same span, of any rank: what "them" stands for unless a "they" kept another. */
  nearest: Counted;
}

/**
 * The group the sentence before in the paragraph named last ({@link lastGroupNamed}), read only when a figure
 * "of them" asks for it: most sentences are followed by none, and reading each one's groups cost a tenth of a
 * build.
 */
export type GroupBefore = () => NamedGroup | null;

/** No sentence before in the paragraph: no group. */
export const NO_GROUP_BEFORE: GroupBefore = () => null;

/** 3: people that are the subject of their clause; 2: people or a body of people; 1: any other group. */
type GroupRank = 1 | 2 | 3;

/** A group read at one token, before the span it is the best of is known. */
type RankedGroup = Omit<NamedGroup, 'nearest'>;

/** `best` with the span's `nearest` group, as counted. */
const withNearest = (best: RankedGroup, nearest: RankedGroup): NamedGroup => ({
  ...best,
  nearest: { text: nearest.text, lemma: nearest.lemma },
});

/** A plural name of people ("Mexicans", "Californians"): a demonym when its singular is a kind of person. */
const PLURAL_PROPER = /^[A-Z][a-z]+s$/;

/** True when the token opens a verb phrase after a noun: its clause's verb ("the Mexicans took"). */
function verbAfter(toks: readonly Token[], k: number): boolean {
  let t = k + 1;
  if (toks[t]?.pos === 'ADV') t++;
  const tok = toks[t];
  return tok !== undefined && (tok.pos === 'VERB' || tok.pos === 'AUX');
}

/** The rank of people named at token `k`: higher when they are the subject of the verb after them. */
function peopleRank(toks: readonly Token[], k: number): GroupRank {
  return verbAfter(toks, k) ? 3 : 2;
}

/**
 * The group token `k` names, as counted, with its rank; `null` when it names none. Without `kinds` every plural
 * common noun but a unit or "times" is a group of rank 1.
 */
function groupAt(toks: readonly Token[], k: number, kinds: GroupNounKinds | null): RankedGroup | null {
  const tok = toks[k];
  // Only a noun or a name can be a group: the test of its letters is left for those.
  if (!tok || (tok.pos !== 'NOUN' && tok.pos !== 'PROPN') || !isLettersOnly(tok.value)) return null;
  if (tok.pos === 'NOUN' && tok.lemma !== tok.normal) {
    if (!referredToLater({ countsLemma: tok.lemma, qualifier: null })) return null;
    if (!kinds) return { text: tok.value, lemma: tok.lemma, rank: 1 };
    if (kinds.isMeasure(tok.lemma)) return null;
    const rank = kinds.isPerson(tok.lemma) || kinds.isBody(tok.lemma) ? peopleRank(toks, k) : 1;
    return { text: tok.value, lemma: tok.lemma, rank };
  }
  if (!kinds) return null;
  if (tok.pos === 'PROPN' && PLURAL_PROPER.test(tok.value)) {
    const lemma = singularOf(tok.normal, { men: true, keepSs: false });
    return lemma !== tok.normal && kinds.isPerson(lemma)
      ? { text: tok.value, lemma, rank: peopleRank(toks, k) }
      : null;
  }
  // "The enemy": one body of people, not a person ("the man").
  if (tok.pos === 'NOUN' && kinds.isBody(tok.lemma))
    return { text: tok.value, lemma: tok.lemma, rank: peopleRank(toks, k) };
  return null;
}

/** The better of two groups: the higher rank, else `a` (the later named, when scanning back). */
function better(a: NamedGroup | null, b: NamedGroup | null): NamedGroup | null {
  if (!a) return b;
  if (!b) return a;
  return b.rank > a.rank ? b : a;
}

/**
 * The group of `toks` from `from` up to `to` (exclusive) "them" stands for: the last of the best rank; `null`
 * when none.
 */
export function lastGroupNamed(
  toks: readonly Token[],
  from: number,
  to: number,
  kinds: GroupNounKinds | null = null,
): NamedGroup | null {
  let found: RankedGroup | null = null;
  let nearest: RankedGroup | null = null;
  for (let k = to - 1; k >= from && found?.rank !== 3; k--) {
    const group = groupAt(toks, k, kinds);
    nearest ??= group;
    if (group && (!found || group.rank > found.rank)) found = group;
  }
  return found && nearest ? withNearest(found, nearest) : null;
}

/**
 * The groups one sentence names, read once from its start as its figures are read: each figure "of them" asks
 * for the best before it ({@link lastGroupNamed}'s answer) without a scan back to the sentence's start, which
 * a sentence of a thousand such figures and no group would make once per figure. Reused sentence after sentence
 * ({@link reset}).
 */
export class GroupsNamed {
  #toks: readonly Token[] = [];
  /** The next token to read. */
  #read = 0;
  /** Where the groups read so far stand, in order, by rank (index 0 unused). */
  readonly #at: [number[], number[], number[], number[]] = [[], [], [], []];
  readonly #groups = new Map<number, RankedGroup>();

  constructor(private readonly kinds: GroupNounKinds | null = null) {}

  /** Starts on a sentence whose tokens from `from` on are read. */
  reset(toks: readonly Token[], from: number): void {
    this.#toks = toks;
    this.#read = from;
    for (const at of this.#at) at.length = 0;
    this.#groups.clear();
  }

  /** The best group named before token `to`, with the nearest, as counted; `null` when none. */
  lastBefore(to: number): NamedGroup | null {
    for (; this.#read < to; this.#read++) {
      const group = groupAt(this.#toks, this.#read, this.kinds);
      if (!group) continue;
      this.#at[group.rank].push(this.#read);
      this.#groups.set(this.#read, group);
    }
    let best: number | null = null;
    let nearest: number | null = null;
    for (const rank of [3, 2, 1] as const) {
      const at = lastBelow(this.#at[rank], to);
      if (at === null) continue;
      best ??= at;
      nearest = Math.max(nearest ?? at, at);
    }
    const [b, n] = [best, nearest].map((at) => (at === null ? undefined : this.#groups.get(at)));
    return b && n ? withNearest(b, n) : null;
  }
}

/** The last of the ascending `places` below `to`; `null` when none. The groups read may run past `to`. */
function lastBelow(places: readonly number[], to: number): number | null {
  let lo = 0;
  let hi = places.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((places[mid] as number) < to) lo = mid + 1;
    else hi = mid;
  }
  return lo > 0 ? (places[lo - 1] as number) : null;
}

/** How far back before a figure a "they" keeps a subject in play (a clause or two). */
const THEY_WINDOW = 40;

/**
 * True when "they" stands in the sentence from `from` within {@link THEY_WINDOW} tokens before token `t`: a
 * subject the text keeps in play. Bounded, as a sentence may hold a thousand such figures.
 */
function theyBefore(toks: readonly Token[], from: number, t: number): boolean {
  for (let k = Math.max(from, t - THEY_WINDOW); k < t; k++) if (toks[k]?.normal === 'they') return true;
  return false;
}

/**
 * True when the figure opening at token `t` is introduced by "there is/was/were" ("There was three hundred of
 * them", "there was a hundred of them", "there were only six hundred of them"): it gives the number of what it is "of", not of anything before it.
 */
export function existentialAt(toks: readonly Token[], from: number, t: number): boolean {
  let k = t - 1;
  // "There was a hundred of them": the article of a round figure read from its scale.
  if (k > from && toks[k]?.normal === 'a') k--;
  if (k > from && (toks[k]?.pos === 'ADV' || toks[k]?.pos === 'PART')) k--;
  return k > from && toks[k]?.lemma === 'be' && toks[k - 1]?.normal === 'there';
}

/**
 * What a figure opening its clause as "N of them", or introduced by "there was/were", counts when nothing
 * counted before it in its sentence or the ones before: the group its sentence names before it (`named`, on
 * that sentence), else the one the sentence before names (`groupBefore`), the better ranked first; `null` for
 * any other figure.
 */
export function partOfGroupNamed(
  sentence: Pick<WorkingSentence, 'analysis' | 'tokenStart' | 'tokenEnd'>,
  span: { startTok: number; endTok: number; value: number; high: number | null },
  groupBefore: GroupBefore,
  named: GroupsNamed,
): Counted | null {
  const { analysis, tokenStart: from, tokenEnd: limit } = sentence;
  const toks = analysis.tokens;
  if (toks[span.endTok]?.normal !== 'of' || !PARTITIVE_PRONOUNS.has(toks[span.endTok + 1]?.normal ?? ''))
    return null;
  const existential = existentialAt(toks, from, span.startTok);
  const inSentence = named.lastBefore(span.startTok);
  // "Soldiers escorted the migrants to the bridge. Forty of them were children": "them" is the group named
  // last. Only when "they" has kept a subject in play since ("the Mexicans took the whole party. After that
  // they fired on us … There was three hundred of them") does "there was" count that subject, people first.
  const kept = existential && theyBefore(toks, from, span.startTok);
  const found = kept
    ? better(inSentence, groupBefore())
    : (inSentence?.nearest ?? groupBefore()?.nearest ?? null);
  if (!found) return null;
  const group = { text: found.text, lemma: found.lemma };
  if (existential) return group;
  const figure = {
    from,
    startTok: span.startTok,
    endTok: span.endTok,
    limit,
    value: span.high ?? span.value,
  };
  return countedAsSubject(analysis, figure, null, group);
}

/**
 * Where a sentence gives a reason for an act, read from its grammar rather than from every "as" or "after":
 * a causal connective ("because", "due to", "so that"…), "since" opening a clause of reason ("…, since a
 * great many carts went…", not "since 1938" nor the "since" of a perfect: "has used since the campaign"),
 * "after" or "following" opening the event that led to the act (a clause: "after a Marine patrol shot…", or
 * a noun of an event: "after the police chief's murder", not "after two years"), and "to" with a verb of
 * purpose after the act's object ("created a small command … to help police"), not the "to" a verb or an
 * adjective takes ("wanted to", "able to"); and "under" a noun "to" a verb ("under orders to arrest"), whatever
 * the act.
 */
import type { Token } from '../nlp/analysis.ts';

/** What {@link reasonsGiven} reads words with. */
export interface ReasonWords {
  /** The causal connectives, matched in the sentence's text. */
  connectives: RegExp;
  /** True of a noun lemma that names an event or an act ("murder", "attack", not "year"). */
  namesEvent: (lemma: string) => boolean;
  /**
   * True of a verb lemma that is the asked act: a "to" of purpose gives a reason only after it ("created a
   * command … to help police" for "why was it created?"; not "surged troops … to monitor" for "why can't
   * troops arrest?"). Without it, any.
   */
  askedAct?: (lemma: string) => boolean;
}

/** Words "after" or "since" opens are read up to this many tokens (or the next punctuation). */
const PHRASE_TOKENS = 12;

/** The tokens of the phrase opened after token `at`, up to punctuation. */
function phraseAfter(tokens: readonly Token[], at: number): Token[] {
  const out: Token[] = [];
  for (let i = at + 1; i < tokens.length && out.length < PHRASE_TOKENS; i++) {
    const t = tokens[i]!;
    if (t.pos === 'PUNCT') break;
    out.push(t);
  }
  return out;
}

const opensClause = (phrase: readonly Token[]) => phrase.some((t) => t.pos === 'VERB' || t.pos === 'AUX');

/** The first token of a perfect ("has used", "had lived"), or the length: a "since" after it measures time. */
function firstPerfect(tokens: readonly Token[]): number {
  const i = tokens.findIndex(
    (t, k) => t.pos === 'AUX' && t.lemma === 'have' && tokens[k + 1]?.pos === 'VERB',
  );
  return i < 0 ? tokens.length : i;
}

/** Parts of speech a purpose "to" follows: the act's object or an adverb, not a verb or adjective taking it. */
const BEFORE_PURPOSE = new Set(['NOUN', 'PROPN', 'PRON', 'NUM', 'ADV']);

/**
 * The character offsets in `text` (the text `tokens` were read from) where a reason is given, in order.
 */
export function reasonsGiven(text: string, tokens: readonly Token[], words: ReasonWords): number[] {
  const at = new Set<number>();
  for (const m of text.matchAll(words.connectives)) at.add(m.index);
  // Found once, not scanned again before each "since" or "to": evidence may be a sentence of thousands of words.
  const perfect = firstPerfect(tokens);
  const act = words.askedAct;
  const actAt = act ? tokens.findIndex((x) => x.pos === 'VERB' && act(x.lemma)) : 0;
  const firstAct = actAt < 0 ? tokens.length : actAt;
  tokens.forEach((t, i) => {
    if (t.normal === 'since' && t.pos !== 'ADV') {
      const phrase = phraseAfter(tokens, i);
      if (opensClause(phrase) && perfect >= i) at.add(t.start);
    } else if ((t.normal === 'after' || t.normal === 'following') && t.pos !== 'ADV') {
      const phrase = phraseAfter(tokens, i);
      if (phrase[0]?.pos === 'NUM') return;
      if (opensClause(phrase) || phrase.some((x) => x.pos === 'NOUN' && words.namesEvent(x.lemma)))
        at.add(t.start);
    } else if (t.normal === 'to' && t.pos === 'PART' && tokens[i + 1]?.pos === 'VERB') {
      const before = tokens[i - 1];
      // "left Fort Apache … under orders to arrest the medicine man": what one is under orders (instructions,
      // pressure) to do is why, whatever the act.
      const under = tokens[i - 2];
      if (before?.pos === 'NOUN' && under?.normal === 'under') at.add(under.start);
      else if (before && BEFORE_PURPOSE.has(before.pos) && firstAct < i) at.add(t.start);
    }
  });
  return [...at].sort((a, b) => a - b);
}

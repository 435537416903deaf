/**
 * Whether a count's figure is of an act the question asks. "How many migrants were in the truck the soldiers
 * fired on?" is not answered by "Six migrants were killed and ten more remain in the hospital after soldiers …
 * opened fire on the truck": the figure's own clause tells of killing, which the question does not ask, though
 * its sentence shares the question's other words. Read without a parse: the verbs of the figure's clause
 * ({@link figureClauseActs}) against the question's verbs, by their words, WordNet or word vectors.
 */
import type { Token } from '../nlp/pipeline.ts';
import { ACT_WORD_POS } from './asked-action.ts';
import { figureClauseActs } from './figure-clause.ts';

/**
 * How related (0–1, word vectors) a verb of the figure's clause must be to a verb the question asks to say it:
 * the act test's figure for an act said in other words ({@link countedActionTest}, asked-action.ts).
 */
const ACT_RELATED = 0.4;

/** What the verbs of a question and of a figure's clause are compared with. */
export interface ActLinks {
  /** Words of saying: a figure someone "said" or "reported" tells no act of its own. */
  speechVerbs: ReadonlySet<string>;
  /** The same act in the data's other words ("sent", "deployed"), by lemma. */
  synonymsOf: (lemma: string) => readonly string[];
  /** True when WordNet links the two verbs: the same act, a kind or way of it, one it entails or causes. */
  linked: (asked: string, said: string) => boolean;
  /** 0–1: how near in meaning (word vectors) `asked` is to any of `said`. */
  related: (asked: string, said: ReadonlySet<string>) => number;
}

/**
 * The words of a token list's verbs of an act, as lemma and as written ("wounded" read as an adjective):
 * not auxiliaries, light verbs of the stop list nor words of saying.
 */
function actWords(
  tokens: readonly Token[],
  speechVerbs: ReadonlySet<string>,
  pos: ReadonlySet<string>,
): string[] {
  return [
    ...new Set(
      tokens
        .filter((t) => pos.has(t.pos) && !t.stop && !speechVerbs.has(t.lemma.toLowerCase()))
        .flatMap((t) => [t.lemma.toLowerCase(), t.normal]),
    ),
  ];
}

/** Words between "of" and the whole a part is counted of ("14 of her 31 pupils", "two of the 40 men"). */
const WHOLE_DETERMINERS: ReadonlySet<string> = new Set(['DET', 'PRON']);

/**
 * True when the figure is the whole of a part counted before it ("only 14 of her 31 pupils came to class"):
 * the clause's verb tells what the part did, not what the whole is, so it says nothing of the whole's act.
 */
function wholeOfPart(sentence: string, tokens: readonly Token[], figure: string): boolean {
  const at = sentence.indexOf(figure);
  if (at < 0) return false;
  let i = tokens.findIndex((t) => t.end > at) - 1;
  while (i >= 0 && WHOLE_DETERMINERS.has(tokens[i]?.pos ?? '')) i--;
  return tokens[i]?.normal === 'of' && tokens[i - 1]?.pos === 'NUM';
}

/** Parts of speech of the verbs that tell an act: the question's, and the figure clause's that say it has one. */
const VERB_POS: ReadonlySet<string> = new Set(['VERB']);

/**
 * True when the question (its `asked` tokens) has a verb of an act, the clause of the figure written
 * `figure` in `sentence` (analysed as `tokens`) tells of an act of its own, and no act of that clause is one
 * the question's verbs say, in the same word, another of the data's words for it, a WordNet link or a word near
 * in meaning. False when either says no act, or the figure is not found.
 */
export function figureOfUnaskedAct(
  asked: readonly Token[],
  sentence: string,
  tokens: readonly Token[],
  figure: string,
  links: ActLinks,
): boolean {
  const askedActs = actWords(asked, links.speechVerbs, VERB_POS);
  if (askedActs.length === 0 || wholeOfPart(sentence, tokens, figure)) return false;
  const verbs = figureClauseActs(sentence, tokens, figure);
  if (!verbs || actWords(verbs, links.speechVerbs, VERB_POS).length === 0) return false;
  // "Thirty-three Mexicans were killed and eight wounded": an act told in a word read as an adjective is told.
  const told = actWords(
    figureClauseActs(sentence, tokens, figure, ACT_WORD_POS) ?? [],
    links.speechVerbs,
    ACT_WORD_POS,
  );
  const toldSet = new Set(told);
  return !askedActs.some(
    (a) =>
      toldSet.has(a) ||
      links.synonymsOf(a).some((s) => toldSet.has(s)) ||
      told.some((t) => links.linked(a, t)) ||
      links.related(a, toldSet) >= ACT_RELATED,
  );
}

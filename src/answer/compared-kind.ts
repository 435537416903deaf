/**
 * What a comparison sets side by side, read from the question's words alone, and what of that kind a piece of
 * evidence holds: figures for "how many", "bigger", "losses", "estimates"; dates for "which came first";
 * the words of those who said them for "did they agree", "how did X's account differ". A comparison is
 * answered when its evidence holds two different things of its kind, whoever its sides are.
 */
import type { Sentence } from '../knowledge/schema.ts';
import type { KnowledgeIndex } from './knowledge-index.ts';
import type { Evidence } from './types.ts';
import { figureValue } from './compare-disputed.ts';

/** What two sides of a comparison each give: a figure, a span of time or way, a date, or their own words. */
export type ComparedKind = 'figure' | 'span' | 'date' | 'stance';

/** "Which came first", "earlier", "before or after": the sides are set in order by their dates. */
const ORDERED =
  /\b(?:came|come|comes|happened|was|were)\s+first\b|\bfirst,|\b(?:earlier|sooner)\b|\bbefore\s+or\s+after\b|\bhow\s+(?:many|much)\s+(?:years|months|days|weeks)\s+(?:apart|before|after|between|earlier|later)\b/i;
/** "How long", "which lasted longer", "how far": a span, which a report may give in time ("about three hours"). */
const SPANNED = /\bhow\s+(?:long|far)\b|\b(?:longer|shorter|farther|lasted|lasts?)\b/i;
/**
 * A figure asked ("how many", "how big"), weighed ("bigger", "fewer", "older") or named ("losses", "the count",
 * "estimates", "the death toll"): each side gives a number.
 */
const FIGURED =
  /\bhow\s+(?:many|much|far|big|large|long|old|high|strong)\b|\b(?:bigger|larger|smaller|fewer|older|younger|longer|shorter|farther|higher)\b|\b(?:more|less)\s+\w+\s+than\b|\b(?:numbers?|figures?|counts?|counted|estimates?|estimated|tolls?|tall(?:y|ies)|totals?|sizes?|amounts?|sums?|losses|casualties|dead|killed|wounded|strength)\b/i;
/** What people said or thought, set side by side: each side gives their own words. */
const STANCED =
  /\b(?:agree\w*(?!\s+to\b)|disagree\w*|same\s+way|say|said|says|saw|see|sees|view\w*|account\w*|react\w*|describ\w*|think|thought|feel|felt|stance|position|version|tell|told|call|called|put\s+it)\b/i;
/**
 * Words that ask for two things set side by side, whatever their kind. Not "both" or "same", which a question
 * about one thing says as often ("what did he say about both sides", "'you cannot have it both ways'").
 */
const SETS_SIDE_BY_SIDE =
  /\b(?:vs\.?|versus|compar\w*|differ\w*|disagree\w*|agree\w*(?!\s+to\b)|each|contrast\w*|same\s+way)\b|\b(?:came|come|happened)\s+first\b/i;

/** Kinds of named entity that give a figure; dates, times, ordinals give none. */
const FIGURE_TYPES: ReadonlySet<string> = new Set(['CARDINAL', 'MONEY', 'QUANTITY', 'PERCENT']);
const YEAR = /^(?:1[5-9]|20)\d\d$/;
/** "One of the men": one is no figure of anything compared. */
const ONE = /^(?:one|a single|single|1)$/i;
/** A date written with its year, as a comparison of dates needs ("Dec. 25, 1842", "in 1846"). */
const WITH_YEAR = /\b(?:1[5-9]|20)\d\d\b/;

/** The kind a question compares, or `null` when its words name none. Dates first, then figures, then words. */
export function comparedKind(text: string): ComparedKind | null {
  if (ORDERED.test(text)) return 'date';
  if (SPANNED.test(text)) return 'span';
  if (FIGURED.test(text)) return 'figure';
  if (STANCED.test(text)) return 'stance';
  return null;
}

/** True when a question's own words ask to set two things side by side ("compare", "versus", "did they agree"). */
export function setsSideBySide(text: string): boolean {
  return SETS_SIDE_BY_SIDE.test(text);
}

/** True when `part` stands in `whole` as whole words: "15 soldiers" holds "15", not "5". */
function inWords(whole: string, part: string): boolean {
  const at = whole.indexOf(part);
  if (at < 0) return false;
  const before = whole[at - 1];
  const after = whole[at + part.length];
  return (
    (before === undefined || !/[\p{L}\p{N}]/u.test(before)) &&
    (after === undefined || !/[\p{L}\p{N}]/u.test(after))
  );
}

/** The figures a sentence gives, by value: not years, not "one", not a number inside a date or a time. */
export function figuresIn(index: KnowledgeIndex, s: Sentence): number[] {
  const spans = s.nerEntities.filter((e) => !FIGURE_TYPES.has(e.type)).map((e) => e.text);
  const facts = index.numbersBySentence.get(s.id) ?? [];
  const values = new Set<number>();
  for (const e of s.nerEntities) {
    const text = e.text.trim();
    if (!FIGURE_TYPES.has(e.type) || YEAR.test(text) || ONE.test(text)) continue;
    if (spans.some((d) => inWords(d, text))) continue;
    const fact = facts.find((n) => inWords(n.text, text) || inWords(text, n.text));
    if (fact?.qualifier === 'offset') continue;
    const value = fact?.value ?? figureValue(text);
    if (value !== null && value > 0) values.add(value);
  }
  return [...values];
}

/** The dates a sentence gives with their year, as ISO days (or the year alone). */
export function datesIn(index: KnowledgeIndex, s: Sentence): string[] {
  const facts = (index.datesBySentence.get(s.id) ?? [])
    .filter((d) => WITH_YEAR.test(d.text))
    .map((d) => d.date);
  const years = s.nerEntities
    .filter((e) => e.type === 'DATE')
    .flatMap((e) => e.text.match(/\b(?:1[5-9]|20)\d\d\b/g) ?? []);
  return [...new Set([...facts, ...years.filter((y) => !facts.some((d) => d.startsWith(y)))])];
}

/**
 * Who gives their words in a sentence: the speakers of its quotations, else, for a sentence with a verb of
 * saying, the first one it names (or the sentence itself, for someone it does not name: "prosecutors said").
 */
export function sayersIn(index: KnowledgeIndex, s: Sentence, saying: ReadonlySet<string>): string[] {
  const quoted = (index.quotesBySentence.get(s.id) ?? []).map((q) => q.speakerId ?? q.speakerName);
  if (quoted.length > 0) return [...new Set(quoted)];
  if (!s.lemmas.some((l) => saying.has(l))) return [];
  const named = s.mentions.find((m) => {
    const type = index.entities.get(m.entityId)?.type;
    return type === 'person' || type === 'organisation';
  });
  return [named?.entityId ?? `sentence:${s.id}`];
}

/** The things of `kind` a sentence holds, each as a key: two different keys are two sides' things. */
export function kindKeys(
  index: KnowledgeIndex,
  s: Sentence,
  kind: ComparedKind,
  saying: ReadonlySet<string>,
): string[] {
  if (kind === 'figure') return figuresIn(index, s).map(String);
  // A span of time is its sentence's own ("an hour" here and "three quarters of an hour" there differ).
  if (kind === 'span')
    return [
      ...figuresIn(index, s).map(String),
      ...s.nerEntities.filter((e) => e.type === 'DURATION').map((e) => `${e.text}@${s.id}`),
    ];
  if (kind === 'date') return datesIn(index, s);
  return sayersIn(index, s, saying);
}

/** The sentences a piece of evidence stands for: its own, or the ones its quotation is in. */
export function evidenceSentences(index: KnowledgeIndex, e: Evidence): Sentence[] {
  const ids = e.kind === 'quote' ? (index.quoteById.get(e.id)?.sentenceIds ?? []) : [e.id];
  return ids.flatMap((id) => {
    const s = index.sentence(id);
    return s ? [s] : [];
  });
}

/**
 * True when evidence sets two sides' things of `kind` side by side: two of its pieces hold one, and between
 * them two different ones (two figures, two dates, two people's words); or it is one sentence alone that
 * gives two ("The General's staff say two thousand …; the Mexicans … say four thousand"). A sentence with
 * several figures shown beside others holding none is one side's, as a report of one account gives it
 * ("listed 12 … killed and 22 wounded, and claimed … 650 dead" beside "The losses are also disputed").
 */
export function holdsTwoSides(
  index: KnowledgeIndex,
  evidence: readonly Evidence[],
  kind: ComparedKind,
  saying: ReadonlySet<string>,
): boolean {
  const keyed = evidence
    .map((e) => new Set(evidenceSentences(index, e).flatMap((s) => kindKeys(index, s, kind, saying))))
    .filter((keys) => keys.size > 0);
  if (keyed.length >= 2) return new Set(keyed.flatMap((k) => [...k])).size >= 2;
  return evidence.length === 1 && (keyed[0]?.size ?? 0) >= 2;
}

/**
 * True when a comparison's evidence already sets its sides apart: by the kind the question compares, or, for
 * a question asking what each said, by two people's own words ("What did the couple each say about the
 * wounded?" is answered by each one's words, whatever figures they hold).
 */
export function sidesSetApart(
  index: KnowledgeIndex,
  text: string,
  evidence: readonly Evidence[],
  kind: ComparedKind,
  saying: ReadonlySet<string>,
): boolean {
  return (
    holdsTwoSides(index, evidence, kind, saying) ||
    (kind !== 'stance' && STANCED.test(text) && holdsTwoSides(index, evidence, 'stance', saying))
  );
}

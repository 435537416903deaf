/**
 * Questions about the conversation's last answers themselves, answered from them without a search: "which was
 * bigger?" of the figures they gave, "about what?" of the article they came from, "both numbers pls".
 */
import type { NumberFact, Sentence } from '../knowledge/schema.ts';
import { sentenceEvidence, type Draft } from './handlers.ts';
import { asksForBoth, LEAD_IN } from './conversation.ts';
import type { KnowledgeIndex } from './knowledge-index.ts';
import type { ConversationState } from './memory.ts';
import type { Understanding } from './understand.ts';

/** The reply to `u` when it asks about the last answers and they can give it, else null. */
export function replyAboutLastAnswers(
  u: Understanding,
  index: KnowledgeIndex,
  conversation: ConversationState,
): Draft | null {
  const size = asksWhichSize(u);
  if (size) {
    const sized = sizeOfLastAnswers(index, conversation, size);
    if (sized) return sized;
  }
  if (asksWhatAbout(u)) {
    const lede = ledeOfLastAnswer(index, conversation);
    if (lede) return lede;
  }
  if (asksForBoth(u, conversation)) {
    const both = bothAnswers(index, conversation);
    if (both) return both;
  }
  return null;
}

/** The last two answers of the conversation together, for "both numbers, please"; `null` without two. */
export function bothAnswers(index: KnowledgeIndex, conversation: ConversationState): Draft | null {
  const ids = [...new Set([...conversation.priorEvidence, ...conversation.lastEvidence])];
  const sentences = ids.map((id) => index.sentence(id)).filter((s): s is NonNullable<typeof s> => s !== null);
  if (sentences.length === 0 || !conversation.lastIntent) return null;
  const directs = [conversation.priorDirect, conversation.lastDirect].filter((d): d is string => d !== null);
  return {
    answeredAs: conversation.lastIntent,
    confidence: 1,
    direct: directs.length === 2 ? directs.join('; ') : null,
    lead: null,
    evidence: sentences.map(sentenceEvidence),
    lines: [],
    focus: [],
  };
}

/** "About what?", "what was that about?": what the last answer's article reports, asked of its words. */
const ABOUT_WHAT =
  /^(?:about what|what (?:was|is) (?:it|that|this)(?: all)? about|what(?:'s| is) (?:it|that) about)[?!. ]*$/i;
/** Sentences of an article's lede shown for "about what?". */
const LEDE_SENTENCES = 2;

/** True for "about what?", "what was that about": the subject of the last answer. */
export function asksWhatAbout(u: Understanding): boolean {
  return ABOUT_WHAT.test(withoutOpening(u.text));
}

/** A message without the words it opens with before its question ("ok so", "and", "so"). */
function withoutOpening(text: string): string {
  return text
    .replace(LEAD_IN, '')
    .replace(/^(?:and|so)\s+/i, '')
    .trim();
}

/**
 * For "about what?" after a quotation or a report: what the article the last answer came from is about, its
 * first report sentences (the lede, which says what the words in it answer); `null` without a last answer.
 */
export function ledeOfLastAnswer(index: KnowledgeIndex, conversation: ConversationState): Draft | null {
  let first = index.sentence(conversation.lastEvidence[0] ?? '');
  if (!first) return null;
  for (let s = index.neighbour(first.id, -1); s; s = index.neighbour(s.id, -1)) first = s;
  const lede: Sentence[] = [];
  for (let s: Sentence | null = first; s && lede.length < LEDE_SENTENCES; s = index.neighbour(s.id, 1))
    if (s.kind === 'report') lede.push(s);
  if (lede.length === 0) return null;
  return {
    answeredAs: 'what',
    confidence: 1,
    direct: null,
    lead: null,
    evidence: lede.map(sentenceEvidence),
    lines: [],
    focus: lede.flatMap((s) => s.mentions.map((m) => m.entityId)),
  };
}

/** "Which was bigger?", "so which one is smaller": the last answers' figures set against each other. */
const WHICH_SIZE =
  /^which(?:\s+(?:one|number|figure|of\s+them|of\s+those))?\s+(?:was|is|were|are)\s+(bigger|larger|greater|higher|more|smaller|fewer|lower|less)\b(?:\s+then)?[?.!\s]*$/i;
const SMALLER = new Set(['smaller', 'fewer', 'lower', 'less']);

/** For "which was bigger?" after answers that gave figures, which end is asked; `null` for any other question. */
export function asksWhichSize(u: Understanding): 'larger' | 'smaller' | null {
  const m = WHICH_SIZE.exec(withoutOpening(u.text));
  if (!m?.[1]) return null;
  return SMALLER.has(m[1].toLowerCase()) ? 'smaller' : 'larger';
}

/**
 * The larger (or smaller) of the figures the last answer gave, one per sentence of its evidence, or with
 * the answer before it when the last gave only one: its sentence first, the other after. `null` without two
 * figures to set against each other.
 */
export function sizeOfLastAnswers(
  index: KnowledgeIndex,
  conversation: ConversationState,
  which: 'larger' | 'smaller',
): Draft | null {
  const figureOf = (id: string) =>
    (index.numbersBySentence.get(id) ?? [])
      .filter((n) => n.counts !== '' && n.qualifier !== 'offset')
      .reduce<NumberFact | null>((best, n) => (!best || n.value > best.value ? n : best), null);
  const figures = (ids: readonly string[]) =>
    ids.flatMap((id) => {
      const n = figureOf(id);
      const s = index.sentence(id);
      return n && s ? [{ n, s }] : [];
    });
  const last = figures(conversation.lastEvidence);
  const all = last.length >= 2 ? last : [...last, ...figures(conversation.priorEvidence)];
  if (new Set(all.map((f) => f.n.value)).size < 2 || !conversation.lastIntent) return null;
  const sorted = [...all].sort((a, b) =>
    which === 'larger' ? b.n.value - a.n.value : a.n.value - b.n.value,
  );
  const [top, next] = sorted;
  if (!top || !next) return null;
  const { n } = top;
  return {
    answeredAs: 'count',
    confidence: 1,
    direct:
      n.counts && !n.text.toLowerCase().includes(n.counts.toLowerCase()) ? `${n.text} ${n.counts}` : n.text,
    lead: null,
    evidence: [top.s, next.s].filter((s, i, both) => both.indexOf(s) === i).map(sentenceEvidence),
    lines: [],
    focus: top.s.mentions.map((m) => m.entityId),
  };
}

/**
 * The bot's replies that are not answers from evidence: the list of sources, help, greetings, declines,
 * and autocomplete suggestions. Pure functions of the knowledge index and its question catalogue.
 */
import type { Draft } from './handlers.ts';
import type { KnowledgeIndex } from './knowledge-index.ts';
import { MAX_CHOICE_CHARS, MAX_SUGGESTIONS, pickExamples } from './catalogue.ts';
import { citationsFor, renderLines } from './render.ts';
import { escapeMarkdown, formatDate } from './text.ts';
import { MAX_ANSWER_TEXT, type Answer, type AnswerIntent } from './types.ts';

/** Patterns with `\p{…}`, built once: inside a function tsx rebuilds them on every call (see src/nlp/letter-tests.ts). */
const P1 = /[^\p{L}\p{N}]+/u;

const MAX_LISTED_SOURCES = 8;
export const MAX_AUTOCOMPLETE_CHOICES = 25;

/** What the bot knows: each source with outlet, date, link and counts. */
export function sourcesAnswer(index: KnowledgeIndex, catalogue: readonly string[]): Answer {
  const lines: string[] = [
    `I answer from ${index.sources.size} news article${index.sources.size === 1 ? '' : 's'} about US–Mexico border military policy:`,
  ];
  const all = [...index.sources.values()];
  for (const s of all.slice(0, MAX_LISTED_SOURCES)) {
    const { sentences, quotes } = index.sourceCounts.get(s.id) ?? { sentences: 0, quotes: 0 };
    const via = s.syndicatedBy ? ` via ${s.syndicatedBy}` : '';
    const by = s.author ? `, by ${s.author}` : '';
    lines.push(
      `• **${escapeMarkdown(s.outlet)}**${escapeMarkdown(via + by)}, ${formatDate(s.published)} — “${escapeMarkdown(s.title)}”${s.url ? ` <${s.url}>` : ''} (${sentences} sentences, ${quotes} quotes)`,
    );
  }
  if (all.length > MAX_LISTED_SOURCES) lines.push(`…and ${all.length - MAX_LISTED_SOURCES} more.`);
  return {
    intent: 'sources',
    answeredAs: 'sources',
    answered: true,
    confidence: 1,
    direct: null,
    text: renderLines(lines),
    evidence: [],
    citations: citationsFor(
      index,
      all.slice(0, MAX_LISTED_SOURCES).map((s) => s.id),
    ),
    quoteIds: [],
    sentenceIds: [],
    suggestions: catalogue.slice(0, MAX_SUGGESTIONS),
  };
}

/** What the bot does, with examples; `commands` is the line naming the commands where the help is read. */
export function helpAnswer(catalogue: readonly string[], empty: boolean, commands: string): Answer {
  const examples = pickExamples(catalogue);
  const lines = [
    empty
      ? 'Ask me a question about news coverage of US–Mexico border military policy.'
      : 'I answer questions about news coverage of US–Mexico border military policy, quoting the articles word for word with their sources.',
    'You can ask who said what, how many, when, who someone is, why, or for a timeline. For example:',
    ...examples.map((e) => `• ${escapeMarkdown(e)}`),
    commands,
  ];
  return plainAnswer('help', renderLines(lines), examples);
}

/** A reply to a greeting or thanks, with an example question. */
export function cannedAnswer(catalogue: readonly string[], kind: 'greeting' | 'thanks'): Answer {
  const examples = pickExamples(catalogue);
  const example = escapeMarkdown(examples[0] ?? 'What are your sources?');
  return plainAnswer(
    'greeting',
    kind === 'thanks'
      ? `You're welcome! Ask me anything else about the coverage — for example: “${example}”`
      : `Hello! I answer questions about news coverage of US–Mexico border military policy. Try: “${example}”`,
    examples,
  );
}

/** Up to {@link MAX_AUTOCOMPLETE_CHOICES} answerable questions matching what is typed. */
export function suggestQuestions(catalogue: readonly string[], typed: string): string[] {
  const words = typed
    .toLowerCase()
    .split(P1)
    .filter((w) => w.length > 0);
  const matches =
    words.length === 0
      ? catalogue
      : catalogue.filter((q) => {
          const qWords = q.toLowerCase().split(P1);
          return words.every((w) => qWords.some((x) => x.startsWith(w)));
        });
  const typedChoice = typed.trim().slice(0, MAX_CHOICE_CHARS);
  const out =
    typedChoice && !matches.some((m) => m.toLowerCase() === typedChoice.toLowerCase())
      ? [typedChoice, ...matches]
      : matches;
  return out.slice(0, MAX_AUTOCOMPLETE_CHOICES);
}

/** Speakers (people and bodies quoted in the coverage) matching what is typed, by name or alias. */
export function suggestSpeakers(
  index: KnowledgeIndex,
  typed: string,
): Array<{ name: string; value: string }> {
  const t = typed.trim().toLowerCase();
  const out: Array<{ name: string; value: string; rank: number }> = [];
  for (const [id, quotes] of index.speakerQuotes) {
    const e = index.entities.get(id);
    if (!e) continue;
    const names = [e.name, ...e.aliases].map((n) => n.toLowerCase());
    const rank =
      t === '' ? 1 : names.some((n) => n.startsWith(t)) ? 0 : names.some((n) => n.includes(t)) ? 1 : -1;
    if (rank >= 0)
      out.push({
        name: `${e.name} (${quotes.length} quote${quotes.length === 1 ? '' : 's'})`.slice(
          0,
          MAX_CHOICE_CHARS,
        ),
        value: id,
        rank,
      });
  }
  return out
    .sort((a, b) => a.rank - b.rank || a.name.localeCompare(b.name))
    .slice(0, MAX_AUTOCOMPLETE_CHOICES)
    .map(({ name, value }) => ({ name, value }));
}

/** A reply of one line and no evidence: a decline, or the end of what the coverage has. */
export function leadOnly(answeredAs: Draft['answeredAs'], lead: string): Draft {
  return { answeredAs, confidence: 0, direct: null, lead, evidence: [], lines: [], focus: [] };
}

/**
 * True for a handler's draft that declines and says why ({@link leadOnly}): "The coverage has no quotation
 * of … on that topic." It is shown in place of the "not covered" decline when nothing answers.
 */
export function declinesWithReason(d: Draft): boolean {
  return d.evidence.length === 0 && d.lines.length === 0 && d.lead !== null;
}

/** The decline of a question outside the coverage's subject; `coverage` names the sources in a phrase. */
export function outOfScope(coverage: string): Draft {
  return leadOnly(
    'out_of_scope',
    `That's outside what I cover. I answer questions about news coverage of US–Mexico border military policy — troop deployments, who said what, dates and numbers — from ${coverage}.`,
  );
}

/** The decline of a question the coverage does not answer. */
export function notCovered(index: KnowledgeIndex, intent: AnswerIntent): Draft {
  const n = index.sources.size;
  return leadOnly(
    intent,
    `The coverage I have doesn't say. I only answer from ${n} article${n === 1 ? '' : 's'} on US–Mexico border military policy (see /sources), and none of them answers that.`,
  );
}

/** An answer of plain text: help, a greeting, an empty timeline. */
export function plainAnswer(
  intent: 'greeting' | 'help' | 'timeline',
  text: string,
  suggestions: string[] = [],
): Answer {
  return {
    intent,
    answeredAs: intent,
    answered: false,
    confidence: 0,
    direct: null,
    text: text.slice(0, MAX_ANSWER_TEXT),
    evidence: [],
    citations: [],
    quoteIds: [],
    sentenceIds: [],
    suggestions: suggestions.slice(0, MAX_SUGGESTIONS),
  };
}

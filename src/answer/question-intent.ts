/**
 * What kind of question a text is, by the intents data's patterns (knowledge/intents.json): its intent (who,
 * when, quote, count…), whether it leans on the last turn ("what about him?"), whether it is off the
 * coverage's topic or asks the bot's own opinion, and the kinds of person a "which X" asks for. Read from the
 * question's text; words quoted in it ("who said 'we'll see how long they stay'?") and a word linking it to
 * the last turn ("and when…") are not its own asking.
 */
import type { AnswerIntent } from './types.ts';
import type { IntentData } from './understanding.ts';

/** Words that open a turn by linking it to the last one, before the question itself. */
export const DISCOURSE_OPENER = /^\s*((and|so|ok|okay|but|well|then|also|alright|right)[,\s]+)+(?=\S)/i;
/** One character of words quoted in single marks: anything but a mark, or an apostrophe inside a word. */
const IN_SINGLE_QUOTES = "(?:[^'‘’]|['’](?=\\p{L}))";
/**
 * Words quoted in a question: '…', "…", ‘…’ or “…” around two words or more. Each alternative checks for an
 * inner space ahead and then reads the quoted run once, so an unclosed mark costs linear time, not cubic.
 */
const QUOTED_WORDS = new RegExp(
  `(?<=^|\\s)(?:"(?=[^"]+\\s[^"])[^"]+"|“(?=[^”]+\\s[^”])[^”]+”|['‘](?=${IN_SINGLE_QUOTES}+\\s${IN_SINGLE_QUOTES})${IN_SINGLE_QUOTES}+['’])(?=[\\s?.!,]|$)`,
  'gu',
);

/** The words a question quotes, without their marks. */
export function quotedWords(text: string): string[] {
  return [...text.matchAll(QUOTED_WORDS)].map((m) => m[0].slice(1, -1));
}

/** The patterns of one intents table, compiled once. */
export class IntentPatterns {
  readonly #patterns: Array<[AnswerIntent, RegExp[]]>;
  readonly #followup: RegExp[];
  readonly #offTopic: RegExp[];
  readonly #opinion: RegExp[];
  readonly #whoKinds: IntentData['whoKinds'];

  constructor(intents: IntentData) {
    const compile = (list: readonly string[]): RegExp[] => list.map((p) => new RegExp(p, 'i'));
    this.#patterns = intents.order.map((intent) => [intent, compile(intents.patterns[intent] ?? [])]);
    this.#followup = compile(intents.followup.patterns);
    this.#offTopic = compile(intents.outOfScope);
    this.#opinion = compile(intents.opinion ?? []);
    this.#whoKinds = intents.whoKinds;
  }

  /** The intent whose patterns the question matches first, in the data's order; `null` for none. */
  intentOf(raw: string): AnswerIntent | null {
    // "And when did she say it?", "ok so who…": a word that links to the last turn is not the question's start.
    // "Who said 'we'll see how long they stay'?": the words quoted are not the question's own asking.
    const text = raw.replace(DISCOURSE_OPENER, '').replace(QUOTED_WORDS, '"…"');
    for (const [intent, patterns] of this.#patterns) {
      if (patterns.some((p) => p.test(text))) {
        if (intent === 'greeting' && text.split(' ').length > 6) continue;
        // "Where did she say it?" asks for a place, not for her words.
        if (intent === 'quote' && /^\s*where\b/i.test(text)) return null;
        return intent;
      }
    }
    return null;
  }

  /**
   * The kinds of person or body a "which X" or "what X" question asks for ("which agency"), from the data;
   * `null` when it asks for none. `lower`: the question in lower case.
   */
  whoKinds(lower: string): string[] | null {
    const m = /\b(?:which|what)\s+(news agency|[a-z]+)\b/.exec(lower);
    if (!m?.[1]) return null;
    return this.#whoKinds[m[1]] ?? null;
  }

  /** True when the question leans on the last turn ("what about him?"). `lower`: the question in lower case. */
  leansOnContext(lower: string): boolean {
    return this.#followup.some((p) => p.test(lower));
  }

  /** True when the question, as read (`lower`, in lower case) or as written (`cleaned`), is off the topic. */
  offTopic(lower: string, cleaned: string): boolean {
    return this.#offTopic.some((p) => p.test(lower) || p.test(cleaned.toLowerCase()));
  }

  /** True when the question asks the bot's own judgement ("was X right to…"). `lower`: in lower case. */
  opinion(lower: string): boolean {
    return this.#opinion.some((p) => p.test(lower));
  }
}

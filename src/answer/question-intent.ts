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
/** An asking word last in a message ("marker dedication when?"), with any marks after it. */
const ASKING_LAST = /\s+(when)\s*([?!.]*)\s*$/i;
/** Any asking word: a question that has one before its last word asks as written. */
const ASKING_WORD = /\b(?:what|who|whom|whose|when|where|why|how|which)\b/i;
/** Words before a last asking word that still make a telegraphic question, not a sentence ending in one. */
const MAX_TELEGRAPHIC_WORDS = 6;
/** Parts of speech that make the words before a last asking word a clause ("it happened when?"), not keywords. */
const CLAUSE_POS: ReadonlySet<string> = new Set(['VERB', 'AUX', 'PRON']);

/**
 * A telegraphic question with its asking word last ("marker dedication when?") put as a full question puts
 * it ("when marker dedication?"), so it asks what that word asks: only when the words before it are a few
 * keywords with no verb, pronoun or asking word of their own (`tokens`: the question's words, tagged). The
 * text as given otherwise: "they left the fort when?" is a clause whose asking is its own.
 */
export function askingWordFirst(
  text: string,
  tokens: ReadonlyArray<{ pos: string; normal: string }>,
): string {
  const m = ASKING_LAST.exec(text);
  if (!m?.[1]) return text;
  const before = text.slice(0, m.index);
  const words = tokens.filter((t) => t.pos !== 'PUNCT').slice(0, -1);
  if (before.trim() === '' || ASKING_WORD.test(before) || words.length > MAX_TELEGRAPHIC_WORDS) return text;
  if (words.some((t) => CLAUSE_POS.has(t.pos))) return text;
  return `${m[1]} ${before.trim()}${m[2] ?? ''}`;
}

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

/** Runs of characters between words. Built once: inside a method tsx rebuilds a `\\p{…}` pattern per call. */
const NOT_WORD = /[^\p{L}\p{N}]+/u;

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

  /**
   * The words of each pattern by which the question, as read (`lower`, in lower case) or as written
   * (`cleaned`), is off the topic ("soccer", "how do i"); empty when it is not.
   */
  offTopicMatches(lower: string, cleaned: string): string[][] {
    const written = cleaned.toLowerCase();
    const matches: string[][] = [];
    for (const p of this.#offTopic) {
      const m = p.exec(lower) ?? p.exec(written);
      if (m) matches.push(m[0].split(NOT_WORD).filter((w) => w.length > 0));
    }
    return matches;
  }

  /** True when the question asks the bot's own judgement ("was X right to…"). `lower`: in lower case. */
  opinion(lower: string): boolean {
    return this.#opinion.some((p) => p.test(lower));
  }
}

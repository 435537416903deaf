/**
 * Chat shorthand written out ("sec def" → "defense secretary", "abt" → "about"), from the intents data:
 * phrases of several words first, wherever they stand, then single words, whatever punctuation ends them. Read
 * from a question's text before it is analysed, so the tagger and the spelling corrector see the words.
 */
import { escapeRegExp } from './text.ts';

/** Chat shorthand of one intents table, compiled once. */
export class ChatShorthand {
  /** Shorthand of one word and what it stands for. */
  readonly #words: Map<string, string>;
  /** Chat shorthand of several words ("sec def"), replaced before the single words. */
  readonly #phrases: Array<[RegExp, string]>;

  constructor(chat: Readonly<Record<string, string>>) {
    this.#words = new Map(Object.entries(chat).filter(([k]) => !k.includes(' ')));
    this.#phrases = Object.entries(chat)
      .filter(([k]) => k.includes(' '))
      .map(([k, v]) => [new RegExp(`\\b${escapeRegExp(k)}\\b`, 'gi'), v]);
  }

  /** `text` with its chat shorthand written out, its spaces made single. */
  writtenOut(text: string): string {
    return this.#phrases
      .reduce((written, [pattern, fix]) => written.replace(pattern, fix), text)
      .split(' ')
      .map((w) => {
        const bare = w.toLowerCase().replace(/[?!.,;:]+$/, '');
        const fix = this.#words.get(bare);
        return fix === undefined ? w : fix + w.slice(bare.length);
      })
      .join(' ')
      .replace(/\s+/g, ' ')
      .trim();
  }
}

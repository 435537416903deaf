/**
 * Text safety and formatting: what a user typed is cleaned before it is read, and everything shown is
 * escaped so it cannot ping anyone or break out of its formatting.
 */

import { LONG_MONTHS, WEEKDAYS } from '../nlp/calendar-words.ts';

export const MAX_QUESTION_CHARS = 500;

export { escapeRegExp } from '../nlp/escape.ts';
export { LONG_MONTHS } from '../nlp/calendar-words.ts';

/** Nouns a question points to an article by ("that Gatekeeper interview", "the Redford story"), as a pattern. */
export const ARTICLE_NOUNS = 'story|article|piece|report|interview|explainer|blog|post|column';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/**
 * A question as the engine reads it: Discord mentions, code fences, markup and control characters removed,
 * whitespace collapsed, cut to {@link MAX_QUESTION_CHARS}.
 */
export function cleanQuestion(raw: string): string {
  return raw
    .slice(0, MAX_QUESTION_CHARS * 4)
    .replace(/<a?:\w{1,32}:\d{5,25}>/g, ' ')
    .replace(/<(@[!&]?|#)\d{5,25}>/g, ' ')
    .replace(/@(everyone|here)\b/gi, ' ')
    .replace(/```[\s\S]*?(```|$)/g, ' ')
    .replace(/[`*_~|>]/g, ' ')
    .replace(
      /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200b-\u200f\u2028-\u202e\u2060-\u206f\ufeff\ufffd]/g,
      ' ',
    )
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, MAX_QUESTION_CHARS);
}

/**
 * Escapes markdown and neutralises mentions in text the engine quotes. Links and `<…>` markup are disarmed by
 * the Discord renderer (`src/bot/safe-text.ts`), which also escapes what it adds itself with discord.js.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/([\\*_~`|>#[\]()-])/g, (m, ch: string, offset: number, whole: string) => {
      if (ch === '-' || ch === '#' || ch === '>') {
        const lineStart = offset === 0 || whole[offset - 1] === '\n';
        return lineStart ? `\\${ch}` : ch;
      }
      if (ch === '(' || ch === ')' || ch === '[' || ch === ']') return m;
      return `\\${ch}`;
    })
    .replace(/@(everyone|here)/gi, '@\u200b$1')
    .replace(/<(@[!&]?|#)(\d+)>/g, '<$1\u200b$2>');
}

/** `2025-05-03` → `3 May 2025` (`short`: `3 May 2025` with the month abbreviated); `2025-04` → `April 2025`. */
export function formatDate(iso: string, short = false): string {
  const [y, m, d] = iso.split('-');
  if (!m) return y ?? iso;
  const month = Number(m) - 1;
  if (!d) return `${LONG_MONTHS[month] ?? m} ${y}`;
  return `${Number(d)} ${(short ? MONTHS : LONG_MONTHS)[month] ?? m} ${y}`;
}

/** `2025-05-03` → `Saturday`. */
export function weekdayOf(iso: string): string | null {
  const [y, m, d] = iso.split('-').map(Number);
  if (!y || !m || !d) return null;
  return WEEKDAYS[new Date(Date.UTC(y, m - 1, d)).getUTCDay()] ?? null;
}

/** Cuts `text` to at most `max` characters at a word boundary, marking the cut with an ellipsis. */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, Math.max(0, max - 1));
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).replace(/[\s,;:]+$/, '')}…`;
}

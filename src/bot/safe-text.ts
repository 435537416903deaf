/**
 * What a user or an article typed, made inert before Discord shows it: no formatting, no link (masked or
 * bare), no mention, timestamp, emoji or other `<…>` markup survives. discord.js's own `escapeMarkdown`
 * escapes the formatting; this module adds what it leaves alone: every `[` (its masked-link escape only
 * catches the first link on a line), bare addresses, `<…>` forms, `@everyone`/`@here`, and a block quote or
 * subtext marker at the start.
 *
 * Links and `<…>` markup are disarmed with a zero-width space (after `<`, inside `://`, after `@`): the words
 * read exactly as typed, so quotations stay word for word, but Discord's parser no longer sees a link or a
 * mention. Wrapping addresses in inline code would disarm them too, but would set part of a quotation in
 * monospace and need its own escaping of backticks.
 */
import { escapeMarkdown, hideLinkEmbed } from 'discord.js';
import { truncate } from '../answer/text.ts';
import { isHttpAddress } from '../knowledge/sources.ts';

const ZERO_WIDTH_SPACE = '\u200b';
/**
 * Longest text escaped: Discord shows no field longer than an embed's description (4,096 characters), and
 * discord.js's escapes take time that grows faster than the length on long text (a 1 MB title would stall).
 */
const MAX_INERT_TEXT = 4096;
/** Every escape discord.js knows, including those off by default (headings, lists, masked links). */
const ESCAPE_ALL_MARKDOWN = { heading: true, bulletedList: true, numberedList: true, maskedLink: true };
/** A block quote or subtext marker where a line starts; `escapeMarkdown` escapes neither. */
const LINE_START_MARKER = /^(\s*)(>|-#)/gm;
/** Control and invisible formatting characters (bidirectional overrides, zero-width spaces, …); not the joiner inside emoji. */
const INVISIBLE = /(?:(?!\u200d)[\p{Cc}\p{Cf}\u2028\u2029])+/gu;
/** `<https://…>`, the form the answer engine writes a source's address in. */
const ANGLE_LINK = /<(https?:\/\/[^\s<>]+)>/g;

/** Backslash-escapes every `[` and `]` not already escaped, so no masked link can start anywhere. */
function escapeBrackets(markdown: string): string {
  let out = '';
  let escaped = false;
  for (const ch of markdown) {
    if (escaped) {
      out += ch;
      escaped = false;
    } else if (ch === '\\') {
      out += ch;
      escaped = true;
    } else {
      out += ch === '[' || ch === ']' ? `\\${ch}` : ch;
    }
  }
  return out;
}

/** Breaks every address (`scheme://`), every `<…>` form and `@everyone`/`@here` with a zero-width space. */
function disarmLinksAndMentions(text: string): string {
  return text
    .replace(/:\/\//g, `:/${ZERO_WIDTH_SPACE}/`)
    .replace(/</g, `<${ZERO_WIDTH_SPACE}`)
    .replace(/@(everyone|here)/gi, `@${ZERO_WIDTH_SPACE}$1`);
}

/** One line: control and invisible characters and line breaks become single spaces. */
function oneLine(text: string): string {
  return text.replace(INVISIBLE, ' ').replace(/\s+/g, ' ').trim();
}

/**
 * Text a user or an article supplied (a question, a title, an outlet, a name, a reason that quotes a file),
 * as one line of Discord markdown that shows exactly those words and nothing else: no formatting, link,
 * mention or markup.
 */
export function inertText(text: string): string {
  // Disarmed first: discord.js leaves `_` and `*` unescaped after an address or `<a:`, which are then no longer one.
  const disarmed = disarmLinksAndMentions(oneLine(truncate(text, MAX_INERT_TEXT)));
  return escapeBrackets(escapeMarkdown(disarmed, ESCAPE_ALL_MARKDOWN).replace(LINE_START_MARKER, '$1\\$2'));
}

/**
 * Markdown the answer engine wrote (its bold, quotes and subtext kept, the text it quotes already escaped)
 * with every link, mention and `<…>` form disarmed, except `<address>` for the given source addresses.
 * Whatever the engine let through, nothing a user or an article typed is clickable.
 */
export function inertMarkdown(markdown: string, sourceAddresses: readonly string[]): string {
  const allowed = new Set(sourceAddresses.filter(isHttpAddress));
  let out = '';
  let last = 0;
  for (const match of markdown.matchAll(ANGLE_LINK)) {
    const address = match[1] ?? '';
    if (!allowed.has(address)) continue;
    out += disarmLinksAndMentions(escapeBrackets(markdown.slice(last, match.index)));
    out += hideLinkEmbed(address);
    last = match.index + match[0].length;
  }
  return out + disarmLinksAndMentions(escapeBrackets(markdown.slice(last)));
}

/** A source's address as a link without a preview (`<https://…>`), or `null` when it is not a safe http(s) address. */
export function sourceLink(url: string | null): string | null {
  return url !== null && isHttpAddress(url) ? hideLinkEmbed(url) : null;
}

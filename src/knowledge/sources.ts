/**
 * Reads and validates source articles: front matter between `---` lines, then the body exactly as published.
 */
import { createHash } from 'node:crypto';
import { readFile as readFileWithCallback } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { promisify } from 'node:util';
import { basename, join, relative } from 'node:path';
import { isAlias, isMap, isScalar, parseDocument } from 'yaml';
import type { SourceMeta } from './schema.ts';
import { isIsoDay } from './iso-day.ts';

export { isIsoDay } from './iso-day.ts';

/** Patterns with `\p{…}`, built once: inside a function tsx rebuilds them on every call (see src/nlp/letter-tests.ts). */
const P1 = /^[\p{L}\p{N}](?:[^\p{C}\p{Zl}\p{Zp}\s#"\\`|>{}[\]*&!%@:]|[ ](?![ #])|:(?=\/))*(?<![ ])$/u;

export const MAX_SOURCE_BYTES = 1024 * 1024;
/** Files read at once: enough to hide the file system's latency, few enough to keep memory flat. */
const READ_CONCURRENCY = 32;
/**
 * A whole file's bytes. The callback `readFile` reads a small file in one chain of requests; the one of
 * `fs/promises` opens a file handle and stats and reads through it, two to four times the work per file
 * (10,000 sources).
 */
const readFile = promisify(readFileWithCallback);
/** One decoder for every file: it keeps no state between whole (non-streaming) decodes. */
const UTF8 = new TextDecoder('utf-8', { fatal: true });
export const SOURCE_EXTENSIONS = ['.md', '.txt'] as const;
const REQUIRED_FIELDS = ['id', 'title', 'outlet', 'published', 'language'] as const;
const KNOWN_FIELDS = new Set<string>([...REQUIRED_FIELDS, 'url', 'syndicated_by', 'author']);
const ID_PATTERN = /^[a-z0-9][a-z0-9-]{0,79}$/;
const LANGUAGE_PATTERN = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})?$/;
/**
 * How far past today (UTC) a publication date may be: the furthest time zone, UTC+14, is less than a day
 * ahead, so an article dated "today" where it was published is never refused.
 */
export const MAX_PUBLISHED_AHEAD_MS = 24 * 60 * 60 * 1000;
/** Characters that would end an address early where it is shown (`<…>`, `[…](<…>)`) or hide what it says. */
const ADDRESS_BREAKERS = /[\s<>\p{C}]/u;

/** A problem with one source file; the message is one line that names the file. */
export class SourceError extends Error {
  constructor(
    readonly file: string,
    readonly problem: string,
  ) {
    super(`${file}: ${problem}`);
    this.name = 'SourceError';
  }
}

export interface RawSource {
  meta: SourceMeta;
  body: string;
  /** Path as given to the reader (relative to the repository root when read from disk). */
  file: string;
  /** Line number of the body's first line in the file. */
  bodyLine: number;
  sha256: string;
}

/**
 * True when `url` is an absolute `http://` or `https://` address with a host and nothing that could break
 * out of the `<…>` it is shown in (spaces, `<`, `>`, control or invisible formatting characters).
 */
export function isHttpAddress(url: string): boolean {
  if (!/^https?:\/\//i.test(url) || ADDRESS_BREAKERS.test(url)) return false;
  try {
    const parsed = new URL(url);
    return (parsed.protocol === 'http:' || parsed.protocol === 'https:') && parsed.hostname !== '';
  } catch {
    return false;
  }
}

/**
 * Front matter with each plain value that holds ": " quoted, as people write titles ("US border: 'That's not
 * our job'") and strict YAML would refuse them; a "#" comment after the value stays a comment.
 */
function quoteColons(yamlText: string): string {
  return yamlText
    .split('\n')
    .map((line) => {
      const m = /^([A-Za-z_][\w-]*\s*:\s+)(.*?)(\s+#.*)?(\r?)$/.exec(line);
      const value = m?.[2] ?? '';
      if (!m || !value.includes(': ') || /^["'[{|>&*!]/.test(value)) return line;
      return `${m[1]}${JSON.stringify(value)}${m[3] ?? ''}${m[4] ?? ''}`;
    })
    .join('\n');
}

/**
 * The front matter's fields, read as YAML (quoted values, colons in titles, comments), each a single value
 * on its own: no lists, maps, aliases or tags. One-line errors name the field.
 */
function frontMatterFields(file: string, yamlText: string): Map<string, string> {
  const simple = simpleFrontMatter(yamlText);
  if (simple !== null) return simple;
  // Every field is a "key: value" line of its own; say which line is not, as plainly as YAML cannot.
  for (const [i, line] of yamlText.split(/\r?\n/).entries()) {
    if (line.trim() === '' || /^\s/.test(line) || line.startsWith('#')) continue;
    if (!/^[A-Za-z_][\w-]*\s*:(\s|$)/.test(line))
      throw new SourceError(file, `front matter line ${i + 2} is not "key: value": ${JSON.stringify(line)}`);
  }
  const doc = parseDocument(quoteColons(yamlText), {
    uniqueKeys: false,
    prettyErrors: false,
    version: '1.2',
  });
  const error = doc.errors[0];
  if (error) {
    const line = error.linePos?.[0]?.line;
    throw new SourceError(
      file,
      `front matter is not valid YAML${line ? ` (line ${line + 1})` : ''}: ${error.message.split('\n')[0] ?? ''}`,
    );
  }
  const fields = new Map<string, string>();
  if (doc.contents === null) return fields;
  if (!isMap(doc.contents)) throw new SourceError(file, 'front matter must be "key: value" lines');
  for (const item of doc.contents.items) {
    const key = isScalar(item.key) ? String(item.key.value) : '';
    if (!KNOWN_FIELDS.has(key)) throw new SourceError(file, `unknown front matter field "${key}"`);
    if (fields.has(key)) throw new SourceError(file, `front matter field "${key}" appears twice`);
    const value = item.value;
    if (value !== null && (!isScalar(value) || isAlias(value) || value.tag !== undefined))
      throw new SourceError(file, `front matter field "${key}" must be a single value, not a list or a map`);
    fields.set(key, value === null || value.value === null ? '' : String(value.value).trim());
  }
  return fields;
}

/**
 * A "key: value" line whose value YAML reads as the text it is (see {@link simpleFrontMatter}); a key
 * followed only by spaces ("url: ") has no value, as YAML reads it.
 */
const SIMPLE_LINE = /^([a-z_]+):(?: +| (.+))?$/;
/**
 * A plain value YAML reads as written: it opens with a letter or digit and holds no character that could
 * start a comment, a quotation, a flow collection, an alias, a tag or a nested key, and nothing invisible.
 */
const SIMPLE_PLAIN = P1;
/** A double-quoted value with no escape, line break or invisible character: the text between the quotes. */
const SIMPLE_QUOTED = /^"([^"\\\p{C}\p{Zl}\p{Zp}\t]*)"$/u;
/** Plain values YAML's core schema reads as null, a boolean or a number (the others are text). */
const NOT_TEXT = /^(?:~|[Nn]ull|NULL|[Tt]rue|TRUE|[Ff]alse|FALSE)$|^[-+]?\.?[0-9]/;
const ISO_DAY_SHAPE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The fields of front matter written the simple way ("key: value" lines of known, distinct keys, each value
 * plain text or double-quoted without escapes), read without a YAML parser: exactly what
 * {@link frontMatterFields} reads from it through YAML, many times faster. `null` for anything else.
 */
function simpleFrontMatter(yamlText: string): Map<string, string> | null {
  if (yamlText === '' || yamlText.includes('\r')) return null;
  const fields = new Map<string, string>();
  for (const line of yamlText.split('\n')) {
    const m = SIMPLE_LINE.exec(line);
    const key = m?.[1];
    if (key === undefined || !KNOWN_FIELDS.has(key) || fields.has(key)) return null;
    const value = m?.[2];
    if (value === undefined) {
      fields.set(key, '');
      continue;
    }
    const quoted = SIMPLE_QUOTED.exec(value);
    if (quoted) {
      fields.set(key, (quoted[1] ?? '').trim());
      continue;
    }
    if (!SIMPLE_PLAIN.test(value) || (NOT_TEXT.test(value) && !ISO_DAY_SHAPE.test(value))) return null;
    fields.set(key, value);
  }
  return fields;
}

function looksBinary(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 8192);
  let control = 0;
  for (let i = 0; i < sample.length; i++) {
    const b = sample[i] ?? 0;
    if (b === 0) return true;
    if (b < 9 || (b > 13 && b < 32)) control++;
  }
  return sample.length > 0 && control / sample.length > 0.01;
}

/**
 * Parses one source file's bytes.
 * @param now the time a publication date may not be later than (by more than {@link MAX_PUBLISHED_AHEAD_MS}).
 * @throws {SourceError} naming the file and the first problem found.
 */
export function parseSource(bytes: Uint8Array, file: string, now: number = Date.now()): RawSource {
  if (bytes.byteLength > MAX_SOURCE_BYTES) {
    throw new SourceError(file, `file is ${bytes.byteLength} bytes; the limit is ${MAX_SOURCE_BYTES} (1 MB)`);
  }
  if (looksBinary(bytes)) throw new SourceError(file, 'not a text file (binary content)');
  let text: string;
  try {
    text = UTF8.decode(bytes);
  } catch {
    throw new SourceError(file, 'not valid UTF-8 text');
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  const fm = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(text);
  if (!fm) throw new SourceError(file, 'missing front matter (the file must start with a "---" block)');
  const fields = frontMatterFields(file, fm[1] ?? '');
  for (const key of REQUIRED_FIELDS) {
    if (!fields.get(key)) throw new SourceError(file, `front matter field "${key}" is missing or empty`);
  }
  const id = fields.get('id') ?? '';
  if (!ID_PATTERN.test(id)) {
    throw new SourceError(
      file,
      `front matter "id" must be lowercase letters, digits and dashes: ${JSON.stringify(id)}`,
    );
  }
  const published = fields.get('published') ?? '';
  if (!isIsoDay(published)) {
    throw new SourceError(
      file,
      `front matter "published" is not a valid YYYY-MM-DD date: ${JSON.stringify(published)}`,
    );
  }
  if (Date.parse(`${published}T00:00:00Z`) > now + MAX_PUBLISHED_AHEAD_MS) {
    throw new SourceError(
      file,
      `front matter "published" is in the future: ${JSON.stringify(published)} (today is ${new Date(now).toISOString().slice(0, 10)} UTC)`,
    );
  }
  const url = fields.get('url') || null;
  if (url !== null && ADDRESS_BREAKERS.test(url)) {
    throw new SourceError(
      file,
      `front matter "url" has a space, "<", ">" or an invisible character, which no address has: ${JSON.stringify(url)}`,
    );
  }
  if (url !== null && !isHttpAddress(url)) {
    throw new SourceError(file, `front matter "url" is not an http(s) address: ${JSON.stringify(url)}`);
  }
  const language = fields.get('language') ?? '';
  if (!LANGUAGE_PATTERN.test(language)) {
    throw new SourceError(
      file,
      `front matter "language" is not a language code: ${JSON.stringify(language)}`,
    );
  }
  const body = text.slice(fm[0].length);
  if (body.trim() === '') throw new SourceError(file, 'body is empty');
  return {
    meta: {
      id,
      title: fields.get('title') ?? '',
      outlet: fields.get('outlet') ?? '',
      published,
      url,
      language,
      syndicatedBy: fields.get('syndicated_by') || null,
      author: fields.get('author') || null,
    },
    body,
    file,
    bodyLine: fm[0].split('\n').length - (fm[0].endsWith('\n') ? 0 : 1),
    sha256: createHash('sha256').update(bytes).digest('hex'),
  };
}

/** Checks a set of parsed sources for clashes between them (duplicate ids). */
export function checkSourceSet(sources: readonly RawSource[]): void {
  const seen = new Map<string, string>();
  for (const s of sources) {
    const other = seen.get(s.meta.id);
    if (other !== undefined) throw new SourceError(s.file, `duplicate id "${s.meta.id}" (also in ${other})`);
    seen.set(s.meta.id, s.file);
  }
}

/**
 * Reads every `.md`/`.txt` file in `dir`, sorted by name so builds are deterministic (several at a time;
 * the problem reported is the first by file name).
 * @param root paths in the result are relative to this directory.
 */
export async function readSourceDir(dir: string, root: string = process.cwd()): Promise<RawSource[]> {
  const names = (await readdir(dir))
    .filter((n) => SOURCE_EXTENSIONS.some((ext) => n.endsWith(ext)) && !n.startsWith('.'))
    .sort();
  const sources: RawSource[] = new Array<RawSource>(names.length);
  const failures: unknown[] = new Array<unknown>(names.length);
  let next = 0;
  const worker = async () => {
    while (next < names.length) {
      const i = next++;
      const path = join(dir, names[i] ?? '');
      try {
        sources[i] = parseSource(await readFile(path), relative(root, path) || basename(path));
      } catch (error) {
        failures[i] = error ?? new Error(`${path}: unreadable`);
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(READ_CONCURRENCY, names.length) }, worker));
  const failure = failures.find((f) => f !== undefined);
  if (failure !== undefined) throw failure;
  checkSourceSet(sources);
  return sources;
}

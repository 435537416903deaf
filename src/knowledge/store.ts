/**
 * Writing and loading the knowledge file. Writes are atomic (temp file + rename) so a failed build never
 * leaves a broken file; loading validates every field a reader relies on.
 */
import { createHash, randomBytes } from 'node:crypto';
import { open, readdir, readFile, rename, rm, writeFile, type FileHandle } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { KB_SCHEMA_VERSION, type KnowledgeBase } from './schema.ts';
import { knowledgeChunks, knowledgeVersion, VERSION_CHARS, versionOf } from './serialize.ts';

export { serializeKnowledge } from './serialize.ts';

/** Bytes gathered before each write when streaming the file. */
const WRITE_BATCH_CHARS = 1 << 20;
/** Bytes of the batch {@link writeUnversionedKnowledgeFile} encodes pieces of the file into. */
const WRITE_BATCH_BYTES = 1 << 22;
/** Most bytes one UTF-16 code unit takes in UTF-8 (a pair of surrogates, two units, takes four). */
const MAX_UTF8_BYTES_PER_UNIT = 3;

function tempPathFor(path: string): string {
  return join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Removes the temp files that writes to `path` left when their process was killed mid-write: those named
 * after a process that is no longer running. A write in progress elsewhere keeps its file.
 */
async function removeStaleTempFiles(path: string): Promise<void> {
  const prefix = `.${basename(path)}.`;
  const names = await readdir(dirname(path)).catch(() => [] as string[]);
  const stale = names.filter((n) => {
    const m = /^(\d+)\.[0-9a-f]{8}\.tmp$/.exec(n.startsWith(prefix) ? n.slice(prefix.length) : '');
    return m !== null && Number(m[1]) !== process.pid && !isRunning(Number(m[1]));
  });
  await Promise.all(stale.map((n) => rm(join(dirname(path), n), { force: true })));
}

/**
 * Streams `kb` to `path` through a temp file in the same directory and a rename, never holding the whole
 * file as one string.
 */
export async function writeKnowledgeFile(path: string, kb: KnowledgeBase): Promise<void> {
  await removeStaleTempFiles(path);
  const temp = tempPathFor(path);
  try {
    const file = await open(temp, 'w');
    try {
      let pending = '';
      for (const chunk of knowledgeChunks(kb)) {
        pending += chunk;
        if (pending.length >= WRITE_BATCH_CHARS) {
          await file.write(pending, null, 'utf8');
          pending = '';
        }
      }
      await file.write(pending, null, 'utf8');
      await file.sync();
    } finally {
      await file.close();
    }
    await rename(temp, path);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
}

/**
 * {@link writeKnowledgeFile} for knowledge built without its version ({@link buildUnversionedKnowledge}):
 * the content is serialised once, both hashed and written, and `kb.version` is set from the hash. The
 * version's place at the head of the file is left free and filled last (a version always has
 * {@link VERSION_CHARS} characters), so the file has exactly the bytes {@link writeKnowledgeFile} writes.
 */
export async function writeUnversionedKnowledgeFile(path: string, kb: KnowledgeBase): Promise<void> {
  if (kb.version !== '')
    throw new Error('writeUnversionedKnowledgeFile: the knowledge already has a version');
  await removeStaleTempFiles(path);
  const temp = tempPathFor(path);
  try {
    const file = await open(temp, 'w');
    try {
      const hash = createHash('sha256');
      const chunks = knowledgeChunks(kb);
      const unversionedHead = chunks.next().value ?? '';
      hash.update(unversionedHead);
      const headBytes = Buffer.byteLength(unversionedHead) + VERSION_CHARS;
      let position = headBytes;
      const emit = async (bytes: Buffer) => {
        hash.update(bytes);
        position += await writeBytesAt(file, bytes, position);
      };
      // Each piece is encoded once, straight into a batch of bytes that are hashed and written. Pieces are
      // not joined into one string first: that string would be copied flat before it was encoded, a second
      // copy of the whole file, each megabyte in the large-object space.
      const batch = Buffer.allocUnsafe(WRITE_BATCH_BYTES);
      let used = 0;
      for (const chunk of chunks) {
        if (used + chunk.length * MAX_UTF8_BYTES_PER_UNIT > batch.length) {
          await emit(batch.subarray(0, used));
          used = 0;
          if (chunk.length * MAX_UTF8_BYTES_PER_UNIT > batch.length) {
            await emit(Buffer.from(chunk, 'utf8'));
            continue;
          }
        }
        used += batch.write(chunk, used, 'utf8');
      }
      await emit(batch.subarray(0, used));
      kb.version = versionOf(hash);
      const head = knowledgeChunks(kb).next().value ?? '';
      if (Buffer.byteLength(head) !== headBytes)
        throw new Error('writeUnversionedKnowledgeFile: the head of the file changed length');
      await writeAt(file, head, 0);
      await file.sync();
    } finally {
      await file.close();
    }
    await rename(temp, path);
  } catch (error) {
    kb.version = '';
    await rm(temp, { force: true });
    throw error;
  }
}

/** Writes all of `text` at byte `position`; returns its length in bytes. */
async function writeAt(file: FileHandle, text: string, position: number): Promise<number> {
  return writeBytesAt(file, Buffer.from(text, 'utf8'), position);
}

/** Writes all of `bytes` at byte `position`; returns their length. */
async function writeBytesAt(file: FileHandle, bytes: Buffer, position: number): Promise<number> {
  for (let done = 0; done < bytes.length;) {
    const { bytesWritten } = await file.write(bytes, done, bytes.length - done, position + done);
    done += bytesWritten;
  }
  return bytes.length;
}

/** Writes bytes from {@link serializeKnowledge} to `path` the same way, when the caller already has them. */
export async function writeKnowledgeBytes(path: string, bytes: string): Promise<void> {
  await removeStaleTempFiles(path);
  const temp = tempPathFor(path);
  try {
    await writeFile(temp, bytes, 'utf8');
    await rename(temp, path);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
}

/** A knowledge file that does not have the shape the engine needs. */
export class KnowledgeFileError extends Error {
  constructor(message: string) {
    super(`knowledge file: ${message}`);
    this.name = 'KnowledgeFileError';
  }
}

/** A field check: `null` when the value is fine, else what is wrong with it (the caller adds the path). */
type Check = (value: unknown) => string | null;

const str: Check = (v) => (typeof v === 'string' ? null : 'must be a string');
const nullableStr: Check = (v) => (v === null || typeof v === 'string' ? null : 'must be a string or null');
/** A string or null, and absent in a file written before the field existed (read as null). */
const optionalNullableStr: Check = (v) => nullableStr(v);
const num: Check = (v) => (typeof v === 'number' && Number.isFinite(v) ? null : 'must be a number');
const nullableNum: Check = (v) => (v === null ? null : num(v));
const bool: Check = (v) => (typeof v === 'boolean' ? null : 'must be true or false');
const strList: Check = (v) => {
  if (!Array.isArray(v)) return 'must be a list';
  for (let i = 0; i < v.length; i++) if (typeof v[i] !== 'string') return `[${i}] must be a string`;
  return null;
};
const oneOf =
  (...values: string[]): Check =>
  (v) =>
    typeof v === 'string' && values.includes(v) ? null : `must be one of ${values.join(', ')}`;

function list(
  kb: Record<string, unknown>,
  key: string,
  fields: Record<string, Check>,
): Array<Record<string, unknown>> {
  const value = kb[key];
  if (!Array.isArray(value)) throw new KnowledgeFileError(`"${key}" must be a list`);
  // Names and checks in two lists read by index: a pair destructured per field of each record made an
  // iterator and an array each time, the bulk of the validation's garbage on a large build.
  const names = Object.keys(fields);
  const checks = Object.values(fields);
  for (let i = 0; i < value.length; i++) {
    const item: unknown = value[i];
    if (typeof item !== 'object' || item === null)
      throw new KnowledgeFileError(`${key}[${i}] must be an object`);
    const record = item as Record<string, unknown>;
    for (let f = 0; f < names.length; f++) {
      const field = names[f] as string;
      const check = checks[f] as Check;
      const v = record[field];
      if (v === undefined && !(field in record)) {
        // A field added since the file was written: it reads as not given.
        if (check === optionalNullableStr) continue;
        throw new KnowledgeFileError(`${key}[${i}].${field} is missing`);
      }
      const problem = check(v);
      if (problem !== null) {
        const separator = problem.startsWith('[') ? '' : ' ';
        throw new KnowledgeFileError(`${key}[${i}].${field}${separator}${problem}`);
      }
    }
  }
  return value as Array<Record<string, unknown>>;
}

/**
 * Checks that `data` is a knowledge base this version of the engine can read. `verifyVersion: false` skips
 * re-hashing the content, for knowledge whose version was computed from this very object a moment ago.
 * @throws {KnowledgeFileError} naming the field and the problem.
 */
export function validateKnowledge(data: unknown, options: { verifyVersion?: boolean } = {}): KnowledgeBase {
  if (typeof data !== 'object' || data === null) throw new KnowledgeFileError('top level must be an object');
  const kb = data as Record<string, unknown>;
  if (kb['schemaVersion'] !== KB_SCHEMA_VERSION) {
    throw new KnowledgeFileError(
      `schemaVersion is ${JSON.stringify(kb['schemaVersion'])}; this engine reads ${KB_SCHEMA_VERSION} (run npm run kb:build)`,
    );
  }
  if (str(kb['version']) !== null) throw new KnowledgeFileError('version must be a string');
  const sources = list(kb, 'sources', {
    id: str,
    title: str,
    outlet: str,
    published: str,
    url: nullableStr,
    language: str,
    syndicatedBy: nullableStr,
    author: optionalNullableStr,
    file: str,
    sha256: str,
  });
  if (sources.length === 0) throw new KnowledgeFileError('"sources" is empty');
  const sentences = list(kb, 'sentences', {
    id: str,
    sourceId: str,
    paragraph: num,
    position: num,
    kind: oneOf('headline', 'report', 'social', 'caption', 'related'),
    socialPostId: nullableStr,
    text: str,
    lemmas: strList,
  });
  list(kb, 'socialPosts', {
    id: str,
    sourceId: str,
    author: str,
    handle: str,
    posted: nullableStr,
    sentenceIds: strList,
  });
  const quotes = list(kb, 'quotes', {
    id: str,
    sourceId: str,
    speakerId: nullableStr,
    speakerName: str,
    cue: nullableStr,
    text: str,
    kind: oneOf('full', 'fragment'),
    sentenceIds: strList,
    parentId: nullableStr,
    social: bool,
    lemmas: strList,
  });
  list(kb, 'entities', {
    id: str,
    name: str,
    type: oneOf('person', 'organisation', 'group', 'place'),
    aliases: strList,
    sentenceIds: strList,
    quoteIds: strList,
  });
  list(kb, 'numbers', {
    id: str,
    sourceId: str,
    sentenceId: str,
    text: str,
    value: num,
    high: nullableNum,
    counts: str,
    countsLemma: str,
  });
  list(kb, 'dates', {
    id: str,
    sourceId: str,
    sentenceId: str,
    text: str,
    date: str,
    end: nullableStr,
    precision: oneOf('day', 'week', 'month', 'year'),
    time: optionalNullableStr,
  });
  list(kb, 'timeline', { id: str, date: str, sourceId: str, sentenceId: str });

  const sourceIds = new Set(sources.map((s) => s['id']));
  const sentenceIds = new Set(sentences.map((s) => s['id']));
  sentences.forEach((s, i) => {
    if (!sourceIds.has(s['sourceId']))
      throw new KnowledgeFileError(`sentences[${i}].sourceId names no source: ${String(s['sourceId'])}`);
  });
  quotes.forEach((q, i) => {
    for (const id of q['sentenceIds'] as string[]) {
      if (!sentenceIds.has(id))
        throw new KnowledgeFileError(`quotes[${i}].sentenceIds names no sentence: ${id}`);
    }
  });
  for (const key of ['numbers', 'dates', 'timeline'] as const) {
    (kb[key] as Array<Record<string, unknown>>).forEach((f, i) => {
      if (!sentenceIds.has(f['sentenceId']))
        throw new KnowledgeFileError(`${key}[${i}].sentenceId names no sentence: ${String(f['sentenceId'])}`);
    });
  }
  const typed = data as KnowledgeBase;
  if (options.verifyVersion === false) return typed;
  const expected = knowledgeVersion(typed);
  if (typed.version !== expected) {
    throw new KnowledgeFileError(
      `version ${typed.version} does not match its content (${expected}); the file was edited or truncated`,
    );
  }
  return typed;
}

/** Reads and validates a knowledge file. */
export async function loadKnowledgeFile(path: string): Promise<KnowledgeBase> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    throw new KnowledgeFileError(
      `cannot read ${path}: ${(error as NodeJS.ErrnoException).code ?? String(error)} (run npm run kb:build)`,
    );
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new KnowledgeFileError(
      `${path} is not valid JSON: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  return validateKnowledge(data);
}

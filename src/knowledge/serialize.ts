/**
 * The knowledge file's bytes: JSON with one record per line, so a diff shows which sentence or quote
 * changed, and so the file can be written and hashed in pieces without ever holding it as one string.
 */
import { createHash, type Hash } from 'node:crypto';
import type { KnowledgeBase } from './schema.ts';

/** The file as a sequence of pieces, in order; joining them gives the exact bytes. */
export function* knowledgeChunks(kb: KnowledgeBase): Generator<string> {
  const entries = Object.entries(kb);
  const scalars = entries.filter(([, v]) => !Array.isArray(v));
  const lists = entries.filter(([, v]) => Array.isArray(v)) as Array<[string, unknown[]]>;
  yield `{${scalars.map(([k, v]) => `${JSON.stringify(k)}:${JSON.stringify(v)}`).join(',')}`;
  for (const [key, items] of lists) {
    yield `,\n${JSON.stringify(key)}:[`;
    // The separator and the record are two pieces, not one joined string: a joined string is a pair of pointers
    // that encoding copies flat first, a second copy of each record (of the whole file) for the collector.
    for (let i = 0; i < items.length; i++) {
      yield i === 0 ? '\n' : ',\n';
      yield JSON.stringify(items[i]);
    }
    yield items.length > 0 ? '\n]' : ']';
  }
  yield '}\n';
}

/** The whole file as one string; fine for the shipped knowledge, use the chunks for large ones. */
export function serializeKnowledge(kb: KnowledgeBase): string {
  let out = '';
  for (const chunk of knowledgeChunks(kb)) out += chunk;
  return out;
}

/** SHA-256 of the file's content with an empty version field: equal knowledge, equal version. */
export function knowledgeVersion(kb: KnowledgeBase): string {
  const hash = createHash('sha256');
  hashChunks(hash, knowledgeChunks({ ...kb, version: '' }));
  return versionOf(hash);
}

/**
 * Sets the version of knowledge built without one (`kb.version` empty) and returns the file's bytes, as
 * {@link serializeKnowledge} of the versioned knowledge gives them: the content is serialised once, both
 * hashed and kept, where hashing ({@link knowledgeVersion}) and then serialising would do it twice. Only the
 * head, which holds the version, is made again.
 */
export function versionedBytes(kb: KnowledgeBase): string {
  if (kb.version !== '') throw new Error('versionedBytes: the knowledge already has a version');
  const hash = createHash('sha256');
  let head = true;
  let rest = '';
  hashChunks(hash, knowledgeChunks(kb), (chunk) => {
    if (head) head = false;
    else rest += chunk;
  });
  kb.version = versionOf(hash);
  return (knowledgeChunks(kb).next().value ?? '') + rest;
}

/** Feeds the pieces to the hash, each also to `each` when given. */
function hashChunks(hash: Hash, chunks: Iterable<string>, each?: (chunk: string) => void): void {
  // Each piece is encoded once, straight into a batch of bytes that is hashed when full. Pieces joined into a
  // string first would be copied flat, then encoded: two copies of the file where this makes one.
  const batch = Buffer.allocUnsafe(HASH_BATCH_BYTES);
  let used = 0;
  for (const chunk of chunks) {
    each?.(chunk);
    if (used + chunk.length * MAX_UTF8_BYTES_PER_UNIT > batch.length) {
      hash.update(batch.subarray(0, used));
      used = 0;
      if (chunk.length * MAX_UTF8_BYTES_PER_UNIT > batch.length) {
        hash.update(chunk, 'utf8');
        continue;
      }
    }
    used += batch.write(chunk, used, 'utf8');
  }
  hash.update(batch.subarray(0, used));
}

/** Characters of a knowledge version: the start of the content's SHA-256 in hexadecimal. */
export const VERSION_CHARS = 16;

/** The version a hash fed the file's content with an empty version field gives. */
export function versionOf(hash: Hash): string {
  return hash.digest('hex').slice(0, VERSION_CHARS);
}

/** Bytes collected before they are fed to the hash: one call per record would dominate the cost. */
const HASH_BATCH_BYTES = 1 << 20;
/** The most bytes UTF-8 takes for one UTF-16 unit. */
const MAX_UTF8_BYTES_PER_UNIT = 3;

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
    for (let i = 0; i < items.length; i++) yield `${i === 0 ? '\n' : ',\n'}${JSON.stringify(items[i])}`;
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
  let pending = '';
  for (const chunk of knowledgeChunks({ ...kb, version: '' })) {
    pending += chunk;
    if (pending.length >= HASH_BATCH_CHARS) {
      hash.update(pending);
      pending = '';
    }
  }
  hash.update(pending);
  return versionOf(hash);
}

/** Characters of a knowledge version: the start of the content's SHA-256 in hexadecimal. */
export const VERSION_CHARS = 16;

/** The version a hash fed the file's content with an empty version field gives. */
export function versionOf(hash: Hash): string {
  return hash.digest('hex').slice(0, VERSION_CHARS);
}

/** Characters collected before they are fed to the hash: one call per record would dominate the cost. */
const HASH_BATCH_CHARS = 1 << 20;

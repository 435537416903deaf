/**
 * The fixture folders are written by hand (docs/writing-test-material.md): a slip in one — a quotation not copied
 * exactly, an expected string no article holds, a follow-up without its conversation — would make the evaluation
 * measure the slip instead of the engine. This checks every folder's files against its articles.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { EvalItem } from '../../src/eval/evaluate.ts';
import { FIXTURES_DIR } from '../../src/eval/sets.ts';

const KINDS = new Set([
  'plain',
  'followup',
  'paraphrase',
  'casual',
  'misspelt',
  'short',
  'long',
  'yesno',
  'why-how',
  'two-part',
  'comparison',
  'spanish',
  'decline',
]);
const INTENTS = new Set([
  'who',
  'what',
  'when',
  'date',
  'where',
  'count',
  'why',
  'how',
  'yesno',
  'quote',
  'compare',
  'followup',
  'decline',
]);

/** Text compared as a reader would: case-blind, curly quotes and dashes as plain ones, spaces collapsed. */
const plain = (s: string): string =>
  s.toLowerCase().replace(/[‘’]/g, "'").replace(/[“”]/g, '"').replace(/\s+/g, ' ');

function articles(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.md'))) {
    const text = readFileSync(join(dir, file), 'utf8');
    const id = /^id:\s*(\S+)/m.exec(text)?.[1];
    if (id) out.set(id, plain(text));
  }
  return out;
}

const folders = readdirSync(FIXTURES_DIR).filter((f) => {
  const files = readdirSync(join(FIXTURES_DIR, f));
  return files.includes('quotes.json') && files.some((x) => x.endsWith('.md'));
});

/** Folders written before this check, whose slips the evaluation has long measured as they are. */
const WRITTEN_BEFORE = (folder: string): boolean => {
  const n = Number(/-(\d+)$/.exec(folder)?.[1] ?? 0);
  return folder.startsWith('articles') ? n <= 60 : n <= 57;
};

describe.each(folders.filter((f) => !WRITTEN_BEFORE(f)))('the fixture folder %s', (folder) => {
  const dir = join(FIXTURES_DIR, folder);
  const texts = articles(dir);
  const quotes = (
    JSON.parse(readFileSync(join(dir, 'quotes.json'), 'utf8')) as {
      quotes: { source: string; speaker: string; text: string }[];
    }
  ).quotes;
  const files = readdirSync(dir).filter((f) => /^questions.*\.json$/.test(f));
  const items = files.flatMap(
    (f) => (JSON.parse(readFileSync(join(dir, f), 'utf8')) as { version: number; items: EvalItem[] }).items,
  );

  it('quotes only words its articles hold, each with a speaker', () => {
    const missing = quotes.filter(
      (q) => !texts.get(q.source)?.includes(plain(q.text)) || q.speaker.trim() === '',
    );
    expect(missing.map((q) => `${q.source}: ${q.text}`)).toEqual([]);
  });

  it('expects only strings its cited articles hold, from articles it has', () => {
    const slips: string[] = [];
    for (const item of items) {
      const sources = item.expect.sources ?? [];
      for (const s of sources) if (!texts.has(s)) slips.push(`${item.id}: no article ${s}`);
      const cited = sources.map((s) => texts.get(s) ?? '').join('\n');
      const strings = [...(item.expect.all ?? []).flat(), ...(item.expect.direct ?? [])];
      for (const s of strings)
        if (!cited.includes(plain(s))) slips.push(`${item.id}: "${s}" in none of its sources`);
      if (!item.expect.decline && sources.length === 0) slips.push(`${item.id}: no sources`);
    }
    expect(slips).toEqual([]);
  });

  it('gives every question a unique id, a known kind and intent, a split and a conversation', () => {
    const ids = items.map((i) => i.id);
    expect(new Set(ids).size).toBe(ids.length);
    const slips = items.filter(
      (i) =>
        !KINDS.has(i.kind ?? '') ||
        !INTENTS.has(i.intent) ||
        (i.split !== 'dev' && i.split !== 'test') ||
        !i.conversation ||
        (i.expect.decline === true) !== (i.kind === 'decline'),
    );
    expect(slips.map((i) => i.id)).toEqual([]);
  });

  it('asks each follow-up after another question of its conversation', () => {
    const seen = new Set<string>();
    const orphans: string[] = [];
    for (const i of items) {
      if (i.kind === 'followup' && i.intent === 'followup' && !seen.has(i.conversation!)) orphans.push(i.id);
      seen.add(i.conversation!);
    }
    expect(orphans).toEqual([]);
  });
});

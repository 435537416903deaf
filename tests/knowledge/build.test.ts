import { createHash } from 'node:crypto';
import { appendFile, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  buildKnowledge,
  buildUnversionedKnowledge,
  knowledgeVersion,
  type PipelineTools,
} from '../../src/knowledge/build.ts';
import { versionedBytes } from '../../src/knowledge/serialize.ts';
import { rebuildFromDir } from '../../src/knowledge/rebuild.ts';
import { KB_SCHEMA_VERSION, type KnowledgeBase } from '../../src/knowledge/schema.ts';
import { readSourceDir, type RawSource } from '../../src/knowledge/sources.ts';
import {
  KnowledgeFileError,
  loadKnowledgeFile,
  serializeKnowledge,
  validateKnowledge,
  writeKnowledgeFile,
  writeUnversionedKnowledgeFile,
} from '../../src/knowledge/store.ts';
import { KB_PATH, REPO_ROOT } from '../../src/paths.ts';
import { realSources, realTools, removeDir, tempCorpus, tempDir } from './fixtures.ts';

let tools: PipelineTools;
let sources: RawSource[];
let bytes: string;
const dirs: string[] = [];

beforeAll(async () => {
  tools = await realTools();
  sources = await realSources();
  bytes = serializeKnowledge(buildKnowledge(sources, tools));
});

afterEach(async () => {
  await Promise.all(dirs.splice(0).map(removeDir));
});

async function scratch(): Promise<string> {
  const dir = await tempDir();
  dirs.push(dir);
  return dir;
}

/** A deep copy of the built knowledge, to break. */
function copy(): KnowledgeBase {
  return JSON.parse(bytes) as KnowledgeBase;
}

function validationError(kb: unknown): string {
  try {
    validateKnowledge(kb);
  } catch (error) {
    expect(error).toBeInstanceOf(KnowledgeFileError);
    return (error as Error).message;
  }
  throw new Error('validateKnowledge accepted a broken knowledge file');
}

describe('buildKnowledge', () => {
  it('gives the same bytes on every build from the same sources', async () => {
    const again = serializeKnowledge(buildKnowledge(await realSources(), tools));
    expect(again).toBe(bytes);
  });

  it('gives the same bytes whatever order the sources are read in', () => {
    expect(serializeKnowledge(buildKnowledge([...sources].reverse(), tools))).toBe(bytes);
  });

  it('gives the same bytes with a second set of tools built from the same data', async () => {
    expect(serializeKnowledge(buildKnowledge(sources, await realTools()))).toBe(bytes);
  });

  it('stamps the schema version and a content version that matches the content', () => {
    const kb = copy();
    expect(kb.schemaVersion).toBe(KB_SCHEMA_VERSION);
    expect(kb.version).toMatch(/^[0-9a-f]{16}$/);
    expect(knowledgeVersion(kb)).toBe(kb.version);
  });

  it('hashes exactly the file bytes of the knowledge without its version', () => {
    const kb = copy();
    const expected = createHash('sha256')
      .update(serializeKnowledge({ ...kb, version: '' }))
      .digest('hex')
      .slice(0, 16);
    expect(knowledgeVersion(kb)).toBe(expected);
    expect(JSON.parse(serializeKnowledge(kb))).toEqual(kb);
  });

  it('counts what it lists', () => {
    const kb = copy();
    expect(kb.counts).toEqual({
      sources: kb.sources.length,
      sentences: kb.sentences.length,
      quotes: kb.quotes.length,
      entities: kb.entities.length,
      numbers: kb.numbers.length,
      dates: kb.dates.length,
      events: kb.timeline.length,
    });
  });

  it('names the article whose annotation failed, so a moderator knows which source to look at', () => {
    const failing: PipelineTools = {
      ...tools,
      annotator: {
        annotate: () => {
          throw new Error('Annotator: token -1 out of range');
        },
      } as unknown as PipelineTools['annotator'],
    };
    const first = sources[0];
    if (!first) throw new Error('no shipped source');
    expect(() => buildKnowledge([first], failing)).toThrow(`${first.file}: Annotator: token -1 out of range`);
  });

  it('gives sentence ids of the form <source>#<paragraph>.<position>', () => {
    for (const s of copy().sentences) expect(s.id).toBe(`${s.sourceId}#${s.paragraph}.${s.position}`);
  });
});

describe('knowledge/kb.json', () => {
  it('is what the sources build today (run npm run kb:build when this fails)', async () => {
    const fresh = serializeKnowledge(
      (await rebuildFromDir(join(REPO_ROOT, 'knowledge', 'sources'), tools, null, REPO_ROOT)).kb,
    );
    expect(
      fresh === (await readFile(KB_PATH, 'utf8')),
      'knowledge/kb.json is stale: run npm run kb:build',
    ).toBe(true);
  });

  it('would be stale after a source is edited without a rebuild', async () => {
    const corpus = await tempCorpus();
    dirs.push(corpus.dir);
    await appendFile(join(corpus.sources, 'dw-2018-us-troops-to-border.md'), '\nA sentence added later.\n');
    const edited = await rebuildFromDir(corpus.sources, tools, null, REPO_ROOT);
    expect(serializeKnowledge(edited.kb)).not.toBe(bytes);
    expect(edited.kb.version).not.toBe(copy().version);
  });

  it('loads and validates', async () => {
    const kb = await loadKnowledgeFile(KB_PATH);
    expect(kb.counts.sources).toBe(3);
  });
});

describe('validateKnowledge', () => {
  it('names the field at fault', () => {
    const kb = copy() as unknown as { sentences: Array<Record<string, unknown>> };
    (kb.sentences[3] as Record<string, unknown>)['text'] = 5;
    expect(validationError(kb)).toMatch(/sentences\[3\]\.text must be a string/);
  });

  it.each<[string, (kb: Record<string, any>) => void, RegExp]>([
    ['a missing field', (kb) => delete kb['sources'][0].sha256, /sources\[0\]\.sha256 is missing/],
    [
      'a kind out of the list',
      (kb) => (kb['quotes'][2].kind = 'partial'),
      /quotes\[2\]\.kind must be one of full, fragment/,
    ],
    [
      'a number that is not one',
      (kb) => (kb['numbers'][0].value = 'many'),
      /numbers\[0\]\.value must be a number/,
    ],
    ['a list that is not one', (kb) => (kb['timeline'] = {}), /"timeline" must be a list/],
    [
      'a dangling sentence id',
      (kb) => (kb['dates'][1].sentenceId = 'nowhere#1.1'),
      /dates\[1\]\.sentenceId names no sentence: nowhere#1\.1/,
    ],
    [
      'an unknown source',
      (kb) => (kb['sentences'][0].sourceId = 'nope'),
      /sentences\[0\]\.sourceId names no source: nope/,
    ],
    ['another schema version', (kb) => (kb['schemaVersion'] = 1), /schemaVersion is 1; this engine reads 2/],
    ['no sources', (kb) => (kb['sources'] = []), /"sources" is empty/],
    [
      'a clock time that is no string',
      (kb) => (kb['dates'][0].time = 1130),
      /dates\[0\]\.time must be a string/,
    ],
  ])('rejects %s', (_, breakIt, message) => {
    const kb = copy() as unknown as Record<string, any>;
    breakIt(kb);
    expect(validationError(kb)).toMatch(message);
  });

  it('loads a file built before sources had an author field', () => {
    const kb = copy() as unknown as Record<string, any>;
    for (const source of kb['sources']) delete source.author;
    kb['version'] = knowledgeVersion(kb as unknown as KnowledgeBase);
    expect(() => validateKnowledge(kb)).not.toThrow();
  });

  it('loads a file whose dates carry a clock time, and one written before dates had one', () => {
    const kb = copy() as unknown as Record<string, any>;
    kb['dates'][0].time = '11:30';
    kb['version'] = knowledgeVersion(kb as unknown as KnowledgeBase);
    expect(() => validateKnowledge(kb)).not.toThrow();
    for (const d of kb['dates']) delete d.time;
    kb['version'] = knowledgeVersion(kb as unknown as KnowledgeBase);
    expect(() => validateKnowledge(kb)).not.toThrow();
  });

  it('rejects content edited after the build with a version mismatch', () => {
    const kb = copy();
    (kb.sentences[0] as { text: string }).text = 'Edited by hand.';
    expect(validationError(kb)).toMatch(
      /version [0-9a-f]{16} does not match its content .*edited or truncated/,
    );
  });

  it('rejects a file whose lists were cut short with a version mismatch', () => {
    const kb = copy();
    kb.timeline.pop();
    kb.numbers.pop();
    expect(validationError(kb)).toMatch(/does not match its content/);
  });

  it('rejects a truncated file as not JSON, naming the file', async () => {
    const path = join(await scratch(), 'kb.json');
    await writeFile(path, bytes.slice(0, bytes.length / 2));
    await expect(loadKnowledgeFile(path)).rejects.toThrow(/knowledge file: .*kb\.json is not valid JSON/);
  });

  it('rejects a missing file with the command that builds it', async () => {
    await expect(loadKnowledgeFile(join(await scratch(), 'kb.json'))).rejects.toThrow(
      /cannot read .*kb\.json: ENOENT \(run npm run kb:build\)/,
    );
  });
});

describe('writeKnowledgeFile', () => {
  it('writes the serialized bytes and leaves no temp file behind', async () => {
    const dir = await scratch();
    await writeKnowledgeFile(join(dir, 'kb.json'), copy());
    expect(await readFile(join(dir, 'kb.json'), 'utf8')).toBe(bytes);
    expect(await readdir(dir)).toEqual(['kb.json']);
  });

  it('leaves nothing behind when the directory does not exist', async () => {
    const dir = await scratch();
    await expect(writeKnowledgeFile(join(dir, 'missing', 'kb.json'), copy())).rejects.toThrow(/ENOENT/);
    expect(await readdir(dir)).toEqual([]);
  });
});

describe('writeUnversionedKnowledgeFile', () => {
  it('writes a file of many batches, and a record larger than a batch, byte for byte with its version', async () => {
    const dir = await scratch();
    const kb = copy();
    // Several megabytes of sentences (many write batches), then one sentence of 2 million characters, more
    // than a batch holds, between them.
    const sentence = kb.sentences[0] as KnowledgeBase['sentences'][number];
    kb.sentences = Array.from({ length: 30_000 }, (_, i) => ({ ...sentence, id: `${sentence.id}-${i}` }));
    kb.sentences.splice(20_000, 0, { ...sentence, id: 'long', text: 'é'.repeat(2_000_000) });
    kb.version = '';
    const expected = serializeKnowledge({ ...kb, version: knowledgeVersion(kb) });
    expect(expected.length).toBeGreaterThan(3 * (1 << 22));
    await writeUnversionedKnowledgeFile(join(dir, 'kb.json'), kb);
    expect(await readFile(join(dir, 'kb.json'), 'utf8')).toBe(expected);
    expect(kb.version).toBe(knowledgeVersion(kb));
    expect(await readdir(dir)).toEqual(['kb.json']);
  });
});

describe('versionedBytes', () => {
  it('gives the versioned file as serialising the knowledge hashed first does, a record larger than a batch too', () => {
    const kb = copy();
    const sentence = kb.sentences[0] as KnowledgeBase['sentences'][number];
    kb.sentences.push({ ...sentence, id: 'long', text: 'é'.repeat(2_000_000) });
    kb.version = '';
    const expected = serializeKnowledge({ ...kb, version: knowledgeVersion(kb) });
    expect(versionedBytes(kb)).toBe(expected);
    expect(kb.version).toBe(knowledgeVersion(kb));
  });

  it('gives the shipped knowledge the bytes buildKnowledge and serialising give', () => {
    expect(versionedBytes(buildUnversionedKnowledge(sources, tools))).toBe(bytes);
  });
});

describe('rebuildFromDir', () => {
  it('writes the bytes of the knowledge it returns', async () => {
    const corpus = await tempCorpus();
    dirs.push(corpus.dir);
    const out = join(corpus.dir, 'kb.json');
    const result = await rebuildFromDir(corpus.sources, tools, out, REPO_ROOT);
    expect(await readFile(out, 'utf8')).toBe(serializeKnowledge(result.kb));
    expect(result.kb.counts).toEqual(copy().counts);
  });

  it('leaves the existing knowledge file untouched when the build fails', async () => {
    const corpus = await tempCorpus();
    dirs.push(corpus.dir);
    const out = join(corpus.dir, 'kb.json');
    await writeFile(out, bytes);
    await writeFile(join(corpus.sources, 'broken.md'), '---\nid: broken\n---\nNo title, outlet or date.\n');
    await expect(rebuildFromDir(corpus.sources, tools, out, REPO_ROOT)).rejects.toThrow(/broken\.md/);
    expect(await readFile(out, 'utf8')).toBe(bytes);
    expect((await readdir(corpus.dir)).sort()).toEqual(['kb.json', 'sources']);
  });

  it('refuses a directory with no sources', async () => {
    const dir = await scratch();
    await expect(rebuildFromDir(dir, tools, join(dir, 'kb.json'))).rejects.toThrow(
      /no \.md or \.txt sources found/,
    );
    expect(await readdir(dir)).toEqual([]);
  });

  it('reads sources in file-name order and ignores other files', async () => {
    const corpus = await tempCorpus();
    dirs.push(corpus.dir);
    await writeFile(join(corpus.sources, 'notes.json'), '{}');
    await writeFile(join(corpus.sources, '.draft.md'), 'not front matter');
    const read = await readSourceDir(corpus.sources, corpus.dir);
    expect(read.map((s) => s.file)).toEqual([
      'sources/dw-2018-us-troops-to-border.md',
      'sources/independent-2019-mexico-troops.md',
      'sources/sheinbaum-2025-rejects-us-troops.md',
    ]);
  });
});

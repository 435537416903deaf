import { spawnSync } from 'node:child_process';
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { PipelineTools } from '../../src/knowledge/build.ts';
import { rebuildFromDir } from '../../src/knowledge/rebuild.ts';
import type { KnowledgeBase } from '../../src/knowledge/schema.ts';
import { MAX_SOURCE_BYTES, parseSource, SourceError } from '../../src/knowledge/sources.ts';
import { writeKnowledgeFile } from '../../src/knowledge/store.ts';
import { KB_PATH, REPO_ROOT } from '../../src/paths.ts';
import { realTools, removeDir, tempCorpus } from './fixtures.ts';

const TSX = join(REPO_ROOT, 'node_modules', '.bin', 'tsx');
const CLI_TIMEOUT_MS = 60_000;

const GOOD_FRONT_MATTER = [
  '---',
  'id: extra-article',
  'title: US may send troops to border with Mexico',
  'outlet: DW',
  'published: 2018-10-26',
  'url: https://p.dw.com/p/37DY3',
  'language: en',
  '---',
].join('\n');
const GOOD_BODY = 'The troops would include doctors and engineers and mainly provide logistical support.\n';
const PNG_HEADER = Buffer.from([
  0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52,
]);

function withFrontMatter(replace: Record<string, string | null>, body = GOOD_BODY): string {
  const lines = GOOD_FRONT_MATTER.split('\n').flatMap((line) => {
    const key = /^(\w+):/.exec(line)?.[1];
    if (key === undefined || !(key in replace)) return [line];
    const value = replace[key];
    return value === null ? [] : [value];
  });
  return `${lines.join('\n')}\n${body}`;
}

interface BadInput {
  name: string;
  /** Files to add to a copy of the real sources. */
  files: Record<string, string | Buffer>;
  /** The file the message must name. */
  file: string;
  problem: RegExp;
}

const CASES: BadInput[] = [
  {
    name: 'missing front matter',
    files: { 'no-front-matter.md': GOOD_BODY },
    file: 'no-front-matter.md',
    problem: /missing front matter \(the file must start with a "---" block\)/,
  },
  {
    name: 'a front matter line that is not "key: value"',
    files: { 'bad-line.md': withFrontMatter({ title: 'title US may send troops' }) },
    file: 'bad-line.md',
    problem: /front matter line 3 is not "key: value": "title US may send troops"/,
  },
  {
    name: 'an unknown front matter field',
    files: { 'unknown-field.md': withFrontMatter({ language: 'language: en\nauthr: dv/amp' }) },
    file: 'unknown-field.md',
    problem: /unknown front matter field "authr"/,
  },
  {
    name: 'a missing title',
    files: { 'no-title.md': withFrontMatter({ title: null }) },
    file: 'no-title.md',
    problem: /front matter field "title" is missing or empty/,
  },
  {
    name: 'an empty title',
    files: { 'empty-title.md': withFrontMatter({ title: 'title: ""' }) },
    file: 'empty-title.md',
    problem: /front matter field "title" is missing or empty/,
  },
  {
    name: 'a date that does not exist',
    files: { 'feb-30.md': withFrontMatter({ published: 'published: 2019-02-30' }) },
    file: 'feb-30.md',
    problem: /front matter "published" is not a valid YYYY-MM-DD date: "2019-02-30"/,
  },
  {
    name: 'a date in words',
    files: { 'yesterday.md': withFrontMatter({ published: 'published: yesterday' }) },
    file: 'yesterday.md',
    problem: /front matter "published" is not a valid YYYY-MM-DD date: "yesterday"/,
  },
  {
    name: 'an id that is not a slug',
    files: { 'bad-id.md': withFrontMatter({ id: 'id: Extra Article' }) },
    file: 'bad-id.md',
    problem: /front matter "id" must be lowercase letters, digits and dashes: "Extra Article"/,
  },
  {
    name: 'an address that is not http(s)',
    files: { 'bad-url.md': withFrontMatter({ url: 'url: p.dw.com/p/37DY3' }) },
    file: 'bad-url.md',
    problem: /front matter "url" is not an http\(s\) address: "p\.dw\.com\/p\/37DY3"/,
  },
  {
    name: 'an address with another scheme',
    files: { 'js-url.md': withFrontMatter({ url: 'url: javascript:alert(1)' }) },
    file: 'js-url.md',
    problem: /front matter "url" is not an http\(s\) address: "javascript:alert\(1\)"/,
  },
  {
    name: 'an address with no host',
    files: { 'no-host.md': withFrontMatter({ url: 'url: https://' }) },
    file: 'no-host.md',
    problem: /front matter "url" is not an http\(s\) address: "https:\/\/"/,
  },
  {
    name: 'an address that would break out of its <…>',
    files: {
      'angle-url.md': withFrontMatter({
        url: 'url: https://p.dw.com/p/37DY3>[verify](https://evil.example)',
      }),
    },
    file: 'angle-url.md',
    problem:
      /front matter "url" has a space, "<", ">" or an invisible character, which no address has: "https:\/\/p\.dw\.com\/p\/37DY3>\[verify\]/,
  },
  {
    name: 'a publication date in the future',
    files: { 'future.md': withFrontMatter({ published: 'published: 2099-01-01' }) },
    file: 'future.md',
    problem: /front matter "published" is in the future: "2099-01-01" \(today is \d{4}-\d{2}-\d{2} UTC\)/,
  },
  {
    name: 'an empty body',
    files: { 'empty-body.md': withFrontMatter({}, '') },
    file: 'empty-body.md',
    problem: /body is empty/,
  },
  {
    name: 'a body of blank lines',
    files: { 'blank-body.md': withFrontMatter({}, '\n   \n\t\n') },
    file: 'blank-body.md',
    problem: /body is empty/,
  },
  {
    name: 'a body with NUL bytes',
    files: { 'nul.md': Buffer.concat([Buffer.from(withFrontMatter({})), Buffer.from([0, 0, 0])]) },
    file: 'nul.md',
    problem: /not a text file \(binary content\)/,
  },
  {
    name: 'a PNG image saved as a source',
    files: { 'image.md': Buffer.concat([Buffer.from(`${GOOD_FRONT_MATTER}\n`), PNG_HEADER]) },
    file: 'image.md',
    problem: /not a text file \(binary content\)/,
  },
  {
    name: 'text that is not UTF-8',
    files: {
      'latin1.md': Buffer.from(
        withFrontMatter({}, 'Andr\u00e9s Manuel L\u00f3pez Obrador said.\n'),
        'latin1',
      ),
    },
    file: 'latin1.md',
    problem: /not valid UTF-8 text/,
  },
  {
    name: 'an id used by another file',
    files: { 'zz-copy.md': withFrontMatter({ id: 'id: dw-2018-us-troops-to-border' }) },
    file: 'zz-copy.md',
    problem: /duplicate id "dw-2018-us-troops-to-border" \(also in .*dw-2018-us-troops-to-border\.md\)/,
  },
  {
    name: 'a body over 1 MB',
    files: {
      'huge.md': withFrontMatter(
        {},
        `${'The troops would include doctors and engineers. '.repeat(22_000)}\n`,
      ),
    },
    file: 'huge.md',
    problem: new RegExp(`file is \\d+ bytes; the limit is ${MAX_SOURCE_BYTES} \\(1 MB\\)`),
  },
];

let tools: PipelineTools;
let shipped: string;
const dirs: string[] = [];

beforeAll(async () => {
  tools = await realTools();
  shipped = await readFile(KB_PATH, 'utf8');
});

afterEach(async () => {
  await Promise.all(dirs.splice(0).map(removeDir));
});

/** A copy of the real sources plus the case's files, and an existing kb.json beside them. */
async function corpusWith(files: BadInput['files']): Promise<{ dir: string; sources: string; out: string }> {
  const corpus = await tempCorpus();
  dirs.push(corpus.dir);
  for (const [name, content] of Object.entries(files)) await writeFile(join(corpus.sources, name), content);
  const out = join(corpus.dir, 'kb.json');
  await writeFile(out, shipped);
  return { ...corpus, out };
}

describe('parseSource', () => {
  const NOW = Date.parse('2026-11-30T10:00:00Z');
  const dated = (published: string) =>
    new TextEncoder().encode(withFrontMatter({ published: `published: ${published}` }));

  it('accepts an article dated tomorrow in UTC, as it is already tomorrow in UTC+14', () => {
    expect(parseSource(dated('2026-12-01'), 'kiribati.md', NOW).meta.published).toBe('2026-12-01');
  });

  it('refuses an article dated two days ahead', () => {
    expect(() => parseSource(dated('2026-12-02'), 'ahead.md', NOW)).toThrow(
      'ahead.md: front matter "published" is in the future: "2026-12-02" (today is 2026-11-30 UTC)',
    );
  });
});

describe('rebuildFromDir with bad input', () => {
  it.each(CASES)('fails on $name with one line naming the file, and keeps kb.json', async (c) => {
    const { dir, sources, out } = await corpusWith(c.files);
    const error = await rebuildFromDir(sources, tools, out, dir).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(SourceError);
    const message = (error as SourceError).message;
    expect(message).not.toContain('\n');
    expect(message.startsWith(`sources/${c.file}: `)).toBe(true);
    expect(message).toMatch(c.problem);
    expect(await readFile(out, 'utf8')).toBe(shipped);
    expect((await readdir(dir)).sort()).toEqual(['kb.json', 'sources']);
  });

  it('accepts the good front matter the bad cases start from', async () => {
    const { dir, sources, out } = await corpusWith({ 'extra.md': withFrontMatter({}) });
    const { kb } = await rebuildFromDir(sources, tools, out, dir);
    expect(kb.sources.map((s) => s.id)).toContain('extra-article');
  });

  it('accepts a source just under the size limit', async () => {
    const body = `${'The troops would include doctors and engineers. '.repeat(20_000)}\n`;
    const { dir, sources } = await corpusWith({ 'large.md': withFrontMatter({}, body) });
    const { kb } = await rebuildFromDir(sources, tools, null, dir);
    expect(kb.sources).toHaveLength(4);
  });
});

/** A different capitalised surname for each number ("Aaaason", "Baaason", …). */
function surnameOf(n: number): string {
  let s = '';
  for (let k = n, j = 0; j < 4; j++, k = Math.floor(k / 26)) s += String.fromCharCode(97 + (k % 26));
  return `${s[0]?.toUpperCase()}${s.slice(1)}son`;
}

describe('pathological article shapes', () => {
  const SHAPES: Array<{ name: string; body: string; quotes: number }> = [
    {
      name: 'one paragraph of the same short quotation',
      body: '"Yes," he said. '.repeat(4_000),
      quotes: 4_000,
    },
    { name: 'one sentence of quotations with no full stop', body: '"a" "b" '.repeat(4_000), quotes: 8_000 },
    { name: 'apostrophes and single quotation marks', body: "it's 'a' ".repeat(6_000), quotes: 6_000 },
    { name: 'unclosed quotation marks', body: '“a '.repeat(10_000), quotes: 1 },
    { name: 'a paragraph per quotation', body: '"Yes," Jim Mattis said.\n\n'.repeat(3_000), quotes: 3_000 },
    {
      name: "words that name an object's built-in properties",
      body: 'The state hired 1 constructor. A constructor 500 troops came. "Yes," said the __proto__ toString official.',
      quotes: 1,
    },
    {
      name: 'an organisation named again, each quotation',
      body: 'The Interior Ministry met. "Yes," the ministry said.\n\n'.repeat(2_000),
      quotes: 2_000,
    },
    {
      name: 'a different person quoted in each paragraph',
      body: Array.from({ length: 2_000 }, (_, n) => `"We will stay," said Tomas ${surnameOf(n)}.\n\n`).join(
        '',
      ),
      quotes: 2_000,
    },
    {
      name: 'a different unnamed person described in each paragraph',
      body: Array.from(
        { length: 2_000 },
        (_, n) => `"We will stay," a rancher from ${surnameOf(n)} said.\n\n`,
      ).join(''),
      quotes: 2_000,
    },
    {
      name: 'a different unnamed person described in each sentence, one paragraph',
      body: Array.from(
        { length: 2_000 },
        (_, n) => `"We will stay," a rancher from ${surnameOf(n)} said. `,
      ).join(''),
      quotes: 2_000,
    },
    {
      name: 'a letter under a heading naming one of many namesakes, each paragraph',
      body: Array.from(
        { length: 500 },
        (_, n) =>
          `Corporal ${surnameOf(n)} Wemple wrote home.\n\nTHE LETTER OF CORPORAL WEMPLE.\n\n"Dear Father, — We are here.\n\n"I write on a box."\n\n`,
      ).join(''),
      quotes: 1_000,
    },
    {
      name: "a different person's letter, then its words, each sentence of one paragraph",
      body: Array.from(
        { length: 2_000 },
        (_, n) => `Mrs. ${surnameOf(n)}'s letter, dated May 3, was short. "We are here." `,
      ).join(''),
      quotes: 2_000,
    },
    {
      name: 'a different person known by one name in each paragraph',
      body: Array.from(
        { length: 2_000 },
        (_, n) =>
          `${surnameOf(n)}, a 34-year-old, said it was over. "We will stay," ${surnameOf(n)} said.\n\n`,
      ).join(''),
      quotes: 2_000,
    },
    {
      name: "a known person's surname after other first names, one paragraph",
      body: 'Paul Sandoval met Sandoval. '.repeat(3_000),
      quotes: 0,
    },
    {
      name: 'a relative handed a quotation, one paragraph',
      body: 'Elena and Frank Castañeda came. Her husband was blunter: "Not one." '.repeat(2_000),
      quotes: 2_000,
    },
    {
      name: 'a group chanting, one sentence',
      body: 'the crowd chanted, "Hold the line!" '.repeat(3_000),
      quotes: 3_000,
    },
    {
      name: 'thousands of capitalised names',
      body: 'Gen. Alan Smith met Maria Lopez, a rancher. '.repeat(2_000),
      quotes: 0,
    },
    {
      name: 'a different relative named in an apposition, one paragraph',
      body: Array.from(
        { length: 1_000 },
        (_, n) => `Mrs. Luz ${surnameOf(n)} and her husband, Ramón, came. "Some will not live," he said. `,
      ).join(''),
      quotes: 1_000,
    },
    {
      name: 'a different other name given in an apposition, one paragraph',
      body: Array.from(
        { length: 1_000 },
        (_, n) =>
          `Rosa ${surnameOf(n)}, a vendor known as Doña ${surnameOf(n + 1)}, watched. "No," she said. `,
      ).join(''),
      quotes: 1_000,
    },
    {
      name: 'a described speaker named again by one noun, and a nickname in marks',
      body: 'The lieutenant in charge of the patrol came. "Go back," the lieutenant said. A "Cap" Spencer nodded. '.repeat(
        1_000,
      ),
      quotes: 1_000,
    },
    {
      name: 'a letters page, each letter signed by another writer and quoting a relative',
      body: Array.from(
        { length: 1_000 },
        (_, n) =>
          `My grandmother said, "We stayed." She was right.\n\n— Rosa ${surnameOf(n)}, San Benito\n\n`,
      ).join(''),
      quotes: 1_000,
    },
    {
      name: 'a role set off before a different name after each quotation',
      body: Array.from(
        { length: 1_000 },
        (_, n) =>
          `"We will stay," a spokesman for the embassy in Washington, Rodrigo ${surnameOf(n)}, told reporters.\n\n`,
      ).join(''),
      quotes: 1_000,
    },
    {
      name: 'a person noun used as a title before a different surname in each paragraph',
      body: Array.from(
        { length: 1_000 },
        (_, n) =>
          `Marisol ${surnameOf(n)} is an interpretive ranger. "We will stay," Ranger ${surnameOf(n)} said.\n\n`,
      ).join(''),
      quotes: 1_000,
    },
    {
      name: 'an unnamed person introduced before each quotation',
      body: 'A Kickapoo man who sells leather goods listened.\n\n"We will stay," he said.\n\n'.repeat(1_000),
      quotes: 1_000,
    },
    {
      name: 'a relation by a possessive after a different couple in each paragraph',
      body: Array.from(
        { length: 1_000 },
        (_, n) =>
          `Sgt. Wade ${surnameOf(n)} met us. His wife, Tammy ${surnameOf(n)}, came. "We stayed," the sergeant's wife said.\n\n`,
      ).join(''),
      quotes: 1_000,
    },
    {
      name: 'a general noun for a person after each quotation, one sentence',
      body: '"a," the officer said, '.repeat(3_000),
      quotes: 3_000,
    },
    {
      name: 'an epithet speaker after each quotation, one sentence',
      body: `Young Amos Lytle came. ${'"a," the young man said, '.repeat(3_000)}`,
      quotes: 3_000,
    },
    {
      name: "a person quoted in someone's letter, one sentence",
      body: 'Don Rafael Cantú is quoted in the Captain\'s letter: "x." '.repeat(2_000),
      quotes: 2_000,
    },
    {
      name: 'a letter signed by a first name after each of many men of that name, one paragraph',
      body: Array.from(
        { length: 1_000 },
        (_, n) => `William ${surnameOf(n)} wrote home. "We are well. Your loving brother, Will." `,
      ).join(''),
      quotes: 1_000,
    },
    {
      name: 'a different person introduced as "a young man named", one paragraph',
      body: Array.from(
        { length: 1_000 },
        (_, n) => `A young man named Josiah ${surnameOf(n)} came. "Go," the young man said. `,
      ).join(''),
      quotes: 1_000,
    },
    {
      name: 'a different person labelled by a role word in each turn',
      body: Array.from(
        { length: 1_000 },
        (_, n) => `ANNOUNCER: We go on.\n\nHOST ${surnameOf(n).toUpperCase()}: Yes. He said it.\n\n`,
      ).join(''),
      quotes: 2_000,
    },
    {
      name: 'what a relative was, said again and again before a pronoun, one sentence',
      body: `${'my son was '.repeat(30_000)}"Yes," he said.`,
      quotes: 1,
    },
    {
      name: 'a pronoun speaker after each quotation, after one very long sentence',
      body: `Alan Smith met Bob Jones, which Mr. Ashcroft held ${'and the river rose '.repeat(3_000)}. ${'"a," he said, '.repeat(3_000)}`,
      quotes: 3_000,
    },
  ];

  it('drops a line that is one enormous word, saying why, and keeps the rest', async () => {
    const body = `${'x'.repeat(200_000)}\nThe troops would include doctors and engineers.`;
    const { dir, sources } = await corpusWith({ 'odd.md': withFrontMatter({}, `${body}\n`) });
    const { kb } = await rebuildFromDir(sources, tools, null, dir);
    const source = kb.sources.find((s) => s.id === 'extra-article');
    expect(source?.dropped.map((d) => d.reason)).toEqual(['not prose: a word of over 300 characters']);
    expect(source?.dropped[0]?.text.length).toBeLessThanOrEqual(201);
    expect(kb.sentences.filter((s) => s.sourceId === 'extra-article').map((s) => s.text)).toEqual([
      'The troops would include doctors and engineers.',
    ]);
  });

  it.each([
    ['paragraph', '\n\n'],
    ['sentence of one paragraph', ' '],
  ])("gives each %s's quotation to the unnamed person it describes, not another's", async (_, gap) => {
    const body = Array.from(
      { length: 300 },
      (_, n) => `"We will stay," a rancher from ${surnameOf(n)} said.${gap}`,
    ).join('');
    const { dir, sources } = await corpusWith({ 'odd.md': withFrontMatter({}, `${body}\n`) });
    const { kb } = await rebuildFromDir(sources, tools, null, dir);
    const speakers = kb.quotes.filter((q) => q.sourceId === 'extra-article').map((q) => q.speakerName);
    expect(speakers).toEqual(Array.from({ length: 300 }, (_, n) => `a rancher from ${surnameOf(n)}`));
  });

  it.each(SHAPES)('builds $name and finds its quotations', async ({ body, quotes }) => {
    const { dir, sources } = await corpusWith({ 'odd.md': withFrontMatter({}, `${body}\n`) });
    const { kb } = await rebuildFromDir(sources, tools, null, dir);
    expect(kb.quotes.filter((q) => q.sourceId === 'extra-article')).toHaveLength(quotes);
  });
});

describe('writing the knowledge file', () => {
  it('removes the temp files a killed build left, and keeps one a running build is writing', async () => {
    const { dir, out } = await corpusWith({});
    const dead = join(dir, '.kb.json.999999.deadbeef.tmp');
    const alive = join(dir, `.kb.json.${process.ppid}.cafebabe.tmp`);
    await writeFile(dead, 'partial');
    await writeFile(alive, 'in progress');
    await writeKnowledgeFile(out, JSON.parse(shipped) as KnowledgeBase);
    const names = await readdir(dir);
    expect(names).not.toContain('.kb.json.999999.deadbeef.tmp');
    expect(names).toContain(`.kb.json.${process.ppid}.cafebabe.tmp`);
  });
});

describe('kb:build command with bad input', () => {
  const CLI_CASES = [
    'missing front matter',
    'a date that does not exist',
    'a PNG image saved as a source',
    'an id used by another file',
  ];

  it.each(CLI_CASES)('exits 1 on %s with one line on stderr, and keeps kb.json', async (name) => {
    const c = CASES.find((x) => x.name === name) as BadInput;
    const { sources, out } = await corpusWith(c.files);
    const run = spawnSync(TSX, ['src/cli/kb-build.ts', '--sources', sources, '--out', out], {
      cwd: REPO_ROOT,
      encoding: 'utf8',
      timeout: CLI_TIMEOUT_MS,
    });
    expect(run.error).toBeUndefined();
    expect(run.status).toBe(1);
    const lines = run.stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(new RegExp(`^kb:build: \\S*${c.file.replace('.', '\\.')}: `));
    expect(lines[0]).toMatch(c.problem);
    expect(run.stdout).toBe('');
    expect(await readFile(out, 'utf8')).toBe(shipped);
  });

  it('stops a build past --timeout with one line, and keeps kb.json', async () => {
    const { sources, out } = await corpusWith({ 'extra.md': withFrontMatter({}) });
    const run = spawnSync(
      TSX,
      ['src/cli/kb-build.ts', '--timeout', '0.001', '--sources', sources, '--out', out],
      {
        cwd: REPO_ROOT,
        encoding: 'utf8',
        timeout: CLI_TIMEOUT_MS,
      },
    );
    expect(run.status).toBe(1);
    expect(run.stderr.trimEnd().split('\n')).toEqual([
      expect.stringMatching(
        /^kb:build: the build took longer than 0\.001 s \(--timeout\); .*kb\.json is unchanged$/,
      ),
    ]);
    expect(await readFile(out, 'utf8')).toBe(shipped);
  });

  it('exits 1 with one line for --check when kb.json is stale', async () => {
    const { sources, out } = await corpusWith({ 'extra.md': withFrontMatter({}) });
    const run = spawnSync(TSX, ['src/cli/kb-build.ts', '--check', '--sources', sources, '--out', out], {
      cwd: REPO_ROOT,
      encoding: 'utf8',
      timeout: CLI_TIMEOUT_MS,
    });
    expect(run.status).toBe(1);
    expect(run.stderr.trimEnd().split('\n')).toEqual([
      expect.stringMatching(/^kb:build --check: .*kb\.json is stale; run npm run kb:build$/),
    ]);
    expect(await readFile(out, 'utf8')).toBe(shipped);
  });
});

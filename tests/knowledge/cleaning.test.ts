import { spawnSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PipelineTools } from '../../src/knowledge/build.ts';
import type { KnowledgeBase } from '../../src/knowledge/schema.ts';
import { collapseSpaces } from '../../src/knowledge/clean.ts';
import { KB_PATH, REPO_ROOT } from '../../src/paths.ts';
import {
  buildReal,
  DW,
  INDEPENDENT,
  realSources,
  realTools,
  removeDir,
  SHEINBAUM,
  tempCorpus,
} from './fixtures.ts';

let tools: PipelineTools;
let built: KnowledgeBase;
let shipped: KnowledgeBase;

beforeAll(async () => {
  tools = await realTools();
  built = await buildReal(tools);
  shipped = JSON.parse(await readFile(KB_PATH, 'utf8')) as KnowledgeBase;
});

/** Page furniture from the three articles, none of which is part of a report. */
const BOILERPLATE = [
  // DW
  'Skip to content',
  'Skip to main menu',
  'Skip to more DW sites',
  'October 26, 2018',
  'p.dw.com',
  'A truck drives by the US/Mexico border fence',
  'Image: Getty',
  'Getty Images/AFP/G. Arias',
  'Read more:',
  'could not be larger gift',
  "Caravan of migrants tests Trump's anti-immigrant policies",
  'Support only',
  'Immigration and midterm elections',
  'dv/amp',
  'Each evening at 1830 UTC',
  'sign up to receive',
  // The Independent
  'Your support helps',
  'Your support allows',
  'Your support makes all the difference',
  'dead heat',
  'Trump and Harris are courting',
  '27 million Americans',
  'paywalls',
  'quality journalism must still be paid for',
  'Help us keep bring',
  'Independent Premium',
  'Want to bookmark',
  'Join our commenting forum',
  'thought-provoking',
  'follow other Independent readers',
  // National Herald
  'You may also like',
  'Moths',
  '40p item',
  'Sushil Gupta',
  'Bangladeshi',
  'Home Bargains',
  '£15',
  'Hajj',
  'Srinagar',
];

/** Report sentences from each article that cleaning must keep. */
const REPORT = [
  [DW, 'Hundreds of troops may be on the way.'],
  [DW, 'The troops would include doctors and engineers and mainly provide logistical support'],
  [DW, 'About 2,000 National Guard troops are already assisting at the border'],
  [DW, 'between 800 and 1,000 active-duty troops on the US-Mexico border'],
  [DW, 'Most are from Honduras, seeking to escape poverty'],
  [DW, 'Along with deploying troops, Trump has threatened to cut aid to the region'],
  [INDEPENDENT, 'Comments come as heavily armed Mexican troops have been photographed'],
  [INDEPENDENT, 'The president of Mexico says that the 15,000 troops his government has deployed'],
  [INDEPENDENT, 'Mexico has deployed some 15,000 troops to its northern border'],
  [INDEPENDENT, 'Their official role is to help with containment operations in the area.'],
  [SHEINBAUM, 'President Claudia Sheinbaum of Mexico said on Saturday, 3 May'],
  [SHEINBAUM, 'The White House did not immediately respond to a request for comment'],
  [SHEINBAUM, 'The US Northern Command has surged troops and equipment to the border'],
  [SHEINBAUM, 'To a burst of applause, she added'],
] as const;

describe('collapseSpaces', () => {
  it('makes each run of white space one space', () => {
    expect(collapseSpaces('The Guard\u00a0arrived  on\tMonday\n')).toBe('The Guard arrived on Monday ');
  });

  it('returns single-spaced text as it is', () => {
    const text = 'The Guard arrived on Monday.';
    expect(collapseSpaces(text)).toBe(text);
  });
});

describe('cleanArticle', () => {
  it.each(BOILERPLATE)('drops "%s" from every source', (phrase) => {
    const texts = [...built.sentences, ...shipped.sentences].map((s) => s.text);
    expect(texts.filter((t) => t.includes(phrase))).toEqual([]);
  });

  it('drops the donation appeal above the Independent report but keeps its standfirst', () => {
    const first = built.sentences.filter((s) => s.sourceId === INDEPENDENT).slice(0, 3);
    expect(first.map((s) => s.text)).toEqual([
      "Mexico president tells Trump he will not hold migrants at US border: 'That's not our job'",
      'Comments come as heavily armed Mexican troops have been photographed detaining two women and a young girl',
      expect.stringMatching(/^The president of Mexico says that the 15,000 troops/),
    ]);
  });

  it('keeps a report line quoting someone even when it holds a word of an appeal, and drops the appeal', () => {
    const page = [
      'Mr. Hurst\'s wife said the group would donate a framed copy to the museum. "They should have it," she said.',
      'Donate today to keep local reporting free.',
    ].join('\n');
    const cleaned = tools.cleaner.clean(page, { title: 'A strike remembered', outlet: 'Voz del Río Sonora' });
    expect(cleaned.paragraphs.map((p) => p.text)).toEqual([
      expect.stringContaining('"They should have it,"'),
    ]);
    expect(cleaned.dropped.map((d) => d.reason)).toEqual(['donation appeal']);
  });

  it('drops the lone "Comments" label but keeps the sentence that starts with "Comments"', () => {
    expect(built.sentences.filter((s) => s.text.trim() === 'Comments')).toEqual([]);
    expect(built.sentences.some((s) => s.text.startsWith('Comments come as'))).toBe(true);
  });

  it.each(REPORT)('keeps the %s report sentence "%s"', (sourceId, words) => {
    const hits = built.sentences.filter((s) => s.sourceId === sourceId && s.text.includes(words));
    expect(hits).toHaveLength(1);
    expect(hits[0]?.kind).toBe('report');
  });

  it('keeps every report sentence of the committed knowledge file', () => {
    const texts = new Set(built.sentences.map((s) => s.text));
    expect(shipped.sentences.filter((s) => !texts.has(s.text))).toEqual([]);
  });

  it('marks the article headline as a headline, once, when the body repeats the title', () => {
    const headlines = built.sentences.filter((s) => s.kind === 'headline');
    expect(headlines.map((s) => [s.sourceId, s.text])).toEqual([
      [DW, 'US may send troops to border with Mexico'],
      [
        INDEPENDENT,
        "Mexico president tells Trump he will not hold migrants at US border: 'That's not our job'",
      ],
    ]);
  });

  it('drops the DW image caption together with its credit line', () => {
    const dw = built.sources.find((s) => s.id === DW);
    expect(dw?.dropped.filter((d) => d.line === 21 || d.line === 22)).toEqual([
      expect.objectContaining({ line: 21, reason: 'image caption' }),
      expect.objectContaining({ line: 22, reason: 'image credit', text: 'Image: Getty Images/AFP/G. Arias' }),
    ]);
  });

  it('drops everything after "You may also like", whatever the unrelated headlines say', () => {
    const herald = built.sources.find((s) => s.id === SHEINBAUM);
    const after = herald?.dropped.filter((d) => d.line >= 26) ?? [];
    expect(after.map((d) => d.line)).toEqual([26, 27, 28, 29, 30, 31]);
    expect(new Set(after.map((d) => d.reason))).toEqual(new Set(['unrelated headlines']));
    expect(built.sentences.filter((s) => s.sourceId === SHEINBAUM).at(-1)?.text).toMatch(
      /^To a burst of applause, she added/,
    );
  });
});

describe('embedded social posts', () => {
  it('keeps the WSJ and @YourAnonCentral posts with author, handle and posted date', () => {
    expect(
      built.socialPosts.map(({ author, handle, posted, sourceId }) => ({ author, handle, posted, sourceId })),
    ).toEqual([
      { author: 'The Wall Street Journal', handle: '@WSJ', posted: '2025-05-02', sourceId: SHEINBAUM },
      { author: 'Anonymous', handle: '@YourAnonCentral', posted: '2025-05-03', sourceId: SHEINBAUM },
    ]);
  });

  it('keeps the WSJ post as a social sentence, never as report', () => {
    const post = built.socialPosts.find((p) => p.handle === '@WSJ');
    const sentences = built.sentences.filter((s) => s.text.includes('sparred over Trump’s push'));
    expect(sentences).toHaveLength(1);
    expect(sentences[0]).toMatchObject({ kind: 'social', socialPostId: post?.id });
    expect(post?.sentenceIds).toEqual(sentences.map((s) => s.id));
  });

  it('keeps the whole @YourAnonCentral post, including the truncated line after its attribution', () => {
    const post = built.socialPosts.find((p) => p.handle === '@YourAnonCentral');
    const sentences = built.sentences.filter((s) => s.socialPostId === post?.id);
    expect(sentences.map((s) => s.text)).toEqual([
      'Mexican President Sheinbaum confirms that Trump has phoned her to secretly pressure her to allow US troops to enter the country.',
      'The president said no to Trump and told him "Mexico\'s sovereignty is inviolable and it\'s not for sale."',
      '..."We will never accept a US military… pic.twitter.com/7sBULXsDB0',
    ]);
    expect(sentences.every((s) => s.kind === 'social')).toBe(true);
    expect(post?.sentenceIds).toEqual(sentences.map((s) => s.id));
  });

  it('keeps no attribution line as a sentence and no post text as report', () => {
    const report = built.sentences.filter((s) => s.kind !== 'social').map((s) => s.text);
    for (const words of [
      '(@WSJ)',
      '(@YourAnonCentral)',
      'sparred over',
      'secretly pressure',
      'pic.twitter.com',
    ])
      expect(report.filter((t) => t.includes(words))).toEqual([]);
    expect(built.sentences.filter((s) => /^[—–-]\s/.test(s.text))).toEqual([]);
  });

  it('gives social sentences a post and report sentences none', () => {
    for (const s of built.sentences) {
      if (s.kind === 'social') expect(s.socialPostId).toMatch(/@post\d+$/);
      else expect(s.socialPostId).toBeNull();
    }
  });
});

describe('dropped-line report', () => {
  it('records each dropped line with its file line number and a reason, per source', () => {
    const byId = new Map(built.sources.map((s) => [s.id, s.dropped]));
    expect(byId.get(DW)).toEqual(
      expect.arrayContaining([
        { line: 9, reason: 'navigation', text: '1. Skip to content' },
        { line: 12, reason: 'section label', text: 'Politics' },
        { line: 16, reason: 'dateline', text: 'October 26, 2018' },
        { line: 20, reason: 'bare link', text: 'https://p.dw.com/p/37DY3' },
        { line: 34, reason: 'crosshead', text: 'Support only' },
        { line: 56, reason: 'author initials and agency credits', text: 'dv/amp (AFP, AP, Reuters)' },
        expect.objectContaining({ line: 58, reason: 'newsletter blurb' }),
      ]),
    );
    expect(byId.get(INDEPENDENT)).toEqual(
      expect.arrayContaining([
        { line: 11, reason: 'donation appeal', text: 'Your support helps us to tell the story' },
        expect.objectContaining({ line: 25, reason: 'subscription appeal' }),
        { line: 27, reason: 'comment-forum prompt', text: 'Join our commenting forum' },
        { line: 29, reason: 'comment-forum prompt', text: 'Comments' },
      ]),
    );
    expect(byId.get(SHEINBAUM)?.length).toBe(6);
    for (const dropped of byId.values()) for (const d of dropped) expect(d.reason).not.toBe('');
  });

  it('gives the source lines it reads from the real file', async () => {
    for (const raw of await realSources()) {
      const lines = (await readFile(join(REPO_ROOT, raw.file), 'utf8')).split('\n');
      const source = built.sources.find((s) => s.id === raw.meta.id);
      for (const d of source?.dropped ?? [])
        expect(lines[d.line - 1]?.replace(/\s+/g, ' ').trim()).toBe(d.text);
    }
  });

  describe('kb:build command', () => {
    let corpus: { dir: string; sources: string };
    beforeAll(async () => {
      corpus = await tempCorpus();
    });
    afterAll(async () => removeDir(corpus.dir));

    it('prints the dropped lines with their reasons under each source file', () => {
      const run = spawnSync(
        join(REPO_ROOT, 'node_modules', '.bin', 'tsx'),
        ['src/cli/kb-build.ts', '--sources', corpus.sources, '--out', join(corpus.dir, 'kb.json')],
        { cwd: REPO_ROOT, encoding: 'utf8', timeout: 60_000 },
      );
      expect(run.status, run.stderr).toBe(0);
      const out = run.stdout;
      expect(out).toMatch(/dw-2018-us-troops-to-border\.md: dropped 14 line\(s\)/);
      expect(out).toContain('  line 22 [image credit] Image: Getty Images/AFP/G. Arias');
      expect(out).toContain('  line 11 [donation appeal] Your support helps us to tell the story');
      expect(out).toMatch(/sheinbaum-2025-rejects-us-troops\.md: dropped 6 line\(s\)/);
      expect(out).toMatch(/kb:build: wrote .*kb\.json version [0-9a-f]{16}: 3 sources/);
    });
  });
});

describe('page furniture known by its shape, whatever the outlet', () => {
  const page = [
    'The Valley Courier | Local | Border | Sports | Classifieds',
    'Get our morning headlines in your inbox. Sign up now.',
    'Troops string wire along the wall',
    'WASHINGTON, 14 February 2020 (VCA)',
    'Soldiers unroll wire near the port of entry on Tuesday. (Courier staff photo)',
    'The council voted 6-0 on Wednesday to condemn the wire.',
    '"This is not a war zone," the mayor said.',
    'Related coverage',
    '- Photos: Soldiers string wire along the wall',
    '- Produce season off to a slow start',
    'Reporting by Ana Ruiz; editing by Tom Lee',
    'Share: X · Facebook · Email',
    '© 2019 Valley Courier LLC. All rights reserved.',
  ].join('\n');

  it('keeps the report, keeps a caption apart without its credit, and drops bars, lists of links, datelines, credits and copyright', async () => {
    const { Cleaner } = await import('../../src/knowledge/clean.ts');
    const { loadKnowledgeData } = await import('../../src/knowledge/build.ts');
    const { KNOWLEDGE_DIR } = await import('../../src/paths.ts');
    const cleaner = new Cleaner((await loadKnowledgeData(KNOWLEDGE_DIR)).boilerplate);
    const kept = cleaner
      .clean(page, { title: 'Troops string wire along the wall', outlet: 'The Valley Courier' })
      .paragraphs.map((p) => [p.kind, p.text]);
    expect(kept).toEqual([
      ['headline', 'Troops string wire along the wall'],
      ['caption', 'Soldiers unroll wire near the port of entry on Tuesday.'],
      ['report', 'The council voted 6-0 on Wednesday to condemn the wire.'],
      ['report', '"This is not a war zone," the mayor said.'],
    ]);
  });

  it('keeps a box of figures and dates, whose items look like links but state facts', async () => {
    const { Cleaner } = await import('../../src/knowledge/clean.ts');
    const { loadKnowledgeData } = await import('../../src/knowledge/build.ts');
    const { KNOWLEDGE_DIR } = await import('../../src/paths.ts');
    const cleaner = new Cleaner((await loadKnowledgeData(KNOWLEDGE_DIR)).boilerplate);
    const box = [
      'The command turned thirty this week.',
      'KEY NUMBERS',
      '- Nov. 13, 1989: order establishing the command at Fort Bliss',
      '- $1.9 million: settlement paid to the family in 1998',
      '- Photos: Soldiers string wire along the wall',
    ].join('\n');
    const kept = cleaner.clean(box, { title: 'A command at thirty', outlet: 'Example Institute' }).paragraphs;
    const texts = kept.map((p) => p.text).join('\n');
    expect(texts).toContain('Nov. 13, 1989: order establishing the command at Fort Bliss');
    expect(texts).toContain('$1.9 million: settlement paid to the family in 1998');
    expect(texts).not.toContain('Photos');
  });
});

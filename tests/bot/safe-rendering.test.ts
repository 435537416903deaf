/**
 * Hostile text — from a user's question or an added article — through every renderer the bot answers with:
 * nothing of it may reach Discord as a link, a mention or markup, and every payload stays within Discord's
 * limits.
 */
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import type { AnswerEngine } from '../../src/answer/engine.ts';
import { escapeMarkdown } from '../../src/answer/text.ts';
import type { Answer, Citation } from '../../src/answer/types.ts';
import {
  MAX_CHOICE_CHARS,
  MAX_CONTENT,
  MAX_EMBED_DESCRIPTION,
  MAX_EMBED_FIELDS,
  MAX_EMBED_TITLE,
  MAX_EMBED_TOTAL,
  MAX_FIELD_NAME,
  MAX_FIELD_VALUE,
  MAX_FOOTER,
  notice,
  renderAnswer,
  renderCitations,
  renderHelp,
  toChoices,
  type MessagePayload,
} from '../../src/bot/render.ts';
import { renderKnowledgeStatus, renderRefresh } from '../../src/bot/render-knowledge.ts';
import { withArticles } from '../answer/setup.ts';

const SNOWFLAKE = '123456789012345678';
const GOOD_URL = 'https://example.org/eagle-pass';
/** When the refreshes in the status happened: the bot's own timestamps are the only `<t:…>` allowed. */
const REFRESHED_AT = 1_748_000_000_000;
const BOT_MARKUP = [`<t:${REFRESHED_AT / 1000}:R>`, `<t:${REFRESHED_AT / 1000}:f>`];

/** Formatting around a marker word: if a renderer lets any of it through, the marker is formatted. */
const FORMATTING =
  '**HOSTILE** __HOSTILE__ *HOSTILE* _HOSTILE_ ~~HOSTILE~~ ||HOSTILE|| `HOSTILE` ``HOSTILE`` ```HOSTILE```';

const HOSTILE: readonly string[] = [
  '[click here to verify your moderator account](https://evil.example/login)',
  '[one](https://evil.example/1) and [two](https://evil.example/2) on one line',
  '[angle](<https://evil.example/angle>) [titled](https://evil.example "Discord Support")',
  '\\[escaped bracket first](https://evil.example/escape)',
  '\\\\[a backslash, then a link](https://evil.example/backslash)',
  'see https://evil.example/login or http://evil.example:8080/x or steam://run/1 now',
  '<https://evil.example/autolink> <http://evil.example>',
  'https://ok.example/>[verify](https://evil.example/breakout)',
  '@everyone @here <@123456789012345678> <@!123456789012345678> <@&123456789012345678> <#123456789012345678>',
  '</ask:123456789012345678> <id:customize> <id:browse>',
  '<t:4102444800:R> <t:4102444800> <:pepe:123456789012345678> <a:dance:123456789012345678>',
  '```\n[fenced](https://evil.example/fence)\n``` outside the fence [after](https://evil.example/after)',
  '` ``` `` [in code](https://evil.example/code)',
  FORMATTING,
  '# HOSTILE heading\n## HOSTILE\n-# HOSTILE subtext\n> HOSTILE quote\n>>> HOSTILE\n- HOSTILE\n1. HOSTILE',
  'how many \u202etroops\u202c did [mexico](https://evil.example/rtl) deploy',
  '\u0000\u0001\u00ff\ufffd\u0007PNG\r\n\u001a [bin](https://evil.example/bin)',
  'h\u200bttps://evil.example/zw [zw](https\u200b://evil.example)',
  `${'troops '.repeat(1430)}[late](https://evil.example/late)`,
];

/** What Discord would still read as a link or a mention in `markdown`, and (unless `linksOnly`) as markup. */
function liveMarkup(markdown: string, allowedLinks: readonly string[], linksOnly = false): string[] {
  let s = markdown;
  for (const url of allowedLinks) s = s.split(`<${url}>`).join('ALLOWED_LINK');
  for (const markup of BOT_MARKUP) s = s.split(markup).join('BOT_MARKUP');
  s = s.replace(/\\[^0-9A-Za-z\s]/g, 'E');
  s = s.replace(/\[[^[\]]*\]\(ALLOWED_LINK\)/g, 'OWN_LINK');
  s = s.replace(/`[\w./: -]+`/g, 'OWN_CODE');
  const found: string[] = [];
  const check = (what: string, pattern: RegExp) => {
    const m = pattern.exec(s);
    if (m) found.push(`${what}: ${JSON.stringify(s.slice(Math.max(0, m.index - 20), m.index + 40))}`);
  };
  check('bare address', /[a-z][a-z0-9+.-]*:\/\//i);
  check('masked link', /\[/);
  check('<…> markup', /<(?!\u200b)/);
  check('@everyone/@here', /@(everyone|here)/i);
  if (linksOnly) return found;
  check('code', /`[^`]*`/);
  check('formatting', /(\*|_|~~|\|\|)HOSTILE/);
  check('line markup', /^\s*(#{1,3} |> |>>> |-# |- |1\. )HOSTILE/m);
  return found;
}

/** Every text in a payload that Discord renders as markdown, and the links the bot itself may show. */
function renderedTexts(payload: MessagePayload): string[] {
  return [
    ...(payload.content === undefined ? [] : [payload.content]),
    ...(payload.embeds ?? []).flatMap((e) => [
      ...(e.title === undefined ? [] : [e.title]),
      ...(e.description === undefined ? [] : [e.description]),
      ...(e.fields ?? []).flatMap((f) => [f.name, f.value]),
    ]),
  ];
}

function expectWithinLimits(payload: MessagePayload): void {
  expect(payload.allowedMentions).toEqual({ parse: [], repliedUser: false });
  expect(payload.content?.length ?? 0).toBeLessThanOrEqual(MAX_CONTENT);
  for (const e of payload.embeds ?? []) {
    expect(e.title?.length ?? 0).toBeLessThanOrEqual(MAX_EMBED_TITLE);
    expect(e.description?.length ?? 0).toBeLessThanOrEqual(MAX_EMBED_DESCRIPTION);
    expect(e.footer?.text.length ?? 0).toBeLessThanOrEqual(MAX_FOOTER);
    expect(e.fields?.length ?? 0).toBeLessThanOrEqual(MAX_EMBED_FIELDS);
    for (const f of e.fields ?? []) {
      expect(f.name.length).toBeLessThanOrEqual(MAX_FIELD_NAME);
      expect(f.value.length).toBeLessThanOrEqual(MAX_FIELD_VALUE);
      expect(f.value.length).toBeGreaterThan(0);
    }
    const total =
      (e.title?.length ?? 0) +
      (e.description?.length ?? 0) +
      (e.footer?.text.length ?? 0) +
      (e.fields ?? []).reduce((n, f) => n + f.name.length + f.value.length, 0);
    expect(total).toBeLessThanOrEqual(MAX_EMBED_TOTAL);
  }
}

/** Asserts that nothing in `payload` is live markup except the bot's own links to `allowedLinks`. */
function expectInert(
  payload: MessagePayload,
  allowedLinks: readonly string[] = [GOOD_URL],
  linksOnly = false,
): void {
  expectWithinLimits(payload);
  for (const text of renderedTexts(payload)) expect(liveMarkup(text, allowedLinks, linksOnly)).toEqual([]);
}

function citation(hostile: string, url: string | null = GOOD_URL): Citation {
  return { sourceId: 'hostile', title: hostile, outlet: hostile, published: '2025-06-10', url };
}

/** An answer as the engine writes one: text on one line, escaped by the answer layer, the source's link kept. */
function hostileAnswer(hostile: string, overrides: Partial<Answer> = {}): Answer {
  const e = escapeMarkdown(hostile.replace(/\s+/g, ' ').trim());
  return {
    intent: 'who',
    answeredAs: 'who',
    answered: true,
    confidence: 1,
    direct: hostile,
    text: `**${e}**\n${e}\n> “${e}” — **${e}**\n-# ${e} <${GOOD_URL}>`,
    evidence: [],
    citations: [
      citation(hostile),
      citation(hostile, 'https://ok.example/>[verify](https://evil.example/breakout)'),
      citation(hostile, 'javascript:alert(1)'),
      citation(hostile, null),
    ],
    quoteIds: [],
    sentenceIds: [],
    suggestions: [hostile, hostile],
    ...overrides,
  };
}

const RENDER_OPTIONS = {
  answerId: SNOWFLAKE,
  ownerId: SNOWFLAKE,
  more: true,
  feedback: true,
  knowledgeVersion: 'abcdef0123456789',
};

describe('renderers given hostile text', () => {
  it.each(HOSTILE.map((h) => [JSON.stringify(h.slice(0, 60)), h]))(
    'show %s in answers, sources, status, refusals, help and notices as inert text within limits',
    (_, hostile) => {
      expectInert(renderAnswer(hostileAnswer(hostile), RENDER_OPTIONS));
      expectInert(renderAnswer(hostileAnswer(hostile, { answeredAs: 'timeline' }), RENDER_OPTIONS));
      expectInert(renderCitations(hostileAnswer(hostile).citations, { hostile: 2 }));
      expectInert(
        renderKnowledgeStatus({
          version: 'abcdef0123456789',
          builtAt: REFRESHED_AT,
          counts: { sources: 4, sentences: 1, quotes: 1, entities: 1, numbers: 1, dates: 1, events: 1 },
          refreshing: false,
          refreshes: Array.from({ length: 20 }, (_, i) => ({
            action: i % 2 === 0 ? ('add' as const) : ('refresh' as const),
            by: { id: SNOWFLAKE, name: hostile },
            at: REFRESHED_AT,
            ok: i % 3 !== 0,
            summary: hostile,
            version: null,
          })),
          feedback: { up: 1, down: 2 },
          unanswered: Array.from({ length: 25 }, (_, i) => ({ question: hostile, count: 25 - i, last: 0 })),
          storeAvailable: true,
        }),
      );
      expectInert(renderRefresh({ ok: false, reason: `${hostile}.md: ${hostile}` }, 'add'));
      expectInert(
        renderRefresh(
          {
            ok: true,
            previousVersion: 'a'.repeat(64),
            version: 'b'.repeat(64),
            change: {
              sources: { added: ['hostile-2025-eagle-pass'], removed: ['dw-2018-us-troops-to-border'] },
              sentences: { added: ['hostile-2025-eagle-pass#s1'], removed: [] },
              quotes: { added: [], removed: [] },
            },
            ms: 12,
            counts: { sources: 4, sentences: 1, quotes: 1, entities: 1, numbers: 1, dates: 1, events: 1 },
            storedAs: 'knowledge/sources/hostile-2025-eagle-pass.md',
          },
          'add',
        ),
      );
      expectInert(renderHelp(hostileAnswer(hostile, { answeredAs: 'help' }), hostile));
      const unescaped = hostileAnswer(hostile, { text: `${hostile}\n-# DW <${GOOD_URL}>` });
      expectInert(renderAnswer(unescaped, RENDER_OPTIONS), [GOOD_URL], true);
      expectWithinLimits(notice(hostile.repeat(10)));
      for (const choice of toChoices([hostile, { name: hostile, value: hostile }])) {
        expect(choice.name.length).toBeLessThanOrEqual(MAX_CHOICE_CHARS);
        expect(choice.value.length).toBeLessThanOrEqual(MAX_CHOICE_CHARS);
      }
    },
  );

  it('keeps the bot’s own links to valid source addresses, and shows a bad address as no link', () => {
    const payload = renderCitations(hostileAnswer('DW').citations);
    const description = payload.embeds?.[0]?.description ?? '';
    expect(description).toContain(`\n<${GOOD_URL}>`);
    expect(description).not.toContain('evil.example');
    expect(description).not.toContain('javascript:');
    expect(description.match(/no link published/g)).toHaveLength(3);
    const field = renderAnswer(hostileAnswer('DW'), RENDER_OPTIONS).embeds?.[0]?.fields?.[0]?.value ?? '';
    expect(field).toContain(`[DW, 10 June 2025](<${GOOD_URL}>)`);
  });

  it('shows ordinary text exactly as written', () => {
    const answer = hostileAnswer('Mexico deployed 15,000 troops', {
      text: '**Mexico deployed 15,000 troops**\n> “We will not be a colony,” she said. — **Claudia Sheinbaum**',
      citations: [citation('Mexico rejects US troops')],
      suggestions: ['What did AMLO say?'],
    });
    const embed = renderAnswer(answer, RENDER_OPTIONS).embeds?.[0];
    expect(embed?.title).toBe('Mexico deployed 15,000 troops');
    expect(embed?.description).toBe('> “We will not be a colony,” she said. — **Claudia Sheinbaum**');
    expect(embed?.fields?.map((f) => f.value)).toEqual([
      `[Mexico rejects US troops, 10 June 2025](<${GOOD_URL}>) — “Mexico rejects US troops”`,
      '• What did AMLO say?',
    ]);
  });

  it('keeps random text inert in every field of an answer', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.oneof(fc.constantFrom(...HOSTILE.filter((h) => h.length < 1000)), fc.string({ maxLength: 40 })),
          { maxLength: 6 },
        ),
        (pieces) => {
          const hostile = pieces.join(' ');
          expectInert(renderAnswer(hostileAnswer(hostile), RENDER_OPTIONS));
          expectInert(renderCitations(hostileAnswer(hostile).citations));
        },
      ),
      { numRuns: 500 },
    );
  });
});

const HOSTILE_ARTICLE = `---
id: hostile-2025-eagle-pass
title: "[Verify your account](https://evil.example/title) @everyone <@123456789012345678> **HOSTILE**"
outlet: "[Gazette](https://evil.example/outlet) <#123456789012345678>"
published: 2025-06-10
url: ${GOOD_URL}
language: en
---
Texas sent 777 National Guard soldiers to Eagle Pass on Monday, officials said, in orders posted at [the orders page](https://evil.example/orders) and https://evil.example/live for @everyone.
"We will hold the line at the river, see [my statement](https://evil.example/statement) <@123456789012345678>," Greg Abbott said at a news conference on Tuesday.
The deployment cost $2.5 million, according to <t:4102444800:R> **HOSTILE** figures at https://evil.example/cost.
`;

describe('an added article with links and markup in its title, outlet and body', () => {
  let engine: AnswerEngine;

  beforeAll(async () => {
    ({ engine } = await withArticles(HOSTILE_ARTICLE));
  });

  it('is answered in /ask, /quote, /timeline, /sources and /help with none of it clickable', async () => {
    const shipped = engine.sources().citations.flatMap((c) => (c.url === null ? [] : [c.url]));
    const answers = [
      await engine.ask('How many National Guard soldiers did Texas send to Eagle Pass?', { userId: 'a' }),
      await engine.ask('What did Greg Abbott say?', { userId: 'b' }),
      await engine.ask('how much did the deployment cost', { userId: 'c' }),
      await engine.quotes('Greg Abbott', null, { userId: 'd' }),
      engine.timeline('2025', '2025'),
      engine.sources(),
      engine.help(),
    ];
    const rendered = answers.map((a) => renderAnswer(a, RENDER_OPTIONS));
    for (const payload of rendered) expectInert(payload, shipped);
    for (const a of answers) expectInert(renderCitations(a.citations), shipped);
    const everything = rendered.flatMap(renderedTexts).join('\n');
    expect(everything).toContain('777');
    expect(everything).toContain('hold the line');
    expect(everything).toContain('evil.example');
  });
});

import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { InteractionResponseType, MessageFlags, PermissionFlagsBits } from 'discord.js';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createPipelineTools } from '../../src/knowledge/build.ts';
import { rebuildFromDir } from '../../src/knowledge/rebuild.ts';
import { loadKnowledgeFile } from '../../src/knowledge/store.ts';
import { REPO_ROOT } from '../../src/paths.ts';
import {
  DM_MODERATOR_ID,
  file,
  type Harness,
  knowledgeSnapshot,
  record,
  type Reply,
  startHarness,
  str,
  sub,
  textOf,
  toReply,
} from './harness.ts';

const EAGLE_PASS_QUESTION = 'How many National Guard soldiers did Texas deploy to Eagle Pass?';

function article(meta: Record<string, string>, body: string): string {
  const front = Object.entries(meta).map(([k, v]) => `${k}: ${v}`);
  return `---\n${front.join('\n')}\n---\n${body}\n`;
}

const EAGLE_PASS = article(
  {
    id: 'test-2024-eagle-pass-guard',
    title: 'Texas sends 4,321 National Guard soldiers to Eagle Pass',
    outlet: 'Border Test Gazette',
    published: '2024-03-14',
    url: 'https://example.org/eagle-pass-guard',
    language: 'en',
  },
  [
    'Texas sends 4,321 National Guard soldiers to Eagle Pass',
    '',
    'Texas deployed 4,321 National Guard soldiers to Eagle Pass on Thursday, state officials said.',
    '',
    '"We will hold the line at the river," Governor Greg Abbott said at a press conference in Austin.',
    '',
    'The deployment, called Operation Riverwatch, is the largest the state has made at a single crossing.',
  ].join('\n'),
);

const NOGALES = article(
  {
    id: 'test-2024-nogales-marines',
    title: 'Pentagon sends 777 troops to Nogales',
    outlet: 'Desert Test Courier',
    published: '2024-08-02',
    url: 'https://example.org/nogales-marines',
    language: 'en',
  },
  'The Pentagon sent 777 troops to Nogales on Friday to support customs officers at the port of entry, officials said.',
);

const LAREDO = article(
  {
    id: 'test-2024-laredo-engineers',
    title: 'Army engineers build barriers near Laredo',
    outlet: 'Gulf Test Ledger',
    published: '2024-09-20',
    url: 'https://example.org/laredo-engineers',
    language: 'en',
  },
  'The Army sent 365 engineers to Laredo on Monday to build river barriers, a spokesperson said.',
);

const ROMA = article(
  {
    id: 'test-2024-roma-helicopters',
    title: 'Helicopters patrol the river at Roma',
    outlet: 'Valley Test Herald',
    published: '2024-10-11',
    url: 'https://example.org/roma-helicopters',
    language: 'en',
  },
  'The Texas Department of Public Safety flew 12 helicopters along the river at Roma on Wednesday, a spokesperson said.',
);

const BROWNSVILLE = article(
  {
    id: 'test-2024-brownsville-drones',
    title: 'Drones watch the river at Brownsville',
    outlet: 'Coast Test Tribune',
    published: '2024-11-05',
    url: 'https://example.org/brownsville-drones',
    language: 'en',
  },
  'The Border Patrol flew 31 drones over the river at Brownsville on Tuesday, an agent said.',
);

/** Articles added for the progress test. */
const PROGRESS_ARTICLES = 120;

describe('/kb: moderators refresh the knowledge', () => {
  let h: Harness;
  const moderator = {
    user: { username: 'mod-manage' },
    member: { permissions: PermissionFlagsBits.ManageGuild },
  };

  const snapshot = () => knowledgeSnapshot(h);

  function kb(
    name: string,
    options: Parameters<typeof sub>[1] = [],
    context: Parameters<Harness['slash']>[2] = moderator,
  ): Promise<Reply & { id: string }> {
    return h.slash('kb', [sub(name, options)], context);
  }

  async function add(
    name: string,
    bytes: string | Buffer,
    context: Parameters<Harness['slash']>[2] = moderator,
  ) {
    const attachment = h.emu.registerAttachment(name, bytes, 'text/markdown');
    const reply = await kb('add', [file('file', attachment.id)], context);
    const downloaded = h.emu.calls.some(
      (c) => c.method === 'GET' && c.path.startsWith(`/attachments/${attachment.id}/`),
    );
    return { reply, downloaded };
  }

  beforeAll(async () => {
    h = await startHarness();
  });

  afterAll(async () => {
    await h?.stop();
  });

  afterEach(() => {
    // Nothing is logged at warn or above: in particular, builds ran in the worker, not on the fallback.
    const problems = h.logs.splice(0);
    expect(problems).toEqual([]);
  });

  it('refuses a non-moderator, in a server and in a DM, and changes nothing', async () => {
    const before = await snapshot();
    const reader = { user: { username: 'reader' }, member: { roles: [] } };
    const dmReader = { dm: true, user: { username: 'dm-reader' } };
    for (const context of [reader, dmReader]) {
      const { reply, downloaded } = await add('eagle-pass.md', EAGLE_PASS, context);
      expect(reply.flags & MessageFlags.Ephemeral).toBe(MessageFlags.Ephemeral);
      expect(reply.content).toContain('Only moderators');
      expect(downloaded).toBe(false);
      expect((await kb('refresh', [], context)).content).toContain('Only moderators');
      expect((await kb('status', [], context)).content).toContain('Only moderators');
    }
    expect(await snapshot()).toEqual(before);
    expect(await h.bot.context.state.recentRefreshes(5)).toEqual([]);
    const answer = await h.slash('ask', [str('question', EAGLE_PASS_QUESTION)]);
    expect(textOf(answer)).not.toContain('4,321');
  });

  it('adds an article from a moderator: stored as a source, rebuilt, swapped, answerable at once', async () => {
    const before = await snapshot();
    const attachment = h.emu.registerAttachment('eagle-pass.md', EAGLE_PASS, 'text/markdown');
    const id = h.emu.sendChatInput({
      name: 'kb',
      options: [sub('add', [file('file', attachment.id)])],
      ...moderator,
    });
    const callback = record((await h.emu.waitForCallback(id)).body);
    expect(callback).toMatchObject({
      type: InteractionResponseType.DeferredChannelMessageWithSource,
      data: { flags: MessageFlags.Ephemeral },
    });
    const reply = await h.replyTo(id);
    const text = textOf(reply);
    expect(reply.embeds[0]?.title).toBe('Article added');
    expect(text).toContain('Sources +1 / −0: `test-2024-eagle-pass-guard`');
    expect(text).toMatch(/Sentences \+\d+ \/ −0 · Quotes \+1 \/ −0/);

    const after = await snapshot();
    expect(after.version).not.toBe(before.version);
    expect(Object.keys(after.files)).toEqual(
      [...Object.keys(before.files), 'test-2024-eagle-pass-guard.md'].sort(),
    );
    expect(await readFile(join(h.paths.sourcesDir, 'test-2024-eagle-pass-guard.md'), 'utf8')).toBe(
      EAGLE_PASS,
    );
    expect((await loadKnowledgeFile(h.paths.kbPath)).version).toBe(after.version);
    const tools = createPipelineTools(h.runtime.knowledgeData, h.runtime.nlp, h.runtime.vectors);
    expect((await rebuildFromDir(h.paths.sourcesDir, tools, null, h.paths.root)).kb.version).toBe(
      after.version,
    );

    const answer = await h.slash('ask', [str('question', EAGLE_PASS_QUESTION)]);
    expect(answer.embeds[0]?.title).toContain('4,321');
    expect(textOf(answer)).toContain('Border Test Gazette');
    expect(textOf(await h.slash('ask', [str('question', 'What is Operation Riverwatch?')]))).toContain(
      'largest the state has made',
    );
  });

  it('refuses a bad attachment in one line and changes nothing', async () => {
    const before = await snapshot();
    const binary = Buffer.concat([Buffer.from('---\nid: x\n---\n'), Buffer.from([0, 1, 2, 3, 0, 255, 0])]);
    const notUtf8 = Buffer.concat([
      Buffer.from(EAGLE_PASS.replace('eagle-pass-guard', 'latin')),
      Buffer.from([0xc3, 0x28]),
    ]);
    const cases: Array<[string, string | Buffer, RegExp]> = [
      ['photo.md', binary, /not a text file/],
      ['latin.md', notUtf8, /not valid UTF-8/],
      ['huge.md', `${EAGLE_PASS}${'x'.repeat(1024 * 1024)}`, /limit is 1048576 \(1 MB\)/],
      ['no-id.md', EAGLE_PASS.replace('id: test-2024-eagle-pass-guard\n', ''), /"id" is missing/],
      ['bad-date.md', EAGLE_PASS.replace('2024-03-14', '2024-02-31'), /not a valid YYYY-MM-DD date/],
      ['future.md', EAGLE_PASS.replace('2024-03-14', '2099-03-14'), /"published" is in the future/],
      [
        'breakout.md',
        EAGLE_PASS.replace(
          'https://example.org/eagle-pass-guard',
          'https://example.org/eagle-pass-guard>[verify](https://evil.example)',
        ),
        /"url" has a space, "<\u200b?", ">"/,
      ],
      [
        'js-url.md',
        EAGLE_PASS.replace('https://example.org/eagle-pass-guard', 'javascript:alert(1)'),
        /"url" is not an http\(s\) address/,
      ],
      ['no-front-matter.txt', 'Just some text about troops.', /missing front matter/],
      [
        'dw-copy.md',
        EAGLE_PASS.replace('test-2024-eagle-pass-guard', 'dw-2018-us-troops-to-border'),
        /already exists/,
      ],
      ['again.md', EAGLE_PASS, /already exists/],
      ['article.pdf', EAGLE_PASS, /only \.md or \.txt/],
    ];
    for (const [name, bytes, reason] of cases) {
      const { reply, downloaded } = await add(name, bytes);
      const description = reply.embeds[0]?.description ?? '';
      expect({ name, title: reply.embeds[0]?.title }).toEqual({ name, title: 'Article refused' });
      const [line, nothingChanged] = description.split('\n');
      expect({ name, line }).toEqual({ name, line: expect.stringMatching(reason) });
      expect(nothingChanged).toContain('Nothing was changed');
      if (name === 'huge.md' || name === 'article.pdf') expect(downloaded).toBe(false);
    }
    expect(await snapshot()).toEqual(before);
  });

  it('rebuilds from the sources folder on /kb refresh, and says so when nothing changed', async () => {
    const roleModerator = { user: { username: 'mod-role' }, member: { roles: [h.moderatorRoleId] } };
    const unchanged = await kb('refresh', [], roleModerator);
    expect(textOf(unchanged)).toContain('Nothing changed');

    await writeFile(join(h.paths.sourcesDir, 'test-2024-nogales-marines.md'), NOGALES);
    const refreshed = await kb('refresh', [], roleModerator);
    expect(refreshed.embeds[0]?.title).toBe('Knowledge refreshed');
    expect(textOf(refreshed)).toContain('Sources +1 / −0: `test-2024-nogales-marines`');
    const answer = await h.slash('ask', [
      str('question', 'How many troops did the Pentagon send to Nogales?'),
    ]);
    expect(answer.embeds[0]?.title).toContain('777');
  });

  it('keeps answering questions while a refresh builds', async () => {
    const refresh = h.emu.sendChatInput({ name: 'kb', options: [sub('refresh')], ...moderator });
    await h.emu.waitForCallback(refresh);
    const answer = await h.slash('ask', [str('question', 'How many troops did Mexico deploy?')]);
    expect(answer.embeds[0]?.title).toContain('15,000');
    expect(h.bot.context.knowledge.refreshing).toBe(true);
    expect(textOf(await h.replyTo(refresh))).toContain('Nothing changed');
  });

  it('runs concurrent refreshes one at a time, each building on the one before', async () => {
    const initial = h.bot.context.engine.knowledge.version;
    const laredo = h.emu.registerAttachment('laredo.md', LAREDO, 'text/markdown');
    const roma = h.emu.registerAttachment('roma.md', ROMA, 'text/markdown');
    const ids = [
      h.emu.sendChatInput({ name: 'kb', options: [sub('add', [file('file', laredo.id)])], ...moderator }),
      h.emu.sendChatInput({ name: 'kb', options: [sub('refresh')], ...moderator }),
      h.emu.sendChatInput({ name: 'kb', options: [sub('add', [file('file', roma.id)])], ...moderator }),
    ];
    const replies = await Promise.all(ids.map((id) => h.replyTo(id, 25_000)));
    expect(replies.map((r) => r.embeds[0]?.title)).toEqual([
      'Article added',
      expect.any(String),
      'Article added',
    ]);
    const steps = new Map<string, string>();
    for (const reply of replies) {
      const text = textOf(reply);
      const now = /Now serving version `(\w+)` \(was `(\w+)`\)/.exec(text);
      if (now) steps.set(now[2] ?? '', now[1] ?? '');
    }
    // Each change starts from the version the previous one produced: following the chain from the
    // initial version visits every change and ends at the version being served.
    let version = initial.slice(0, 12);
    for (let i = 0; i < steps.size; i++) version = steps.get(version) ?? 'broken chain';
    expect(steps.size).toBe(2);
    expect(version).toBe(h.bot.context.engine.knowledge.version.slice(0, 12));
    const ids_ = h.bot.context.engine.knowledge.sources.map((s) => s.id);
    expect(ids_).toEqual(
      expect.arrayContaining(['test-2024-laredo-engineers', 'test-2024-roma-helicopters']),
    );
  });

  it('shows status to a DM moderator: version, counts, refreshes, feedback and unanswered questions', async () => {
    const status = await kb('status', [], {
      dm: true,
      user: { id: DM_MODERATOR_ID, username: 'dm-moderator' },
    });
    expect(status.flags & MessageFlags.Ephemeral).toBe(MessageFlags.Ephemeral);
    const fields = Object.fromEntries((status.embeds[0]?.fields ?? []).map((f) => [f.name, f.value]));
    const kbNow = h.bot.context.engine.knowledge;
    expect(fields['Knowledge']).toContain(kbNow.version.slice(0, 12));
    expect(fields['Counts']).toContain(`${kbNow.counts.sources} sources`);
    expect(fields['Last refreshes']).toContain('/kb refresh` by mod-manage');
    expect(fields['Last refreshes']).toContain('/kb add` by mod-manage');
    const history = (await h.bot.context.state.recentRefreshes(20)) ?? [];
    expect(history.filter((r) => !r.ok).map((r) => r.summary)).toContain(
      'article.pdf: only .md or .txt articles can be added',
    );
    expect(fields['Feedback']).toBe('👍 0 · 👎 0');
    expect(fields['Most asked, not answered']).toContain(
      '1× “how many national guard soldiers did texas deploy to eagle pass”',
    );
  });

  it('adds an article about people the data does not know: their quotations and roles answer at once', async () => {
    const text = await readFile(
      join(REPO_ROOT, 'tests', 'fixtures', 'articles', 'dispatch-2025-new-mexico-defense-area.md'),
      'utf8',
    );
    const { reply } = await add('defense-area.md', text);
    expect(reply.embeds[0]?.title).toBe('Article added');
    const sheff = textOf(await h.slash('quote', [str('speaker', 'Sheff')]));
    expect(sheff).toContain('wrong place');
    expect(sheff).toContain('Rebecca Sheff');
    const guillot = textOf(await h.slash('ask', [str('question', 'who is gregory guillot?')]));
    expect(guillot).toContain('commander of U.S. Northern Command');
    const hegseth = textOf(
      await h.slash('ask', [str('question', 'what did the defense secretary say about the zone?')]),
    );
    expect(hegseth).toMatch(/military base/);
  });

  it('edits the deferred reply as the phases of a refresh complete, at most once a second', async () => {
    await writeFile(join(h.paths.sourcesDir, 'test-2024-brownsville-drones.md'), BROWNSVILLE);
    // Enough articles that the build outlasts the one-second throttle and several edits show its progress.
    for (let i = 1; i <= PROGRESS_ARTICLES; i++)
      await writeFile(
        join(h.paths.sourcesDir, `test-2024-checkpoint-${i}.md`),
        article(
          {
            id: `test-2024-checkpoint-${i}`,
            title: `Checkpoint ${i} opens on the border`,
            outlet: 'Relay Test Wire',
            published: '2024-12-02',
            url: `https://example.org/checkpoint-${i}`,
            language: 'en',
          },
          Array.from(
            { length: 8 },
            (_, j) =>
              `Soldiers opened checkpoint ${i} on road ${j + 1} near the river on Monday, and ${10 * i + j} vehicles were inspected, an officer said.`,
          ).join('\n\n'),
        ),
      );
    const id = h.emu.sendChatInput({ name: 'kb', options: [sub('refresh')], ...moderator });
    // Generous: a loaded machine builds slowly, and the test is about the edits, not the speed.
    const final = await h.replyTo(id, 25_000);
    expect(final.embeds[0]?.title).toBe('Knowledge refreshed');
    const token = h.emu.interaction(id)?.token ?? '';
    const edits = h.emu.calls
      .filter((c) => c.method === 'PATCH' && c.path.endsWith(`/${token}/messages/@original`))
      .map((c) => ({ at: c.at, reply: toReply(record(c.body)) }));
    const progress = edits.filter((e) => e.reply.embeds[0]?.title === 'Refreshing the knowledge…');
    // At least one edit before the last; how many more depends on how fast this machine builds.
    expect(progress.length).toBeGreaterThanOrEqual(1);
    expect(edits.at(-1)?.reply.embeds[0]?.title).toBe('Knowledge refreshed');
    expect(textOf(progress[0]!.reply)).toMatch(/^✓ Read the sources$/m);
    expect(textOf(progress[0]!.reply)).toMatch(/^· Swap in$/m);
    // A later edit shows a phase counting articles: cleaning or annotating, as far as this machine has got.
    if (progress.length >= 2)
      expect(textOf(progress.at(-1)!.reply)).toMatch(/^(✓|…) (Clean|Annotate) \d+\/\d+ articles$/m);
    // Sent a second apart at least; on a loaded machine a request can wait in the event loop and arrive a few
    // hundred milliseconds late, so arrivals are allowed to close up that much (an unthrottled reply edits
    // within milliseconds).
    for (let i = 1; i < progress.length; i++)
      expect(progress[i]!.at - progress[i - 1]!.at).toBeGreaterThanOrEqual(600);
  });
});

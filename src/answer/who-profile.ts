/**
 * "Who is X": the person with their role in the coverage (the office held when the article was published) and
 * the sentence that introduces them; for an office asked of in the present, its holders, the latest first,
 * each with when they held it.
 */
import type { Sentence } from '../knowledge/schema.ts';
import { ROLE_PREFIX, rolePhraseKey } from '../nlp/pipeline.ts';
import { speakerTurnStart } from '../nlp/speaker-label.ts';
import { sentenceEvidence, type Context, type Draft } from './handlers.ts';
import { escapeMarkdown, formatDate } from './text.ts';
import type { Evidence } from './types.ts';
import type { Understanding } from './understand.ts';
/** Sentences looked at to introduce an entity: its first mentions are where articles say who it is. */
const MAX_PROFILE_CANDIDATES = 200;

/** Role of an entity at a day, from the knowledge. */
function roleAt(ctx: Context, entityId: string, day: string | null): string | null {
  const e = ctx.index.entities.get(entityId);
  if (!e) return null;
  const held = e.roles.find((r) => day !== null && (!r.from || r.from <= day) && (!r.to || day <= r.to));
  return held?.title ?? e.roles[0]?.title ?? e.description;
}

/**
 * "Who is the president of Mexico?": holders of one office asked of in the present tense with no year, the
 * one holding it latest first, each with when they held it ("from October 2024", "December 2018 – September
 * 2024, earlier"); `null` when the question is not that or the coverage gives no dates.
 */
export function byTenure(
  u: Understanding,
  ctx: Context,
  ids: readonly string[],
): { ids: string[]; tenures: Map<string, string> } | null {
  if (ids.length < 2 || u.years.length > 0 || !/^(who|what)('s|\s+is|\s+are)\b/i.test(u.text)) return null;
  const group = u.entityGroups.get(ids[0] ?? '');
  if (!group || !ids.every((id) => u.entityGroups.get(id) === group)) return null;
  const phrase = group.slice(ROLE_PREFIX.length);
  const held = ids.map((id) => ({
    id,
    role: ctx.index.entities.get(id)?.roles.find((r) => r.phrases.some((p) => rolePhraseKey(p) === phrase)),
  }));
  const dated = held.flatMap(({ id, role }) => (role?.from ? [{ id, from: role.from, to: role.to }] : []));
  if (dated.length !== held.length) return null;
  dated.sort((a, b) => b.from.localeCompare(a.from));
  const month = (iso: string) => formatDate(iso.slice(0, 7));
  const tenures = new Map(
    dated.map(({ id, from, to }, k) => [
      id,
      k === 0 && !to
        ? `from ${month(from)}`
        : `${month(from)} – ${to ? month(to) : '?'}${k > 0 ? ', earlier' : ''}`,
    ]),
  );
  return { ids: dated.map((d) => d.id), tenures };
}

/** "Who is X": the entity with its role in the coverage and the sentence that introduces it. */
export function profile(
  u: Understanding,
  ctx: Context,
  ids: readonly string[],
  /** When each held the office asked about ("from October 2024"), for holders asked of in the present. */
  tenures: ReadonlyMap<string, string> = new Map(),
): Draft | null {
  const { index } = ctx;
  const evidence: Evidence[] = [];
  const lines: string[] = [];
  const found: Sentence[] = [];
  for (const id of ids.slice(0, 2)) {
    const e = index.entities.get(id);
    if (!e) continue;
    const roleWords = new Set(
      e.roles
        .flatMap((r) => [r.title, ...r.phrases])
        .join(' ')
        .toLowerCase()
        .split(/\s+/),
    );
    const candidates = e.sentenceIds
      .slice(0, MAX_PROFILE_CANDIDATES)
      .map((sid) => index.sentence(sid))
      .filter((s): s is Sentence => s !== null);
    const years = u.years;
    // "Who's Dale Whitcomb in that Gatekeeper interview?": the article named introduces them.
    const outlets = new Set(u.outletSourceIds);
    const scoped = candidates.filter(
      (s) =>
        (years.length === 0 || years.includes(index.sourceYear(s.sourceId) ?? -1)) &&
        (outlets.size === 0 || outlets.has(s.sourceId)),
    );
    const pool = scoped.length > 0 ? scoped : candidates;
    // Each sentence's score once, not once per comparison of the sorts below.
    const scores = new Map(pool.map((s) => [s, introScore(s, id, roleWords, e.description)]));
    const score = (s: Sentence) => scores.get(s) ?? 0;
    const best =
      [...pool].sort(
        (a, b) =>
          score(b) - score(a) || (index.sentenceIndex.get(a.id) ?? 0) - (index.sentenceIndex.get(b.id) ?? 0),
      )[0] ?? null;
    const day = best ? (index.sources.get(best.sourceId)?.published ?? null) : null;
    const role = roleAt(ctx, id, day);
    const lower = (x: string | null) => (x ?? '').toLowerCase();
    const described =
      e.description &&
      !lower(e.description).includes(lower(role)) &&
      !lower(role).includes(lower(e.description))
        ? e.description
        : null;
    const tenure = tenures.get(id);
    const about = [tenure && role ? `${role} (${tenure})` : role, described]
      .filter((x): x is string => x !== null)
      .join('; ');
    // Names and descriptions are learnt from articles: escaped, so they cannot format the reply.
    const name = escapeMarkdown(e.name);
    lines.push(about ? `**${name}** — ${escapeMarkdown(about)}` : `**${name}**`);
    if (best) {
      const read = [best, ...(ids.length === 1 ? goesOnAbout(index, best, id) : [])];
      evidence.push(...read.map(sentenceEvidence));
      found.push(...read);
    }
    // Someone several articles speak of ("who is napolitano": Arizona's governor in 2006, Homeland Security
    // secretary in 2010): how each of the others introduces them, oldest first.
    if (ids.length === 1 && best && years.length === 0) {
      const others = new Map<string, Sentence>();
      for (const s of [...pool].sort((a, b) => score(b) - score(a)))
        if (s.sourceId !== best.sourceId && !others.has(s.sourceId)) others.set(s.sourceId, s);
      const dated = (s: Sentence) => index.sources.get(s.sourceId)?.published ?? '';
      for (const s of [...others.values()].sort((a, b) => dated(a).localeCompare(dated(b))).slice(0, 2)) {
        evidence.push(sentenceEvidence(s));
        found.push(s);
      }
    }
  }
  if (lines.length === 0) return null;
  return {
    answeredAs: 'who',
    confidence: found.length > 0 ? 1 : 0.5,
    direct: null,
    lead: null,
    evidence,
    lines,
    focus: [...ids],
  };
}

/** A description set beside a name: ", the task force's chief of staff,", ", who teaches…". */
const APPOSITION_AFTER = /^,\s+(?:the|a|an|who|whose)\s/i;
/**
 * Weight of that description in choosing the sentence that introduces someone, as much as a mention by name:
 * over a title's word ("Col." said…), which alone took it (new-articles-15 dev, npm run eval).
 */
const APPOSITION_WEIGHT = 2;

/**
 * Sentences after the one introducing someone that go on about them in its paragraph ("I want to bring in Mr.
 * Tomás Aguirre Lara." → "Mr. Aguirre came to Galveston in 1920…" → "In 1914 he was … a cadet"): an
 * introduction often names them in one sentence and says who they are in the next.
 */
const MAX_INTRO_READ_ON = 2;

/** The sentences after `intro` in its paragraph, up to {@link MAX_INTRO_READ_ON}, each naming or pointing to `id`. */
function goesOnAbout(index: Context['index'], intro: Sentence, id: string): Sentence[] {
  const out: Sentence[] = [];
  for (
    let s = index.neighbour(intro.id, 1);
    s && out.length < MAX_INTRO_READ_ON;
    s = index.neighbour(s.id, 1)
  ) {
    if (
      s.paragraph !== intro.paragraph ||
      s.kind !== intro.kind ||
      !s.mentions.some((m) => m.entityId === id)
    )
      break;
    out.push(s);
  }
  return out;
}

/**
 * True when the name at `at` opens a transcript's turn ("PRYOR: Mr. Aguirre, a last word.", "WALLACE PRYOR,
 * HOST: Mr. Aguirre, …"): the speaker addresses them, and what follows is no description of them.
 */
function addressedAfterLabel(text: string, at: number): boolean {
  const turn = speakerTurnStart(text);
  return turn >= 0 && turn <= at && text.slice(turn, at).trim() === '';
}

function introScore(
  s: Sentence,
  id: string,
  roleWords: ReadonlySet<string>,
  description: string | null,
): number {
  const alias = s.mentions.some((m) => m.entityId === id && m.via === 'alias') ? 2 : 0;
  // "Colonel Dennis Marchetti, the task force's chief of staff, …" says who he is; a title alone does not, nor
  // a headline naming him ("THE LETTER OF JOTHAM PIKE."): the description the coverage learnt of him, set
  // beside his name ("Jotham Pike, son of the widow Pike of Water street, …"), says who he is as well.
  const setBeside = description ? `, ${description.toLowerCase()}` : null;
  const apposed = s.mentions.some((m) => {
    if (m.entityId !== id || m.via !== 'alias') return false;
    const at = s.text.indexOf(m.text);
    if (at < 0 || addressedAfterLabel(s.text, at)) return false;
    const after = s.text.slice(at + m.text.length);
    return (
      APPOSITION_AFTER.test(after) ||
      (setBeside !== null && after.slice(0, setBeside.length).toLowerCase() === setBeside)
    );
  })
    ? APPOSITION_WEIGHT
    : 0;
  const role = s.mentions.some((m) => m.entityId === id && m.via === 'role') ? 2 : 0;
  const words = s.lemmas.filter((l) => roleWords.has(l)).length;
  return alias + apposed + role + words + (s.kind === 'report' ? 0.5 : 0);
}

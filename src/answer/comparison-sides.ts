/**
 * The sides a comparison question compares — people or bodies, years, or articles it points to — and the
 * question as asked of each side.
 */
import { ENTITY_TERM, type KnowledgeIndex } from './knowledge-index.ts';
import { comparedYears, yearsOfSides } from './side-years.ts';
import { withoutComparedTopic, type Naming } from './compared-topic.ts';
import { withoutAccents } from '../nlp/pipeline.ts';
import { ARTICLE_NOUNS } from './text.ts';
import type { Understanding } from './understand.ts';

/** Patterns with `\p{…}`, built once: inside a function tsx rebuilds them on every call (see src/nlp/letter-tests.ts). */
const P1 = /[^\p{L}\p{N}]+/u;
const P2 = /[^\p{L}]+/u;

/** One side of a comparison: a person or body, a year, or both; or an article the question points to. */
export interface Side {
  entityId: string | null;
  year: number | null;
  /** "In the Redford story and the Juárez story": the article this side is asked of. */
  sourceId?: string;
  /** The question's words for a side that names no one the coverage has ("the Eagle Pass mom"). */
  label?: string;
}

/** Words that ask for a comparison; a question with two sides and one of these is one. */
const COMPARISON =
  /\b(vs\.?|versus|compar\w*|differ\w*|agree\w*|disagree\w*|contradict\w*|same|both|bigger|smaller|larger|more|fewer)\b/i;
const MAX_SIDES = 3;

/**
 * An article a question points to by what it is about and what it is: "the Redford story", "that KDSN live
 * blog", "the Gatekeeper interview". The words before the noun name it.
 */
const ARTICLE_POINTER = new RegExp(
  String.raw`\b(?:the|that|this)\s+((?:[\p{L}\p{N}'’.-]+\s+){1,4}?)(?:${ARTICLE_NOUNS}|one)\b`,
  'giu',
);
/** Words that point to no article in particular ("the other story", "the first one"). */
const POINTER_FILLER = new Set([
  'other',
  'first',
  'second',
  'last',
  'new',
  'old',
  'same',
  'news',
  'live',
  'whole',
]);

/**
 * The articles a question points to, two or more, each by words its title, outlet or id has and no other
 * article's has as many of ("the Redford story and the Juárez story"); `null` unless every pointer names one
 * article and they differ.
 */
export function articleSides(text: string, index: KnowledgeIndex): Side[] | null {
  const pointers = [...text.matchAll(ARTICLE_POINTER)].map((m) =>
    withoutAccents((m[1] ?? '').toLowerCase())
      .split(P1)
      .filter((w) => w.length > 2 && !POINTER_FILLER.has(w)),
  );
  if (pointers.length < 2) return null;
  const named = [...index.sources.values()].map((src) => ({
    id: src.id,
    words: new Set(withoutAccents([src.title, src.outlet, src.id].join(' ').toLowerCase()).split(P1)),
  }));
  const ids: string[] = [];
  for (const words of pointers) {
    if (words.length === 0) return null;
    const scored = named
      .map((src) => ({ id: src.id, hits: words.filter((w) => src.words.has(w)).length }))
      .sort((a, b) => b.hits - a.hits);
    const [best, next] = scored;
    if (!best || best.hits === 0 || (next && next.hits === best.hits)) return null;
    if (!ids.includes(best.id)) ids.push(best.id);
  }
  return ids.length >= 2
    ? ids.slice(0, MAX_SIDES).map((sourceId) => ({ entityId: null, year: null, sourceId }))
    : null;
}

/** The sides a question compares, or `null` when it compares nothing. */
export function comparisonSides(u: Understanding, index: KnowledgeIndex): Side[] | null {
  if (u.intent === 'timeline' || u.intent === 'date') return null;
  const articles = articleSides(u.text, index);
  if (articles) return articles;
  if (!COMPARISON.test(u.text)) return null;
  const bodies = u.entities.filter((id) => {
    const e = index.entities.get(id);
    return (
      e !== undefined && (e.type === 'person' || (e.type === 'organisation' && index.speakerQuotes.has(id)))
    );
  });
  const years = comparedYears(u.analysis.tokens, u.years);
  // Sides in the order the question names them, so "Bush's in 2006 or Obama's in 2010" pairs each with its year.
  const lower = u.text.toLowerCase();
  // Where the question names each: by an alias, a title or what an article calls them ("the Kinney County judge").
  const namings = (id: string) => {
    const e = index.entities.get(id);
    const described = /^(?:the|a|an)\s+([^,]+)/i.exec(e?.description ?? '')?.[1];
    return [
      ...(e?.aliases ?? []),
      ...(e?.roles.flatMap((r) => r.phrases) ?? []),
      ...(described ? [described] : []),
    ];
  };
  const naming = (id: string): Naming | null => {
    let first: Naming | null = null;
    for (const a of namings(id)) {
      const i = lower.indexOf(a.toLowerCase());
      if (i >= 0 && (first === null || i < first.at)) first = { at: i, end: i + a.length };
    }
    return first;
  };
  const at = (id: string) => naming(id)?.at ?? Infinity;
  bodies.sort((a, b) => at(a) - at(b));
  if (bodies.length >= 2) {
    const named = withoutComparedTopic(lower, bodies, naming).slice(0, MAX_SIDES);
    const paired = years.length === bodies.length ? years : (yearsOfSides(lower, named.map(at), years) ?? []);
    return named.map((id, i) => ({ entityId: id, year: paired[i] ?? null }));
  }
  if (years.length >= 2) {
    // "The one Bush announced in 2006 or the one Perry ordered in 2014": a body named between the years is
    // the next year's side alone; named before or after them all, it is every side's.
    const body = bodies[0] ?? null;
    const where = body ? at(body) : Infinity;
    const yearAt = years.slice(0, MAX_SIDES).map((year) => lower.indexOf(String(year)));
    const first = Math.min(...yearAt.filter((i) => i >= 0));
    const last = Math.max(...yearAt);
    const own =
      where > first && where < last
        ? yearAt.findIndex((i) => i > where)
        : where < first && nextSideNamed(u, yearAt, String(years[0]).length)
          ? 0
          : -1;
    return years.slice(0, MAX_SIDES).map((year, i) => ({
      entityId: own < 0 || own === i ? (body ? unnamedOfYear(index, body, year) : null) : null,
      year,
    }));
  }
  return null;
}

/** Words joining a comparison's sides after the first side's year ("… in 1882 and", "… in 1859 compared with"). */
const JOINING = /^[\s,;—–-]*(?:and|or|versus|vs\.?|compared\s+(?:with|to)|than|with)\b/i;

/**
 * True when the side after the first year names something of its own before its year ("Forsyth's cavalry in
 * 1882 and the Marines around Redford in 1997", "Cortina in 1859 compared with the raids in the Valley in
 * 1915"): a noun between the words joining the sides and the second year. Then a body named before the first
 * year is the first side's alone, not every side's as in "troops Bush sent in 2006 and in 2007". `yearAt`: where
 * each year stands in the question; `firstYearLength`: the first year's length as written ("1882", "846").
 */
function nextSideNamed(u: Understanding, yearAt: readonly number[], firstYearLength: number): boolean {
  const [firstAt, secondAt] = yearAt;
  if (firstAt === undefined || secondAt === undefined || firstAt < 0 || secondAt <= firstAt) return false;
  const from = firstAt + firstYearLength;
  const joined = JOINING.exec(u.text.slice(from, secondAt));
  if (!joined) return false;
  const start = from + joined[0].length;
  return u.analysis.tokens.some(
    (t) => t.start >= start && t.start < secondAt && (t.pos === 'NOUN' || t.pos === 'PROPN'),
  );
}

/** An unnamed speaker's name: "a defense official", "the official", "A Defense Department official". */
const UNNAMED = /^(?:a|an|the)\s+(.+)$/i;

/**
 * For one year of a comparison, the unnamed speaker the question names ("the unnamed defense official in the
 * 1997 story and the one in 2018"): an unnamed speaker speaks in one article, so in another year's article
 * it is the unnamed speaker there whose name has the same last word ("official") and most of its others
 * ("A Defense Department official"). `id` itself when it is no unnamed speaker, speaks in that year, or
 * has no such counterpart.
 */
function unnamedOfYear(index: KnowledgeIndex, id: string, year: number): string {
  const words = (name: string) => (UNNAMED.exec(name)?.[1] ?? '').toLowerCase().split(P2);
  const yearsOf = (e: { sentenceIds: readonly string[] }) =>
    new Set(e.sentenceIds.map((s) => index.sourceYear(index.sentence(s)?.sourceId ?? '')));
  const entity = index.entities.get(id);
  const own = entity ? words(entity.name) : [];
  const head = own.at(-1);
  if (!entity || !head || yearsOf(entity).has(year)) return id;
  const counterparts = [...index.entities.values()]
    .filter((o) => o.type === 'person' && words(o.name).at(-1) === head && yearsOf(o).has(year))
    .map((o) => ({ id: o.id, shared: words(o.name).filter((w) => own.includes(w)).length }))
    .sort((a, b) => b.shared - a.shared);
  const [best, next] = counterparts;
  return best && (!next || next.shared < best.shared) ? best.id : id;
}

/** The question as asked of one side: its entity alone, its year alone, the other sides' names dropped. */
export function sideQuestion(
  u: Understanding,
  side: Side,
  all: readonly Side[],
  comparisonWords: ReadonlySet<string>,
): Understanding {
  const others = new Set(
    all.map((s) => s.entityId).filter((id): id is string => id !== null && id !== side.entityId),
  );
  // Words that point to the articles compared are not asked of them ("redford" of "the Redford story").
  const pointing = new Set(
    side.sourceId
      ? [...u.text.matchAll(ARTICLE_POINTER)].flatMap((m) => withoutAccents(m[0].toLowerCase()).split(P1))
      : [],
  );
  // A side's year is asked of it as its year, not as a word ("1848" would find the dateline "June 12, 1848").
  const sideYears = new Set(all.flatMap((s) => (s.year !== null ? [String(s.year)] : [])));
  const asked = (l: string) =>
    !comparisonWords.has(l) && !pointing.has(withoutAccents(l)) && !sideYears.has(l);
  const terms = new Map([...u.terms].filter(([t]) => asked(t) && !others.has(t.slice(ENTITY_TERM.length))));
  if (side.entityId) terms.set(ENTITY_TERM + side.entityId, 2);
  return {
    ...u,
    entities: [
      ...(side.entityId ? [side.entityId] : []),
      ...u.entities.filter(
        (id) => !others.has(id) && id !== side.entityId && !all.some((s) => s.entityId === id),
      ),
    ],
    speakerId: side.entityId,
    // A side with no year of its own, beside sides with theirs, is not asked in theirs.
    years: side.year !== null ? [side.year] : all.some((s) => s.year !== null) ? [] : u.years,
    ...(side.sourceId ? { outletSourceIds: [side.sourceId] } : {}),
    terms,
    content: u.content.filter(asked),
    unknown: u.unknown.filter(asked),
    predicates: u.predicates.filter(asked),
  };
}

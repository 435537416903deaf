/**
 * People a comparison names together without naming each: a family by its surname ("how did the Pettibone
 * brothers remember it differently?", "the two Garza brothers") and a relative by the person they are
 * related to ("Vickery's mother", "his ex-wife"), read from how the article introduces them ("Lorene
 * Vickery, 61, his mother"). Adding an article about another family needs no word of it here.
 */
import { withoutAccents, type Token } from '../nlp/pipeline.ts';
import type { Entity } from '../knowledge/schema.ts';
import { singularOf } from '../nlp/singular.ts';
import type { Side } from './comparison-sides.ts';
import type { PersonHeads } from './described.ts';
import { ENTITY_TERM, type KnowledgeIndex } from './knowledge-index.ts';
import type { Understanding } from './understanding.ts';

/** Patterns with `\p{…}`, built once: inside a function tsx rebuilds them on every call (see src/nlp/letter-tests.ts). */
const P1 = /[^\p{L}\p{N}-]+/u;
const P2 = /^\p{Lu}/u;

/** At most this many members of a family are set side by side; a larger one is no comparison of each. */
const MAX_MEMBERS = 3;
/**
 * Singular nouns that name people of one family together ("the Hinojosa couple", "the Loera family"), as a
 * plural noun for people does ("the Garza brothers").
 */
const FAMILY_NOUNS: ReadonlySet<string> = new Set(['couple', 'family', 'pair', 'household']);
/** An article's description of someone by their relation to the person it is about ("his former wife"). */
const RELATION = /^(?:his|her|their)\s+(.+)$/i;
/** "ex-wife": a former one ("his former wife"). */
const EX = /^ex-(\p{L}+)$/u;
/** A question's phrase for someone by their relation to a person it names: "Vickery's mother". */
const OWNED = /^(?:the\s+)?(.+?)['’]s\s+(.+)$/i;
/** …or to the person it has named, by a possessive: "his ex-wife". */
const POSSESSED = /^(?:his|her|their)\s+(.+)$/i;

const wordsOf = (text: string): string[] => withoutAccents(text.toLowerCase()).split(P1).filter(Boolean);

/** The articles a person is named in (the index's table of the sources that mention each entity). */
function articlesOf(index: KnowledgeIndex, id: string): Set<string> {
  const out = new Set<string>();
  for (const position of index.entitySources.get(id) ?? []) {
    const source = index.sourceOrder[position]?.id;
    if (source) out.add(source);
  }
  return out;
}

/** A family a question names: its members, and what names it (the surname and noun, everyone of that surname). */
export interface Family {
  members: string[];
  /** The question's words for the family ("pettibone", "brothers"), lower case, with their lemmas. */
  words: string[];
  /** Every person of the article with the surname, one person under several names included. */
  bearers: string[];
}

/**
 * The members of the family a question names by a surname and a plural noun for people ("the Pettibone
 * brothers", "the two Garza brothers") or a noun for a family ("the Hinojosa couple"), in the order the article names them: the people of one article whose
 * name has that surname after a first name, two or more. A shorter name that begins a longer one in the same
 * article ("Ramón Garza" of "Ramón Garza Villarreal") is one person, the name they are quoted under kept.
 * `null` when the question names no family or the coverage has fewer than two of it in one article.
 */
export function familyOf(tokens: readonly Token[], index: KnowledgeIndex, heads: PersonHeads): Family | null {
  for (let i = 0; i + 1 < tokens.length; i++) {
    const name = tokens[i];
    const noun = tokens[i + 1];
    if (!name || !noun || !P2.test(name.value) || name.type !== 'word') continue;
    const plural = noun.normal !== noun.lemma && heads.has(noun.lemma);
    if (!plural && !FAMILY_NOUNS.has(noun.normal)) continue;
    const surname = withoutAccents(name.normal);
    const bearers = [...index.entities.values()].filter(
      (e) => e.type === 'person' && wordsOf(e.name).slice(1).includes(surname),
    );
    const byArticle = new Map<string, string[]>();
    for (const e of bearers)
      for (const source of articlesOf(index, e.id))
        byArticle.set(source, [...(byArticle.get(source) ?? []), e.id]);
    const [best, next] = [...byArticle.values()].sort((a, b) => b.length - a.length);
    if (!best || best.length < 2 || (next && next.length === best.length)) continue;
    const members = onePerName(index, best);
    return members.length >= 2 && members.length <= MAX_MEMBERS
      ? {
          members,
          words: [name.normal, name.lemma, noun.normal, noun.lemma, ...appositionAfter(tokens, i + 2)],
          bearers: best,
        }
      : null;
  }
  return null;
}

/**
 * The words of an apposition that follows a family's name and says who its members are ("the two Garza
 * brothers, the taxi driver and the customs broker, …"): they name the members, they are not the topic.
 */
function appositionAfter(tokens: readonly Token[], at: number): string[] {
  if (tokens[at]?.value !== ',') return [];
  const out: string[] = [];
  for (let k = at + 1; k < tokens.length; k++) {
    const t = tokens[k];
    if (!t || t.pos === 'PUNCT') return t?.value === ',' ? out : [];
    if (t.pos === 'VERB' || t.pos === 'AUX') return [];
    out.push(t.normal, t.lemma);
  }
  return [];
}

/** `ids` with one person under two names ({@link samePerson}) kept once, under the name they are quoted by. */
function onePerName(index: KnowledgeIndex, ids: readonly string[]): string[] {
  const kept: string[] = [];
  for (const id of ids) {
    const same = kept.findIndex((k) => samePerson(index, k, id));
    if (same < 0) kept.push(id);
    else if (!index.speakerQuotes.has(kept[same] ?? '') && index.speakerQuotes.has(id)) kept[same] = id;
  }
  return kept;
}

/**
 * A comparison of a family's members ({@link familyOf}): a side for each, and the question as asked of each
 * without the words that name the family or any of its names, so each member's side is about them alone.
 * `null` when the question names no family.
 */
export function familyComparison(
  u: Understanding,
  index: KnowledgeIndex,
  heads: PersonHeads,
): { sides: Side[]; asked: Understanding } | null {
  const family = familyOf(u.analysis.tokens, index, heads);
  if (!family) return null;
  const naming = new Set([...family.words, ...family.bearers.map((id) => ENTITY_TERM + id)]);
  const kept = (l: string) => !naming.has(l);
  return {
    sides: family.members.map((entityId) => ({ entityId, year: null })),
    asked: {
      ...u,
      terms: new Map([...u.terms].filter(([t]) => kept(t))),
      entities: u.entities.filter((id) => !family.bearers.includes(id)),
      content: u.content.filter(kept),
      predicates: u.predicates.filter(kept),
    },
  };
}

/**
 * True when `a` and `b` are one person: the same id, or names of one article where one begins the other
 * ("Ramón Garza", "Ramón Garza Villarreal").
 */
export function samePerson(index: KnowledgeIndex, a: string, b: string): boolean {
  if (a === b) return true;
  const x = wordsOf(index.entities.get(a)?.name ?? '');
  const y = wordsOf(index.entities.get(b)?.name ?? '');
  const [short, long] = x.length < y.length ? [x, y] : [y, x];
  if (short.length < 2 || short.length === long.length || !short.every((w, i) => long[i] === w)) return false;
  const there = articlesOf(index, a);
  return [...articlesOf(index, b)].some((s) => there.has(s));
}

/**
 * The person an article describes by their relation to `ownerId` ("his mother", "his former wife"), for a
 * question's words for the relation ("mother", "ex-wife"): someone named in an article of the owner's whose
 * description is a possessive with every one of those words, an "ex-" read as "former". `null` unless exactly
 * one person fits.
 */
export function relativeOf(
  index: KnowledgeIndex,
  ownerId: string,
  relation: readonly string[],
  abbreviations: ReadonlyMap<string, string> = new Map(),
): string | null {
  const ownerWords = ownerTerms(index, ownerId, abbreviations);
  const asked = relation.flatMap((w) => {
    const ex = EX.exec(w);
    return ex?.[1] ? ['former', ex[1]] : [w];
  });
  if (asked.length === 0) return null;
  const owners = articlesOf(index, ownerId);
  // Only people of the owner's articles can fit: the walk stays the size of those articles, not the coverage's.
  const candidates = new Set<string>();
  for (const source of owners) for (const id of index.entitiesBySource.get(source) ?? []) candidates.add(id);
  const before = relationsBefore(index);
  const fits = [...candidates]
    .flatMap((id) => index.entities.get(id) ?? [])
    .filter((e) => {
      if (e.type !== 'person' || e.id === ownerId) return false;
      const described = [
        RELATION.exec(e.description ?? '')?.[1],
        ownedBy(e.description ?? '', ownerWords),
        ...(before.get(e.id) ?? []).filter((r) => owners.has(r.sourceId)).map((r) => r.relation),
      ];
      return described.some((d) => d !== undefined && asked.every((w) => wordsOf(d).includes(w)));
    });
  return fits.length === 1 ? (fits[0]?.id ?? null) : null;
}

/** "the sergeant's wife": a description by a relation to someone the article calls by a word of theirs. */
const OWNER_RELATION = /^the\s+([\p{L}.-]+)['’]s\s+(.+)$/iu;

/** The relation in a description "the <owner's word>'s <relation>" when the word is one of `ownerWords`. */
function ownedBy(description: string, ownerWords: ReadonlySet<string>): string | undefined {
  const m = OWNER_RELATION.exec(description.trim());
  return m?.[1] && ownerWords.has(wordsOf(m[1]).join(' ')) ? m[2] : undefined;
}

/**
 * The words an article may call a person by instead of their name (exported for a question's title before
 * the name, "Sgt. Hooper's wife"): their surname, the titles of their
 * roles written in full ("Sgt." → "sergeant") and the head of their description.
 */
export function ownerTerms(
  index: KnowledgeIndex,
  id: string,
  abbreviations: ReadonlyMap<string, string>,
): Set<string> {
  const e = index.entities.get(id);
  const out = new Set<string>();
  if (!e) return out;
  const surname = wordsOf(e.name).at(-1);
  if (surname) out.add(surname);
  for (const title of roleTitles(index, id, abbreviations)) out.add(title);
  const head = wordsOf(e.description ?? '').at(-1);
  if (head) out.add(head);
  for (const body of bodiesAfterName(index, e)) out.add(body);
  return out;
}

/**
 * The titles of a person's own roles, lower case, written in full ("Sgt." → "sergeant", "attorney general"):
 * the titles a question may set before their name as theirs.
 */
export function roleTitles(
  index: KnowledgeIndex,
  id: string,
  abbreviations: ReadonlyMap<string, string>,
): Set<string> {
  const out = new Set<string>();
  for (const r of index.entities.get(id)?.roles ?? [])
    for (const title of [r.title, ...r.phrases]) {
      const word = wordsOf(title.replace(/\.$/, '')).join(' ');
      if (word) out.add(abbreviations.get(word) ?? word);
    }
  return out;
}

/** Sentences of a person read for the body written after their name: the first mentions introduce it. */
const MAX_BODY_SENTENCES = 5;

/**
 * The bodies an article sets right after a person's name ("Private C. R. Moore of the Rangers"), as the word
 * for one member ("ranger"): the article may then call the person by it ("Mrs. Moore, the Ranger's wife").
 */
function bodiesAfterName(index: KnowledgeIndex, e: Entity): string[] {
  const out: string[] = [];
  for (const sid of e.sentenceIds.slice(0, MAX_BODY_SENTENCES)) {
    const text = index.sentences[index.sentenceIndex.get(sid) ?? -1]?.text;
    if (!text) continue;
    const at = text.indexOf(e.name);
    if (at < 0) continue;
    const body = BODY_AFTER_NAME.exec(text.slice(at + e.name.length))?.[1];
    if (body) out.push(singularOf(withoutAccents(body.toLowerCase())));
  }
  return out;
}

/** " of the Rangers" right after a name: a capitalised body of one word. */
const BODY_AFTER_NAME = /^\s+of\s+the\s+(\p{Lu}[\p{L}-]+)\b/u;

/** A relation set before a name, as its apposition: "His daughter, Mariana Loera, …". */
const RELATION_BEFORE = /(?:^|[.;:—–-]\s*|,\s*)(?:his|her|their)\s+((?:[\p{L}-]+\s+){0,2}[\p{L}-]+),\s*$/iu;

/** A relation set before a person's name, in one article. */
interface RelationBefore {
  sourceId: string;
  relation: string;
}

/** {@link relationsBefore} of each knowledge index, read once. */
const RELATIONS_BEFORE = new WeakMap<KnowledgeIndex, ReadonlyMap<string, readonly RelationBefore[]>>();

/**
 * The relations the articles give people in an apposition before their name ("His daughter, Mariana Loera, a
 * 24-year-old law student, saw it differently."), which a person's description, the words after the name, does
 * not hold; by person. Read over the whole coverage once, on the first question that asks for a relative, so
 * a question costs a look-up however many articles name the owner.
 */
function relationsBefore(index: KnowledgeIndex): ReadonlyMap<string, readonly RelationBefore[]> {
  const known = RELATIONS_BEFORE.get(index);
  if (known) return known;
  const out = new Map<string, RelationBefore[]>();
  for (const sentence of index.sentences)
    for (const m of sentence.mentions) {
      const at = sentence.text.indexOf(m.text);
      // The apposition ends with a comma right before the name: only then is the regex worth running.
      if (at <= 0 || !/,\s*$/.test(sentence.text.slice(Math.max(0, at - 4), at))) continue;
      const relation = RELATION_BEFORE.exec(sentence.text.slice(0, at))?.[1];
      if (!relation) continue;
      const list = out.get(m.entityId);
      if (list) list.push({ sourceId: sentence.sourceId, relation });
      else out.set(m.entityId, [{ sourceId: sentence.sourceId, relation }]);
    }
  RELATIONS_BEFORE.set(index, out);
  return out;
}

/**
 * The person a question's phrase names by their relation to someone ({@link relativeOf}): "Vickery's mother"
 * to the person `ownerOf` reads in "Vickery", "his ex-wife" to `named`, the person the question names.
 * `null` when the phrase names no relation or no one fits it.
 */
export function relativeIn(
  index: KnowledgeIndex,
  phrase: string,
  ownerOf: (name: string) => string | null,
  named: string | null,
): string | null {
  const owned = OWNED.exec(phrase.trim());
  const possessed = owned ? null : POSSESSED.exec(phrase.trim());
  const owner = owned?.[1] ? ownerOf(owned[1]) : possessed ? named : null;
  const relation = owned?.[2] ?? possessed?.[1];
  if (!owner || !relation) return null;
  // "his daughter in Juárez": where they are is no word of the relation, and only the relation may fit.
  const bare = relation.replace(WHERE_AFTER, '');
  return (
    relativeOf(index, owner, wordsOf(relation)) ??
    (bare !== relation ? relativeOf(index, owner, wordsOf(bare)) : null)
  );
}

/** A place or setting after a relation ("in Juárez", "at Fort Davis", "from Safford"), to the end. */
const WHERE_AFTER = /\s+(?:in|at|from|near|on)\s+.*$/i;

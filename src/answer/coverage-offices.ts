/**
 * The offices the coverage knows and who holds them, read once per knowledge index from the entities' roles:
 * each role phrase's holders with the dates they held it ("secretary of defense"), the words of every title
 * and phrase and the words heading them, the people articles introduce by an office ("the defence secretary,
 * Gen. Ricardo Trevilla Trejo"), and the places a country's offices name ("mx" → Mexico, from "President of
 * Mexico"). A question's office is resolved with them (question-entities.ts): by the question's years and
 * country, by a place it is an office of, and by the article the rest of the question points to.
 */
import { ENTITY_PREFIX, ROLE_PREFIX, rolePhraseKey, type Analysis } from '../nlp/pipeline.ts';
import type { Entity } from '../knowledge/schema.ts';
import type { KnowledgeIndex } from './knowledge-index.ts';

/** Patterns with `\p{…}`, built once: inside a function tsx rebuilds them on every call (see src/nlp/letter-tests.ts). */
const P3 = /[^\p{L}]+/u;
const NOT_WORDS = /[^\p{L}\p{N}]+/gu;

/**
 * The parts of speech of the content words that point a question to an article (and, in question-entities.ts,
 * that a question asks with besides its names).
 */
export const CONTENT_POS: ReadonlySet<string> = new Set(['NOUN', 'VERB', 'ADJ', 'PROPN']);

/** The offices of the coverage; see the module header. */
export class CoverageOffices {
  /** Each role phrase's holders, with the dates they held it (null where the coverage does not say). */
  readonly #roleHolders = new Map<string, Array<{ id: string; from: string | null; to: string | null }>>();
  /** For each country code of an office, the places its titles name ("mx" → Mexico, from "President of Mexico"). */
  readonly #countryPlaces = new Map<string, Set<string>>();
  /** The words of every title and role phrase a holder in the coverage has ("secretary of defense"). */
  readonly #officeWords: Array<Set<string>> = [];
  /** The words that head those phrases: the one before "of" ("secretary of defense"), else the last ("defence minister"). */
  readonly #officeHeads = new Set<string>();
  /** People the articles introduced by an office ("the defence secretary, Gen. Ricardo Trevilla Trejo"): its words. */
  readonly #titledDiscovered: Array<{ id: string; words: string[] }> = [];

  constructor(private readonly index: KnowledgeIndex) {
    for (const e of index.entities.values()) {
      for (const r of e.roles) {
        for (const p of r.phrases) {
          const key = rolePhraseKey(p);
          const list = this.#roleHolders.get(key) ?? [];
          list.push({ id: e.id, from: r.from, to: r.to });
          this.#roleHolders.set(key, list);
        }
        for (const p of [r.title, ...r.phrases]) {
          const words = officeWords(p);
          this.#officeWords.push(new Set(words));
          const of = words.indexOf('of');
          const head = of > 0 ? words[of - 1] : words.at(-1);
          if (head) this.#officeHeads.add(head);
        }
      }
    }
    for (const e of index.entities.values()) {
      if (!e.discovered) continue;
      const described = /^(?:the|a|an)\s+([^,]+)$/i.exec(e.description ?? '')?.[1] ?? '';
      for (const phrase of [described, ...e.roles.flatMap((r) => [r.title, ...r.phrases])]) {
        const words = officeWords(phrase).filter((w) => !ARTICLES.has(w));
        const of = words.indexOf('of');
        const head = of > 0 ? words[of - 1] : words.at(-1);
        if (words.length >= 2 && words.length <= MAX_TITLE_WORDS && head && this.#officeHeads.has(head))
          this.#titledDiscovered.push({ id: e.id, words });
      }
    }
    const places = [...index.entities.values()].filter((e) => e.type === 'place');
    for (const e of index.entities.values())
      for (const r of e.roles) {
        if (r.country === null) continue;
        for (const p of places)
          if (namesPlace(r.title, p)) {
            const set = this.#countryPlaces.get(r.country) ?? new Set<string>();
            set.add(p.id);
            this.#countryPlaces.set(r.country, set);
          }
      }
  }

  /** True when `id` holds the office of role phrase `phrase` somewhere in the coverage. */
  heldBy(phrase: string, id: string): boolean {
    return this.#roleHolders.get(phrase)?.some((h) => h.id === id) === true;
  }

  /**
   * Offices of the form "<title> of <thing>" ("secretary of state", "chief of staff"), the title one that heads
   * an office in the coverage, that no holder's title or role phrase in the coverage names: no one the coverage names holds them, so they are subjects it
   * does not know, not a door to another office ("secretary of defense") whose words come close. A place
   * or a name after "of" ("president of Guatemala", "mayor of Nogales") is left to the place check.
   */
  unnamedOffices(
    analysis: Analysis,
    entityTokens: ReadonlySet<number>,
    titles: ReadonlySet<string>,
    isEnglishWord: (word: string) => boolean,
  ): string[] {
    const out: string[] = [];
    const { tokens } = analysis;
    tokens.forEach((tok, i) => {
      if (entityTokens.has(i) || !titles.has(tok.normal) || tokens[i + 1]?.normal !== 'of') return;
      let j = i + 2;
      if (tokens[j]?.normal === 'the') j++;
      const thing = tokens[j];
      // "The mayor of Nogales": a name after "of" is a place the office is asked of, not another office.
      if (!thing || thing.type !== 'word' || thing.stop || !isEnglishWord(thing.normal)) return;
      if (entityTokens.has(j)) {
        const place = analysis.custom.some(
          (c) =>
            c.start <= j &&
            c.end > j &&
            c.name.startsWith(ENTITY_PREFIX) &&
            this.index.entities.get(c.name.slice(ENTITY_PREFIX.length))?.type === 'place',
        );
        if (place) return;
      }
      const [head, of] = [officeWords(tok.normal)[0] ?? '', officeWords(thing.normal)[0] ?? ''];
      if (!this.#officeHeads.has(head)) return;
      if (this.#officeWords.some((words) => words.has(head) && words.has(of))) return;
      // "The reservation's chief of police": an office an article names in these words, whoever holds it.
      if (this.index.sourcesSayingPhrase(thing.lemma, `${tok.normal} of ${thing.normal}`).size > 0) return;
      out.push(`${tok.value} of ${thing.value}`);
    });
    return out;
  }

  /**
   * The place an office is asked of: a place named right before it ("Guatemala's president", "the Texas
   * governor") or after "of" ("the president of Guatemala").
   */
  placeOf(analysis: Analysis, role: { start: number; end: number }): Entity | null {
    const { tokens } = analysis;
    const before = /^['’]?s$/.test(tokens[role.start - 1]?.normal ?? '') ? role.start - 1 : role.start;
    const after = tokens[role.end]?.normal === 'of' ? role.end + 1 : -1;
    for (const o of analysis.custom) {
      if (!o.name.startsWith(ENTITY_PREFIX) || (o.end !== before && o.start !== after)) continue;
      const e = this.index.entities.get(o.name.slice(ENTITY_PREFIX.length));
      if (e?.type === 'place') return e;
    }
    return null;
  }

  /** True when `id` may hold an office of `place`: one whose title, or whose country's, names it, or of no known country. */
  holdsFor(id: string, place: Entity): boolean {
    return (this.index.entities.get(id)?.roles ?? []).some(
      (r) =>
        namesPlace([r.title, ...r.phrases].join(' '), place) ||
        // An office learnt from an article has no country: it may be the place's.
        r.country === null ||
        this.#countryPlaces.get(r.country)?.has(place.id) === true,
    );
  }

  /**
   * The holders of an office the question names without a year, read by the article the rest of the
   * question points to: "Why did Mexico's defense secretary say troops could be pulled out of Campeche,
   * Mérida and Cancún?" is asked of the 2025 article, whose defence secretary is Gen. Trevilla, not of
   * Sandoval, who held the office until 2024. When that article names none of the holders, the people it
   * introduces by the office's words hold it there; otherwise, or when the rest of the question points
   * nowhere, every holder is kept. (Narrowing holders the article does name to those it names measured
   * dev -1: a5b-016 is then declined downstream.)
   */
  heldWhereAsked(
    holders: string[],
    role: { start: number; end: number; name: string },
    analysis: Analysis,
  ): string[] {
    const terms = new Map<string, number>();
    analysis.tokens.forEach((t, i) => {
      if (i >= role.start && i < role.end) return;
      if (!t.stop && t.type === 'word' && CONTENT_POS.has(t.pos)) terms.set(t.lemma, 1);
    });
    if (terms.size < MIN_POINTING_WORDS) return holders;
    const bySource = new Map<number, number>();
    const { sentenceSource } = this.index;
    this.index.sentenceBm25.withScores(terms, (score, touched, count) => {
      for (let k = 0; k < count; k++) {
        const i = touched[k] ?? 0;
        const p = sentenceSource[i] ?? -1;
        bySource.set(p, Math.max(bySource.get(p) ?? 0, score[i] ?? 0));
      }
    });
    const ranked = [...bySource].sort((a, b) => b[1] - a[1]);
    const best = ranked[0];
    if (!best || best[0] < 0) return holders;
    const namedThere = (id: string) => this.index.entitySources.get(id)?.has(best[0]) === true;
    if (holders.some(namedThere)) return holders;
    const office = officeWords(role.name.slice(ROLE_PREFIX.length));
    const there = this.#titledDiscovered
      .filter((d) => d.words.every((w) => office.includes(w)) && namedThere(d.id))
      .map((d) => d.id);
    return there.length > 0 ? [...new Set(there)] : holders;
  }

  /**
   * Holders of a role in the coverage; a year in the question picks the holder of that year, and `null` says
   * the coverage names holders only for other years.
   */
  holders(phrase: string, years: readonly number[], text: string): string[] | null {
    let holders = (this.#roleHolders.get(phrase) ?? []).filter((h) => this.index.entities.has(h.id));
    const country = /\b(mexic\w*)\b/i.test(text)
      ? 'mexico'
      : /\b(us|u\.s\.|american|united states)\b/i.test(text)
        ? 'us'
        : null;
    if (country && phrase !== 'president' && phrase !== 'us president') {
      holders = holders.filter((h) =>
        (this.index.entities.get(h.id)?.roles ?? []).some(
          (r) => r.country === (country === 'mexico' ? 'mx' : 'us'),
        ),
      );
    } else if (country && phrase === 'president') {
      const code = country === 'mexico' ? 'mx' : 'us';
      holders = holders.filter((h) =>
        (this.index.entities.get(h.id)?.roles ?? []).some((r) => r.country === code),
      );
    }
    if (years.length > 0) {
      const inYear = holders.filter((h) =>
        years.some((y) => (!h.from || h.from <= `${y}-12-31`) && (!h.to || `${y}-01-01` <= h.to)),
      );
      if (inYear.length > 0) holders = inYear;
      // "Mexico's defence minister in 2025": when every holder the coverage names held it only at other
      // times, it names no holder for that year.
      else if (holders.length > 0 && holders.every((h) => h.from !== null || h.to !== null)) return null;
    }
    return [...new Set(holders.map((h) => h.id))];
  }
}

const ARTICLES: ReadonlySet<string> = new Set(['the', 'a', 'an', 's']);

/** Longest office an article introduces someone by that a question's title is read against ("defence secretary"). */
const MAX_TITLE_WORDS = 4;

/** Content words besides a title the question needs before the article they point to picks its holder. */
const MIN_POINTING_WORDS = 2;

/** The words of an office phrase, lower-case, British "-ence" spelt "-ense" ("defence" → "defense"). */
function officeWords(phrase: string): string[] {
  return phrase
    .toLowerCase()
    .split(P3)
    .filter(Boolean)
    .map((w) => w.replace(/ence$/, 'ense'));
}

/** True when `text` names `place` by one of its aliases, as whole words. */
function namesPlace(text: string, place: { aliases: readonly string[] }): boolean {
  const words = ` ${text.toLowerCase().replace(NOT_WORDS, ' ')} `;
  return place.aliases.some((a) => words.includes(` ${a.toLowerCase().replace(NOT_WORDS, ' ')} `));
}

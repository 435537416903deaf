/**
 * Names two bodies share. "National Guard" is the US National Guard in a story about Texas and Mexico's
 * Guardia Nacional in one about Chiapas; the entity data lists the name under the body it names by default
 * and, as a `sharedAliases` entry, under the other. Which body a mention means is read from the words around
 * it, for an article and for a question alike: a country word right before it ("Texas National Guard",
 * "Mexico's National Guard"), the nearest one in its sentence, then in its paragraph; for an article, then
 * what the rest of the article is about. Not a list per article: the same words decide in any article.
 */
import { ENTITY_PREFIX, type Analysis } from '../nlp/pipeline.ts';
import { opensWithCapital } from '../nlp/letter-tests.ts';
import { type CountryMarker, majority, placedBy } from './country-placement.ts';

/** Patterns with `\p{…}`, built once: inside a function tsx rebuilds them on every call (see src/nlp/letter-tests.ts). */
const P1 = /^[\p{Lu}.]+$/u;

/** Which body each mention by a shared name means: per paragraph (0-based), by the token it starts at. */
export type BodiesByParagraph = ReadonlyArray<ReadonlyMap<number, string> | undefined>;

/** One mention by a shared name, and the bodies that go by it (the default first). */
export interface SharedMention {
  start: number;
  end: number;
  bodies: readonly string[];
}

/** Lower-case words of a phrase as the tokenizer splits them ("Mexico's" → "mexico", "'s"). */
type Phrase = readonly string[];

/**
 * What the shared names and country words of the knowledge data are: built once from the entity data and
 * `lexicon.json`'s `countryWords`.
 */
export class SharedNames {
  /** Lower-case shared name → the bodies that go by it, the one whose alias it is first. */
  readonly #bodies = new Map<string, string[]>();
  readonly #countryOf = new Map<string, string>();
  readonly #founded = new Map<string, string>();
  /** One-word names matched only as written ("Guard"), and whose they are. */
  readonly #short = new Map<string, string>();
  /**
   * {@link bodiesOf} by the name as written: an article asks it of every alias match, a few times each, and
   * the same few hundred spellings come back; the lower-cased key need not be made each time. Capped, so
   * a long-running process does not keep every spelling it meets.
   */
  readonly #bodiesAsWritten = new Map<string, readonly string[]>();
  /** Country words by their first lower-case word, longest first. */
  readonly #words = new Map<string, Array<{ words: Phrase; country: string; exact: string | null }>>();

  constructor(
    entities: ReadonlyArray<SharedNameEntity>,
    countryWords: Readonly<Record<string, readonly string[]>> = {},
  ) {
    for (const e of entities) {
      const country = countryOfEntity(e);
      if (country) this.#countryOf.set(e.id, country);
      if (e.founded) this.#founded.set(e.id, e.founded);
    }
    for (const e of entities)
      for (const name of e.sharedAliases ?? []) {
        const owner = entities.find(
          (o) => o !== e && [...o.aliases, ...(o.shortAliases ?? [])].some((a) => sameName(a, name)),
        );
        const key = nameKey(name);
        const list = this.#bodies.get(key) ?? (owner ? [owner.id] : []);
        if (!list.includes(e.id)) list.push(e.id);
        this.#bodies.set(key, list);
      }
    for (const e of entities) for (const name of e.shortAliases ?? []) this.#short.set(name, e.id);
    for (const [country, list] of Object.entries(countryWords)) {
      // A "$comment" beside the lists is no country.
      if (!Array.isArray(list)) continue;
      for (const phrase of list) {
        const words = phraseWords(phrase);
        const first = words[0];
        if (!first) continue;
        const entries = this.#words.get(first) ?? [];
        // "US" is a country word, "us" a pronoun: a word written in capitals matches only as written.
        entries.push({ words, country, exact: P1.test(phrase) ? phrase : null });
        entries.sort((a, b) => b.words.length - a.words.length);
        this.#words.set(first, entries);
      }
    }
  }

  /** True when any name is shared: without one, nothing here has work to do. */
  get any(): boolean {
    return this.#bodies.size > 0;
  }

  /** The country an entity belongs to, when the data says. */
  countryOf(id: string): string | null {
    return this.#countryOf.get(id) ?? null;
  }

  /** The bodies a name (as written) may mean, the default first; empty when the name is no shared one. */
  bodiesOf(name: string): readonly string[] {
    const known = this.#bodiesAsWritten.get(name);
    if (known !== undefined) return known;
    const bodies = this.#bodies.get(nameKey(name)) ?? NO_BODIES;
    if (this.#bodiesAsWritten.size < MAX_SPELLINGS_KEPT) this.#bodiesAsWritten.set(name, bodies);
    return bodies;
  }

  /** The bodies among `bodies` that existed by `day` (ISO): a body founded later is not the one meant. */
  existing(bodies: readonly string[], day: string): string[] {
    return bodies.filter((b) => (this.#founded.get(b) ?? '') <= day);
  }

  /**
   * The mentions by a shared name among an analysis' alias matches and one-word names, with the bodies that
   * existed by `day` or that the article names (`named`): a 2006 story's "National Guard" is not Mexico's,
   * founded in 2019. `short` is the analysis' {@link shortNames}, when already read.
   */
  sharedMentions(
    analysis: Analysis,
    day: string,
    named: ReadonlySet<string> = new Set(),
    short: readonly number[] = this.shortNames(analysis),
  ): SharedMention[] {
    const out: SharedMention[] = [];
    for (const c of analysis.custom) {
      if (!c.name.startsWith(ENTITY_PREFIX)) continue;
      const all = this.bodiesOf(c.value);
      if (all.length > 1) out.push(this.#sharedMention(c.start, c.end, all, day, named));
    }
    for (const t of short) {
      const value = analysis.tokens[t]?.value ?? '';
      const all = this.bodiesOf(value);
      out.push(
        this.#sharedMention(t, t + 1, all.length > 0 ? all : [this.#short.get(value) ?? ''], day, named),
      );
    }
    return out.sort((a, b) => a.start - b.start);
  }

  /** A mention of tokens [start, end) by a name `all` the bodies share: those that existed by `day` or are `named`. */
  #sharedMention(
    start: number,
    end: number,
    all: readonly string[],
    day: string,
    named: ReadonlySet<string>,
  ): SharedMention {
    const bodies = all.filter((b) => named.has(b) || this.existing([b], day).length > 0);
    return { start, end, bodies: bodies.length > 0 ? bodies : all.slice(0, 1) };
  }

  /**
   * The tokens that are a one-word name written as the data writes it ("the Guard", "Guard members",
   * "Texas Guard soldiers", "Florida's Guard"), outside every longer name and not after another capitalised
   * word that makes it another body's ("Coast Guard", "Republican Guard") unless that word is a country's.
   */
  shortNames(analysis: Analysis): number[] {
    if (this.#short.size === 0) return [];
    // A token is a slice of the text: a paragraph whose text holds none of the names has no token to look at.
    let any = false;
    for (const name of this.#short.keys()) if ((any = analysis.text.includes(name))) break;
    if (!any) return [];
    const out: number[] = [];
    const { tokens } = analysis;
    let marks: CountryMarker[] | null = null;
    // Tokens inside a longer name, flagged once: looking through every name for each token would not scale.
    let inName: Uint8Array | null = null;
    tokens.forEach((tok, t) => {
      if (!this.#short.has(tok.value)) return;
      if (inName === null) {
        inName = new Uint8Array(tokens.length);
        for (const c of analysis.custom) inName.fill(1, c.start, c.end);
      }
      if (inName[t] === 1) return;
      const before = tokens[t - 1];
      const another = before && opensWithCapital(before.value) && OTHER_BODY_POS.has(before.pos);
      if (another) {
        marks ??= this.#wordMarkers(analysis, 0, tokens.length);
        if (!marks.some((m) => m.end === t)) return;
      }
      out.push(t);
    });
    return out;
  }

  /**
   * The words and names of an analysis that place what is near them in a country: known entities of one
   * country ("the Pentagon", López Obrador) and the country words of the lexicon ("Mexican", "Texas",
   * "Chiapas"). A shared name places nothing (it is what is being placed), and a country word that only
   * says where a border is ("the Mexican border", "the U.S.-Mexico border", "the border with Mexico") says
   * nothing of whose force stands at it.
   */
  markers(analysis: Analysis): CountryMarker[] {
    const found: CountryMarker[] = [];
    const blockers: Array<{ start: number; end: number }> = [];
    for (const c of analysis.custom) {
      if (!c.name.startsWith(ENTITY_PREFIX)) continue;
      const country =
        this.bodiesOf(c.value).length > 1 ? null : this.countryOf(c.name.slice(ENTITY_PREFIX.length));
      if (country) found.push({ start: c.start, end: c.end, country });
      else blockers.push(c);
    }
    found.push(...this.#wordMarkers(analysis, 0, analysis.tokens.length));
    // "New Mexico" holds the country "Mexico", "Central American" the word "American": the longer name says.
    // One sweep by start, longer first, instead of every marker against every other: a marker is inside a
    // longer one when one started no later and ends no sooner; of the same marker twice, the first is kept.
    // Pushed onto one literal, a blocker's order a small integer like a marker's (a blocker is never picked):
    // spread map results and an Infinity among integers gave the records shapes that kept throwing away the
    // compiled code.
    const spans: Array<{ start: number; end: number; m: CountryMarker | null; i: number }> = [];
    found.forEach((m, i) => spans.push({ start: m.start, end: m.end, m, i }));
    for (const o of blockers) spans.push({ start: o.start, end: o.end, m: null, i: -1 });
    spans.sort((x, y) => x.start - y.start || y.end - y.start - (x.end - x.start));
    const kept: CountryMarker[] = [];
    let reach = -1;
    for (let g = 0; g < spans.length;) {
      const head = spans[g];
      if (!head) break;
      let pick: { m: CountryMarker; i: number } | null = null;
      let h = g;
      for (; h < spans.length && spans[h]?.start === head.start && spans[h]?.end === head.end; h++) {
        const x = spans[h];
        if (x?.m && (!pick || x.i < pick.i)) pick = { m: x.m, i: x.i };
      }
      if (pick && reach < head.end && !placesABorder(analysis, pick.m)) kept.push(pick.m);
      reach = Math.max(reach, head.end);
      g = h;
    }
    return kept.sort((a, b) => a.start - b.start);
  }

  /**
   * Which body each mention by a shared name in an article means: per paragraph (0-based), by the token the
   * mention starts at. In
   * order: a country word right before the name ("Texas National Guard", "Mexico's National Guard"); the
   * nearest country word in its sentence, then in its paragraph; then the country most of the article's
   * Guard mentions were placed in, or failing that most of its country words; then the default body.
   */
  readArticle(analyses: readonly Analysis[], published: string): BodiesByParagraph {
    const out: Array<Map<number, string>> = [];
    // Most articles use no shared name: the country words of their paragraphs are not read at all.
    if (!this.any) return out;
    const set = (p: number, token: number, body: string) => (out[p] ??= new Map()).set(token, body);
    // Each paragraph's one-word names are read once, for the first look and for the reading.
    // Lists pushed onto literals, not mapped: an empty mapped list has another shape than a full one, and
    // each shape seen threw the compiled readArticle away.
    const short: number[][] = [];
    for (const a of analyses) short.push(this.shortNames(a));
    if (analyses.every((a, p) => (short[p]?.length ?? 0) === 0 && !this.#namesSharedMatch(a))) return out;
    // A paragraph's country words are read when something there needs them (a body named by its own name,
    // a mention to place) and once only: most paragraphs of an article about the Guard need none, unless a
    // mention is left for the whole article's words to decide.
    const markers: Array<CountryMarker[] | undefined> = [];
    const markersOf = (p: number): CountryMarker[] => {
      const analysis = analyses[p];
      if (!analysis) return [];
      return (markers[p] ??= this.markers(analysis));
    };
    // A body the article names by a name of its own ("the Guardia Nacional") is one it speaks of, even in a
    // story written before the body was founded; and the more often, the more the article is about it.
    const votes = new Map<string, number>();
    const named = new Set<string>();
    analyses.forEach((analysis, p) => {
      const own = this.#ownNames(analysis);
      if (own.size === 0) return;
      for (const m of markersOf(p)) {
        const body = own.get(`${m.start}:${m.end}`) ?? null;
        if (!body) continue;
        named.add(body);
        votes.set(m.country, (votes.get(m.country) ?? 0) + 1);
      }
    });
    const mentions: SharedMention[][] = [];
    for (let p = 0; p < analyses.length; p++)
      mentions.push(this.sharedMentions(analyses[p] as Analysis, published, named, short[p]));
    const undecided: Array<{ p: number; mention: SharedMention }> = [];
    analyses.forEach((analysis, p) => {
      for (const mention of mentions[p] ?? []) {
        const countries = this.#countriesOf(mention.bodies);
        const country =
          mention.bodies.length === 1 ? null : placedBy(analysis, mention, markersOf(p), countries);
        if (mention.bodies.length === 1) set(p, mention.start, mention.bodies[0] ?? '');
        else if (country) {
          set(p, mention.start, this.#bodyIn(mention.bodies, country));
          votes.set(country, (votes.get(country) ?? 0) + 1);
        } else undecided.push({ p, mention });
      }
    });
    let all: Map<string, number> | null = null;
    const allCountryWords = (): Map<string, number> => {
      if (all) return all;
      all = new Map<string, number>();
      for (let p = 0; p < analyses.length; p++)
        for (const m of markersOf(p)) all.set(m.country, (all.get(m.country) ?? 0) + 1);
      return all;
    };
    // Not placed by its sentence: the nearest country word in the paragraph, then what the article is
    // mostly about.
    for (const { p, mention } of undecided) {
      const countries = this.#countriesOf(mention.bodies);
      const analysis = analyses[p];
      const country =
        (analysis ? placedBy(analysis, mention, markersOf(p), countries, 'paragraph') : null) ??
        majority(votes, countries) ??
        majority(allCountryWords(), countries);
      set(p, mention.start, country ? this.#bodyIn(mention.bodies, country) : (mention.bodies[0] ?? ''));
    }
    return out;
  }

  /** True when one of the analysis' alias matches is a name two bodies share. */
  #namesSharedMatch(analysis: Analysis): boolean {
    return analysis.custom.some((c) => c.name.startsWith(ENTITY_PREFIX) && this.bodiesOf(c.value).length > 1);
  }

  /** The country words of the lexicon in tokens `[from, to)`, each the longest that fits where it starts. */
  #wordMarkers(analysis: Analysis, from: number, to: number): CountryMarker[] {
    const { tokens } = analysis;
    const out: CountryMarker[] = [];
    for (let t = from; t < to; t++) {
      // Most tokens start no country word: no empty list made for each of them.
      const entries = this.#words.get(tokens[t]?.normal ?? '');
      if (entries === undefined) continue;
      for (const entry of entries) {
        const fits =
          t + entry.words.length <= to &&
          entry.words.every((w, k) => tokens[t + k]?.normal === w) &&
          (entry.exact === null || tokens[t]?.value === entry.exact);
        if (!fits) continue;
        out.push({ start: t, end: t + entry.words.length, country: entry.country });
        t += entry.words.length - 1;
        break;
      }
    }
    return out;
  }

  /**
   * The bodies a question's shared name at `span` may mean ("the national guard"), the name's own first, and
   * the one the question's country words place it in, if they do ("texas national guard", "what did amlo
   * say about the national guard"). `null` when the name is no shared one: a body's own name ("Guardia
   * Nacional", "US National Guard") says which it is.
   */
  askedAt(
    analysis: Analysis,
    span: { start: number; end: number; value: string },
  ): { bodies: string[]; placed: string | null } | null {
    const bodies = [...this.bodiesOf(span.value)];
    if (bodies.length < 2) return null;
    const markers = this.markers(analysis).filter((m) => m.end <= span.start || m.start >= span.end);
    const country = placedBy(analysis, span, markers, this.#countriesOf(bodies), 'paragraph');
    return { bodies, placed: country ? this.#bodyIn(bodies, country) : null };
  }

  /**
   * The sharing bodies an analysis names by names of their own (a Guard named by its own name), by
   * `start:end` of the name: read once, so each marker is a look-up.
   */
  #ownNames(analysis: Analysis): Map<string, string> {
    const out = new Map<string, string>();
    for (const c of analysis.custom) {
      if (!c.name.startsWith(ENTITY_PREFIX)) continue;
      const id = c.name.slice(ENTITY_PREFIX.length);
      const key = `${c.start}:${c.end}`;
      if (!out.has(key) && this.#isSharingBody(id)) out.set(key, id);
    }
    return out;
  }

  #isSharingBody(id: string): boolean {
    for (const bodies of this.#bodies.values()) if (bodies.includes(id)) return true;
    return false;
  }

  #countriesOf(bodies: readonly string[]): Set<string> {
    return new Set(bodies.map((b) => this.countryOf(b)).filter((c): c is string => c !== null));
  }

  #bodyIn(bodies: readonly string[], country: string): string {
    return bodies.find((b) => this.countryOf(b) === country) ?? bodies[0] ?? '';
  }
}

/** What this module reads of an entity, in the data file's shape or the knowledge file's. */
export interface SharedNameEntity {
  id: string;
  aliases: readonly string[];
  roles?: ReadonlyArray<{ country?: string | null }>;
  country?: string;
  founded?: string;
  sharedAliases?: readonly string[];
  shortAliases?: readonly string[];
}

/** What a capitalised word before a one-word name is when it makes it another body's ("Coast Guard"). */
const OTHER_BODY_POS: ReadonlySet<string> = new Set(['PROPN', 'NOUN', 'ADJ']);

/** Nouns a border goes by ("north of the Mexican line"). */
const BORDER_NOUNS: ReadonlySet<string> = new Set(['border', 'line', 'frontier', 'boundary']);

/**
 * True when a country word only says where a border is: right before "border" (through a hyphened second
 * country: "U.S.-Mexico border"), or after "border with"/"border between".
 */
function placesABorder(analysis: Analysis, m: { start: number; end: number }): boolean {
  const { tokens } = analysis;
  let t = m.end;
  while (tokens[t] && /^[-–—/]$/.test(tokens[t]?.value ?? '')) t += 2;
  if (BORDER_NOUNS.has(tokens[t]?.lemma ?? '') || BORDER_NOUNS.has(tokens[m.end]?.lemma ?? '')) return true;
  const before = tokens[m.start - 1]?.normal;
  return (before === 'with' || before === 'between') && BORDER_NOUNS.has(tokens[m.start - 2]?.lemma ?? '');
}

/** The country of an entity: its own, or the one all its offices are of. */
function countryOfEntity(e: SharedNameEntity): string | null {
  if (e.country) return e.country;
  const countries = new Set((e.roles ?? []).map((r) => r.country).filter((c): c is string => !!c));
  return countries.size === 1 ? ([...countries][0] ?? null) : null;
}

function phraseWords(phrase: string): string[] {
  return phrase
    .toLowerCase()
    .replace(/['’]s\b/g, " 's")
    .split(/\s+/)
    .filter(Boolean);
}

const NO_BODIES: readonly string[] = [];
/** Spellings {@link SharedNames.bodiesOf} remembers: far more than the entity data's aliases have. */
const MAX_SPELLINGS_KEPT = 10_000;

function nameKey(name: string): string {
  return name.toLowerCase().replace(/[’]/g, "'").replace(/\s+/g, ' ').trim();
}

function sameName(a: string, b: string): boolean {
  return nameKey(a) === nameKey(b);
}

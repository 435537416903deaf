/**
 * The entities a question names, as a question writes them: known names and role titles (resolved by year,
 * country and place), the names and describing phrases of people the articles introduced, and people asked
 * about by what they are. Built once per knowledge index.
 */
import { ENTITY_PREFIX, ROLE_PREFIX, type Analysis, type Token } from '../nlp/pipeline.ts';
import { ownedRelativeAfter, ownerTitleBefore } from './owned-relative.ts';
import { DescribedPeople, type DescribedPerson, type PersonHeads, type PersonKinds } from './described.ts';
import type { KnowledgeIndex } from './knowledge-index.ts';
import { SharedNames } from '../knowledge/shared-names.ts';
import { allowedSources } from './retrieval.ts';
import { writtenAsCommonWord } from './common-word-name.ts';
import { roleAsKind } from './role-as-kind.ts';
import { namesBodyOfOffice } from './office-body-name.ts';
import { narrowsOffice } from '../nlp/narrowed-office.ts';
import { CONTENT_POS, CoverageOffices } from './coverage-offices.ts';
import { askedSpeaker } from './asked-speaker.ts';
import type { Sentence } from '../knowledge/schema.ts';

/** Patterns with `\p{…}`, built once: inside a function tsx rebuilds them on every call (see src/nlp/letter-tests.ts). */
const P1 = /^\p{Lu}\p{Ll}/u;
/** A letter, which a word written on its own has on neither side. */
const LETTER = /\p{L}/u;
/** Words, for reading the few after a given name. */
const WORDS = /\p{L}+/gu;
/** Words after a given name that may come before the surname: a middle name or initial, a nickname. */
const NAME_GAP_WORDS = 2;
/** Characters read after a given name for {@link NAME_GAP_WORDS} words and the surname. */
const NAME_GAP_CHARS = 40;

/**
 * True when `text` writes `given` as a word of its own, and not as the given name of `surname` (which would
 * follow it within {@link NAME_GAP_WORDS} words: "John S. 'Rip' Ford").
 */
function writesOtherGivenName(text: string, given: string, surname: string): boolean {
  for (let at = text.indexOf(given); at >= 0; at = text.indexOf(given, at + 1)) {
    const end = at + given.length;
    if (LETTER.test(text[at - 1] ?? '') || LETTER.test(text[end] ?? '')) continue;
    const next = text.slice(end, end + NAME_GAP_CHARS).match(WORDS) ?? [];
    if (!next.slice(0, NAME_GAP_WORDS + 1).includes(surname)) return true;
  }
  return false;
}
/** A word written as a given name: a capital and small letters only ("Robert"; not "Col." nor "H."). */
const GIVEN_NAME = /^\p{Lu}\p{Ll}+$/u;

export class QuestionEntities {
  /** Names and describing phrases of discovered entities, by their first word. */
  readonly #discovered = new Map<string, Array<{ words: string[]; id: string }>>();
  /** People asked about by what they are ("the maquila guy in Juárez"). */
  readonly #described: DescribedPeople;
  /** Names two bodies share ("national guard"), read by the question's country words and years. */
  readonly #shared: SharedNames;
  /** Nouns for a person, from the lexicon ("general", "official"). */
  readonly #personHeads: PersonHeads;
  readonly #personKinds: PersonKinds;
  /** The offices of the coverage and their holders. */
  readonly #offices: CoverageOffices;
  /** Titles in full by their abbreviation ("sgt" → "sergeant"). */
  readonly #abbreviations: ReadonlyMap<string, string>;

  constructor(
    private readonly index: KnowledgeIndex,
    personHeads: PersonHeads,
    stem: (word: string) => string,
    private readonly speechVerbs: ReadonlySet<string>,
    countryWords: Readonly<Record<string, readonly string[]>> = {},
    private readonly isEnglishWord: (word: string) => boolean = () => false,
    titleAbbreviations: ReadonlyMap<string, string> = new Map(),
    personKinds: PersonKinds = () => null,
    private readonly officeTitles: ReadonlySet<string> = new Set(),
  ) {
    this.#shared = new SharedNames([...index.entities.values()], countryWords);
    this.#described = new DescribedPeople(index, personHeads, stem, titleAbbreviations, personKinds);
    this.#personHeads = personHeads;
    this.#personKinds = personKinds;
    this.#abbreviations = titleAbbreviations;
    this.#offices = new CoverageOffices(index);
    for (const e of index.entities.values()) {
      if (!e.discovered) continue;
      const phrases = [
        ...e.aliases.map((a) => a.toLowerCase().split(/\s+/)),
        // "Ruiz-Ochoa" is read as "ruiz", "-", "ochoa", and typed as "ruiz ochoa" too.
        ...e.aliases
          .filter((a) => a.includes('-'))
          .flatMap((a) => [a.toLowerCase().split(/\s+|(?=-)|(?<=-)/), a.toLowerCase().split(/[\s-]+/)]),
        // "The El Paso County judge", "the Kinney County judge": what the article calls them names them too.
        ...describingPhrases(e),
      ];
      for (const words of phrases) {
        const list = this.#discovered.get(words[0] ?? '') ?? [];
        list.push({ words, id: e.id });
        this.#discovered.set(words[0] ?? '', list);
      }
    }
    // "Vickery", shared by a sergeant, his mother and his ex-wife: the one the coverage speaks of most comes
    // first (a stable sort, so otherwise the order stays the entities').
    const weight = (id: string) => {
      const e = index.entities.get(id);
      return e ? e.sentenceIds.length + e.quoteIds.length : 0;
    };
    for (const list of this.#discovered.values()) list.sort((a, b) => weight(b.id) - weight(a.id));
  }

  /** True when a name the knowledge has, known or discovered, starts at token `t` of the question. */
  #namedAt(analysis: Analysis, t: number): boolean {
    return (
      analysis.custom.some((o) => o.name.startsWith(ENTITY_PREFIX) && o.start === t) ||
      (this.#discovered.get(analysis.tokens[t]?.normal ?? '') ?? []).some((entry) =>
        entry.words.every((w, k) => analysis.tokens[t + k]?.normal === w),
      )
    );
  }

  /**
   * True when a country's name says what one person is, as "Mexican" would ("the U.S. general", "the US
   * ambassador"): after "the" and before a noun for one person. It is then no topic of the question.
   */
  #nationalityOf(analysis: Analysis, start: number, end: number, ids: readonly string[]): boolean {
    const before = analysis.tokens[start - 1];
    const noun = analysis.tokens[end];
    return (
      ids.length > 0 &&
      ids.every((id) => {
        const e = this.index.entities.get(id);
        return e?.type === 'place' && e.kinds.includes('country');
      }) &&
      before?.normal === 'the' &&
      noun !== undefined &&
      noun.normal === noun.lemma &&
      this.#personHeads.has(noun.normal)
    );
  }

  /**
   * The entities a question names: known names and roles (a role resolved by the question's years and
   * country, and by a place it is an office of), discovered names and describing phrases, and a person
   * described by what they are. `entityTokens` are the tokens those take.
   */
  read(
    analysis: Analysis,
    years: readonly number[],
    contextSources: readonly string[] = [],
  ): {
    entities: string[];
    entityTokens: Set<number>;
    groups: Map<string, string>;
    described: DescribedPerson[];
    unheld: string[];
  } {
    const entities: string[] = [];
    const groups = new Map<string, string>();
    const entityTokens = new Set<number>();
    /** Offices asked of a place where the coverage names no holder ("Guatemala's president"). */
    const unheld: string[] = [];
    /** The known names found, by their token span, so a longer discovered phrase holding one can take it. */
    const spans: Array<{ start: number; end: number; ids: string[] }> = [];
    /** Names two bodies share that the question's words do not place, placed once its people are known. */
    const unplaced: Array<{ bodies: string[]; ids: string[] }> = [];
    for (const c of analysis.custom) {
      let ids: string[] = [];
      const shared = c.name.startsWith(ENTITY_PREFIX) ? this.#shared.askedAt(analysis, c) : null;
      if (shared) {
        ids = [shared.placed ?? shared.bodies[0] ?? ''];
        // The same list as the span's: placing the name later places the span too.
        if (!shared.placed) unplaced.push({ bodies: shared.bodies, ids });
      } else if (c.name.startsWith(ENTITY_PREFIX)) {
        ids = [c.name.slice(ENTITY_PREFIX.length)];
      } else if (c.name.startsWith(ROLE_PREFIX)) {
        if (
          analysis.custom.some(
            (o) => o !== c && o.name.startsWith(ENTITY_PREFIX) && o.start <= c.start && o.end >= c.end,
          )
        )
          continue;
        // "A sitting US president", "the first US president": anyone who held it, not today's holder.
        if (roleAsKind(analysis.tokens, c.start)) continue;
        // "The vice president": another office than the president's.
        if (narrowsOffice(analysis.tokens, c.start, this.officeTitles)) continue;
        // "The President's Mediation Commission": a body named after the office, not its holder.
        if (namesBodyOfOffice(analysis.tokens, c.end, (t) => this.#namedAt(analysis, t))) continue;
        const held = this.#offices.holders(c.name.slice(ROLE_PREFIX.length), years, analysis.text);
        if (held === null) unheld.push(c.value);
        ids = held ?? [];
        // "Guatemala's president": an office of a place is held by whoever holds it there, if anyone.
        const place = this.#offices.placeOf(analysis, c);
        if (place && ids.length > 0) {
          ids = ids.filter((id) => this.#offices.holdsFor(id, place));
          if (ids.length === 0) unheld.push(c.value);
        }
        if (years.length === 0 && ids.length > 0) ids = this.#offices.heldWhereAsked(ids, c, analysis);
        if (ids.length > 1) for (const id of ids) groups.set(id, c.name);
      }
      for (let t = c.start; t < c.end; t++) entityTokens.add(t);
      if (this.#nationalityOf(analysis, c.start, c.end, ids)) continue;
      for (const id of ids) if (!entities.includes(id)) entities.push(id);
      spans.push({ start: c.start, end: c.end, ids });
    }
    // Every discovered name or phrase the question holds, longest first, each claiming its words once.
    const found: Array<{ t: number; words: string[]; id: string }> = [];
    analysis.tokens.forEach((tok, t) => {
      for (const entry of this.#discovered.get(tok.normal) ?? []) {
        if (entry.words.every((w, k) => analysis.tokens[t + k]?.normal === w)) found.push({ t, ...entry });
      }
    });
    // "Sheriff Sheley", where the sheriff and Mrs. Sheley share the name: the one whose own title the
    // question writes before it comes first.
    const titled = (f: { t: number; id: string }) =>
      ownerTitleBefore(this.index, analysis.tokens, f.t, f.id, this.#abbreviations).length > 0 ? 1 : 0;
    found.sort((a, b) => b.words.length - a.words.length || a.t - b.t || titled(b) - titled(a));
    for (const { t, words, id } of found) {
      if (
        words.length === 1 &&
        (this.#insideOtherName(analysis, t, id) || writtenAsCommonWord(analysis, t, this.isEnglishWord))
      )
        continue;
      // "Robert Grierson", where the coverage knows Benjamin Grierson: another person of the same surname.
      if (words.length === 1 && this.#namesOtherPerson(analysis, t, id)) continue;
      // "The Guardia Nacional officer": a known name inside a longer discovered phrase is part of it.
      const inside = spans.filter(
        (sp) => sp.start >= t && sp.end <= t + words.length && sp.end - sp.start < words.length,
      );
      const others = words.some(
        (_, k) => entityTokens.has(t + k) && !inside.some((sp) => t + k >= sp.start && t + k < sp.end),
      );
      if (others) continue;
      for (const sp of inside.splice(0)) {
        spans.splice(spans.indexOf(sp), 1);
        for (const known of sp.ids) entities.splice(entities.indexOf(known), 1);
      }
      for (let k = 0; k < words.length; k++) entityTokens.add(t + k);
      if (!entities.includes(id)) entities.push(id);
      spans.push({ start: t, end: t + words.length, ids: [id] });
    }
    // "Sgt. Hooper's wife": the relative the coverage describes so, in the named person's place.
    for (const sp of spans) {
      const [owner] = sp.ids;
      if (sp.ids.length !== 1 || !owner || this.index.entities.get(owner)?.type !== 'person') continue;
      const relative = ownedRelativeAfter(
        this.index,
        analysis.tokens,
        sp.end,
        owner,
        this.#abbreviations,
        (noun) => this.#personHeads.has(noun) || this.#personKinds(noun) !== null,
      );
      if (!relative || entities.includes(relative.id)) continue;
      entities[entities.indexOf(owner)] = relative.id;
      sp.ids = [relative.id];
      for (let k = sp.end; k < relative.end; k++) entityTokens.add(k);
      for (const k of ownerTitleBefore(this.index, analysis.tokens, sp.start, owner, this.#abbreviations))
        entityTokens.add(k);
      sp.end = relative.end;
    }
    // "The maquila guy in Juárez": a person asked about by what they are, when no name says who.
    const named = new Set<number>();
    for (const sp of spans)
      if (sp.ids.some((id) => this.index.entities.get(id)?.type === 'person'))
        for (let k = sp.start; k < sp.end; k++) named.add(k);
    const described = this.#described
      .resolve(analysis, entityTokens, named)
      .filter((d) => !entities.includes(d.id));
    for (const d of described) {
      for (const k of d.tokens) entityTokens.add(k);
      const head = Math.min(...d.tokens);
      // In the question's order, so "the union guy's beef with Newsom" speaks of the union guy first.
      const later = [
        ...spans.filter((sp) => sp.start > head).flatMap((sp) => sp.ids),
        ...described.filter((o) => Math.min(...o.tokens) > head).map((o) => o.id),
      ]
        .map((id) => entities.indexOf(id))
        .filter((k) => k >= 0);
      entities.splice(later.length > 0 ? Math.min(...later) : entities.length, 0, d.id);
    }
    for (const { bodies, ids } of unplaced) {
      const others = entities.filter((id) => !bodies.includes(id));
      const words = askedWords(analysis, entityTokens);
      const body = this.#placeUnplaced(bodies, others, contextSources, years, words);
      const at = entities.indexOf(ids[0] ?? '');
      if (body === ids[0] || at < 0) continue;
      if (entities.includes(body)) entities.splice(at, 1);
      else entities[at] = body;
      ids[0] = body;
    }
    // "de la Huerta" found as "la Huerta" or "Huerta": the particles before a person's name ("de la", "van
    // der") are words of the name, not of what is asked of them.
    for (const sp of spans) {
      if (!sp.ids.some((id) => this.index.entities.get(id)?.type === 'person')) continue;
      let start = sp.start;
      while (
        start > 0 &&
        NAME_PARTICLES.has(analysis.tokens[start - 1]?.normal ?? '') &&
        !entityTokens.has(start - 1)
      )
        start--;
      // The run opens with a particle a surname opens with ("la" alone is an article).
      while (start < sp.start && !SURNAME_OPENERS.has(analysis.tokens[start]?.normal ?? '')) start++;
      for (let k = start; k < sp.start; k++) entityTokens.add(k);
      sp.start = start;
    }
    return { entities, entityTokens, groups, described, unheld };
  }

  /** True when a sentence holding `lemma` passes `test`. */
  #someSentence(lemma: string, test: (s: Sentence) => boolean): boolean {
    let found = false;
    this.index.sentenceBm25.withScores(new Map([[lemma, 1]]), (_score, touched, count) => {
      for (let k = 0; k < count && !found; k++) {
        const s = this.index.sentences[touched[k] ?? -1];
        if (s && test(s)) found = true;
      }
    });
    return found;
  }

  /** True when a sentence holding `lemma`, none of `skipped`, writes `phrase` (lower case). */
  #written(lemma: string, phrase: string, skipped: ReadonlySet<string> = new Set()): boolean {
    return this.#someSentence(lemma, (s) => !skipped.has(s.id) && s.text.toLowerCase().includes(phrase));
  }

  /**
   * True when a given name written before a person's one-word name at token `t` is none of theirs: "Robert
   * Grierson" names someone else than Benjamin Grierson, whom the coverage calls "Grierson". The word before is
   * a proper noun written with a capital, of no name the question's other entities take, and no title or noun
   * for a person ("Colonel Hatch", "Gen. Pershing"), and the coverage never writes the two together ("Pancho
   * Villa", "Private Lytle" are written so); both words are written as a name, with no third before them; and
   * an article naming the person writes the given name of someone else ("his son Robert"), not followed by
   * their surname.
   */
  #namesOtherPerson(analysis: Analysis, t: number, id: string): boolean {
    const e = this.index.entities.get(id);
    const before = analysis.tokens[t - 1];
    if (e?.type !== 'person' || !before || before.pos !== 'PROPN' || !GIVEN_NAME.test(before.value))
      return false;
    const own = new Set(e.aliases.flatMap((a) => a.toLowerCase().split(/\s+/)));
    if (
      own.has(before.normal) ||
      this.#personHeads.has(before.normal) ||
      this.#abbreviations.has(before.normal) ||
      this.officeTitles.has(before.normal) ||
      analysis.custom.some((c) => c.start <= t - 1 && t - 1 < c.end) ||
      this.#namedAt(analysis, t - 1)
    )
      return false;
    // Both words written as a name, and no longer one: "San Ygnacio rancho" names a place.
    const name = analysis.tokens[t];
    const earlier = analysis.tokens[t - 2];
    if (!name || !P1.test(name.value) || (earlier !== undefined && P1.test(earlier.value) && t - 2 > 0))
      return false;
    if (this.#written(name.lemma, `${before.value} ${name.value}`.toLowerCase())) return false;
    // A given name the person's own articles write of someone else ("his son Robert"): a question writing a
    // given name no article of theirs has ("John Pershing") may know the person better than the coverage.
    const theirs = new Set(e.sentenceIds.map((id) => id.slice(0, id.indexOf('#'))));
    return this.#someSentence(
      before.lemma,
      (s) => theirs.has(s.sourceId) && writesOtherGivenName(s.text, before.value, name.value),
    );
  }

  /**
   * True when a person's one-word name at token `t` is part of another name the question writes, as the
   * coverage does: "Fort Bliss" is a post, not Gen. Bliss; "Operation Intercept" is not the "Operation" of
   * Joint Operation Chihuahua. The word before (or after) is capitalised mid-question, is no word of the
   * person's own names, and the coverage writes the two together in a sentence not about them.
   */
  #insideOtherName(analysis: Analysis, t: number, id: string): boolean {
    const name = analysis.tokens[t];
    const e = this.index.entities.get(id);
    if (!name || e?.type !== 'person') return false;
    const own = new Set(e.aliases.flatMap((a) => a.toLowerCase().split(/\s+/)));
    const theirs = new Set(e.sentenceIds);
    const writtenElsewhere = (phrase: string): boolean => this.#written(name.lemma, phrase, theirs);
    const other = (word: Token | undefined) =>
      word !== undefined && P1.test(word.value) && !own.has(word.normal);
    const before = analysis.tokens[t - 1];
    if (t >= 2 && other(before) && writtenElsewhere(`${before?.value} ${name.value}`.toLowerCase()))
      return true;
    const after = analysis.tokens[t + 1];
    return t >= 1 && other(after) && writtenElsewhere(`${name.value} ${after?.value}`.toLowerCase());
  }

  /**
   * The body a shared name means when the question's words do not say: the only one the articles naming
   * everyone and everything else it names speak of ("what did Edith Olivares Ferreto say about the National
   * Guard reform", "who did the national guard grab near the rio grande" where only a Mexican story names
   * the river), else
   * the only one the articles the conversation is on speak of ("¿y la guardia nacional?" after a 2018
   * answer), else the only one the articles of the years asked about speak of, else the one more of the
   * question's words stand beside, else the name's own body. A body founded after every year asked about
   * is never the one meant ("guardia nacional" in 2018 is the US Guard: Mexico's was founded in 2019).
   */
  #placeUnplaced(
    bodies: readonly string[],
    others: readonly string[],
    contextSources: readonly string[],
    years: readonly number[],
    words: readonly string[],
  ): string {
    // A body founded after every year asked about is not the one meant.
    const latest = years.length > 0 ? `${Math.max(...years)}-12-31` : null;
    const existing = latest ? this.#shared.existing(bodies, latest) : [...bodies];
    const candidates = existing.length > 0 ? existing : [...bodies];
    if (candidates.length === 1) return candidates[0] ?? '';
    const positions = (ids: readonly string[]): Set<number> => {
      const sets = ids.map((id) => this.index.entitySources.get(id) ?? new Set<number>());
      const [first, ...rest] = sets;
      return new Set([...(first ?? [])].filter((p) => rest.every((set) => set.has(p))));
    };
    const onlyIn = (sources: ReadonlySet<number>): string | null => {
      const spoken = candidates.filter((b) =>
        [...(this.index.entitySources.get(b) ?? [])].some((p) => sources.has(p)),
      );
      return spoken.length === 1 ? (spoken[0] ?? null) : null;
    };
    const context = new Set(
      contextSources
        .map((id) => this.index.sourcePosition.get(id))
        .filter((p): p is number => p !== undefined),
    );
    const ofYears = allowedSources(this.index, { years });
    const inYears = new Set<number>();
    if (ofYears) ofYears.forEach((flag, p) => flag === 1 && inYears.add(p));
    return (
      (others.length > 0 ? onlyIn(positions(others)) : null) ??
      onlyIn(context) ??
      onlyIn(inYears) ??
      this.#besideOnly(candidates, words) ??
      candidates[0] ??
      ''
    );
  }

  /**
   * The body the question's words go with: the one more of its words stand beside, in a sentence naming it,
   * than beside the others ("the national guard reform": "reform" stands only beside Mexico's Guard in the
   * coverage). `null` when no body has more.
   */
  #besideOnly(bodies: readonly string[], words: readonly string[]): string | null {
    const votes = new Map<string, number>();
    for (const w of words) {
      const beside = bodies.filter((b) =>
        (this.index.entities.get(b)?.sentenceIds ?? []).some((id) =>
          this.index.sentence(id)?.lemmas.includes(w),
        ),
      );
      if (beside.length === 1 && beside[0]) votes.set(beside[0], (votes.get(beside[0]) ?? 0) + 1);
    }
    const ranked = [...votes].sort((a, b) => b[1] - a[1]);
    return ranked[0] && (ranked[1]?.[1] ?? 0) < ranked[0][1] ? ranked[0][0] : null;
  }

  /** The gender of person `id`, from the articles' pronouns or what they call them (see {@link DescribedPeople.genderOf}). */
  genderOf(id: string): 'male' | 'female' | null {
    return this.#described.genderOf(id);
  }

  /** The person the words around token `h` describe, whatever noun it is (see {@link DescribedPeople.describedAt}). */
  describedAt(analysis: Analysis, h: number): string | null {
    return this.#described.describedAt(analysis, h);
  }

  /** The person a who-question's clause describes (see {@link DescribedPeople.describedByClause}). */
  describedByClause(analysis: Analysis, from: number, to: number): string | null {
    return this.#described.describedByClause(analysis, from, to);
  }

  /** Offices the question names of the form "<title> of <thing>" that no one in the coverage holds (see {@link CoverageOffices.unnamedOffices}). */
  unnamedOffices(
    analysis: Analysis,
    entityTokens: ReadonlySet<number>,
    titles: ReadonlySet<string>,
    isEnglishWord: (word: string) => boolean,
  ): string[] {
    return this.#offices.unnamedOffices(analysis, entityTokens, titles, isEnglishWord);
  }

  /** The entity doing the saying: the one right before a say-verb, else the first person named (see {@link askedSpeaker}). */
  speaker(
    analysis: Analysis,
    entities: readonly string[],
    described: readonly DescribedPerson[],
  ): string | null {
    return askedSpeaker(analysis, entities, described, {
      index: this.index,
      speechVerbs: this.speechVerbs,
      holds: (phrase, id) => this.#offices.heldBy(phrase, id),
    });
  }
}

/** The lemmas of the question's own content words: nouns, verbs and adjectives no name takes. */
function askedWords(analysis: Analysis, entityTokens: ReadonlySet<number>): string[] {
  return analysis.tokens
    .filter((t, i) => !entityTokens.has(i) && !t.stop && t.type === 'word' && CONTENT_POS.has(t.pos))
    .map((t) => t.lemma);
}

/** Particles that open a surname ("de la Huerta", "van Buren", "von Steuben", "dos Santos"). */
const SURNAME_OPENERS: ReadonlySet<string> = new Set([
  'de',
  'del',
  'della',
  'di',
  'da',
  'dos',
  'van',
  'von',
  'du',
]);
/** Particles of a surname, after its first ("de la", "van der", "de los"). */
const NAME_PARTICLES: ReadonlySet<string> = new Set([
  ...SURNAME_OPENERS,
  'la',
  'las',
  'los',
  'der',
  'den',
  'le',
]);

/** Longest description (in words) that names a person by what they are ("the Pentagon's acting comptroller"). */
const MAX_DESCRIBING_WORDS = 6;

/**
 * The phrases an article uses for a discovered entity besides its name, as question tokens: its titles of two
 * words or more ("kinney county judge") and the head of a description that opens with an article ("the El
 * Paso County judge, whose county…" → "el paso county judge").
 */
function describingPhrases(e: {
  name: string;
  roles: ReadonlyArray<{ phrases: readonly string[] }>;
  description: string | null;
}): string[][] {
  const out: string[][] = [];
  // Someone the article does not name ("A senior Border Patrol official", "A Guardia Nacional officer
  // patrolling in Anapra") is asked about by the words up to the noun that says what they are, or the last
  // of them ("the border patrol official", "the guardia nacional officer").
  const unnamed =
    /^(?:a|an)\s+(.+?)(?:\s+(?:who|whose|which|that|for|in|on|at|of|from|with)\b|\s+\S+ing\b|,|$)/i.exec(
      e.name,
    );
  if (unnamed) {
    const words = (unnamed[1] ?? '').toLowerCase().split(/\s+/).filter(Boolean);
    for (let k = 0; k + 2 <= words.length && words.length - k <= MAX_DESCRIBING_WORDS; k++)
      out.push(words.slice(k));
  }
  for (const r of e.roles)
    for (const p of r.phrases) {
      const words = p.toLowerCase().split(/\s+/);
      if (words.length >= 2) out.push(words);
    }
  const head = /^(?:the|a|an)\s+(.+?)(?:,|\s+(?:who|whose|which|that|since|for|in|on|at)\b|$)/i.exec(
    e.description ?? '',
  );
  const words = (head?.[1] ?? '')
    .toLowerCase()
    .replace(/['’]s\b/g, " 's")
    .split(/\s+/)
    .filter(Boolean);
  if (words.length >= 2 && words.length <= MAX_DESCRIBING_WORDS) out.push(words);
  return out;
}

/**
 * The entities a question names, as a question writes them: known names and role titles (resolved by year,
 * country and place), the names and describing phrases of people the articles introduced, and people asked
 * about by what they are. Built once per knowledge index.
 */
import { ENTITY_PREFIX, ROLE_PREFIX, withoutAccents, type Analysis, type Token } from '../nlp/pipeline.ts';
import { ownedRelativeOfAny, ownerTitleBefore } from './owned-relative.ts';
import { roleTitles } from './compare-people.ts';
import { DescribedPeople, type DescribedPerson, type PersonHeads, type PersonKinds } from './described.ts';
import type { KnowledgeIndex } from './knowledge-index.ts';
import { SharedNames } from '../knowledge/shared-names.ts';
import { writtenAsCommonWord } from './common-word-name.ts';
import { roleAsKind } from './role-as-kind.ts';
import { namesBodyOfOffice } from './office-body-name.ts';
import { narrowsOffice } from '../nlp/narrowed-office.ts';
import { CoverageOffices } from './coverage-offices.ts';
import { askedSpeaker } from './asked-speaker.ts';
import { namesOtherPerson, someSentence } from './same-surname-person.ts';
import { DiscoveredNames } from './discovered-names.ts';
import { askedWords, placeSharedName } from './shared-name-placement.ts';

/** Patterns with `\p{…}`, built once: inside a function tsx rebuilds them on every call (see src/nlp/letter-tests.ts). */
const P1 = /^\p{Lu}\p{Ll}/u;
export class QuestionEntities {
  /** Names and describing phrases of discovered entities, by their first word. */
  readonly #discovered: DiscoveredNames;
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
    private readonly namesKinGroup: (noun: string) => boolean = () => false,
  ) {
    this.#shared = new SharedNames([...index.entities.values()], countryWords);
    this.#described = new DescribedPeople(index, personHeads, stem, titleAbbreviations, personKinds);
    this.#personHeads = personHeads;
    this.#personKinds = personKinds;
    this.#abbreviations = titleAbbreviations;
    this.#offices = new CoverageOffices(index);
    this.#discovered = new DiscoveredNames(index);
  }

  /** True when a name the knowledge has, known or discovered, starts at token `t` of the question. */
  #namedAt(analysis: Analysis, t: number): boolean {
    return this.#idsAt(analysis, t).length > 0;
  }

  /** The people and bodies, known or discovered, whose name starts at token `t` of the question. */
  #idsAt(analysis: Analysis, t: number): string[] {
    return [
      ...analysis.custom
        .filter((o) => o.name.startsWith(ENTITY_PREFIX) && o.start === t)
        .map((o) => o.name.slice(ENTITY_PREFIX.length)),
      ...this.#discovered.at(analysis.tokens, t).map((entry) => entry.id),
    ];
  }

  /**
   * True when the words `start`…`end` are the title of a person the coverage knows whose name follows them
   * ("President Madero", "Gen. Huerta"): the title of one of that person's own roles, not a word of their
   * description ("John Keller, an aide to the president" is no president).
   */
  #ownTitleAt(analysis: Analysis, start: number, end: number): boolean {
    const ids = this.#idsAt(analysis, end);
    const asked = analysis.tokens
      .slice(start, end)
      .filter((t) => t.value !== '.')
      .map((t) => {
        const word = withoutAccents(t.normal.replace(/\.$/, ''));
        return this.#abbreviations.get(word) ?? word;
      })
      .join(' ');
    return asked !== '' && ids.some((id) => roleTitles(this.index, id, this.#abbreviations).has(asked));
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
        // "President Madero": a title set before a name the coverage knows, one that person holds, is theirs,
        // not an office asked; "President Pryor" (a lieutenant) still asks of the office.
        if (this.#ownTitleAt(analysis, c.start, c.end)) continue;
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
    analysis.tokens.forEach((_, t) => {
      for (const entry of this.#discovered.at(analysis.tokens, t)) found.push({ t, ...entry });
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
      // "The Serdán family's front door": a surname before a noun for a family names the family, not the
      // one of its people the coverage speaks of most; its word stays a word of the question. Not when the
      // noun only describes another ("the Ortega family separation case").
      const after = analysis.tokens[t + 1];
      const then = analysis.tokens[t + 2];
      if (
        words.length === 1 &&
        after &&
        (then === undefined || (then.pos !== 'NOUN' && then.pos !== 'PROPN')) &&
        this.index.entities.get(id)?.type === 'person' &&
        this.namesKinGroup(after.lemma)
      )
        continue;
      // "Robert Grierson", where the coverage knows Benjamin Grierson: another person of the same surname.
      if (
        words.length === 1 &&
        namesOtherPerson(this.index, analysis, t, id, {
          notGiven: (w) => this.#personHeads.has(w) || this.#abbreviations.has(w) || this.officeTitles.has(w),
          namedAt: (k) => this.#namedAt(analysis, k),
        })
      )
        continue;
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
      const relative = ownedRelativeOfAny(
        this.index,
        analysis.tokens,
        sp.end,
        [owner, ...this.#discovered.sameNamed(analysis.tokens, sp, owner)],
        this.#abbreviations,
        (noun) => this.#personHeads.has(noun) || this.#personKinds(noun) !== null,
      );
      if (!relative || entities.includes(relative.id)) continue;
      entities[entities.indexOf(owner)] = relative.id;
      sp.ids = [relative.id];
      for (let k = sp.end; k < relative.end; k++) entityTokens.add(k);
      for (const k of ownerTitleBefore(
        this.index,
        analysis.tokens,
        sp.start,
        relative.owner,
        this.#abbreviations,
      ))
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
      const body = placeSharedName(this.index, this.#shared, bodies, others, contextSources, years, words);
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

  /** True when a sentence holding `lemma`, none of `skipped`, writes `phrase` (lower case). */
  #written(lemma: string, phrase: string, skipped: ReadonlySet<string> = new Set()): boolean {
    return someSentence(
      this.index,
      lemma,
      (s) => !skipped.has(s.id) && s.text.toLowerCase().includes(phrase),
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

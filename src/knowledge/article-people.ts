/**
 * The mentions of one article's people in its text: the full name, a title or honorific and the surname,
 * the surname alone, or "the" and a word of their role ("the spokeswoman"); and of the places and
 * organisations it describes that looked like people ("the Briscoe Unit, a state prison"), by their whole
 * name only. Built by {@link PeopleFinder.find}.
 */
import type { Analysis, Token } from '../nlp/pipeline.ts';
import { bare, mayOpenWithCapital, NAME_WORD, roleForm, roleWordGender } from './name-words.ts';
import type { NotAPerson } from './name-contexts.ts';
import type { ArticlePerson, PersonMention } from './discovered-person.ts';
import { holderOfGeneration, holderWithSuffix } from './generations.ts';
import { isCalendarName, opensDayOfMonth } from '../nlp/calendar-words.ts';
import { bareRoleHolders } from './narrowed-roles.ts';
import { capitalisedAfter, roleWordsFree } from './named-roles.ts';
import { ownsDocumentAt } from './document-authors.ts';
import { isWrittenLowerCase } from '../nlp/letter-tests.ts';
import { SentenceLeaders } from './sentence-leaders.ts';
import { TitlesAsNames } from './titles-as-names.ts';
import { insidePlaceName } from './place-names.ts';
import { PeopleIndex } from './people-index.ts';
import { NamesakeIndex } from './people-by-key.ts';
import { particleNameEnd } from './particle-names.ts';
import { isPossessiveEnding } from '../nlp/possessive.ts';
import { introducedWithHonorific } from './introduced-honorific.ts';
import { kinApposition, unsuffixedRelative } from './kin-apposition.ts';
import { appositionAt, initialsBefore, MIDDLE_INITIAL, nameAt, nicknameBefore } from './name-tokens.ts';
import {
  describedAfter,
  holdersFitting,
  mentionedBefore,
  mostRecent,
  phraseRoleNotYetHeld,
  type TextPlace,
} from './recent-holders.ts';

/** Possessives before a role word that name its holder as "the" does ("her grandmother", "my foreman"). */
const ROLE_POSSESSIVES: ReadonlySet<string> = new Set(['my', 'his', 'her', 'our', 'their']);
/** Words at most from "another" to its noun ("another retired Army colonel"). */
const MAX_ANOTHER_WORDS = 4;
/** Parts of speech of the words between "another" and its noun. */
const ANOTHER_MODIFIER_POS: ReadonlySet<string> = new Set(['ADJ', 'NOUN', 'PROPN', 'NUM', 'ADV']);
/** The most "another <noun>" places kept per noun: the latest say whether one came between. */
const MAX_ANOTHER_PLACES = 16;
/** The most tokens a described place's name spans: four words and the hyphens inside them. */
const MAX_WHOLE_NAME_TOKENS = 10;

/** The people of one article and how to find their mentions in its text. */
export class ArticlePeople {
  /** The article's people by the words a mention may find them by. */
  readonly #index: PeopleIndex;
  /** The index's holders of a surname by the other words of their names, for surnames many share. */
  readonly #namesakes = new NamesakeIndex();
  /**
   * The holders a bare "the <head>" may name, by head, worked out at the head's first use: the holders and
   * their descriptions are fixed once the article's people are, and one list per head keeps the holder
   * lookup by id (recent-holders.ts) made once rather than at every "the <head>" in a long paragraph.
   */
  readonly #bareHolders = new Map<string, readonly ArticlePerson[]>();
  /** {@link #kindHoldersOf}, per noun. */
  readonly #kindHolders = new Map<string, readonly ArticlePerson[]>();
  /** Who sentences have opened with so far: which of two holders of a surname a bare one means. */
  readonly #leaders = new SentenceLeaders();
  /**
   * Ids of the people a mention so far has named with their surname: "his brother Daniel" meets Daniel
   * Rummel, but not as a Rummel, so a later bare "Rummel" is not his.
   */
  readonly #metBySurname = new Set<string>();
  /** The holder each capitalised title alone names ("the General"), fixed at its first use. */
  readonly #titleNames = new TitlesAsNames();
  /** Where "another <noun>" was met so far, by the noun's role form: "Another colonel, still on active duty". */
  readonly #others = new Map<string, TextPlace[]>();

  constructor(
    readonly people: readonly ArticlePerson[],
    private readonly honorifics: ReadonlyMap<string, 'male' | 'female' | null>,
    /** The lexicon's nouns of office that mark a gender ("spokeswoman": "female"). */
    private readonly gendered: ReadonlyMap<string, 'male' | 'female'>,
    private readonly titles: ReadonlySet<string>,
    /** Names the article uses that are not people's, and what they are ("Navy Ministry": organisation). */
    readonly notPeople: ReadonlyMap<string, NotAPerson> = new Map(),
    /** Abbreviated titles the article's usage shows and the lexicon lacks ("Profra"), as written. */
    readonly articleTitles: ReadonlySet<string> = new Set(),
    /** Longer names the article writes as places ("San Antonio"), lower case (see place-names.ts). */
    private readonly places: ReadonlySet<string> = new Set(),
    /** The words a noun is, or is right below, in WordNet ("pastor": reverend, clergyman). */
    private readonly closeKindsOf: (noun: string) => ReadonlySet<string> = () => new Set(),
    /** Named people by a person noun of their title before its head ("deputy": title-word-holders.ts). */
    private readonly titleWords: ReadonlyMap<string, readonly ArticlePerson[]> = new Map(),
  ) {
    this.#index = new PeopleIndex(people);
  }

  get(id: string): ArticlePerson | undefined {
    return this.#index.byId.get(id);
  }

  /**
   * Mentions of the article's people in tokens [from, to): the full name, a title or honorific and the
   * surname, the surname alone, or "the" and a word of their role ("the spokeswoman"), the most recently
   * mentioned holder first. `recent` lists ids most recent first.
   */
  mentionsIn(
    analysis: Analysis,
    paragraph: number,
    from: number,
    to: number,
    excluded: (t: number) => boolean,
    recent: readonly string[],
  ): PersonMention[] {
    const out: PersonMention[] = [];
    const tokens = analysis.tokens;
    for (const p of this.#index.unnamed.startingIn(paragraph, from, to)) {
      const at = p.unnamedAt;
      if (!at || excluded(at.start)) continue;
      const first = tokens[at.start];
      const last = tokens[at.end - 1];
      if (first && last)
        out.push({
          personId: p.id,
          start: at.start,
          end: at.end,
          text: analysis.text.slice(first.start, last.end),
          via: 'alias',
          gender: null,
        });
    }
    for (let t = from; t < to; t++) {
      const tok = tokens[t];
      if (!tok) continue;
      if (tok.normal === 'another') this.#noteAnother(tokens, paragraph, t);
      const capitalised = mayOpenWithCapital(tok.value) && NAME_WORD.test(tok.value);
      const opener = tok.normal === 'the' || ROLE_POSSESSIVES.has(tok.normal);
      // A word neither capitalised nor opening a role phrase names no one: the test of its token is skipped.
      if ((!capitalised && !opener) || excluded(t)) continue;
      const place = capitalised ? this.#wholeNameAt(analysis, t, to, excluded) : null;
      if (place) {
        out.push({
          personId: place.entity.id,
          start: t,
          end: place.end,
          text: analysis.text.slice(tok.start, tokens[place.end - 1]?.end ?? tok.end),
          via: 'alias',
          gender: null,
        });
        t = place.end - 1;
        continue;
      }
      const joined =
        capitalised && !opensDayOfMonth(tok.value, tokens[t + 1]?.value) ? nameAt(tokens, t) : null;
      const found = joined ? this.#surnameAt(tokens, t, recent, joined) : null;
      // The name's words, split once: the place test and the walk back over the name both read them.
      const nameWords = found ? found.name.split(' ') : [];
      // "In San Antonio there is a shrine": "Antonio" is the place's, not Francisco Antonio Ruiz's.
      const person =
        found && insidePlaceName(tokens, t, nameWords, this.places, (v) => this.#isTitle(v)) ? null : found;
      if (joined && person) {
        // "Col. Domingo de Ugartechea": the particle and the surname after the given name are the mention's too.
        const end = particleNameEnd(tokens, joined.last, to, joined.value, nameWords, excluded);
        const last = tokens[end - 1] ?? tok;
        let start = t;
        while (start > from && !excluded(start - 1)) {
          const before = tokens[start - 1]?.value ?? '';
          if (
            nameWords.includes(before) ||
            this.titles.has(bare(before)) ||
            this.honorifics.has(bare(before))
          )
            start--;
          else break;
        }
        let gender: 'male' | 'female' | null = null;
        for (let k = start; k < t; k++) gender ??= this.honorifics.get(bare(tokens[k]?.value ?? '')) ?? null;
        this.#leaders.note(analysis, from, start, person.id);
        if (!this.#metBySurname.has(person.id) && spans(tokens, start, end, person.surname))
          this.#metBySurname.add(person.id);
        out.push({
          personId: person.id,
          start,
          end,
          text: analysis.text.slice(tokens[start]?.start ?? 0, last.end),
          via: 'alias',
          gender,
        });
        t = end - 1;
        continue;
      }
      // "Captain Héctor García, the officer in charge,": an apposition describes the name before it (looked for
      // only at the words that open a role phrase). With no one introduced yet, no role words can name anyone.
      // "My grandmother used to say": a possessive names the one holding that role as "the" does.
      if (opener && t + 1 < to && this.people.length > 0 && !appositionAt(tokens, t)) {
        for (let len = 2; len >= 1; len--) {
          // Words whose last is the head of no role the article's people hold name no one of them (unless, alone
          // and a verb's subject, a close kind of one: "the pastor said"): the test comes first, as most "the"
          // phrases end in no such word.
          const headForm = roleForm(tokens[t + len]?.normal ?? '');
          if (
            !this.#index.byRoleHead.has(headForm) &&
            !(len === 1 && tokens[t + 2]?.pos === 'VERB' && this.#kindHoldersOf(headForm).length > 0)
          )
            continue;
          const words = tokens.slice(t + 1, t + 1 + len);
          if (
            words.length < len ||
            !roleWordsFree(words, t + 1, excluded, this.titles, this.#index.byRoleHead)
          )
            continue;
          const last = words[words.length - 1]?.normal ?? '';
          // "The governor of the border state" names a governor by what follows, not one already met; "the
          // shelter's director" and "the governor's office" are someone else.
          // Nor does "the security situation": a noun after the words carries the phrase on.
          const next = tokens[t + 1 + len];
          const after = next?.normal;
          // "The general's dispatch describes": a document's owner is the holder, whose words it carries.
          if (after === 'of' || (isPossessiveEnding(after) && !ownsDocumentAt(tokens, t + 2 + len))) continue;
          if (next?.pos === 'NOUN' && isWrittenLowerCase(next.value)) continue;
          // "said the historian Dr. Efraín Holguín Baeza": words right before a name are its title, no one
          // met before.
          const nextWord = next?.value.replace(/\.$/, '') ?? '';
          if (next?.pos === 'PROPN' && NAME_WORD.test(nextWord) && !isCalendarName(nextWord)) continue;
          const lastForm = roleForm(last);
          const forms = words.map((w) => roleForm(w.normal));
          // "the governor" beside "Samuel García, the governor of Nuevo León": the one given the bare role.
          // "the pastor" of the Rev. Paul E. Baughman: with no holder of the noun itself, one of a role it is
          // a close kind of.
          // Only as a verb's subject ("the pastor said"): elsewhere ("agree with the parson") the link would
          // carry a mention the words do not need.
          const direct = this.#index.byRoleHead.get(lastForm);
          const byKind = direct === undefined && len === 1 && next?.pos === 'VERB';
          const holders = direct ?? (byKind ? this.#kindHoldersOf(lastForm) : []);
          const pool = len === 1 && !byKind ? this.#bareHoldersOf(lastForm, holders) : holders;
          // "the Secretary said": a title written capitalised names the one person the article gave it, and
          // only where no capitalised word carries a name on ("the Marine Corps said").
          const capitalised = words.some((w) => w.value !== w.normal);
          if (capitalised && capitalisedAfter(next)) continue;
          // "the spokeswoman" is no spokesman met before: a role word marking a gender rules out the other.
          const marked = roleWordGender(last, this.gendered);
          // "the Secretary smiled" names no one described only later ("A secretary of the Mexican commission"
          // two paragraphs on).
          const fits = (p: ArticlePerson) =>
            (byKind || forms.every((f) => p.roleWords.has(f))) &&
            (marked === null || (p.gender ?? p.nameGender ?? marked) === marked) &&
            !describedAfter(p, paragraph, t) &&
            !phraseRoleNotYetHeld(p, lastForm, { paragraph, t }, this.#others.get(lastForm) ?? []);
          // "the General", capitalised and alone, is the article's name for one holder (titles-as-names.ts).
          const chosen = capitalised
            ? this.#titleNames.holder(forms.join(' '), pool, () => mostRecent(pool, recent, fits))
            : mostRecent(pool, recent, fits);
          if (!chosen) continue;
          out.push({
            personId: chosen.id,
            start: t,
            end: t + 1 + len,
            text: analysis.text.slice(tok.start, words[words.length - 1]?.end ?? tok.end),
            via: 'role',
            gender: null,
          });
          t += len;
          break;
        }
      }
    }
    return out;
  }

  /**
   * Notes "another <noun>" at token `t` ("Another colonel, still on active duty,"): a role given before
   * someone's name holds for "the colonel" only up to it.
   */
  #noteAnother(tokens: readonly Token[], paragraph: number, t: number): void {
    let noun: Token | undefined;
    for (let k = t + 1; k < tokens.length && k - t <= MAX_ANOTHER_WORDS; k++) {
      const w = tokens[k] as Token;
      if (!ANOTHER_MODIFIER_POS.has(w.pos)) break;
      if (w.pos === 'NOUN') noun = w;
    }
    if (!noun) return;
    const head = roleForm(noun.normal);
    const places = this.#others.get(head) ?? [];
    const last = places.at(-1);
    if (last?.paragraph === paragraph && last.t === t) return;
    // Met in reading order: the oldest goes first.
    if (places.length >= MAX_ANOTHER_PLACES) places.shift();
    places.push({ paragraph, t });
    this.#others.set(head, places);
  }

  /** True for a title or honorific written before a name ("Gen.", "Mrs."). */
  #isTitle(value: string): boolean {
    const word = bare(value);
    return this.titles.has(word) || this.honorifics.has(word);
  }

  /**
   * The named people holding a title `noun` is a close kind of ("pastor": the Rev. Paul E. Baughman, whose
   * title is a reverend's), in the order their titles were met, else those with `noun` in their title before
   * its head ("the deputy": Deputy Sheriff W. T. Pruett); remembered per noun.
   */
  #kindHoldersOf(noun: string): readonly ArticlePerson[] {
    let pool = this.#kindHolders.get(noun);
    if (!pool) {
      const kinds = this.closeKindsOf(noun);
      const found = new Set<ArticlePerson>();
      // Most nouns are a close kind of no held title: the few kinds are looked up before the titles are walked.
      if ([...kinds].some((k) => k !== noun && this.#index.byRoleHead.has(k)))
        // Only a title's head ("Rev."): a description's ("a partner, Dale Pruitt") or an unnamed person's ("An
        // officer at headquarters") says less of who they are than the noun ("my husband", "the commandant").
        for (const [head, holders] of this.#index.byRoleHead)
          if (head !== noun && kinds.has(head))
            for (const p of holders) if (titleHeadOf(p, head)) found.add(p);
      this.#kindHolders.set(noun, (pool = found.size > 0 ? [...found] : (this.titleWords.get(noun) ?? [])));
    }
    return pool;
  }

  /** {@link bareRoleHolders} of `head`'s `holders`, remembered per head. */
  #bareHoldersOf(head: string, holders: readonly ArticlePerson[]): readonly ArticlePerson[] {
    let pool = this.#bareHolders.get(head);
    if (!pool) {
      pool = bareRoleHolders(holders, head);
      this.#bareHolders.set(head, pool);
    }
    return pool;
  }

  /**
   * A place or organisation the article described, named in full from token `t` (up to `to`): the text from
   * `t` to each of the next few token ends is looked up whole, so the work per token is bounded however many
   * such names the article has.
   */
  #wholeNameAt(
    analysis: Analysis,
    t: number,
    to: number,
    excluded: (t: number) => boolean,
  ): { entity: ArticlePerson; end: number } | null {
    if (this.#index.byWholeName.size === 0) return null;
    const tokens = analysis.tokens;
    const from = tokens[t]?.start ?? 0;
    let found: { entity: ArticlePerson; end: number } | null = null;
    for (let end = t + 1; end <= to && end - t <= MAX_WHOLE_NAME_TOKENS && !excluded(end - 1); end++) {
      const last = tokens[end - 1];
      const entity = last ? this.#index.byWholeName.get(analysis.text.slice(from, last.end)) : undefined;
      if (entity) found = { entity, end };
    }
    return found;
  }

  /**
   * The person whose surname is at token `t`, if the run names no one else: the last word of a name, else
   * another of its words after the first, the most recently mentioned holder first.
   */
  #surnameAt(
    tokens: readonly Token[],
    t: number,
    recent: readonly string[],
    joined: { value: string; last: number },
  ): ArticlePerson | null {
    const tok = tokens[t];
    if (!tok) return null;
    // A hyphenated name is looked up whole when someone bears it, else by its first part.
    if (
      joined.last !== t &&
      !this.#index.bySurname.has(joined.value) &&
      !this.#index.byLaterName.has(joined.value)
    )
      return this.#surnameAt(tokens, t, recent, { value: tok.value, last: t });
    const value = joined.value;
    const next = tokens[joined.last + 1];
    if (next && NAME_WORD.test(next.value) && next.pos === 'PROPN') return null;
    // A word no one bears as any name ("We", "ANNOUNCER"): every test below reads its holders and finds none.
    // Most capitalised words of a long article are such, and the tests cost more than these look-ups.
    if (
      !this.#index.allBySurname.has(value) &&
      !this.#index.allByCapitalSurname.has(value) &&
      !this.#index.bySurname.has(value) &&
      !this.#index.byLaterName.has(value) &&
      !this.#index.byFirstName.get(value)
    )
      return null;
    // "Yorman Ochoa" beside Teresa Ochoa: the name run before the surname says which Ochoa ("Gerald W.
    // Vickery" beside Donna Vickery: past a middle initial).
    const previous = tokens[t - 1]?.value ?? '';
    const first = MIDDLE_INITIAL.test(previous) ? (tokens[t - 2]?.value ?? '') : previous;
    for (const word of [first, ...nicknameBefore(tokens, t)]) {
      if (!NAME_WORD.test(word)) continue;
      // "His father, Aurelio Sandoval," beside Aurelio Sandoval Jr.: a relative's name set off after "his
      // father" is the father's when he bears it, whole, not the one whose father he is.
      const holders = this.#index.allBySurname.get(value) ?? [];
      const holder = this.#namesakes.holderNamed(value, holders, word);
      const kin = kinApposition(tokens, MIDDLE_INITIAL.test(previous) ? t - 2 : t - 1, (w) =>
        this.gendered.has(w),
      );
      const named = (kin ? unsuffixedRelative(holders, holder, word, value, next) : undefined) ?? holder;
      if (named) return named;
    }
    // "Vela Jr." beside Rogelio Vela Sr.: a generational suffix after the surname says which Vela.
    const suffixed = next ? holderWithSuffix(this.#index.allBySurname.get(value) ?? [], next.value) : null;
    if (suffixed) return suffixed;
    // "the elder Hadley": the older of the two.
    const generation = holderOfGeneration(this.#index.allBySurname.get(value) ?? [], previous.toLowerCase());
    if (generation && tokens[t - 2]?.normal === 'the') return generation;
    // "Mrs. Moore" beside Private C. R. Moore: the one the article introduced by that honorific and surname.
    const written = (this.#index.allBySurname.get(value) ?? []).find(
      (p) => p.name === `${previous} ${value}`,
    );
    if (written && this.honorifics.has(bare(previous))) return written;
    // "FROM PRIVATE RUMMEL." beside Private Jacob Rummel and his brother Daniel: a title names the one
    // introduced with it, as an honorific does, in a heading's capitals too.
    const titled = this.#isTitle(previous)
      ? introducedWithHonorific(
          this.#index.allBySurname.get(value) ?? this.#index.allByCapitalSurname.get(value) ?? [],
          previous,
        )
      : null;
    if (titled) return titled;
    // "C. R. Moore" beside Mrs. Moore: the initials before the surname say which Moore, as a first name does.
    const initials = initialsBefore(tokens, t);
    if (initials.length > 0) {
      const named = (this.#index.allBySurname.get(value) ?? []).find((p) =>
        endsWith(p.name.split(' ').slice(0, -1), initials),
      );
      if (named) return named;
    }
    // 'a son of Joaquín "El Chapo" Guzmán': a first name and a nickname no one of that surname has are
    // someone else's, whom the article never introduced.
    const [, given] = nicknameBefore(tokens, t);
    if (given && NAME_WORD.test(given) && !this.titles.has(bare(given)) && !this.honorifics.has(bare(given)))
      return null;
    // "Ms García" beside Captain Héctor García: the honorific's gender says which García. A holder whose
    // gender is not known yet ("Nathaniel Odom" beside his son "Walter Odom") is not ruled out by it.
    const honorific = this.honorifics.get(bare(previous));
    // "Señorita Serdán" beside Aquiles Serdán and his sister Carmen Serdán Alatriste: the woman whose first
    // surname it is, when no one whose last name it is is known to be a woman.
    const gendered = honorific ? this.#ofGender(value, honorific) : null;
    if (gendered) return gendered;
    const sharing = holdersFitting(this.#index.allBySurname.get(value) ?? [], honorific);
    if (sharing.length === 1 && sharing[0] && this.honorifics.has(bare(previous))) return sharing[0];
    // Two people of one surname ("Frances Oyervides … her grandmother, Tomasa Oyervides"): the bare surname
    // is the one the article named at the head of a sentence, when only one of them was.
    if (sharing.length > 1) {
      // Of those the article has named so far, if any: a surname is never someone introduced further on.
      const met = sharing.filter((p) => recent.includes(p.id));
      if (met.length === 1 && met[0]) return met[0];
      // Nor someone met so far only by another name ("addressed to his brother Daniel").
      const surnamed = met.filter((p) => this.#metBySurname.has(p.id));
      if (surnamed.length === 1 && surnamed[0]) return surnamed[0];
      // Both met, and a sentence about either since: the one the latest such sentence was about.
      const latest = met.length > 1 ? this.#leaders.latestLeader(met) : null;
      if (latest) return latest;
      const leading = (met.length > 0 ? met : sharing).filter((p) => p.leads && !p.kind);
      if (leading.length === 1 && leading[0]) return leading[0];
      const led = leading.length === 0 ? this.#leaders.onlyLeader(met) : null;
      if (led) return led;
    }
    const bySurname = this.#index.bySurname.get(value);
    const holders = this.#index.byLaterName.get(value);
    // "Flores" beside Juan José Flores and Eusebio Flores Treviño, whose first surname it is.
    const led =
      bySurname && holders && !bySurname.leads && !holders.some((p) => p.leads)
        ? this.#leaders.onlyLeader([bySurname, ...holders].filter((p) => recent.includes(p.id)))
        : null;
    if (led) return led;
    if (bySurname && !(holders && mentionedBefore(holders, bySurname, recent))) return bySurname;
    if (holders) return mostRecent(holders, recent);
    // A first name no one else in the article has, standing alone (not before a surname, nor before a
    // middle initial and one).
    return joined.last === t && !MIDDLE_INITIAL.test(next?.value ?? '')
      ? (this.#index.byFirstName.get(value) ?? null)
      : null;
  }

  /**
   * The only person known to be of `gender` who bears `surname` as a name word after the first but not the last
   * (the first of two surnames, or a middle name), when no one whose last name it is is known to be of that
   * gender; holders of unknown gender do not count either way.
   */
  #ofGender(surname: string, gender: 'male' | 'female'): ArticlePerson | null {
    const known = (p: ArticlePerson) => (p.gender ?? p.nameGender) === gender;
    if ((this.#index.allBySurname.get(surname) ?? []).some(known)) return null;
    const fitting = (this.#index.byLaterName.get(surname) ?? []).filter(known);
    return fitting.length === 1 ? (fitting[0] ?? null) : null;
  }
}

/** True when one of tokens [start, end) is `word`, in capitals or not ("FROM PRIVATE RUMMEL."). */
function spans(tokens: readonly Token[], start: number, end: number, word: string): boolean {
  const upper = word.toUpperCase();
  for (let k = start; k < end; k++) {
    const value = tokens[k]?.value;
    if (value === word || value === upper) return true;
  }
  return false;
}

/** True when `words` ends with `tail`. */
function endsWith(words: readonly string[], tail: readonly string[]): boolean {
  return tail.length <= words.length && tail.every((w, i) => words[words.length - tail.length + i] === w);
}

/**
 * True when `head` is of the title written before a named person's name ("Rev." of the Rev. Paul E.
 * Baughman: "rev", "reverend"), not of their description ("a partner, Dale Pruitt").
 */
function titleHeadOf(p: ArticlePerson, head: string): boolean {
  if (p.unnamedAt !== undefined || p.title === null) return false;
  return !(p.description ?? '')
    .toLowerCase()
    .split(/[^a-z]+/)
    .includes(head);
}

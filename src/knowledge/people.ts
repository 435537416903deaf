/**
 * People an article introduces that the entity data does not know: "Dana White, the Pentagon's chief
 * spokesperson", "Gen. Gregory Guillot, the commander of U.S. Northern Command", "Maria Delgado, who raises
 * cattle near Hidalgo". Each is found from the text alone — a run of capitalised names with a title before
 * it, an apposition after it, a verb of saying beside it, or a surname the article comes back to — with the
 * title and description the article gives, and a gender where an honorific, a gendered title or the
 * pronoun that follows says so. Their later mentions ("Ms White", "White", "the spokeswoman") are then
 * found by {@link ArticlePeople.mentionsIn}.
 */
import { abbreviatedTitles } from './abbreviated-titles.ts';
import type { Analysis, Token } from '../nlp/pipeline.ts';
import type { WordVectors } from '../nlp/word-vectors.ts';
import type { NounKinds } from './noun-kinds.ts';
import { nameGenderReader } from './name-gender.ts';
import { discoveredId, type ArticlePerson } from './discovered-person.ts';
import { roleBeforeKnownSurname } from './role-before-surname.ts';
import { isCompoundBodyName } from './compound-bodies.ts';
import { joinedBodyStart, pastAbbreviation } from './joined-body-names.ts';
import { ArticlePeople } from './article-people.ts';
import { nonPersonContext, type NameContextWords, type NotAPerson } from './name-contexts.ts';
import {
  bare,
  initialsAndSurname,
  joinHyphens,
  opensWithSmallLetter,
  NAME_SUFFIX,
  NAME_WORD,
  fromPlace,
  nicknameOpening,
} from './name-words.ts';
import {
  kinSurname,
  knownAsInAppositions,
  linkSelfGivenNames,
  initialledNamesOfFull,
  shortNamesOfLonger,
} from './name-links.ts';
import { INITIAL, MAX_NAME_WORDS, NameRuns } from './name-runs.ts';
import { keptPeople, type Candidate } from './kept-people.ts';
import { addUnnamedSpeakers, excludedIn } from './unnamed-people.ts';
import { isParticleWord, particleSurnameEnd } from './particle-names.ts';
import {
  copulaDescription,
  namingDescription,
  descriptionAfter,
  headWords,
  namingGender,
  PEOPLES_PLURAL,
  personNounBefore,
  personPhraseBefore,
  titleBefore,
  vouchedAlone,
} from './person-descriptions.ts';
import { headlineNameEnd, titleCased, writtenInCapitals } from './title-case.ts';
import { titleEndOfRun, titleStartOfRun } from './title-extent.ts';
import { personRoles } from './person-roles.ts';
import { quotationAfterName, speechCueBeside } from './speech-beside-name.ts';
import { nameCase, transcriptLabels } from './transcript.ts';
import { roleWordsBeforeName } from './role-words-before-name.ts';
import { nameCues } from './name-cues.ts';
import { countedNames } from './counted-names.ts';
import { placeNames } from './place-names.ts';
import { isCapitalisedWord, opensWithCapital } from '../nlp/letter-tests.ts';

/** Patterns with `\p{…}`, built once: inside a function tsx rebuilds them on every call (see src/nlp/letter-tests.ts). */
const P1 = /\p{Lu}{2}/u;

/** Words that say a name follows, from `lexicon.json`. */
export interface PeopleLexicon {
  /** Honorifics and the gender they mark, lower case without the full stop ("ms": "female"). */
  honorifics: Record<string, 'male' | 'female' | null>;
  /** Titles that stand before a name, lower case without the full stop ("gen", "governor", "secretary"). */
  personTitles: string[];
  /** Nouns of office or occupation that mark a gender ("spokeswoman": "female"). */
  genderedNouns: Record<string, 'male' | 'female'>;
  /** Abbreviated titles and the word they stand for ("gov": "governor"), so "the governor" finds "Gov. Brewer". */
  titleAbbreviations: Record<string, string>;
  /** Nouns for people by what they do ("official", "resident"): "a senior official said" quotes someone. */
  personNouns: string[];
}

const ARTICLES = new Set(['a', 'an', 'the']);

/** Finds people in articles; build once with the lexicon and the words known entities are named by. */
export class PeopleFinder {
  readonly #honorifics: Map<string, 'male' | 'female' | null>;
  readonly #titles: Set<string>;
  readonly #gendered: Map<string, 'male' | 'female'>;
  readonly #abbreviations: Map<string, string>;
  readonly #offices: ReadonlySet<string>;
  readonly #personNouns: Set<string>;
  readonly #contextWords: NameContextWords;
  readonly #runs: NameRuns;

  constructor(
    lexicon: PeopleLexicon,
    private readonly isEnglishWord: (word: string) => boolean,
    private readonly vectors: WordVectors | null = null,
    private readonly nounKinds: NounKinds | null = null,
    private readonly isSayingVerb: (lemma: string) => boolean = () => false,
  ) {
    this.#honorifics = new Map(Object.entries(lexicon.honorifics));
    // An abbreviation of a title is one too ("Spc.", "Cpl."): it stands only before a name.
    this.#titles = new Set([
      ...lexicon.personTitles,
      ...this.#honorifics.keys(),
      ...Object.keys(lexicon.titleAbbreviations),
    ]);
    this.#gendered = new Map(Object.entries(lexicon.genderedNouns));
    this.#abbreviations = new Map(Object.entries(lexicon.titleAbbreviations));
    this.#personNouns = new Set([
      ...lexicon.personNouns,
      ...lexicon.personTitles,
      ...Object.keys(lexicon.genderedNouns),
    ]);
    // "Gen.", "general", "Gov.", "governor": a rank or office by itself, its abbreviation or the word written out.
    this.#offices = new Set(Object.entries(lexicon.titleAbbreviations).flat());
    this.#runs = new NameRuns(this.#titles, this.#honorifics, isEnglishWord, this.#offices);
    this.#contextWords = {
      isTitle: (v) => this.isTitle(v),
      isEnglishWord,
      isPersonNoun: (l) => this.isPersonNoun(l),
    };
  }

  /**
   * True for a noun that says what a person is: one the lexicon lists ("husband", "teacher", "spokesman"),
   * or one whose first sense WordNet files under person ("cook", "broker", "vendor").
   */
  isPersonNoun(lemma: string): boolean {
    return this.#personNouns.has(lemma) || (this.nounKinds?.isPerson(lemma) ?? false);
  }

  /** True for a word that stands before a name as a title or honorific ("Gen.", "governor", "Ms"). */
  isTitle(value: string): boolean {
    return this.#runs.isTitle(value);
  }

  /**
   * Where a run of one given name ends when a surname's particle and a surname follow it and a description
   * of a person comes after them ("Agustín de la Peña, a merchant of this place,"); `null` otherwise. A
   * titled run of two names goes on too when the title is an honorific ("Mrs. Josefa Garza de la Vega,") or
   * an age follows ("Doña Refugio Aldama de Soto, 71,"): no body's name is given an honorific or an age.
   */
  #particleEnd(
    analysis: Analysis,
    run: { start: number; titleEnd: number; end: number },
    blocked: (t: number) => boolean,
  ): number | null {
    const names = run.end - run.titleEnd;
    if (names !== 1 && names !== 2) return null;
    const end = particleSurnameEnd(analysis.tokens, run.end, blocked);
    if (end === null) return null;
    if (run.titleEnd > run.start && agedAt(analysis.tokens, end)) return end;
    // "Mrs. Josefa Garza de la Vega, whose house…": an honorific opens no body's name.
    if (run.titleEnd > run.start && this.#honorifics.has(bare(analysis.tokens[run.start]?.value ?? '')))
      return end;
    if (names !== 1) return null;
    // "Lieutenant Colonel Domingo de Ugartechea, and he…": a rank or office opens no body's name either, when
    // the word after it is no English word ("Presidente Municipal de Juárez," names an office).
    if (this.#rankedGivenName(analysis.tokens, run)) return end;
    const heads = headWords(descriptionAfter(analysis, end, (l) => this.isPersonNoun(l)));
    return heads.some((w) => this.#titles.has(w) || this.#gendered.has(w) || this.isPersonNoun(w))
      ? end
      : null;
  }

  /** True when a run's title words all name a rank or office by themselves and its one name is no English word. */
  #rankedGivenName(
    tokens: Analysis['tokens'],
    run: { start: number; titleEnd: number; end: number },
  ): boolean {
    if (run.titleEnd === run.start) return false;
    for (let t = run.start; t < run.titleEnd; t++)
      if (!this.#offices.has(bare(tokens[t]?.value ?? ''))) return false;
    const given = tokens[run.titleEnd]?.value.toLowerCase() ?? '';
    return given !== '' && !this.isEnglishWord(given);
  }

  /**
   * The people one article introduces. `taken(p, t)` is true for tokens a known entity already names, and
   * `quoted(p, t)` for tokens inside quotation marks (a name in a quotation introduces no one).
   */
  find(
    articleId: string,
    analyses: readonly Analysis[],
    taken: (paragraph: number, token: number) => boolean,
    quoted: (paragraph: number, token: number) => boolean,
  ): ArticlePeople {
    const genderOfName = nameGenderReader(this.vectors);
    // "Profra. Amalia Ruiz Bustamante": abbreviated titles the article's usage shows, beside the lexicon's.
    const articleTitles = abbreviatedTitles(analyses, {
      isTitle: (v) => this.isTitle(v),
      isEnglishWord: this.isEnglishWord,
    });
    const titles =
      articleTitles.size === 0 ? this.#titles : new Set([...this.#titles, ...[...articleTitles].map(bare)]);
    const runs =
      titles === this.#titles
        ? this.#runs
        : new NameRuns(titles, this.#honorifics, this.isEnglishWord, this.#offices);
    const isTitle = (v: string) => runs.isTitle(v);
    const contextWords: NameContextWords =
      titles === this.#titles
        ? this.#contextWords
        : { isTitle, isEnglishWord: this.isEnglishWord, isPersonNoun: (l) => this.isPersonNoun(l) };
    const candidates: Candidate[] = [];
    /** The surnames of the candidates found so far, kept as they are found (read once per name run). */
    const surnames = new Set<string>();
    const { afterHonorific, cued, cuedNames, bySurnameCount } = nameCues(
      analyses,
      taken,
      quoted,
      this.#honorifics,
      contextWords,
    );
    /** A name and the name of the partner a first name joined on before it gives ("Elena and Frank Castañeda"). */
    const couples = new Map<string, string>();
    /** Each name's candidate: a transcript's label naming them later vouches for it ("Anchors: Karen Whitfield"). */
    const names = new Map<string, Candidate>();
    /** The candidate of each surname written alone after a title ("Gen. Crook"), by the surname. */
    const titledSurnames = new Map<string, Candidate>();
    /** Names that stand where no person's does ("the Navy Ministry said"), and what they are instead. */
    const notPeople = new Map<string, NotAPerson>();
    /** Names a title, an age or a description says are a person's, where nothing says otherwise. */
    const personLike = new Set<string>();
    /** A transcript's speaker labels ("KAREN WHITFIELD, ANCHOR:"): the name in one is a person's. */
    const labels = transcriptLabels(analyses.map((a) => a.text));
    /** Each labelled paragraph's speaker, for a name they give themselves in their turn ("call me Tripp"). */
    const labelSpeakers = new Map<number, ArticlePerson & { evidence: boolean }>();
    /** Nouns the article writes in lower case: one capitalised to open a sentence is no name ("Reader …"). */
    const commonNouns = new Set<string>();
    /** Capitalised words the article counts ("Thirty Villistas"): a group's name, no person's surname. */
    const counted = countedNames(analyses);
    /** Verbs the article writes in lower case: one after a name in a headline is no name word ("Lynde Dropped"). */
    const verbForms = new Set<string>();
    for (const a of analyses)
      for (const x of a.tokens) {
        if (x.pos === 'NOUN' && opensWithSmallLetter(x.value)) commonNouns.add(x.lemma);
        if (x.pos === 'VERB' && opensWithSmallLetter(x.value)) verbForms.add(x.normal).add(x.lemma);
      }

    /** Surnames the article writes after a word of a role ("Consul Arvayo"): a person's, as after "Mr.". */
    const afterRole = new Set<string>();
    const roleReader = {
      isPersonNoun: (lemma: string) => this.isPersonNoun(lemma),
      isEnglishWord: (word: string) => this.isEnglishWord(word),
      writtenInLowerCase: (lemma: string) => commonNouns.has(lemma),
    };
    analyses.forEach((analysis, p) => {
      const tokens = analysis.tokens;
      const blocked = excludedIn(p, taken, quoted);
      const headline = titleCased(tokens);
      const capitals = writtenInCapitals(tokens);
      /** The people this paragraph has named so far, in order. */
      const named: ArticlePerson[] = [];
      for (let t = 0; t < tokens.length;) {
        const run = runs.at(tokens, t, blocked, capitals);
        if (!run) {
          t++;
          continue;
        }
        const { start } = run;
        const runEnd = this.#particleEnd(analysis, run, blocked) ?? run.end;
        const end = headline ? headlineNameEnd(tokens, run.titleEnd, runEnd, verbForms) : runEnd;
        t = end;
        // "Ranger Quintanilla said": a word for a person before a surname named before is a title; the
        // surname alone is read next as the person already named.
        if (
          run.titleEnd === start &&
          end - start === 2 &&
          roleBeforeKnownSurname(
            tokens.slice(start, end).map((x) => x.value),
            surnames,
            roleReader,
          )
        ) {
          afterRole.add(tokens[start + 1]?.value ?? '');
          t = start + 1;
          continue;
        }
        const extent = titleEndOfRun(
          tokens,
          { start, titleEnd: run.titleEnd, end },
          commonNouns,
          isTitle,
          (w) => this.isEnglishWord(w),
        );
        const { titleEnd, ranked } = extent;
        const nameTokens = tokens
          .slice(titleEnd, end)
          .filter((x) => !INITIAL.test(x.value) || x.value.length > 2);
        const label = labels[p];
        const labelled = label !== null && label !== undefined && (tokens[start]?.start ?? 0) < label.nameEnd;
        // "RUBÉN VILLASEÑOR, BORDER PATROL:": a name a label writes in capitals is written as a name is.
        const written = joinHyphens(tokens.slice(titleEnd, end));
        const words =
          labelled && written.every((w) => P1.test(w) && w === w.toUpperCase())
            ? written.map(nameCase)
            : written;
        // "Esequiel Hernández Jr.": the suffix is the name's, as written, but its surname is before it, and
        // the name without it is theirs too.
        const suffix = words.length > 2 && NAME_SUFFIX.test(words.at(-1) ?? '') ? words.pop() : undefined;
        // '"Cap" Spencer': a nickname in marks opening the name stands for its first name.
        const nickname = titleEnd === start && words.length === 1 ? nicknameOpening(tokens, start) : null;
        if (nickname) words.unshift(nickname.word);
        // "Mrs. Luz Hinojosa and her husband, Ramón,": one name a relative's apposition gives takes the surname
        // of the one the possessive stands for, the last person of its gender named in the paragraph.
        const kin =
          titleEnd === start && words.length === 1 && !nickname
            ? kinSurname(
                tokens,
                start,
                end,
                named,
                (v) => isTitle(v),
                (l) => this.#gendered.has(l),
                candidates,
              )
            : null;
        if (kin) words.push(kin);
        // "Wilmer, a 29-year-old from Maracaibo, said…", "Chayo said": one name, no title, and no English word.
        const oneName =
          words.length === 1 &&
          nameTokens.length === 1 &&
          isCapitalisedWord(written[0] ?? '') &&
          // After an honorific any word is a name ("Mr. Brown"); alone, no English word is, nor a people's
          // name in the plural ("Haitians said", "Minutemen said").
          (titleEnd === start
            ? !PEOPLES_PLURAL.test(written[0] ?? '') &&
              !this.isEnglishWord((written[0] ?? '').toLowerCase()) &&
              // "the Secretariat said", "the National Defense Secretariat": "the" names no person by one name.
              !ARTICLES.has(tokens[capitalisedFrom(tokens, start) - 1]?.normal ?? '')
            : runs.honorificsOnly(tokens, start, titleEnd) || runs.titledSurname(tokens, start, titleEnd));
        // "Mayor J. T. Hargis": initials and one name word are a whole name.
        const initialled = initialsAndSurname(words, titleEnd > start, (w) => this.isEnglishWord(w));
        if (
          (words.length < 2 && !oneName) ||
          // "Josefa Garza de la Vega": a surname's particle is no name word of its own.
          words.filter((w) => !isParticleWord(w)).length > MAX_NAME_WORDS ||
          // "Colonel Warns Both Factions": in a headline, capitalised English words are no name.
          (headline && words.every((w) => this.isEnglishWord(w.toLowerCase()))) ||
          (nameTokens.length < 2 && !oneName && !nickname && !kin && !initialled)
        )
          continue;
        // "Doña Pilar", "Gen. Pershing": one name is written with the honorific or title it goes by.
        // "U.S. Customs and Border Protection": common words joined by "and" to a body's name before them are
        // that body's name, named whole from its first common word.
        const joined = titleEnd === start ? joinedBodyStart(tokens, start, end, this.isEnglishWord) : -1;
        const name =
          joined >= 0
            ? analysis.text.slice(tokens[joined]?.start ?? 0, tokens[end - 1]?.end ?? 0)
            : oneName && titleEnd > start
              ? analysis.text.slice(tokens[start]?.start ?? 0, tokens[end - 1]?.end ?? 0)
              : [...words, ...(suffix ? [suffix] : [])].join(' ');
        const surname = words[words.length - 1] ?? name;
        const past = joined >= 0 ? pastAbbreviation(tokens, joined) : joined;
        const shortName =
          past > joined ? analysis.text.slice(tokens[past]?.start ?? 0, tokens[end - 1]?.end ?? 0) : null;
        // "Jack Reed of Rhode Island", "Oris T. Wendell, 63, of Wichita Falls": the place a person is from.
        // Not "Secretary of War Newton D. Baker": the words after an office's "of" are its department's.
        if (extent.office === null && tokens[start - 1]?.normal === 'of' && fromPlace(tokens, start - 2))
          continue;
        const titleStart = titleStartOfRun(tokens, start, extent, isTitle, (k) => taken(p, k));
        const titleTokens = tokens.slice(titleStart, titleEnd);
        const title =
          titleTokens.length > 0
            ? analysis.text.slice(titleTokens[0]?.start ?? 0, titleTokens.at(-1)?.end ?? 0)
            : null;
        // "Dilcia Ramos, 34, who left San Pedro Sula…": an age after a name is a person's.
        const aged = agedAt(tokens, end);
        const before =
          tokens[end]?.value === ','
            ? titleBefore(
                tokens,
                titleStart,
                (v) => isTitle(v),
                (l) => this.#gendered.has(l),
              )
            : null;
        // "the defence secretary, Gen. Ricardo Trevilla Trejo,": the phrase before the name describes them.
        const description =
          descriptionAfter(analysis, aged ? end + 2 : end, (l) => this.isPersonNoun(l)) ??
          copulaDescription(analysis, start, end) ??
          namingDescription(analysis, titleStart) ??
          (before
            ? analysis.text.slice(tokens[before.from]?.start ?? 0, tokens[titleStart - 2]?.end ?? 0)
            : null) ??
          personNounBefore(analysis, titleStart, end, (l) => this.isPersonNoun(l)) ??
          roleWordsBeforeName(analysis, titleStart, (l) => this.isPersonNoun(l));
        // "El secretario de Seguridad y Protección Ciudadana, Alfonso Durazo Montaño, told…": a title the
        // clause opens with, set off from the name by commas, is theirs as much as one just before it.
        const leading = before?.title ?? null;
        // "Sgt. 1st Class": the rank's words are the title's; "sergeant" is the role, not "class".
        const roleTokens = ranked ? tokens.slice(titleStart, start - 1) : titleTokens;
        const { roleWords, roleHeads, ...roles } = personRoles(
          titleTokens,
          roleTokens,
          leading,
          description,
          {
            honorifics: this.#honorifics,
            gendered: this.#gendered,
            abbreviations: this.#abbreviations,
          },
        );
        // "who gave her name only as Chayo": the pronoun of the words naming them.
        const naming = namingGender(tokens, nickname?.at ?? titleStart);
        const gender = roles.gender ?? (naming || null);
        // "Casa Peregrina, a shelter run by churches": a description whose head is no person's says it is not one.
        const heads = headWords(description);
        const personHead = heads.some(
          (w) => this.#titles.has(w) || this.#gendered.has(w) || this.isPersonNoun(w),
        );
        const personDescription =
          description !== null &&
          (/^(who|whose)\b/i.test(description) ||
            personHead ||
            !this.isEnglishWord((words[0] ?? '').toLowerCase()));
        const evidence =
          titleTokens.length > 0 ||
          leading !== null ||
          personDescription ||
          personPhraseBefore(tokens, titleStart, end, (l) => this.isPersonNoun(l)) ||
          speechCueBeside(tokens, titleStart, end) ||
          aged ||
          labelled ||
          // "who gave his name as El Güero": words naming a him or a her by it.
          Boolean(naming) ||
          quotationAfterName(tokens, titleStart, end);
        // "Elena and Frank Castañeda": a first name joined on before the name shares its surname.
        const partner = tokens[start - 2];
        if (
          tokens[start - 1]?.normal === 'and' &&
          partner &&
          partner.pos === 'PROPN' &&
          NAME_WORD.test(partner.value) &&
          !taken(p, start - 2) &&
          !NAME_WORD.test(tokens[start - 3]?.value ?? '')
        )
          couples.set(name, `${partner.value} ${surname}`);
        // "Joint Task Force-Southern Border": a compound of common words is a body's name wherever it stands.
        const context =
          titleEnd === start && counted.has(surname)
            ? 'group'
            : isCompoundBodyName(name, this.isEnglishWord) || joined >= 0
              ? 'organisation'
              : nonPersonContext(tokens, start, titleEnd, end, this.#contextWords);
        // "who gave his name as El Güero": words naming a him or a her say a person, whatever the name's form.
        if (context && !naming) notPeople.set(name, notPeople.get(name) ?? context);
        // Only where nothing says otherwise can a title, an age or "who…" vouch for a person.
        else if (
          titleTokens.length > 0 ||
          leading !== null ||
          aged ||
          (description !== null && (personHead || /^(who|whose)\b/i.test(description)))
        )
          personLike.add(name);
        // One name is a person's only by an honorific, an age, words naming someone by it, or a verb of saying
        // beside it somewhere (below).
        // "known to regulars only as Flaco, who said he was 19": naming words vouch for one name when a pronoun
        // in them or a "who" after it says a person ("the Defense Secretariat, known as Sedena" is none).
        const namedPerson =
          naming !== false && (naming !== null || /^(who|whose)\b/i.test(description ?? ''));
        const oneNameVouched =
          oneName && (titleEnd > start || aged || namedPerson || vouchedAlone(analysis, start, end));
        // "Gen. Crook" … "General Crook": one surname after a title is one person, however the title is written.
        const titledAlone = oneName && titleEnd > start && !runs.honorificsOnly(tokens, start, titleEnd);
        const seen = names.get(name) ?? (titledAlone ? titledSurnames.get(surname) : undefined);
        if (seen) named.push(seen);
        if (seen && labelled) labelSpeakers.set(p, seen);
        if (seen) {
          seen.evidence ||= labelled || oneNameVouched;
          continue;
        }
        const candidate: ArticlePerson & { evidence: boolean } = {
          id: discoveredId(name),
          name,
          surname,
          laterNames: words.slice(1).filter((w) => !INITIAL.test(w) && !isParticleWord(w)),
          gender,
          nameGender: genderOfName(words.find((w) => !INITIAL.test(w) && w.length > 2) ?? ''),
          title,
          description,
          roleWords,
          roleHeads,
          evidence: oneName ? oneNameVouched : evidence,
          ...(oneName ? { single: true } : {}),
          ...(naming !== false ? { named: true } : {}),
          leads: titleStart === 0 || /^[.;:"“”]$/.test(tokens[titleStart - 1]?.value ?? ''),
          ...(suffix ? { knownAs: [words.join(' ')] } : {}),
          // "U.S. Customs and Border Protection": the name from its first common word, where "U.S." is the country's.
          ...(shortName ? { knownAs: [shortName] } : {}),
          // "five Rangers were dismissed": the counted word alone names the group "Texas Rangers" names.
          ...(titleEnd === start && counted.has(surname) && words.length > 1 ? { knownAs: [surname] } : {}),
          ...(aged ? { age: Number(tokens[end + 1]?.value) } : {}),
        };
        names.set(name, candidate);
        if (titledAlone && !titledSurnames.has(surname)) titledSurnames.set(surname, candidate);
        if (labelled) labelSpeakers.set(p, candidate);
        candidates.push(candidate);
        surnames.add(candidate.surname);
        named.push(candidate);
      }
    });
    // "a spokesman for the shelters said": people the article describes beside a verb of saying but does not name.
    addUnnamedSpeakers(articleId, analyses, { taken, quoted }, candidates, surnames, {
      isPersonNoun: (w) => this.isPersonNoun(w),
      isTitle: (v) => this.isTitle(v),
      gendered: this.#gendered,
      isSayingVerb: this.isSayingVerb,
    });
    for (const name of personLike) notPeople.delete(name);
    knownAsInAppositions(candidates);
    // "ANTHONY RAMSEY III: … everybody calls me Tripp": a name a speaker gives themselves is theirs.
    linkSelfGivenNames(
      [...labelSpeakers].map(([p, speaker]) => ({
        speaker,
        turn: analyses[p]?.text.slice(labels[p]?.end ?? 0) ?? '',
      })),
      candidates,
      names,
    );
    // "Ovidio Guzmán" in the headline is the "Ovidio Guzmán López" of the text: one person, by both names.
    // "O. B. Teague" in the headline is the "Orville Bascom Teague" of the text, as well.
    for (const { short, full } of [...shortNamesOfLonger(candidates), ...initialledNamesOfFull(candidates)]) {
      short.nicknameOf = full.id;
      (full.knownAs ??= []).push(short.name);
      full.evidence ||= short.evidence;
      full.gender ??= short.gender;
    }
    const people = keptPeople(
      candidates,
      { couples, notPeople, afterRole, cues: { afterHonorific, cued, cuedNames, bySurnameCount } },
      this.isEnglishWord,
    );
    return new ArticlePeople(
      people,
      this.#honorifics,
      titles,
      notPeople,
      articleTitles,
      placeNames(analyses, (v) => isTitle(v) || this.#honorifics.has(bare(v))),
    );
  }
}

/** The first of the capitalised proper nouns running up to token `start` ("National Defense Secretariat"). */
function capitalisedFrom(tokens: readonly Token[], start: number): number {
  let k = start;
  while (k > 0 && tokens[k - 1]?.pos === 'PROPN' && opensWithCapital(tokens[k - 1]?.value ?? '')) k--;
  return k;
}

/** True for an age set off by commas after token `end` ("Dilcia Ramos, 34, who left…"): a person's. */
function agedAt(tokens: readonly Token[], end: number): boolean {
  return (
    tokens[end]?.value === ',' &&
    /^\d{1,3}$/.test(tokens[end + 1]?.value ?? '') &&
    tokens[end + 2]?.value === ','
  );
}

/**
 * People an article introduces that the entity data does not know: "Dana White, the Pentagon's chief
 * spokesperson", "Gen. Gregory Guillot, the commander of U.S. Northern Command", "Maria Delgado, who raises
 * cattle near Hidalgo". Each is found from the text alone — a run of capitalised names with a title before
 * it, an apposition after it, a verb of saying beside it, or a surname the article comes back to — with the
 * title and description the article gives, and a gender where an honorific, a gendered title or the
 * pronoun that follows says so. Their later mentions ("Ms White", "White", "the spokeswoman") are then
 * found by {@link ArticlePeople.mentionsIn}.
 */
import { abbreviatedTitles, type AbbreviationReader } from './abbreviated-titles.ts';
import type { Analysis, Token } from '../nlp/pipeline.ts';
import { speakerTurnStart } from '../nlp/speaker-label.ts';
import type { WordVectors } from '../nlp/word-vectors.ts';
import type { NounKinds } from './noun-kinds.ts';
import { nameGenderReader } from './name-gender.ts';
import type { ArticlePerson } from './discovered-person.ts';
import { roleBeforeKnownSurname, type RoleWordReader } from './role-before-surname.ts';
import { isCompoundBodyName } from './compound-bodies.ts';
import { namesServicemen, type ServicemenWords } from './servicemen-names.ts';
import { ArticlePeople } from './article-people.ts';
import { titleWordHolders } from './title-word-holders.ts';
import { nonPersonContext, type NameContextWords, type NotAPerson } from './name-contexts.ts';
import { bare, fromPlace } from './name-words.ts';
import {
  knownAsInAppositions,
  linkSelfGivenNames,
  initialledNamesOfFull,
  shortNamesOfLonger,
} from './name-links.ts';
import { NameRuns } from './name-runs.ts';
import { keptPeople } from './kept-people.ts';
import { addUnnamedSpeakers, excludedIn, type UnnamedReader } from './unnamed-people.ts';
import { vouchedAlone } from './person-descriptions.ts';
import { headlineNameEnd, MIN_LINE_TITLE_CASE_WORDS, titleCased, writtenInCapitals } from './title-case.ts';
import { titleEndOfRun } from './title-extent.ts';
import { transcriptLabels } from './transcript.ts';
import { nameCues } from './name-cues.ts';
import { countedNames } from './counted-names.ts';
import { isBodyHeadedName, type BodyHeadWords } from './body-headed-names.ts';
import { isPlaceNoun, type HeadWords } from './headed-names.ts';
import { runName, type RunName } from './run-name.ts';
import { particleRunEnd, type ParticleRunReader } from './particle-run-end.ts';
import { runDescription } from './run-description.ts';
import { lettersInOrder } from './title-forms.ts';
import {
  adoptTextSpelling,
  articleWordForms,
  couplePartner,
  emptyFoundNames,
  namedPerson,
  keepLaterDescription,
  newCandidate,
  vouchesPerson,
  type ArticleText,
  type FoundNames,
  type NameReaders,
} from './found-names.ts';

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

/** Finds people in articles; build once with the lexicon and the words known entities are named by. */
export class PeopleFinder {
  readonly #honorifics: Map<string, 'male' | 'female' | null>;
  readonly #titles: Set<string>;
  readonly #gendered: Map<string, 'male' | 'female'>;
  readonly #abbreviations: Map<string, string>;
  readonly #offices: ReadonlySet<string>;
  readonly #personNouns: Set<string>;
  readonly #contextWords: NameContextWords;
  /** What a name's head word is read with (headed-names.ts). */
  readonly #headWords: HeadWords;
  readonly #runs: NameRuns;
  /** What a run's ending past a surname's particle is read with (particle-run-end.ts). */
  readonly #particleReader: ParticleRunReader;
  /** The readers of an article whose usage shows no abbreviated title beyond the lexicon's. */
  readonly #readers: NameReaders;
  readonly #titleReader: AbbreviationReader;
  readonly #servicemenWords: ServicemenWords;
  readonly #roleWords: Omit<RoleWordReader, 'writtenInLowerCase'>;
  /** What a name's last word says of a body, read once per speaker's name: made once, not once per name. */
  readonly #bodyHeadWords: BodyHeadWords;
  readonly #unnamedReader: UnnamedReader;

  constructor(
    lexicon: PeopleLexicon,
    private readonly isEnglishWord: (word: string) => boolean,
    private readonly vectors: WordVectors | null = null,
    private readonly nounKinds: NounKinds | null = null,
    private readonly isSayingVerb: (lemma: string) => boolean = () => false,
  ) {
    this.#honorifics = new Map(Object.entries(lexicon.honorifics));
    // An abbreviation of a title is one too ("Spc.", "Cpl."): it stands only before a name. So is the rank of
    // a serviceman it shortens, written out ("Private Lewis McCandless, of one of the Jackson County
    // companies"); not a role a word of another language stands for ("Licenciado" is a lawyer).
    this.#titles = new Set([
      ...lexicon.personTitles,
      ...this.#honorifics.keys(),
      ...Object.keys(lexicon.titleAbbreviations),
      ...Object.entries(lexicon.titleAbbreviations).flatMap(([short, full]) =>
        shortens(short, full) && (nounKinds?.isKindOf(full, 'serviceman') ?? false) ? [full] : [],
      ),
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
    this.#headWords = {
      isKindOf: (lemma, kind) => this.nounKinds?.isKindOf(lemma, kind) ?? false,
    };
    this.#contextWords = {
      isTitle: (v) => this.isTitle(v),
      isEnglishWord,
      isPersonNoun: (l) => this.isPersonNoun(l),
      isPlaceNoun: (l) => isPlaceNoun(l, this.#headWords),
      isBodyNoun: (l) => this.nounKinds?.isBody(l) ?? false,
    };
    this.#particleReader = {
      honorifics: this.#honorifics,
      titles: this.#titles,
      gendered: this.#gendered,
      offices: this.#offices,
      isPersonNoun: (l) => this.isPersonNoun(l),
      isEnglishWord,
    };
    this.#readers = this.#readersOf(this.#titles, this.#runs);
    this.#titleReader = { isTitle: (v) => this.isTitle(v), isEnglishWord };
    this.#servicemenWords = {
      isEnglishWord,
      isServiceman: (l) => this.nounKinds?.isKindOf(l, 'serviceman') ?? false,
    };
    this.#bodyHeadWords = { isBody: (l) => this.nounKinds?.isBody(l) ?? false, isEnglishWord };
    this.#roleWords = {
      isPersonNoun: (lemma) => this.isPersonNoun(lemma),
      isEnglishWord: (word) => this.isEnglishWord(word),
    };
    this.#unnamedReader = {
      isPersonNoun: (w) => this.isPersonNoun(w),
      isTitle: (v) => this.isTitle(v),
      gendered: this.#gendered,
      isSayingVerb: this.isSayingVerb,
    };
  }

  /**
   * True for a noun that says what a person is: one the lexicon lists ("husband", "teacher", "spokesman"),
   * or one whose first sense WordNet files under person ("cook", "broker", "vendor").
   */
  isPersonNoun(lemma: string): boolean {
    return this.#personNouns.has(lemma) || (this.nounKinds?.isPerson(lemma) ?? false);
  }

  /**
   * True when a name as written is a body's by its last word ("National Border Patrol Council"): see
   * body-headed-names.ts. For a speaker's name the finder read no run for.
   */
  isBodyHeadedName(name: string): boolean {
    return isBodyHeadedName(name.split(' '), this.#bodyHeadWords);
  }

  /** True for a word that stands before a name as a title or honorific ("Gen.", "governor", "Ms"). */
  isTitle(value: string): boolean {
    return this.#runs.isTitle(value);
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
    // "Profra. Amalia Ruiz Bustamante": abbreviated titles the article's usage shows, beside the lexicon's.
    const articleTitles = abbreviatedTitles(analyses, this.#titleReader);
    const readers = articleTitles.size === 0 ? this.#readers : this.#readersWith(articleTitles);
    const found = emptyFoundNames();
    const { afterHonorific, cued, cuedNames, bySurnameCount } = nameCues(
      analyses,
      taken,
      quoted,
      this.#honorifics,
      readers.contextWords,
    );
    const forms = articleWordForms(analyses, readers.isPlaceTitle);
    const article: ArticleText = {
      analyses,
      taken,
      quoted,
      labels: transcriptLabels(analyses.map((a) => a.text)),
      counted: countedNames(analyses),
      commonNouns: forms.commonNouns,
      verbForms: forms.verbForms,
      roleReader: { ...this.#roleWords, writtenInLowerCase: (lemma) => forms.commonNouns.has(lemma) },
      genderOfName: nameGenderReader(this.vectors),
    };
    for (let p = 0; p < analyses.length; p++) this.#readParagraph(p, article, readers, found);
    this.#linkNames(articleId, article, found);
    const people = keptPeople(
      found.candidates,
      {
        couples: found.couples,
        notPeople: found.notPeople,
        afterRole: found.afterRole,
        cues: { afterHonorific, cued, cuedNames, bySurnameCount },
      },
      this.isEnglishWord,
    );
    return new ArticlePeople(
      people,
      this.#honorifics,
      this.#gendered,
      readers.titles,
      found.notPeople,
      articleTitles,
      forms.places,
      (noun) => this.nounKinds?.closeKindsOf(noun) ?? new Set<string>(),
      titleWordHolders(people, (l) => this.isPersonNoun(l), analyses),
    );
  }

  /** The readers of an article whose usage shows abbreviated titles beside the lexicon's. */
  #readersWith(articleTitles: ReadonlySet<string>): NameReaders {
    const titles = new Set([...this.#titles, ...[...articleTitles].map(bare)]);
    return this.#readersOf(titles, new NameRuns(titles, this.#honorifics, this.isEnglishWord, this.#offices));
  }

  /** The readers a name run is read with, for the titles given. */
  #readersOf(titles: ReadonlySet<string>, runs: NameRuns): NameReaders {
    const isTitle = (v: string) => runs.isTitle(v);
    return {
      titles,
      runs,
      isTitle,
      isPlaceTitle: (v) => isTitle(v) || this.#honorifics.has(bare(v)),
      contextWords: titles === this.#titles ? this.#contextWords : { ...this.#contextWords, isTitle },
      nameReader: {
        runs,
        isTitle,
        isGendered: (l) => this.#gendered.has(l),
        isEnglishWord: this.isEnglishWord,
      },
      descriptionReader: {
        isTitle,
        isPersonNoun: (l) => this.isPersonNoun(l),
        isEnglishWord: this.isEnglishWord,
        titles: this.#titles,
        honorifics: this.#honorifics,
        gendered: this.#gendered,
        abbreviations: this.#abbreviations,
      },
    };
  }

  /** Reads the name runs of paragraph `p` into `found`. */
  #readParagraph(p: number, article: ArticleText, readers: NameReaders, found: FoundNames): void {
    const analysis = article.analyses[p] as Analysis;
    const tokens = analysis.tokens;
    const blocked = excludedIn(p, article.taken, article.quoted);
    const headline =
      analysis.sentences.length === 1
        ? titleCased(afterSpeakerLabel(analysis), MIN_LINE_TITLE_CASE_WORDS)
        : titleCased(tokens);
    const capitals = writtenInCapitals(tokens);
    /** The people this paragraph has named so far, in order. */
    const named: ArticlePerson[] = [];
    for (let t = 0; t < tokens.length;) {
      const run = readers.runs.at(tokens, t, blocked, capitals);
      if (!run) {
        t++;
        continue;
      }
      const { start } = run;
      const runEnd = particleRunEnd(this.#particleReader, analysis, run, blocked) ?? run.end;
      const end = headline ? headlineNameEnd(tokens, run.titleEnd, runEnd, article.verbForms) : runEnd;
      t = end;
      // "Ranger Quintanilla said": a word for a person before a surname named before is a title; the
      // surname alone is read next as the person already named.
      if (
        run.titleEnd === start &&
        end - start === 2 &&
        roleBeforeKnownSurname(
          tokens.slice(start, end).map((x) => x.value),
          found.surnames,
          article.roleReader,
        )
      ) {
        found.afterRole.add(tokens[start + 1]?.value ?? '');
        t = start + 1;
        continue;
      }
      const extent = titleEndOfRun(
        tokens,
        { start, titleEnd: run.titleEnd, end },
        article.commonNouns,
        readers.isTitle,
        (w) => this.isEnglishWord(w),
      );
      const { titleEnd } = extent;
      const given = runName(
        readers.nameReader,
        analysis,
        { start, titleEnd, end },
        {
          label: article.labels[p],
          headline,
          capitals,
          named,
          candidates: found.candidates,
        },
      );
      if (!given) continue;
      const { labelled, oneName, name, surname } = given;
      // "Jack Reed of Rhode Island", "Oris T. Wendell, 63, of Wichita Falls": the place a person is from.
      // Not "Secretary of War Newton D. Baker": the words after an office's "of" are its department's.
      if (extent.office === null && tokens[start - 1]?.normal === 'of' && fromPlace(tokens, start - 2))
        continue;
      const described = runDescription(
        readers.descriptionReader,
        analysis,
        { start, end },
        extent,
        given,
        (k) => article.taken(p, k),
      );
      const partner = couplePartner(tokens, start, (k) => article.taken(p, k));
      if (partner !== null) found.couples.set(name, `${partner} ${surname}`);
      const context = this.#nameContext(tokens, { start, titleEnd, end }, given, article.counted);
      // "who gave his name as El Güero": words naming a him or a her say a person, whatever the name's form.
      if (context && !described.naming) found.notPeople.set(name, found.notPeople.get(name) ?? context);
      // Only where nothing says otherwise can a title, an age or "who…" vouch for a person.
      else if (labelled || vouchesPerson(described)) found.personLike.add(name);
      const oneNameVouched =
        oneName &&
        (titleEnd > start ||
          described.aged ||
          described.kin ||
          namedPerson(described) ||
          vouchedAlone(analysis, start, end));
      // "Gen. Crook" … "General Crook": one surname after a title is one person, however the title is written.
      const titledAlone =
        oneName && titleEnd > start && !readers.runs.honorificsOnly(tokens, start, titleEnd);
      if (!found.names.has(name) && !context) adoptTextSpelling(found, given, described.description);
      const seen = found.names.get(name) ?? (titledAlone ? found.titledSurnames.get(surname) : undefined);
      if (seen) {
        named.push(seen);
        if (labelled) found.labelSpeakers.set(p, seen);
        seen.evidence ||= labelled || oneNameVouched;
        keepLaterDescription(
          seen,
          described,
          titleEnd > start && !readers.runs.honorificsOnly(tokens, start, titleEnd),
        );
        continue;
      }
      const candidate = newCandidate(
        tokens,
        { start, titleEnd, end },
        given,
        described,
        oneNameVouched,
        article,
        p,
      );
      found.names.set(name, candidate);
      if (!found.foldedNames.has(name.toLowerCase())) found.foldedNames.set(name.toLowerCase(), candidate);
      if (titledAlone && !found.titledSurnames.has(surname)) found.titledSurnames.set(surname, candidate);
      if (labelled) found.labelSpeakers.set(p, candidate);
      found.candidates.push(candidate);
      found.surnames.add(candidate.surname);
      named.push(candidate);
    }
  }

  /**
   * What a name stands for where no person's does, or null. "Joint Task Force-Southern Border": a compound of
   * common words is a body's name wherever it stands. "DALE MEEKS, REPORTER:": a transcript's speaker label
   * names someone who speaks, never a town before its region, whatever the capitals after the comma look like.
   */
  #nameContext(
    tokens: readonly Token[],
    { start, titleEnd, end }: { start: number; titleEnd: number; end: number },
    { labelled, name, surname, joined, words }: RunName,
    counted: ReadonlySet<string>,
  ): NotAPerson | null {
    if (labelled) return null;
    if (titleEnd === start && counted.has(surname)) return 'group';
    if (isCompoundBodyName(name, this.isEnglishWord) || joined >= 0) return 'organisation';
    return (
      nonPersonContext(tokens, start, titleEnd, end, this.#contextWords) ??
      this.#servicemen(words, tokens[end]?.lemma ?? '')
    );
  }

  /**
   * "the Second Dragoons" is a regiment; "Arizona Volunteers said in a statement" is left where it can speak:
   * the speaker finder hears people and bodies, not groups.
   */
  #servicemen(words: readonly string[], next: string): 'group' | null {
    return namesServicemen(words, this.#servicemenWords) && !this.isSayingVerb(next) ? 'group' : null;
  }

  /** Links the names an article's candidates share, once all its paragraphs are read. */
  #linkNames(articleId: string, article: ArticleText, found: FoundNames): void {
    const { analyses, labels } = article;
    const { candidates, notPeople } = found;
    // "a spokesman for the shelters said": people the article describes beside a verb of saying but does not name.
    addUnnamedSpeakers(
      articleId,
      analyses,
      { taken: article.taken, quoted: article.quoted },
      candidates,
      found.surnames,
      this.#unnamedReader,
    );
    for (const name of found.personLike) notPeople.delete(name);
    knownAsInAppositions(candidates);
    // "ANTHONY RAMSEY III: … everybody calls me Tripp": a name a speaker gives themselves is theirs.
    linkSelfGivenNames(
      [...found.labelSpeakers].map(([p, speaker]) => ({
        speaker,
        turn: analyses[p]?.text.slice(labels[p]?.end ?? 0) ?? '',
      })),
      candidates,
      found.names,
    );
    // "Ovidio Guzmán" in the headline is the "Ovidio Guzmán López" of the text: one person, by both names.
    // "O. B. Teague" in the headline is the "Orville Bascom Teague" of the text, as well.
    for (const { short, full } of [...shortNamesOfLonger(candidates), ...initialledNamesOfFull(candidates)]) {
      short.nicknameOf = full.id;
      (full.knownAs ??= []).push(short.name);
      full.evidence ||= short.evidence;
      full.gender ??= short.gender;
    }
  }
}

/**
 * True when `short` is an abbreviation of `full`: shorter, the same first letter, and every letter of it in
 * `full` in order ("pvt" of private, "insp" of inspector, "dr" of doctor; not "cura" of priest).
 */
function shortens(short: string, full: string): boolean {
  return short.length < full.length && short[0] === full[0] && lettersInOrder(short, full);
}

/**
 * The tokens of a paragraph after the transcript label opening it, if any: "SHERIFF TOM REYES: Thanks, Maria."
 * is a speaker's turn, its label's capitals no headline's.
 */
function afterSpeakerLabel(analysis: Analysis): readonly Token[] {
  const turn = speakerTurnStart(analysis.text);
  return turn < 0 ? analysis.tokens : analysis.tokens.filter((t) => t.start >= turn);
}

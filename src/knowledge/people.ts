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
import { namesServicemen, type ServicemenWords } from './servicemen-names.ts';
import { ArticlePeople } from './article-people.ts';
import { nonPersonContext, type NameContextWords, type NotAPerson } from './name-contexts.ts';
import { bare, opensWithSmallLetter, NAME_WORD, fromPlace } from './name-words.ts';
import {
  knownAsInAppositions,
  linkSelfGivenNames,
  initialledNamesOfFull,
  shortNamesOfLonger,
} from './name-links.ts';
import { INITIAL, NameRuns } from './name-runs.ts';
import { keptPeople, type Candidate } from './kept-people.ts';
import { addUnnamedSpeakers, excludedIn } from './unnamed-people.ts';
import { isParticleWord } from './particle-names.ts';
import { vouchedAlone } from './person-descriptions.ts';
import { headlineNameEnd, titleCased, writtenInCapitals } from './title-case.ts';
import { titleEndOfRun } from './title-extent.ts';
import { transcriptLabels } from './transcript.ts';
import { nameCues } from './name-cues.ts';
import { countedNames } from './counted-names.ts';
import { placeNameAt } from './place-names.ts';
import { isBodyHeadedName } from './body-headed-names.ts';
import { isPlaceNoun, type HeadWords } from './headed-names.ts';
import { runName, type RunNameReader } from './run-name.ts';
import { particleRunEnd, type ParticleRunReader } from './particle-run-end.ts';
import { runDescription, type RunDescriptionReader } from './run-description.ts';
import { lettersInOrder } from './title-forms.ts';

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
    return isBodyHeadedName(name.split(' '), {
      isBody: (l) => this.nounKinds?.isBody(l) ?? false,
      isEnglishWord: this.isEnglishWord,
    });
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
      titles === this.#titles ? this.#contextWords : { ...this.#contextWords, isTitle };
    const nameReader: RunNameReader = {
      runs,
      isTitle,
      isGendered: (l) => this.#gendered.has(l),
      isEnglishWord: this.isEnglishWord,
    };
    const descriptionReader: RunDescriptionReader = {
      isTitle,
      isPersonNoun: (l) => this.isPersonNoun(l),
      isEnglishWord: this.isEnglishWord,
      titles: this.#titles,
      honorifics: this.#honorifics,
      gendered: this.#gendered,
      abbreviations: this.#abbreviations,
    };
    const servicemenWords: ServicemenWords = {
      isEnglishWord: this.isEnglishWord,
      isServiceman: (l) => this.nounKinds?.isKindOf(l, 'serviceman') ?? false,
    };
    // "the Second Dragoons" is a regiment; "Arizona Volunteers said in a statement" is left where it can
    // speak: the speaker finder hears people and bodies, not groups.
    const servicemen = (words: readonly string[], next: string) =>
      namesServicemen(words, servicemenWords) && !this.isSayingVerb(next) ? 'group' : null;
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
    /** Each candidate by its name in small letters, so a heading's capitals find the text's spelling. */
    const foldedNames = new Map<string, Candidate>();
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
    /** Longer names the article writes as places ("San Antonio"), read in the same pass (place-names.ts). */
    const places = new Set<string>();
    const isPlaceTitle = (v: string) => isTitle(v) || this.#honorifics.has(bare(v));
    for (const a of analyses) {
      const tokens = a.tokens;
      for (let t = 0; t < tokens.length; t++) {
        const x = tokens[t] as Token;
        if (x.pos === 'NOUN' && opensWithSmallLetter(x.value)) commonNouns.add(x.lemma);
        if (x.pos === 'VERB' && opensWithSmallLetter(x.value)) verbForms.add(x.normal).add(x.lemma);
        const place = placeNameAt(tokens, t, isPlaceTitle);
        if (place !== null) places.add(place);
      }
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
        const runEnd = particleRunEnd(this.#particleReader, analysis, run, blocked) ?? run.end;
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
        const { titleEnd } = extent;
        const given = runName(
          nameReader,
          analysis,
          { start, titleEnd, end },
          {
            label: labels[p],
            headline,
            named,
            candidates,
          },
        );
        if (!given) continue;
        const { words, suffix, labelled, oneName, joined, name, surname, shortName } = given;
        // "Jack Reed of Rhode Island", "Oris T. Wendell, 63, of Wichita Falls": the place a person is from.
        // Not "Secretary of War Newton D. Baker": the words after an office's "of" are its department's.
        if (extent.office === null && tokens[start - 1]?.normal === 'of' && fromPlace(tokens, start - 2))
          continue;
        const described = runDescription(descriptionReader, analysis, { start, end }, extent, given, (k) =>
          taken(p, k),
        );
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
        // "DALE MEEKS, REPORTER:": a transcript's speaker label names someone who speaks, never a town before
        // its region, whatever the capitals after the comma look like.
        const context = labelled
          ? null
          : titleEnd === start && counted.has(surname)
            ? 'group'
            : isCompoundBodyName(name, this.isEnglishWord) || joined >= 0
              ? 'organisation'
              : (nonPersonContext(tokens, start, titleEnd, end, this.#contextWords) ??
                servicemen(words, tokens[end]?.lemma ?? ''));
        // "who gave his name as El Güero": words naming a him or a her say a person, whatever the name's form.
        if (context && !described.naming) notPeople.set(name, notPeople.get(name) ?? context);
        // Only where nothing says otherwise can a title, an age or "who…" vouch for a person.
        else if (
          labelled ||
          described.titleTokens.length > 0 ||
          described.leading !== null ||
          described.aged ||
          (described.description !== null &&
            (described.personHead || /^(who|whose)\b/i.test(described.description)))
        )
          personLike.add(name);
        // One name is a person's only by an honorific, an age, words naming someone by it, or a verb of saying
        // beside it somewhere (below).
        // "known to regulars only as Flaco, who said he was 19": naming words vouch for one name when a pronoun
        // in them or a "who" after it says a person ("the Defense Secretariat, known as Sedena" is none).
        const namedPerson =
          described.naming !== false &&
          (described.naming !== null || /^(who|whose)\b/i.test(described.description ?? ''));
        const oneNameVouched =
          oneName &&
          (titleEnd > start || described.aged || namedPerson || vouchedAlone(analysis, start, end));
        // "Gen. Crook" … "General Crook": one surname after a title is one person, however the title is written.
        const titledAlone = oneName && titleEnd > start && !runs.honorificsOnly(tokens, start, titleEnd);
        // "JOSIAH PRUETT, WHO RODE TO DOVE CREEK, IS DEAD AT 78." in a heading, "Josiah Pruett, for sixty
        // years a citizen" in the text: the person is named as the text writes them, and "Mr. Pruett" is
        // theirs, not as the heading's capitals do.
        const inCapitals = foldedNames.get(name.toLowerCase());
        if (
          !names.has(name) &&
          inCapitals &&
          inCapitals.name === inCapitals.name.toUpperCase() &&
          !context &&
          !notPeople.has(inCapitals.name)
        ) {
          names.delete(inCapitals.name);
          names.set(name, inCapitals);
          inCapitals.name = name;
          inCapitals.surname = surname;
          inCapitals.laterNames = words.slice(1).filter((w) => !INITIAL.test(w) && !isParticleWord(w));
          inCapitals.description ??= described.description;
        }
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
          gender: described.gender,
          nameGender: genderOfName(words.find((w) => !INITIAL.test(w) && w.length > 2) ?? ''),
          title: described.title,
          description: described.description,
          roleWords: described.roleWords,
          roleHeads: described.roleHeads,
          evidence: oneName ? oneNameVouched : described.evidence,
          ...(oneName ? { single: true } : {}),
          ...(described.naming !== false ? { named: true } : {}),
          leads:
            described.titleStart === 0 || /^[.;:"“”]$/.test(tokens[described.titleStart - 1]?.value ?? ''),
          ...(suffix ? { knownAs: [words.join(' ')] } : {}),
          // "U.S. Customs and Border Protection": the name from its first common word, where "U.S." is the country's.
          ...(shortName ? { knownAs: [shortName] } : {}),
          // "five Rangers were dismissed": the counted word alone names the group "Texas Rangers" names.
          ...(titleEnd === start && counted.has(surname) && words.length > 1 ? { knownAs: [surname] } : {}),
          ...(described.aged ? { age: Number(tokens[end + 1]?.value) } : {}),
        };
        names.set(name, candidate);
        if (!foldedNames.has(name.toLowerCase())) foldedNames.set(name.toLowerCase(), candidate);
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
      this.#gendered,
      titles,
      notPeople,
      articleTitles,
      places,
    );
  }
}

/**
 * True when `short` is an abbreviation of `full`: shorter, the same first letter, and every letter of it in
 * `full` in order ("pvt" of private, "insp" of inspector, "dr" of doctor; not "cura" of priest).
 */
function shortens(short: string, full: string): boolean {
  return short.length < full.length && short[0] === full[0] && lettersInOrder(short, full);
}

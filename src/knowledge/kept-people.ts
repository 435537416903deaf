/**
 * Which of the names an article's runs of capitalised words gave are kept as its people, and as what. A
 * candidate is kept when something vouches for it: its own evidence (a title, an age, a description, a
 * verb of saying beside it), a partner's ("Elena and Frank Castañeda"), kin's surname, a later mention after
 * an honorific, a role word or a verb of saying, or a surname the article comes back to that no English word
 * is. A single name that is a word of a longer name is that person's, unless its honorific's gender says it is
 * someone else of the surname; a name the text places where no person's stands is kept as what it is.
 */
import type { ArticlePerson } from './discovered-person.ts';
import type { NotAPerson } from './name-contexts.ts';
import type { NameCues } from './name-cues.ts';
import type { LinkedPerson } from './name-links.ts';
import { endsWithAny } from './name-words.ts';

/** What the finder learnt of the article's names beside each candidate's own evidence. */
export interface NameEvidence {
  /** A name and the name of the partner a first name joined on before it gives ("Elena and Frank Castañeda"). */
  couples: ReadonlyMap<string, string>;
  /** Names that stand where no person's does ("the Navy Ministry said"), and what they are instead. */
  notPeople: ReadonlyMap<string, NotAPerson>;
  /** Surnames the article writes after a word of a role ("Consul Arvayo"). */
  afterRole: ReadonlySet<string>;
  /** Words the article puts after an honorific or beside a verb of saying, and how often each ends a name. */
  cues: Pick<NameCues, 'afterHonorific' | 'cued' | 'cuedNames' | 'bySurnameCount'>;
}

/** The candidates kept as the article's people (or, by `notPeople`, as what they are instead). */
export function keptPeople(
  candidates: readonly Candidate[],
  { couples, notPeople, afterRole, cues }: NameEvidence,
  isEnglishWord: (word: string) => boolean,
): ArticlePerson[] {
  const { afterHonorific, cued, cuedNames, bySurnameCount } = cues;
  const vouched = new Set(candidates.filter((c) => c.evidence).map((c) => c.name));
  // "Consuelo Aréstegui, and her brother, the bartender Manuel Aréstegui,": a full name of a first name no
  // English word is and a person's surname is their kin's.
  const kinSurnames = new Set(
    candidates.filter((c) => c.evidence && !c.single && c.laterNames.length > 0).map((c) => c.surname),
  );
  const kinOfVouched = (c: Candidate) =>
    !c.single &&
    kinSurnames.has(c.surname) &&
    c.name.split(' ').length === 2 &&
    !isEnglishWord((c.name.split(' ')[0] ?? '').toLowerCase());
  // A single name that is a word of a longer one is that person's, not someone else's.
  const nameWords = new Set(candidates.filter((c) => !c.single).flatMap((c) => c.name.split(' ')));
  // The longer names holding each word, found once (asked of every single name: a scan each was quadratic).
  const holdersOf = new Map<string, Candidate[]>();
  for (const c of candidates) {
    if (c.single) continue;
    for (const w of new Set(c.name.split(' '))) {
      const list = holdersOf.get(w);
      if (list) list.push(c);
      else holdersOf.set(w, [c]);
    }
  }
  const chosen = candidates
    .filter(
      (c) =>
        !c.single ||
        ((!nameWords.has(c.surname) || otherGenderThanHolders(c, holdersOf.get(c.surname) ?? [])) &&
          (c.evidence || cued.has(c.surname))),
    )
    .filter(
      (c) =>
        c.evidence ||
        vouched.has(couples.get(c.name) ?? '') ||
        kinOfVouched(c) ||
        c.laterNames.some((w) => afterHonorific.has(w) || afterRole.has(w) || cued.has(w)) ||
        endsWithAny(c.name, cuedNames) ||
        ((bySurnameCount.get(c.surname) ?? 0) > 1 && !isEnglishWord(c.surname.toLowerCase())),
    )
    .filter((c) => !c.nicknameOf);
  // Pushed onto a literal, not a map result: an empty list of people has the shape of a full one, so the
  // annotator's compiled code that reads it is not thrown away.
  const kept: ArticlePerson[] = [];
  for (const { evidence: _e, single: _s, named: _n, nicknameOf: _o, ...c } of chosen) {
    const kind = c.laterNames.some((w) => afterHonorific.has(w)) ? undefined : notPeople.get(c.name);
    kept.push(kind ? notAPerson(c, kind) : c);
  }
  return kept;
}

/** A name found no person's, as what it is: known by the whole name only, with its description. */
function notAPerson(c: ArticlePerson, kind: NotAPerson): ArticlePerson {
  return {
    ...c,
    kind,
    surname: '',
    laterNames: [],
    gender: null,
    nameGender: null,
    title: null,
    roleWords: new Set(),
    roleHeads: new Set(),
  };
}

/** A person found in an article, with what `PeopleFinder.find` (people.ts) weighs before keeping them. */
export type Candidate = LinkedPerson & {
  evidence: boolean;
  /** One name alone ("Chayo"), a person's only when the text vouches for it. */
  single?: boolean;
};

/**
 * True when a single name's honorific gives a gender ("Mrs. Hooper") that no longer name of that word has:
 * she is someone else of the surname (his wife), not him. Every holder must be of the other gender, told by
 * the text or guessed from the first name, and where the text has not told every holder's ("Private C. R.
 * Moore"), the single name must be described by a relation to someone ("Mrs. Moore, the Ranger's wife"): no
 * one is their own relative. A guess alone never splits a person: the word vectors put "Wash" (Pettibone)
 * beside "she", from the washing.
 */
export function otherGenderThanHolders(
  single: Pick<ArticlePerson, 'surname' | 'gender' | 'description'>,
  candidates: ReadonlyArray<Pick<ArticlePerson, 'name' | 'gender' | 'nameGender'> & { single?: boolean }>,
): boolean {
  if (!single.gender) return false;
  const holders = candidates.filter((c) => !c.single && c.name.split(' ').includes(single.surname));
  const genders = holders.map((c) => c.gender ?? c.nameGender);
  return (
    holders.length > 0 &&
    genders.every((g) => g !== single.gender) &&
    (holders.every((c) => c.gender !== null) || RELATIVE_OF_SOMEONE.test(single.description ?? ''))
  );
}

/** A description by a relation to someone else: "the Ranger's wife", "the sergeant's widow". */
const RELATIVE_OF_SOMEONE = /^the\s+(?:[\p{L}.-]+\s+){0,2}[\p{L}.-]+['’]s\s+\p{Ll}+$/u;

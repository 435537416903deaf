/**
 * What is kept of a person an article introduces that the entity data does not know ({@link ArticlePerson},
 * found by `PeopleFinder` in people.ts), of their mentions in the text ({@link PersonMention}, found by
 * `ArticlePeople`), and the id they get from their name. The shapes the finder, the mention reader, the
 * attribution and the knowledge build all read.
 */
import type { NotAPerson } from './name-contexts.ts';

export interface ArticlePerson {
  id: string;
  name: string;
  surname: string;
  /** The name's words after the first, any of which the article may come back to ("Mr López"). */
  laterNames: string[];
  gender: 'male' | 'female' | null;
  /** What the first name suggests when the text says nothing (word vectors: "maria" sits nearer "she"). */
  nameGender: 'male' | 'female' | null;
  /** The title written before the name ("Defense Secretary", "Maj. Gen."), as written. */
  title: string | null;
  /** The article's own description of them ("the commander of U.S. Northern Command"). */
  description: string | null;
  /** Lower-case words of the title and description's head, for "the spokeswoman", "the governor". */
  roleWords: Set<string>;
  /** The words a role phrase naming them may end with: titles and the description's head. */
  roleHeads: Set<string>;
  /**
   * Role heads only a phrase set off before the name gives ("A retired Army colonel, Ismael Narváez Cota, who
   * commanded…"), and where that name is written: "the colonel" names them only after it, and not after
   * "another colonel" is met (article-people.ts).
   */
  phraseRole?: { heads: ReadonlySet<string>; paragraph: number; start: number };
  /** For someone the article does not name ("a spokesman for the shelters"): where those words stand. */
  unnamedAt?: { paragraph: number; start: number; end: number };
  /**
   * True when the article first names them at the head of a sentence ("Frances Oyervides, 77, grew up…"),
   * not inside another's words ("…from her grandmother, Tomasa Oyervides"): of two people sharing a
   * surname, the one a later bare surname most likely means.
   */
  leads?: boolean;
  /** The age the article gives after the name ("Tom Hadley, 71,"): which of a surname's holders is elder. */
  age?: number;
  /**
   * Names the article gives them in their own apposition ("Rosario Méndez, a tortilla seller known to the
   * whole Colonia Bellavista as Doña Chayo"): the same person, found by the whole name.
   */
  knownAs?: string[];
  /**
   * Set when the name turned out no person's ("the Briscoe Unit, a state prison"): what it is instead. It
   * keeps its description and is found by its whole name only, with no surname, role or gender.
   */
  kind?: NotAPerson;
}

export interface PersonMention {
  personId: string;
  /** Token range in the paragraph's analysis. */
  start: number;
  end: number;
  text: string;
  via: 'alias' | 'role';
  /** The gender an honorific before the surname gives ("Ms White"), when there is one. */
  gender: 'male' | 'female' | null;
}

/** Prefix of the ids of people found in the articles but not in `entities.json`. */
export const DISCOVERED_PREFIX = 'auto-';
/** The id a discovered person gets from their name: the same name in two articles is one person. */
export function discoveredId(name: string): string {
  return (
    DISCOVERED_PREFIX +
    name
      .toLowerCase()
      .normalize('NFD')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')
  );
}

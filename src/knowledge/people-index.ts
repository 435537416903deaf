/**
 * One article's people by the words a mention may find them by: full and whole names, surnames (as written
 * and in capitals), later name words, first names, role heads, and the people described instead of named.
 * Built once per article for {@link ArticlePeople}, which reads mentions with it.
 */
import type { ArticlePerson } from './discovered-person.ts';
import { NAME_WORD } from './name-words.ts';
import { pushOnce, pushTo, setFirst } from './people-by-key.ts';
import { UnnamedIndex } from './unnamed-index.ts';

export class PeopleIndex {
  readonly bySurname = new Map<string, ArticlePerson>();
  /**
   * People by each name word after the first: "Mr López" is Adán Augusto López Hernández, whose first
   * surname it is, as Spanish names go.
   */
  readonly byLaterName = new Map<string, ArticlePerson[]>();
  readonly byId = new Map<string, ArticlePerson>();
  /** The people the article describes instead of naming, by where they were introduced. */
  readonly unnamed: UnnamedIndex;
  /** Everyone by surname, kinds of place and organisation too: the few who share one, looked up at once. */
  readonly allBySurname = new Map<string, ArticlePerson[]>();
  /** {@link allBySurname} for surnames written in capitals, read only after a title ("FROM PRIVATE RUMMEL."). */
  readonly allByCapitalSurname = new Map<string, ArticlePerson[]>();
  /** A person by first name, when no one else the article introduces has it ("Lillian said"). */
  readonly byFirstName = new Map<string, ArticlePerson | null>();
  /** People by each head word of their roles ("spokeswoman"), for "the spokeswoman said". */
  readonly byRoleHead = new Map<string, ArticlePerson[]>();
  /** Places and organisations the article describes, by the whole name they are found by. */
  readonly byWholeName = new Map<string, ArticlePerson>();

  constructor(people: readonly ArticlePerson[]) {
    const borne = new Set(people.map((p) => p.name));
    for (const p of people) {
      this.byId.set(p.id, p);
      if (p.surname) pushTo(this.allBySurname, p.surname, p);
      if (p.surname && p.surname.toUpperCase() !== p.surname)
        pushTo(this.allByCapitalSurname, p.surname.toUpperCase(), p);
      for (const head of p.roleHeads) pushTo(this.byRoleHead, head, p);
      if (p.kind) {
        // "U.S. Customs and Border Protection", found as "Customs and Border Protection" where "U.S." names the
        // country: a body's shorter name as well.
        for (const name of [
          p.name,
          ...(p.kind === 'group' || p.kind === 'organisation' ? (p.knownAs ?? []) : []),
        ])
          if (!this.byWholeName.has(name)) this.byWholeName.set(name, p);
        continue;
      }
      // "Doña Chayo" for Rosario Méndez: another name the article gave them, found whole.
      // Not "Aurelio Sandoval" for Aurelio Sandoval Jr. beside "His father, Aurelio Sandoval": a name someone
      // bears is theirs.
      for (const other of p.knownAs ?? [])
        if (!this.byWholeName.has(other) && (other === p.name || !borne.has(other)))
          this.byWholeName.set(other, p);
      // "Ovidio Guzmán López" holds his other name "Ovidio Guzmán": the longer is found whole first.
      if (p.knownAs?.some((other) => p.name.startsWith(other)) && !this.byWholeName.has(p.name))
        this.byWholeName.set(p.name, p);
      // Feature stories name family members by first name ("Lillian said", "Frances remembered"); a person
      // the article describes instead of naming ("The cook at the parish hall") has none.
      const [first, ...others] = p.name.split(' ');
      if (
        p.unnamedAt === undefined &&
        first &&
        others.length > 0 &&
        first.length >= 3 &&
        NAME_WORD.test(first)
      )
        this.byFirstName.set(first, this.byFirstName.has(first) ? null : p);
      // A name is found written in capitals too, as a transcript's labels write it ("TSOSIE:").
      if (p.surname) {
        setFirst(this.bySurname, p.surname, p);
        setFirst(this.bySurname, p.surname.toUpperCase(), p);
      }
      // Each word once per person, though "GARCÍA" may be written so already, or the later names repeat one.
      const laterNames = this.byLaterName;
      for (const n of p.laterNames) {
        pushOnce(laterNames, n, p);
        pushOnce(laterNames, n.toUpperCase(), p);
      }
    }
    this.unnamed = new UnnamedIndex(people);
  }
}

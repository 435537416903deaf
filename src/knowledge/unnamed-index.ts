/**
 * The people an article describes instead of naming ("a rancher from Presidio"), indexed by where they were
 * introduced (the paragraph, then the token they start at), so the reading of a sentence's mentions finds
 * those starting in its tokens by binary search. A scan of every one of them per sentence was quadratic:
 * an article that describes a new person in each of its thousands of sentences took seconds.
 */
import { lowerBound } from '../nlp/pipeline.ts';
import type { ArticlePerson } from './discovered-person.ts';

interface Entry {
  person: ArticlePerson;
  /** The token the person starts at in their paragraph. */
  start: number;
  /** Their place among the article's people: the order they are given back in. */
  order: number;
}

export class UnnamedIndex {
  readonly #byParagraph = new Map<number, Entry[]>();

  constructor(people: readonly ArticlePerson[]) {
    people.forEach((person, order) => {
      if (person.unnamedAt === undefined) return;
      const entry = { person, start: person.unnamedAt.start, order };
      const list = this.#byParagraph.get(person.unnamedAt.paragraph);
      if (list) list.push(entry);
      else this.#byParagraph.set(person.unnamedAt.paragraph, [entry]);
    });
    for (const list of this.#byParagraph.values()) list.sort(byStartThenOrder);
  }

  /** The unnamed people of paragraph `paragraph` starting in tokens [from, to), in the article's order. */
  startingIn(paragraph: number, from: number, to: number): ArticlePerson[] {
    const list = this.#byParagraph.get(paragraph);
    if (!list) return [];
    const found: Entry[] = [];
    for (let k = lowerBound(0, list.length, (i) => (list[i]?.start ?? 0) < from); k < list.length; k++) {
      const entry = list[k];
      if (!entry || entry.start >= to) break;
      found.push(entry);
    }
    if (found.length > 1) found.sort(byOrder);
    return found.map(personOf);
  }
}

function byStartThenOrder(a: Entry, b: Entry): number {
  return a.start - b.start || a.order - b.order;
}

function byOrder(a: Entry, b: Entry): number {
  return a.order - b.order;
}

function personOf(e: Entry): ArticlePerson {
  return e.person;
}

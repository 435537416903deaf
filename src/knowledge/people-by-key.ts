/**
 * An article's people kept in lists by a key (a surname, a later name, a role's head word), and the index that
 * tells apart many people of one surname by the other words of their names ("Corporal Aaaason Wemple" among
 * thousands of Wemples) without a scan of all of them at each mention.
 */
import type { ArticlePerson } from './discovered-person.ts';

/** Holders of one surname few enough to scan at each mention rather than index. */
const FEW_NAMESAKES = 8;

/**
 * Adds `p` to the list `map` keeps under `key`. At module level, not a closure in the constructor: a named
 * closure is renamed (an `Object.defineProperty`) each time it is made, once per article.
 */
export function pushTo(map: Map<string, ArticlePerson[]>, key: string, p: ArticlePerson): void {
  const list = map.get(key);
  if (list) list.push(p);
  else map.set(key, [p]);
}

/** Keeps `p` under `key` unless someone is kept there already. */
export function setFirst(map: Map<string, ArticlePerson>, key: string, p: ArticlePerson): void {
  if (!map.has(key)) map.set(key, p);
}

/**
 * {@link pushTo}, unless `p` is the last of the list already: one person's words are added together, so a
 * repeat of theirs is the list's last.
 */
export function pushOnce(map: Map<string, ArticlePerson[]>, key: string, p: ArticlePerson): void {
  const list = map.get(key);
  if (!list) map.set(key, [p]);
  else if (list[list.length - 1] !== p) list.push(p);
}

/**
 * For a surname many people share, the first of them (in the order given) bearing each other word of their
 * name, made at the surname's first look-up: a scan of the holders at each mention was quadratic in an
 * article naming thousands of Wemples.
 */
export class NamesakeIndex {
  readonly #byNameWord = new Map<string, Map<string, ArticlePerson>>();

  /** The first of `holders` (the people of `surname`) with `word` among the words before their surname. */
  holderNamed(surname: string, holders: readonly ArticlePerson[], word: string): ArticlePerson | undefined {
    if (holders.length <= FEW_NAMESAKES)
      return holders.find((p) => p.name.split(' ').slice(0, -1).includes(word));
    let byWord = this.#byNameWord.get(surname);
    if (!byWord) {
      byWord = new Map();
      for (const p of holders)
        for (const w of p.name.split(' ').slice(0, -1)) if (!byWord.has(w)) byWord.set(w, p);
      this.#byNameWord.set(surname, byWord);
    }
    return byWord.get(word);
  }
}

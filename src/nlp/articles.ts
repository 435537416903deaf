/** The articles, lower case: "the point of the march" (a noun after one), "a retired sergeant". */
export const ARTICLES: ReadonlySet<string> = new Set(['a', 'an', 'the']);

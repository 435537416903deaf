/** The pronouns of one person spoken of, as a clause's subject ("he said", "she told them"). */
export const THIRD_PERSON: ReadonlySet<string> = new Set(['he', 'she']);

/**
 * A negated auxiliary typed without its apostrophe and misspelt ("woudnt", "coudnt", "shoudnt") is that
 * auxiliary's "n't" form: a word of grammar, which names no subject the coverage could lack and must not be
 * corrected into an article's word ("coudnt" → "count"). Read from a question's text before it is analysed, as
 * chat shorthand is (chat-shorthand.ts, whose table writes out the common unmisspelt ones: "didnt", "wont").
 */

/** English auxiliaries and modals negated with "n't" ("can't" and "won't" are the chat table's). */
const AUXILIARIES: readonly string[] = [
  'do',
  'does',
  'did',
  'is',
  'are',
  'was',
  'were',
  'has',
  'have',
  'had',
  'could',
  'would',
  'should',
  'must',
  'need',
  'might',
];
/** Shortest auxiliary a misspelt stem is matched to at one edit: shorter ones only as written ("hadnt"). */
const MIN_FUZZY_LENGTH = 4;
/** A word ending in "nt" with no apostrophe, and what follows it (punctuation). */
const NT_WORD = /^([a-z]+)nt([?!.,;:]*)$/i;

/** True when `a` and `b` are one insertion, deletion or substitution apart (or equal). */
function withinOneEdit(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) return a.slice(i + 1) === b.slice(i + 1);
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

/** The auxiliary `stem` is, as written or misspelt by one letter with its first letter kept; null if none. */
function auxiliaryOf(stem: string): string | null {
  const exact = AUXILIARIES.find((a) => a === stem);
  if (exact) return exact;
  return (
    AUXILIARIES.find((a) => a.length >= MIN_FUZZY_LENGTH && a[0] === stem[0] && withinOneEdit(stem, a)) ??
    null
  );
}

/**
 * `text` with each word that is no English word and reads as a negated auxiliary without its apostrophe
 * ("woudnt") written as that auxiliary's "n't" form ("wouldn't").
 */
export function negationsWrittenOut(text: string, isEnglishWord: (w: string) => boolean): string {
  return text
    .split(' ')
    .map((w) => {
      const m = NT_WORD.exec(w);
      const stem = m?.[1]?.toLowerCase();
      if (!m || !stem || isEnglishWord(`${stem}nt`)) return w;
      const auxiliary = auxiliaryOf(stem);
      return auxiliary ? `${auxiliary}n't${m[2] ?? ''}` : w;
    })
    .join(' ');
}

/**
 * A person the article names only by title and surname ("Major Lynde"), whose full name it gives inside a
 * quotation with the same title ('The order reads: "Major Isaac Lynde, Seventh Infantry, …"'). A name in a
 * quotation introduces no one, but the same title before the same surname says it is the same person: the
 * quotation's given names are theirs, and they go by the full name, "Major Lynde" kept as another of theirs.
 */
import type { Analysis } from '../nlp/pipeline.ts';
import { discoveredId, type ArticlePerson } from './discovered-person.ts';
import { NAME_WORD } from './name-words.ts';
import { INITIAL } from './name-runs.ts';

/** The most given names and initials between the title and the surname ("Major Isaac Lynde", "Dr. J. Cooper McKee"). */
const MAX_GIVEN_WORDS = 3;
const LETTER = /\p{L}/u;

/** The candidate fields this reads and completes. */
type TitledCandidate = ArticlePerson & { single?: boolean };

/**
 * Gives each person named by one title and a surname alone the full name a quotation gives under the same
 * title, when the quotations give one such name only and no other person of the article has that surname.
 */
export function completeFromQuotations(
  analyses: readonly Analysis[],
  quoted: (paragraph: number, token: number) => boolean,
  candidates: TitledCandidate[],
  words: { isTitle: (value: string) => boolean; isEnglishWord: (word: string) => boolean },
): void {
  const bySurname = new Map<string, TitledCandidate>();
  const shared = new Set<string>();
  for (const c of candidates) {
    // "signed by Lynde": the surname written alone is no other person's.
    if (c.kind || (c.single && c.name === c.surname)) continue;
    if (bySurname.has(c.surname) || shared.has(c.surname)) {
      bySurname.delete(c.surname);
      shared.add(c.surname);
    } else if (c.single && c.title && c.name === `${c.title} ${c.surname}`) bySurname.set(c.surname, c);
    else shared.add(c.surname);
  }
  if (bySurname.size === 0) return;
  /** The full names the quotations give each candidate, by surname. */
  const found = new Map<string, Set<string>>();
  analyses.forEach((a, p) => {
    const tokens = a.tokens;
    for (let t = 1; t < tokens.length; t++) {
      const surname = tokens[t]?.value ?? '';
      const person = bySurname.get(surname);
      if (!person || !quoted(p, t)) continue;
      // Back over the given names: name words the lexicon does not know, and initials with their stops.
      let from = t;
      let given = 0;
      while (from > 0 && given < MAX_GIVEN_WORDS) {
        const v = tokens[from - 1]?.value ?? '';
        if (v === '.' && INITIAL.test(tokens[from - 2]?.value ?? '')) {
          from -= 2;
          given++;
        } else if (NAME_WORD.test(v) && !words.isTitle(v) && !words.isEnglishWord(v.toLowerCase())) {
          from--;
          given++;
        } else break;
      }
      if (given === 0) continue;
      const titleEnd = tokens[from - 1]?.end ?? 0;
      const title = person.title ?? '';
      const opening = titleEnd - title.length;
      if (opening < 0 || a.text.slice(opening, titleEnd) !== title || LETTER.test(a.text[opening - 1] ?? ''))
        continue;
      const full = a.text.slice(tokens[from]?.start ?? 0, tokens[t]?.end ?? 0);
      const names = found.get(surname) ?? new Set<string>();
      found.set(surname, names.add(full));
    }
  });
  for (const [surname, names] of found) {
    const person = bySurname.get(surname);
    const full = [...names][0];
    if (!person || names.size !== 1 || !full) continue;
    (person.knownAs ??= []).push(person.name);
    person.name = full;
    person.id = discoveredId(full);
    person.laterNames = full
      .split(' ')
      .slice(1)
      .filter((w) => !INITIAL.test(w));
    delete person.single;
  }
}

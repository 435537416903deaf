/**
 * "Deputy Sheriff W. T. Pruett … brought in the bodies. '…,' the deputy said.": a word of a person's title
 * before its head, itself a noun for a person (WordNet or the lexicon: "deputy", not "state" of "State Rep."),
 * names that person when it is a speaker alone — but only where no one the article met holds it as a head
 * ("Deputy Juan Ríos"), which the role heads read first, and where the article introduces no one by it ("A
 * deputy at the jail, who would not give his name, …"). Reads each person's title as written and each "a"/"an"
 * of the article once.
 */
import type { Analysis } from '../nlp/pipeline.ts';
import type { ArticlePerson } from './discovered-person.ts';
import { bare, roleForm } from './name-words.ts';

/** A title's words: "Deputy Sheriff", "Asst. Surgeon". */
const WORD = /[\p{L}.'’-]+/gu;
/** The words that introduce someone by what they are ("a deputy", "an old deputy"). */
const INDEFINITE: ReadonlySet<string> = new Set(['a', 'an']);
/** The most words after "a" read for the noun it introduces ("a young county deputy"). */
const MAX_INTRODUCED_WORDS = 3;

/**
 * The named people by each word of their title that is a person noun and not one of their role heads
 * (`isPersonNoun` reads a lemma) the article never writes after "a" or "an", in the people's order.
 */
export function titleWordHolders(
  people: readonly ArticlePerson[],
  isPersonNoun: (lemma: string) => boolean,
  analyses: readonly Analysis[],
): ReadonlyMap<string, readonly ArticlePerson[]> {
  const out = new Map<string, ArticlePerson[]>();
  const introduced = introducedNouns(analyses);
  for (const p of people) {
    if (p.unnamedAt !== undefined || p.kind || !p.title) continue;
    const words = p.title.match(WORD) ?? [];
    if (words.length < 2) continue;
    for (const w of words) {
      const word = bare(w);
      const form = roleForm(word);
      if (p.roleHeads.has(form) || !p.roleWords.has(form) || introduced.has(form) || !isPersonNoun(word))
        continue;
      const list = out.get(form) ?? [];
      if (!list.includes(p)) list.push(p);
      out.set(form, list);
    }
  }
  return out;
}

/** The role forms of the nouns the article writes a few words after "a" or "an" ("A deputy at the jail"). */
function introducedNouns(analyses: readonly Analysis[]): Set<string> {
  const out = new Set<string>();
  for (const a of analyses) {
    const tokens = a.tokens;
    for (let t = 0; t < tokens.length; t++) {
      if (!INDEFINITE.has(tokens[t]?.normal ?? '')) continue;
      for (let k = t + 1; k < tokens.length && k <= t + MAX_INTRODUCED_WORDS; k++) {
        const x = tokens[k];
        if (x?.pos !== 'NOUN' && x?.pos !== 'ADJ' && x?.pos !== 'PROPN') break;
        out.add(roleForm(x.normal));
      }
    }
  }
  return out;
}

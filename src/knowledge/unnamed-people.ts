/**
 * People an article describes beside a verb of saying but does not name ('…," said a spokesman for the
 * shelters', "a senior official said", and the "he" of such a speaker's next sentence), added to the named
 * candidates as people of their own, known by their role word. A definite description ("the cook said") is
 * someone new only when it points back to no one: not the role of someone named, nor a noun the article
 * wrote before, nor "the elder Hadley" of a surname already found.
 */
import type { Analysis } from '../nlp/pipeline.ts';
import { unnamedAccordingTo } from './according-to-unnamed.ts';
import { discoveredId } from './discovered-person.ts';
import { isGenerationWord } from './generations.ts';
import type { Candidate } from './kept-people.ts';
import {
  firstNouns,
  namedRoleWords,
  refersBack,
  roleOfSomethingNew,
  type FirstNouns,
} from './named-roles.ts';
import { roleForm, roleWordGender } from './name-words.ts';
import { speakersPronounsContinue, unnamedSpeakers } from './unnamed-speakers.ts';

/** What the finder knows of words: persons' nouns, titles, and the gender a noun of office marks. */
export interface UnnamedReader {
  isPersonNoun: (lemma: string) => boolean;
  isTitle: (value: string) => boolean;
  gendered: ReadonlyMap<string, 'male' | 'female'>;
  /** True for a verb WordNet makes a way of saying ("testify", "shout"), beside the words of saying always read. */
  isSayingVerb?: (lemma: string) => boolean;
}

/**
 * Adds to `candidates` the unnamed speakers of each paragraph that are someone new. `surnames` are those of
 * the names found; `taken` and `quoted` the tokens a known entity names or a quotation holds.
 */
export function addUnnamedSpeakers(
  articleId: string,
  analyses: readonly Analysis[],
  {
    taken,
    quoted,
  }: {
    taken: (paragraph: number, token: number) => boolean;
    quoted: (paragraph: number, token: number) => boolean;
  },
  candidates: Candidate[],
  surnames: ReadonlySet<string>,
  reader: UnnamedReader,
): void {
  /** Read once, when the first definite description ("The telegraph operator…, who") asks. */
  let nouns: FirstNouns | null = null;
  let namedRoles: Set<string> | null = null;
  const { isPersonNoun, isTitle, gendered, isSayingVerb } = reader;
  // A definite description ("the cook") is someone new unless it points back to someone named. Made once
  // for the article, not per paragraph: under tsx (esbuild's keepNames) each named closure made costs a
  // `defineProperty` of its name.
  const newcomer = (
    analysis: Analysis,
    p: number,
    at: { definite?: true; head: string; start: number; end: number },
  ) =>
    !at.definite ||
    // "The elder Hadley": one of the people of that surname named before, not someone new.
    (!(
      isGenerationWord(analysis.tokens[at.start + 1]?.normal ?? '') &&
      surnames.has(analysis.tokens[at.start + 2]?.value ?? '')
    ) &&
      !refersBack(
        at.head,
        p,
        at.start,
        (nouns ??= firstNouns(analyses)),
        (namedRoles ??= namedRoleWords(candidates)),
        isTitle,
        roleOfSomethingNew(analysis, at.start, at.end),
      ));
  analyses.forEach((analysis, p) => {
    const excluded = excludedIn(p, taken, quoted);
    const beside = [
      ...unnamedSpeakers(analysis, excluded, isPersonNoun, isSayingVerb),
      ...unnamedAccordingTo(analysis.tokens, excluded, isPersonNoun),
    ].filter((at) => newcomer(analysis, p, at));
    const continued = speakersPronounsContinue(analysis, excluded, isPersonNoun).filter(
      (at) =>
        !beside.some((b) => b.start === at.start) &&
        newcomer(analysis, p, at) &&
        (roleWordGender(at.head, gendered) ?? at.gender) === at.gender,
    );
    for (const at of [...beside, ...continued]) {
      const first = analysis.tokens[at.start];
      const last = analysis.tokens[at.end - 1];
      if (!first || !last) continue;
      const name = analysis.text.slice(first.start, last.end);
      candidates.push({
        id: discoveredId(`${articleId} ${name}`),
        name,
        surname: '',
        laterNames: [],
        gender: roleWordGender(at.head, gendered) ?? at.gender,
        nameGender: null,
        title: null,
        description: null,
        roleWords: new Set([roleForm(at.head)]),
        roleHeads: new Set([roleForm(at.head)]),
        unnamedAt: { paragraph: p, start: at.start, end: at.end },
        evidence: true,
      });
    }
  });
}

/**
 * Tokens of paragraph `p` a known entity names or a quotation holds. Made by a function, not as a named
 * closure in the loop over paragraphs: under tsx (esbuild's keepNames) each named closure made costs a
 * `defineProperty` of its name.
 */
export function excludedIn(
  p: number,
  taken: (paragraph: number, token: number) => boolean,
  quoted: (paragraph: number, token: number) => boolean,
): (k: number) => boolean {
  return (k) => taken(p, k) || quoted(p, k);
}

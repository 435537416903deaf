/**
 * "A retired Navy captain who sailed on it from 1989 to 1993, Rogelio Abarca Nava, now 68, lives…": a sentence
 * opening with a phrase for a person and the "who" clause that goes on about them, with the name set off after
 * it. The phrase says what the named person is, so a later "the retired captain" is them.
 */
import type { Analysis, Token } from '../nlp/pipeline.ts';
import { isWrittenLowerCase } from '../nlp/letter-tests.ts';
import { nameOfPhraseEnd } from './name-of-phrase-end.ts';

/** Tokens at most from the "who" to the comma before the name: the clause's first predicate and its tail. */
const MAX_CLAUSE_TOKENS = 20;
/** Tokens at most from "a"/"an" to the person's noun ("A retired Navy captain"). */
const MAX_PHRASE_TOKENS = 6;
const INDEFINITE_ARTICLES: ReadonlySet<string> = new Set(['a', 'an']);
/** What ends a clause or sets off another inside it: the phrase and its "who" clause hold none of them. */
const CLAUSE_EDGE = /^[.!?;:,"“”()]$/;

/**
 * The phrase from "a"/"an" to its noun for a person ("A retired Navy captain") when the name in tokens
 * [`nameStart`, `nameEnd`) is set off by commas right after that phrase's "who" clause, and the phrase opens
 * its sentence; `null` otherwise ("A town that grew up around the mill, Reynosa," has no person at its head).
 * None when the clause ends in a phrase the name may be instead ("who lives in the border city, Ciudad
 * Juárez,"): the head's noun alone does not say the name is theirs.
 */
export function describedBeforeWhoClause(
  analysis: Analysis,
  nameStart: number,
  nameEnd: number,
  isPersonNoun: (lemma: string) => boolean,
): string | null {
  const tokens = analysis.tokens;
  if (tokens[nameStart - 1]?.value !== ',' || tokens[nameEnd]?.value !== ',') return null;
  if (nameOfPhraseEnd(tokens, nameStart)) return null;
  let who = -1;
  for (let d = nameStart - 2; d >= 0 && nameStart - 2 - d <= MAX_CLAUSE_TOKENS; d--) {
    const t = tokens[d] as Token;
    if (CLAUSE_EDGE.test(t.value)) return null;
    if (t.normal === 'who') {
      who = d;
      break;
    }
  }
  const head = tokens[who - 1];
  // "who" right before the comma says nothing of them; the noun before it must be a person's.
  if (who < 0 || who >= nameStart - 2 || !head) return null;
  if (head.pos !== 'NOUN' || !isWrittenLowerCase(head.value) || !isPersonNoun(head.lemma)) return null;
  for (let d = who - 2; d >= 0 && who - 1 - d <= MAX_PHRASE_TOKENS; d--) {
    const t = tokens[d] as Token;
    if (t.pos === 'VERB' || t.pos === 'AUX' || CLAUSE_EDGE.test(t.value)) return null;
    if (!INDEFINITE_ARTICLES.has(t.normal)) continue;
    const opens = d === 0 || /^[.!?:"“”]$/.test(tokens[d - 1]?.value ?? '');
    return opens ? analysis.text.slice(t.start, head.end) : null;
  }
  return null;
}

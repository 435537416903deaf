/**
 * A capitalised word the coverage never uses, set before a name it writes ("the Tohono O'odham Legislative
 * Council" where an article writes "the Legislative Council"), narrows that name: the question's subject is
 * the name the coverage has, not another one. Only when the coverage never writes that name after a
 * capitalised word of its own: a name it qualifies ("the Arizona National Guard") has others of its kind,
 * and a qualifier it never uses ("the Ohio National Guard") asks about one of those it does not cover.
 */
import type { Token } from '../nlp/pipeline.ts';
import type { KnowledgeIndex } from './knowledge-index.ts';

/** The most capitalised words after the qualifier read as one name. */
const MAX_NAME_WORDS = 4;
const CAPITALISED = /^\p{Lu}/u;
const LETTER = /[\p{L}\p{N}]/u;

/** The capitalised words of a name, each known to the coverage, that follow `tokens[at]`. */
function followingName(tokens: readonly Token[], at: number, known: (t: Token) => boolean): Token[] {
  const run: Token[] = [];
  for (let j = at + 1; j < tokens.length && run.length < MAX_NAME_WORDS; j++) {
    const t = tokens[j];
    if (!t || t.type !== 'word' || !CAPITALISED.test(t.value) || !known(t)) break;
    run.push(t);
  }
  return run;
}

/**
 * How the coverage writes `phrase` (as written, case kept) among the sentences holding the lemma `lemma`:
 * `null` when it never does, else whether a capitalised word other than a sentence's first stands before it.
 */
function writtenQualified(index: KnowledgeIndex, lemma: string, phrase: string): boolean | null {
  if (!index.sentenceBm25.has(lemma)) return null;
  let written = false;
  let qualified = false;
  index.sentenceBm25.withScores(new Map([[lemma, 1]]), (_score, touched, count) => {
    for (let k = 0; k < count && !qualified; k++) {
      const text = index.sentences[touched[k] ?? -1]?.text ?? '';
      for (let at = text.indexOf(phrase); at >= 0 && !qualified; at = text.indexOf(phrase, at + 1)) {
        if (LETTER.test(text[at - 1] ?? ' ') || LETTER.test(text[at + phrase.length] ?? ' ')) continue;
        written = true;
        const before = text.slice(0, at).trimEnd().split(/\s+/);
        const word = before[before.length - 1] ?? '';
        qualified = before.length > 1 && CAPITALISED.test(word) && LETTER.test(word.slice(-1));
      }
    }
  });
  return written ? qualified : null;
}

/**
 * True when `tokens[at]`, a capitalised word the coverage never uses, stands before the capitalised words of a
 * name the coverage writes, and the longest such name it writes it never writes after a capitalised word.
 */
export function qualifiesCoverageName(
  tokens: readonly Token[],
  at: number,
  index: KnowledgeIndex,
  known: (t: Token) => boolean,
): boolean {
  const run = followingName(tokens, at, known);
  for (let from = 0; from < run.length; from++) {
    const words = run.slice(from);
    const head = words[words.length - 1];
    if (!head) break;
    const lemma = index.vocabulary.has(head.lemma) ? head.lemma : head.normal;
    const qualified = writtenQualified(index, lemma, words.map((t) => t.value).join(' '));
    if (qualified !== null) return !qualified;
  }
  return false;
}

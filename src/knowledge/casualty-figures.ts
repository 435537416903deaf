/**
 * What a figure counts when a participle of what befell people stands for them: "the Americans lost about
 * 120 killed and 368 wounded", "the report gave 367 killed and wounded", "claimed the Mexicans had lost 650
 * dead". The figure is then the object of a verb of its clause ("lost", "gave"), and nothing it could count
 * follows the participle: "120 refused" opening a clause is its subject doing something, and "killed two
 * men" has its own object.
 */
import type { Analysis, Token } from '../nlp/pipeline.ts';
import type { Counted } from './counted.ts';

/** Adjectives that name a state people are counted in, as a participle does ("650 dead"). */
const STATE_ADJECTIVES: ReadonlySet<string> = new Set(['dead']);
/** Parts of speech after the participle that would make it a verb with an object ("killed two men"). */
const OBJECT_POS: ReadonlySet<string> = new Set(['NOUN', 'PROPN', 'DET', 'NUM', 'PRON']);
/** Tokens that end a figure's clause, read back from it. */
const CLAUSE_BREAKS: ReadonlySet<string> = new Set([',', ';', ':', '—', '–', '(', ')', '"', '“', '”']);
/** Marks that open a quotation. */
const QUOTE_MARKS: ReadonlySet<string> = new Set(['"', '“']);
/** Most tokens read back from a figure for the verb it is the object of. */
const MAX_CLAUSE_TOKENS = 12;

/** True for a participle or adjective that says what befell the people a figure counts. */
export function isState(tok: Token | undefined): tok is Token {
  if (!tok) return false;
  if (tok.pos === 'ADJ') return STATE_ADJECTIVES.has(tok.normal);
  return tok.pos === 'VERB' && /(?:ed|en)$/.test(tok.normal);
}

/**
 * What the figure from `startTok` to `endTok` counts as people in a state named right after it, within
 * `from`–`limit` (the sentence's tokens): the participle as written, with a second joined by "and"
 * ("killed and wounded"), its first word's form the lemma; `null` when the words after the figure are no
 * such participle, or the figure is no verb's object.
 */
export function countedAsState(
  analysis: Analysis,
  from: number,
  startTok: number,
  endTok: number,
  limit: number,
): Counted | null {
  const toks = analysis.tokens;
  const first = toks[endTok];
  if (endTok >= limit || !isState(first)) return null;
  let last = endTok;
  if (last + 2 < limit && toks[last + 1]?.normal === 'and' && isState(toks[last + 2])) last += 2;
  const after = last + 1 < limit ? toks[last + 1] : undefined;
  if (after && OBJECT_POS.has(after.pos)) return null;
  let verb = false;
  for (let t = startTok - 1; t >= Math.max(from, startTok - MAX_CLAUSE_TOKENS); t--) {
    const tok = toks[t];
    // 'counted "not less than two hundred dead': a quotation opening right after a verb is that verb's object.
    if (tok && QUOTE_MARKS.has(tok.value) && t - 1 >= from && toks[t - 1]?.pos === 'VERB') {
      verb = true;
      break;
    }
    if (!tok || CLAUSE_BREAKS.has(tok.value)) break;
    if (tok.pos === 'VERB') {
      verb = true;
      break;
    }
  }
  const end = toks[last];
  if (!verb || !end) return null;
  return { text: analysis.text.slice(first.start, end.end), lemma: first.normal };
}

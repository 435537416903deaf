/**
 * Someone a turn's speaker recounts and then says who they were, in an apposition after the verb of saying:
 * 'CARRASCO PYLE: "Everybody lost somebody," she said to me once, a woman in Presidio whose family farmed
 * there, "and everybody thinks …"'. In a turn "she" is not the one speaking, and no one named before is
 * meant: the words after the comma are whom the pronoun stands for.
 */
import type { Analysis, Token } from '../nlp/pipeline.ts';
import { firstTokenAtOrAfter } from '../nlp/pipeline.ts';
import type { WorkingQuote } from './working.ts';
import { THIRD_PERSON } from '../nlp/third-person.ts';
import type { VerbsOfSaying } from './saying-verbs.ts';

/** Tokens at most between the verb of saying and the comma before the apposition ("to me once"). */
const MAX_TOKENS_TO_APPOSITION = 4;
/** Parts of speech of those tokens: whom it was said to and when, no object of its own ("a reporter"). */
const AFTER_CUE_POS = new Set(['ADP', 'PRON', 'ADV']);
/** Tokens at most of the apposition, its relative clause included. */
const MAX_APPOSITION_TOKENS = 14;
/** Words at most before an apposition's head noun ("a retired ranch hand"). */
const MAX_MODIFIERS = 3;
/** Tokens at most read back from a quotation for the apposition it follows. */
const MAX_TOKENS_BACK = MAX_APPOSITION_TOKENS + MAX_TOKENS_TO_APPOSITION + 6;
/** Tokens at most read on from a quotation to the pronoun handing it over ("," she said). */
const MAX_TOKENS_TO_PRONOUN = 3;
const ENDS_APPOSITION = /^[,.;:!?"“”]$/;

/** What the reading asks of the article: its verbs of saying and its nouns for people. */
export interface ApposedReader {
  isPersonNoun(lemma: string): boolean;
  cues: VerbsOfSaying;
}

/** An apposition describing a person: its words as written, and its first and past-the-last tokens. */
interface Apposition {
  name: string;
  from: number;
  end: number;
}

/**
 * The apposition after "he"/"she" and a verb of saying at token `pronoun` ("she said to me once, a woman in
 * Presidio whose family farmed there,"): "a"/"an", words describing a person whose head noun names one,
 * and what qualifies them up to the next comma, quotation mark or full stop. `null` when the verb takes an
 * object ("she told a reporter,") or the words after the comma describe no person ("a smile on her face").
 */
export function appositionAfter(
  analysis: Analysis,
  pronoun: number,
  reader: ApposedReader,
): Apposition | null {
  const tok = (k: number): Token | undefined => analysis.tokens[k];
  if (!THIRD_PERSON.has(tok(pronoun)?.normal ?? '')) return null;
  let cue = pronoun + 1;
  while (tok(cue)?.pos === 'ADV' || tok(cue)?.pos === 'AUX') cue++;
  const verb = tok(cue);
  if (verb?.pos !== 'VERB' || !reader.cues.has(verb.lemma)) return null;
  let comma = cue + 1;
  while (comma - cue <= MAX_TOKENS_TO_APPOSITION && AFTER_CUE_POS.has(tok(comma)?.pos ?? '')) comma++;
  if (tok(comma)?.value !== ',') return null;
  const from = comma + 1;
  if (!['a', 'an'].includes(tok(from)?.normal ?? '')) return null;
  // "a woman", "a retired ranch hand": the last noun of the words describing them is who they are.
  let head = -1;
  for (let k = from + 1; k - from <= MAX_MODIFIERS + 1 && ['ADJ', 'NOUN'].includes(tok(k)?.pos ?? ''); k++)
    if (tok(k)?.pos === 'NOUN') head = k;
  const noun = tok(head);
  if (!noun || !reader.isPersonNoun(noun.lemma)) return null;
  let end = head + 1;
  while (end - from <= MAX_APPOSITION_TOKENS && tok(end) && !ENDS_APPOSITION.test(tok(end)?.value ?? ''))
    end++;
  if (tok(end) && !ENDS_APPOSITION.test(tok(end)?.value ?? '')) return null;
  const first = tok(from);
  const last = tok(end - 1);
  if (!first || !last) return null;
  return { name: analysis.text.slice(first.start, last.end), from, end };
}

/**
 * The person an apposition describes beside quotation `q`, in a turn of speech: after the pronoun and verb
 * that hand `q` over right after it ('"…," she said to me once, a woman in Presidio …'), or right before
 * `q` when it goes on after the apposition ('…, a woman in Presidio whose family farmed there, "and …"').
 * `null` when no such apposition stands beside `q`.
 */
export function apposedSpeaker(q: WorkingQuote, reader: ApposedReader): string | null {
  const { analysis, tokenStart, tokenEnd } = q.sentence;
  const opening = firstTokenAtOrAfter(analysis, tokenStart, tokenEnd, q.span.outerStart);
  const closing = firstTokenAtOrAfter(analysis, tokenStart, tokenEnd, q.span.outerEnd);
  // '"…," she said to me once, a woman …': the pronoun right after the quotation's closing mark.
  for (let k = closing; k < tokenEnd && k - closing <= MAX_TOKENS_TO_PRONOUN; k++) {
    if (!THIRD_PERSON.has(analysis.tokens[k]?.normal ?? '')) continue;
    return appositionAfter(analysis, k, reader)?.name ?? null;
  }
  // '…, a woman in Presidio whose family farmed there, "and everybody …"': the apposition ends right before.
  for (let k = opening - 1; k >= tokenStart && opening - k <= MAX_TOKENS_BACK; k--) {
    const t = analysis.tokens[k];
    if (!t || (t.pos === 'PUNCT' && /^["“”]$/.test(t.value))) return null;
    if (!THIRD_PERSON.has(t.normal)) continue;
    const found = appositionAfter(analysis, k, reader);
    const between = found ? analysis.tokens.slice(found.end, opening) : [];
    return found && between.every((b) => b.pos === 'PUNCT') ? found.name : null;
  }
  return null;
}

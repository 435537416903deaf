/**
 * Evidence that says the asked thing is not known. "Have any of the soldiers been arrested over this?" ranks
 * "He did not say whether any soldiers had been detained." among its best evidence: the article itself says it
 * cannot answer, so showing its neighbours as an answer would pass an unknown off as news. The question is
 * declined, and the decline quotes the sentence that says so.
 */
import type { Sentence } from '../knowledge/schema.ts';
import { mentionsAct, type ActWords, type AskedAct } from './asked-act.ts';
import type { Draft } from './handlers.ts';
import type { KnowledgeIndex } from './knowledge-index.ts';
import { leadOnly } from './replies.ts';
import { formatDate } from './text.ts';
import type { AnswerIntent } from './types.ts';

/**
 * A report that something was not said or is not known: "did not say whether", "would not confirm how
 * many", "declined to say who", "it was not clear whether", "remains unknown". A bare "did not respond" is
 * left out: of a question whether someone responded, it is the answer.
 */
const SAYING = String.raw`(?:say|specify|disclose|confirm|reveal|explain|indicate|know)`;
const WHETHER = String.raw`(?:whether|if|how|who|what|when|why|where|which)`;
const STATES_UNKNOWN = new RegExp(
  [
    String.raw`\b(?:(?:did|does|do|would|could|will|has|have|had)\s+not|didn['’]t|wouldn['’]t|won['’]t|hasn['’]t|haven['’]t|hadn['’]t|declined\s+to|refused\s+to)\s+(?:immediately\s+|publicly\s+)?${SAYING}\b[^.;:]*?\b${WHETHER}\b`,
    String.raw`\b(?:it\s+(?:was|is|remains|remained)\s+|(?:remains|remained)\s+)(?:not\s+(?:clear|known)|unclear|unknown)\b`,
    String.raw`\bnot\s+(?:yet\s+)?(?:known|clear)\s+(?:whether|if|how|who|what|when|why)\b`,
    String.raw`\bno\s+one\s+(?:knows|knew)\b`,
    String.raw`\b(?:had|has)\s+not\s+(?:answered|responded|replied)\s+by\b`,
  ].join('|'),
  'i',
);

/**
 * A question whether someone said something ("Did Secretary Baker say whether more troops would be sent?"):
 * the saying is what is asked, so a report that they declined to say answers it rather than leaving it unknown.
 */
const ASKS_WHETHER_SAID = new RegExp(
  String.raw`^\W*(?:did|does|do|has|have|had|would|will)\b[^?.;]*?\b${SAYING}\s+${WHETHER}\b`,
  'i',
);

/**
 * Question words the unknown must repeat when it does not name the asked act: two. With one, "He did not say
 * how long the wire would stay up" declined "Did the Nogales City Council vote unanimously against the
 * wire?" (npm run eval: a dev question lost, the rest alike).
 */
const SHARED_WORDS = 2;

/** Words in quotation marks. */
const QUOTED = /["“][^"”]*["”]/g;

/** True when the sentence reports that something is not said or not known (see {@link STATES_UNKNOWN}). */
export function statesUnknown(text: string): boolean {
  return unknownAt(text) >= 0;
}

/** Where in `text` the report says something is not known, or -1. */
function unknownAt(text: string): number {
  // A quotation's "we don't know whether…" is the speaker's view, not the report's (blanked, same length).
  return text.replace(QUOTED, (q) => ' '.repeat(q.length)).search(STATES_UNKNOWN);
}

/**
 * The reported sentence of the draft that says the asked act is not known, or `null`: it must speak of the act
 * ("detained" of "arrested") and be the reporter's, not a quotation's.
 */
export function unknownStated(
  draft: Draft,
  yesNo: boolean,
  act: AskedAct | null,
  index: KnowledgeIndex,
  words: ActWords,
  content: readonly string[],
  question: string,
): Sentence | null {
  if (!yesNo || ASKS_WHETHER_SAID.test(question)) return null;
  // The words of what it says is unknown, from "whether", "how many"…, not the rest of the sentence ("He did
  // not say how long the wire would stay up" does not say whether a vote on the wire was unanimous).
  const aboutAsked = (s: Sentence) => {
    const at = unknownAt(s.text);
    if (at < 0) return false;
    const unknown = { ...s, text: s.text.slice(at) };
    if (act !== null && mentionsAct(act, unknown, words)) return true;
    const lemmas = new Set(words.analyse(unknown.text).tokens.map((t) => t.lemma));
    return new Set(content.filter((l) => lemmas.has(l))).size >= SHARED_WORDS;
  };
  for (const e of draft.evidence) {
    if (e.kind !== 'sentence') continue;
    const s = index.sentence(e.id);
    if (s && s.kind === 'report' && aboutAsked(s)) return s;
  }
  return null;
}

/**
 * The decline for a question the coverage says is unknown: it says so, and gives the article's own words, so
 * the reader sees why (the sentence is plain text, escaped where it is shown, with the outlet and date).
 */
export function unknownReported(index: KnowledgeIndex, intent: AnswerIntent, sentence: Sentence): Draft {
  const source = index.sources.get(sentence.sourceId);
  const from = source ? `${source.outlet} (${formatDate(source.published)}) reports` : 'The article reports';
  // "He did not say whether…": with the sentence its pronoun leans on.
  const previous = index.leansOn(sentence.id);
  const words = previous ? `${previous.text} ${sentence.text}` : sentence.text;
  return leadOnly(intent, `The coverage doesn't say. ${from}: “${words}”`);
}

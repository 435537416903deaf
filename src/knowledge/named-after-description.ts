/**
 * '"…," a woman who sells embroidered blouses in the Zócalo, Guadalupe Rendón Salgado, said': after the words,
 * a description of a person, then their name set off by commas right before the verb of saying. The one
 * named speaks; the description is what they are, however long.
 */
import type { WorkingSentence } from './annotate.ts';
import { charRange } from './mention-index.ts';
import { handsOver } from './opens-sentence.ts';
import type { QuoteSpan } from './quote-spans.ts';
import { CLAUSE_END, type SpeakerFinder } from './speaker-finder.ts';
import { tokenAt, type SpeakerGuess } from './speakers.ts';

/** Words that open a description of one person ("a woman who sells blouses", "the retired captain"). */
const DESCRIPTION_OPENERS: ReadonlySet<string> = new Set(['a', 'an', 'the']);
/** Tokens at most from the words to the comma before the name: a description with its relative clause. */
const MAX_DESCRIPTION_TOKENS = 30;
/** Marks that end the description with no name set off: a clause's end, or a quotation's marks. */
const QUOTE_MARKS: ReadonlySet<string> = new Set(['"', '“', '”', "'", '‘', '’']);

/**
 * The person named in an apposition after a description that follows the words, with the verb of saying
 * right after the apposition's closing comma; `null` when the words are not handed over (a comma, question
 * or exclamation mark closing them), the tokens after them open no description of a person, or no name is
 * set off so. `after` are the tokens after the words, in order.
 */
export function namedAfterDescription(
  finder: SpeakerFinder,
  sentence: WorkingSentence,
  span: QuoteSpan,
  after: readonly number[],
): SpeakerGuess | null {
  const { analysis } = sentence;
  if (!handsOver(analysis.text, span)) return null;
  const opening = after.findIndex((t) => tokenAt(analysis, t).pos !== 'PUNCT');
  if (opening < 0 || !DESCRIPTION_OPENERS.has(tokenAt(analysis, after[opening] ?? -1).normal)) return null;
  let describesPerson = false;
  const last = Math.min(after.length - 2, opening + MAX_DESCRIPTION_TOKENS);
  for (let k = opening + 1; k <= last; k++) {
    const tok = tokenAt(analysis, after[k] ?? -1);
    if (CLAUSE_END.has(tok.value) || QUOTE_MARKS.has(tok.value)) return null;
    if (tok.pos === 'NOUN' && finder.isPersonNoun(tok.lemma)) describesPerson = true;
    if (tok.value !== ',' || !describesPerson) continue;
    const mention = sentence.named.at(after[k + 1] ?? -1);
    const entity = mention ? finder.reader.entity(mention.entityId) : undefined;
    if (!mention || mention.via === 'pronoun' || entity?.type !== 'person') continue;
    const end = charRange(analysis, mention).end;
    const rest = after.slice(k + 1).filter((t) => tokenAt(analysis, t).start >= end);
    const comma = rest[0] === undefined ? undefined : tokenAt(analysis, rest[0]);
    const verb = rest[1] === undefined ? undefined : tokenAt(analysis, rest[1]);
    if (comma?.value === ',' && verb && finder.isCue(verb))
      return { speakerId: entity.id, speakerName: entity.name, cue: verb.lemma };
  }
  return null;
}

/**
 * "The commandant sent word across by a boatman that he would hold the town 'against any number.'": words
 * quoted in part inside a sentence whose subject is a person described by a title or a noun ("the
 * commandant", "a boatman") and no name are that person's, as the article describes them, or the named
 * person the description stands for. They are not the next sentence's speaker ("Consul Zertuche said this
 * morning …"), who opens a sentence of their own. The verb is found past what qualifies the noun: a
 * prepositional phrase and one part set off by commas ("A merchant of this place, a native of Bordeaux,
 * assures me that trade will 'come back …'" is the merchant's; measured: attribution tuned +1, held-out +1,
 * answers identical). The one a verb of saying was said to ("told Major Lynde the body was '…'") is no
 * other speaker before the words (attribution tuned +1 more, held-out unchanged, answers identical).
 */
import { personPhrase } from './introduced-antecedents.ts';
import { tokenAt, type SpeakerGuess } from './speakers.ts';
import type { QuoteSpan } from './quote-spans.ts';
import type { WorkingSentence } from './working.ts';
import { lowerFirst } from '../nlp/lower-first.ts';
import type { Analysis } from '../nlp/pipeline.ts';

/** Tokens at most of what qualifies the subject's noun before its verb ("of this place, a native of Bordeaux,"). */
const MAX_QUALIFIER_TOKENS = 12;
/** Parts of speech a prepositional qualifier of the noun is made of ("of the Border Patrol at Tucson"). */
const PHRASE_POS: ReadonlySet<string> = new Set(['ADP', 'DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'PART']);

/**
 * "Our correspondent, who went over the ground on Sunday, counted '…'": the paper's own person, described by
 * "our" as another's is by "the", is a subject whose words these are.
 */
const THE_PAPERS_OWN: ReadonlySet<string> = new Set(['our']);

/** What the reading asks of the article: entities and nouns for people. */
export interface DescribedSubjectReader {
  entity(id: string): { id: string; name: string; type: string } | undefined;
  isPersonNoun(lemma: string): boolean;
  /** Verbs of saying ("told", "assured"), by lemma. */
  cues: { has(lemma: string): boolean };
}

/**
 * The person described by the noun phrase opening `sentence` ("The commandant"), when a verb follows it, no
 * one is named before the quotation `span`, and the quotation stands inside the sentence after its subject.
 */
export function describedSubjectsWords(
  reader: DescribedSubjectReader,
  sentence: WorkingSentence,
  span: QuoteSpan,
): SpeakerGuess | null {
  const { analysis } = sentence;
  const phrase = personPhrase(reader, analysis, sentence.tokenStart, sentence.tokenEnd, THE_PAPERS_OWN);
  if (!phrase) return null;
  const head = tokenAt(analysis, phrase.head);
  if (head.end > span.outerStart) return null;
  const qualified = qualifiedUntil(analysis, phrase.head + 1, sentence.tokenEnd);
  if (qualified === null) return null;
  const verb = analysis.tokens[qualified.verb];
  if (!verb || verb.start >= span.outerStart) return null;
  let own: string | null = null;
  for (const m of sentence.mentions) {
    if (tokenAt(analysis, m.token).start >= span.outerStart || m.via === 'pronoun') continue;
    const type = reader.entity(m.entityId)?.type;
    if (type !== 'person' && type !== 'organisation') continue;
    // "The sergeant sent word": the people finder read the description as a named person's role.
    if (m.token === phrase.from || m.token === phrase.head) own = m.entityId;
    // "The district office of the Border Patrol at Tucson said": a body named in the noun's own qualifier
    // is part of the description.
    else if (m.token > phrase.head && m.token < qualified.ownEnd && type === 'organisation') continue;
    // "A deserter … told Major Lynde the body was '…'": the one a verb of saying right before was said to.
    else if (saidTo(reader, analysis, m.token, qualified.verb)) continue;
    else return null;
  }
  const entity = own ? reader.entity(own) : undefined;
  if (entity) return { speakerId: entity.id, speakerName: entity.name, cue: null };
  const end = tokenAt(analysis, qualified.ownEnd - 1).end;
  const text = analysis.text.slice(tokenAt(analysis, phrase.from).start, end);
  return { speakerId: null, speakerName: lowerFirst(text), cue: null };
}

/**
 * The verb of a subject whose noun ends at token `from` - 1, read past what qualifies the noun: a
 * prepositional phrase ("A merchant of this place assures") and one part set off by commas ("A merchant of
 * this place, a native of Bordeaux, assures"; "The captain, who had …, said"). `verb` is its token and
 * `ownEnd` the end of the noun's own phrase (with its prepositional phrase, without the part set off).
 * `null` when no verb follows within {@link MAX_QUALIFIER_TOKENS} tokens.
 */
function qualifiedUntil(
  analysis: Analysis,
  from: number,
  end: number,
): { verb: number; ownEnd: number } | null {
  const isVerb = (k: number) => {
    const pos = analysis.tokens[k]?.pos;
    return pos === 'VERB' || pos === 'AUX';
  };
  let k = from;
  const limit = Math.min(end, from + MAX_QUALIFIER_TOKENS);
  if (k < limit && tokenAt(analysis, k).pos === 'ADP') {
    while (k < limit && PHRASE_POS.has(tokenAt(analysis, k).pos)) k++;
  }
  const ownEnd = k;
  if (k < limit && tokenAt(analysis, k).value === ',') {
    k++;
    while (k < limit && tokenAt(analysis, k).value !== ',' && !QUOTE_MARKS.has(tokenAt(analysis, k).value))
      k++;
    if (k >= limit || tokenAt(analysis, k).value !== ',') return null;
    k++;
  }
  return k < end && isVerb(k) ? { verb: k, ownEnd } : null;
}

/** Quotation marks: a part set off by commas holds no quotation. */
const QUOTE_MARKS: ReadonlySet<string> = new Set(['"', '“', '”', "'", '‘', '’']);

/** Title words at most between a verb and the name it is said to ("told Lt. Col. Baylor"). */
const MAX_TITLE_WORDS = 3;

/**
 * True when the name at token `t` is what a verb of saying at or after the subject's verb `verb` was said to:
 * the verb right before it, past title words ("told Major Lynde", "assured Lt. Col. Baylor").
 */
function saidTo(reader: DescribedSubjectReader, analysis: Analysis, t: number, verb: number): boolean {
  let k = t - 1;
  while (k > verb && t - k <= MAX_TITLE_WORDS && tokenAt(analysis, k).pos === 'PROPN') k--;
  const tok = analysis.tokens[k];
  return k >= verb && tok?.pos === 'VERB' && reader.cues.has(tok.lemma);
}

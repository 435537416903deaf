/**
 * The body that sent what a writer or host passes on ("We did get a statement from the Fort Clark Historical
 * Society this morning. They said …"), and whether words are a body's name at all ("U.S. Customs and Border
 * Protection"): read from the sentence's own words, capitalised or linking, no list of bodies.
 */
import type { Token } from '../nlp/pipeline.ts';
import { opensWithCapital } from '../nlp/letter-tests.ts';
import type { WorkingSentence } from './working.ts';
import { tokenAt, type SpeakerGuess } from './speakers.ts';
import { lowerFirst } from '../nlp/lower-first.ts';

/** First-person subjects that receive a statement the writer or host passes on ("We got a statement from …"). */
export const RECEIVERS: ReadonlySet<string> = new Set(['we', 'i']);
/** Nouns for what a body sends to be passed on ("a statement from the society"). */
const DOCUMENTS: ReadonlySet<string> = new Set([
  'statement',
  'letter',
  'message',
  'email',
  'release',
  'response',
  'text',
  'note',
]);
/** Words at most of a person described after "from" before their noun ("a longtime listener"). */
const MAX_DESCRIBED_WORDS = 3;
/** Words that set where the person described is from after their noun ("a listener in Rio Rico"). */
const PLACE_LINKS: ReadonlySet<string> = new Set(['in', 'from', 'near', 'outside']);
/** Tokens at most of the name after "from" ("from the Fort Clark Historical Society"). */
const MAX_SENDER_TOKENS = 10;

/**
 * The body `sentence` says a document came from ("a statement from the Fort Clark Historical Society"): a
 * known organisation mentioned there, or a name as {@link isBodyName} reads one, as written; `null` if none.
 */
export function senderOfDocument(
  reader: {
    entity(id: string): { id: string; name: string; type: string } | undefined;
    isPersonNoun(lemma: string): boolean;
  },
  sentence: WorkingSentence,
): Omit<SpeakerGuess, 'cue'> | null {
  const { analysis, tokenStart, tokenEnd } = sentence;
  for (let k = tokenStart; k + 1 < tokenEnd; k++) {
    const noun = tokenAt(analysis, k);
    if (noun.pos !== 'NOUN' || !DOCUMENTS.has(noun.lemma) || tokenAt(analysis, k + 1).normal !== 'from')
      continue;
    const from = k + 2;
    const described = personDescribed(reader, sentence, from);
    if (described) return described;
    const words: Token[] = [];
    for (let j = from; j < tokenEnd && j - from < MAX_SENDER_TOKENS; j++) {
      const w = tokenAt(analysis, j);
      if (j === from && w.normal === 'the') continue;
      if (!opensWithCapital(w.value) && !NAME_LINKS.has(w.normal)) break;
      words.push(w);
    }
    while (words.length > 0 && !opensWithCapital(words.at(-1)?.value ?? '')) words.pop();
    const head = words[0];
    const body = head
      ? sentence.mentions.find(
          (m) =>
            m.via !== 'pronoun' &&
            tokenAt(analysis, m.token).start === head.start &&
            reader.entity(m.entityId)?.type === 'organisation',
        )
      : undefined;
    const entity = body ? reader.entity(body.entityId) : undefined;
    if (entity) return { speakerId: entity.id, speakerName: entity.name };
    const first = words[0];
    const last = words.at(-1);
    if (first && last && isBodyName(words))
      return { speakerId: null, speakerName: analysis.text.slice(first.start, last.end) };
  }
  return null;
}

/**
 * "a listener in Rio Rico": a person described by "a"/"an", a few words ending on a noun for a person, and
 * where they are from, as written from token `from`; `null` when the words there are no such description.
 */
function personDescribed(
  reader: { isPersonNoun(lemma: string): boolean },
  sentence: WorkingSentence,
  from: number,
): Omit<SpeakerGuess, 'cue'> | null {
  const { analysis, tokenEnd } = sentence;
  if (from >= tokenEnd || !['a', 'an'].includes(tokenAt(analysis, from).normal)) return null;
  let head = -1;
  for (let j = from + 1; j < tokenEnd && j - from <= MAX_DESCRIBED_WORDS; j++) {
    const w = tokenAt(analysis, j);
    if (w.pos === 'NOUN' && reader.isPersonNoun(w.lemma)) head = j;
    else if (head >= 0 || (w.pos !== 'ADJ' && w.pos !== 'NOUN')) break;
  }
  if (head < 0) return null;
  let end = head;
  if (head + 2 < tokenEnd && PLACE_LINKS.has(tokenAt(analysis, head + 1).normal))
    for (let j = head + 2; j < tokenEnd && j - head <= MAX_SENDER_TOKENS; j++) {
      if (!opensWithCapital(tokenAt(analysis, j).value)) break;
      end = j;
    }
  const text = analysis.text.slice(tokenAt(analysis, from).start, tokenAt(analysis, end).end);
  return { speakerId: null, speakerName: lowerFirst(text) };
}

/** Lower-case words that may stand inside a body's name ("U.S. Customs and Border Protection", "Office of …"). */
const NAME_LINKS: ReadonlySet<string> = new Set(['of', 'for', 'and', 'the', '&']);

/**
 * True for words that are a body's name: two capitalised words or more ("Texas Civil Rights Project"), with
 * the links a name may hold between them ("U.S. Customs and Border Protection"), opening and ending on a
 * capitalised word.
 */
export function isBodyName(name: readonly Token[]): boolean {
  const capitalised = (w: Token | undefined) =>
    w !== undefined && (w.pos === 'PROPN' || w.pos === 'NOUN') && opensWithCapital(w.value);
  if (!capitalised(name[0]) || !capitalised(name.at(-1))) return false;
  let words = 0;
  for (const w of name) {
    if (capitalised(w)) words++;
    else if (!NAME_LINKS.has(w.normal)) return false;
  }
  return words >= 2;
}

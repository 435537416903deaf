/**
 * A long message may introduce someone as a speaker before it asks what they said: "there's a museum
 * volunteer in there who says something about her own people. What exactly did she say?". The pronoun of a
 * quote question with no name of its own then means the one the message says spoke, and the question is read
 * with the words that describe them ("What exactly did the museum volunteer say?").
 *
 * Only a person the preamble itself makes a speaker ("a/the … volunteer who says/said/told …", or one someone
 * talked or spoke to: "a newsletter that talked to a Guard spokeswoman") is taken: a
 * pronoun resolved to anyone the sentence before describes lost test questions (see preamble-person.ts). The
 * asker's own people ("my grandma says…") open with a possessive, never a determiner, and are not taken.
 */
import { isSayingSynset, isSayingVerb } from '../knowledge/saying-verbs.ts';
import type { Token } from '../nlp/pipeline.ts';
import type { WordNet } from '../nlp/wordnet.ts';
import type { PersonHeads } from './described.ts';

/** Determiners that open a noun phrase for someone the message introduces or points to. */
const OPENERS: ReadonlySet<string> = new Set(['a', 'an', 'the', 'that', 'this']);
/** At most this many words describe a person before the noun that names what they are ("small museum"). */
const MAX_MODIFIERS = 3;
/** At most this many words between the person's noun and "who" ("a volunteer in there who…"). */
const MAX_WORDS_BEFORE_WHO = 4;
/** At most this many words between "who" and the verb of saying ("who also says", "who has said"). */
const MAX_WORDS_BEFORE_SAYING = 2;
/** A quote question asking what a pronoun said: "what did she say", "what exactly did he tell them". */
const PRONOUN_SAID = /\b(did|does|do|has|had)\s+(he|she)\s+(say|tell|mean|add)\b/i;

/** A person a preamble makes a speaker: the words naming what they are, and the noun for it. */
export interface PreambleSpeaker {
  /** The noun and the words before it that describe them: "museum volunteer". */
  phrase: string;
  head: string;
}

/**
 * The people `tokens` (a preamble's analysis) introduce with a determiner and a noun for a person that a
 * relative clause makes a speaker ("a museum volunteer in there who says something"), in order said.
 * `saying` holds the lemmas of verbs of saying.
 */
export function speakersDescribedIn(
  tokens: readonly Token[],
  heads: PersonHeads,
  saying: ReadonlySet<string>,
  talking: (lemma: string) => boolean = (l) => saying.has(l),
): PreambleSpeaker[] {
  const out: PreambleSpeaker[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (!OPENERS.has(tokens[i]?.normal ?? '')) continue;
    let head = -1;
    for (let k = i + 1; k <= i + 1 + MAX_MODIFIERS && k < tokens.length; k++) {
      const t = tokens[k];
      if (!t || (t.pos !== 'NOUN' && t.pos !== 'ADJ' && t.pos !== 'PROPN')) break;
      if (t.pos === 'NOUN' && heads.has(t.normal) && !heads.has(tokens[k + 1]?.normal ?? '')) {
        head = k;
        break;
      }
    }
    if (head < 0) continue;
    if (spokenTo(tokens, i, talking)) {
      out.push({ phrase: phraseOf(tokens, i, head), head: tokens[head]?.normal ?? '' });
      i = head;
      continue;
    }
    const who = tokens
      .slice(head + 1, head + 2 + MAX_WORDS_BEFORE_WHO)
      .findIndex((t) => t.normal === 'who' || /^[.;!?]$/.test(t.value));
    const at = who < 0 ? -1 : head + 1 + who;
    if (at < 0 || tokens[at]?.normal !== 'who') continue;
    const says = tokens
      .slice(at + 1, at + 2 + MAX_WORDS_BEFORE_SAYING)
      .some((t) => t.pos === 'VERB' && saying.has(t.lemma));
    if (!says) continue;
    out.push({ phrase: phraseOf(tokens, i, head), head: tokens[head]?.normal ?? '' });
    i = head;
  }
  return out;
}

/** The words from after the determiner at `opener` to the person's noun at `head`: "museum volunteer". */
function phraseOf(tokens: readonly Token[], opener: number, head: number): string {
  return tokens
    .slice(opener + 1, head + 1)
    .map((t) => t.normal)
    .join(' ');
}

/** True when the noun phrase opening at `opener` is whom someone talked to: "talked to a …", "spoke with a …". */
function spokenTo(tokens: readonly Token[], opener: number, talking: (lemma: string) => boolean): boolean {
  const before = tokens[opener - 1];
  const verb = tokens[opener - 2];
  return before?.pos === 'ADP' && verb?.pos === 'VERB' && talking(verb.lemma);
}

/**
 * `question` with the pronoun of "what did she say" replaced by the one person `preamble` (its analysis'
 * tokens) makes a speaker, when exactly one is and their noun does not say another gender; unchanged
 * otherwise. `talking` tells a verb of talking to someone ("talk", "speak"), by default one of `saying`.
 */
export function withPreambleSpeaker(
  question: string,
  preamble: readonly Token[] | null,
  heads: PersonHeads,
  saying: ReadonlySet<string>,
  talking: (lemma: string) => boolean = (l) => saying.has(l),
): string {
  const asked = PRONOUN_SAID.exec(question);
  if (!asked || preamble === null) return question;
  const speakers = speakersDescribedIn(preamble, heads, saying, talking);
  const [only] = speakers;
  if (!only || speakers.length > 1) return question;
  const pronoun = (asked[2] ?? '').toLowerCase();
  const gender = heads.get(only.head) ?? null;
  if (gender !== null && gender !== (pronoun === 'she' ? 'female' : 'male')) return question;
  const at = asked.index + asked[0].indexOf(asked[2] ?? '', (asked[1] ?? '').length);
  return `${question.slice(0, at)}the ${only.phrase}${question.slice(at + (asked[2] ?? '').length)}`;
}

/**
 * The verbs of giving words that take whom they are given to ("talked to a spokeswoman", "spoke with a
 * colonel"), by `wordnet`: talk.v.01 ("talk speak": "exchange thoughts; talk with"), "express in speech" and
 * "say state tell" themselves, and their ways ({@link isSayingVerb}). None without WordNet.
 */
export function talkingVerbs(wordnet: WordNet | null | undefined): (lemma: string) => boolean {
  if (!wordnet) return () => false;
  return (lemma) => {
    const sense = wordnet.firstWaySenseWords(lemma);
    const talkWith = sense.includes('talk') && sense.includes('speak');
    return talkWith || isSayingSynset(sense) || isSayingVerb(wordnet, lemma);
  };
}

/**
 * Whether a sentence tells only what the asked person did, not anything they said or wrote: what the answer for
 * a speaker the coverage never quotes ("The coverage has no direct quote from X on this; it reports:") must
 * not show. "In April … Belknap had come to Fort Clark and met with Mackenzie" tells a journey and a meeting,
 * not what he told Mackenzie; "Gavin has complained publicly that…", "Voss denied that…", "Okafor accused the
 * Pentagon of…" report words, whatever their verb, and are shown as before.
 */
import type { EntityMention } from '../knowledge/schema.ts';
import { SayingVerbs } from '../knowledge/saying-verbs.ts';
import type { Token } from '../nlp/analysis.ts';
import type { WordNet } from '../nlp/wordnet.ts';
import { CONTENT_VERBS } from './said-content.ts';
import type { QuestionReader } from './understand.ts';

/**
 * Words of WordNet's acts that are no giving of words: going somewhere (travel, "locomote"), visiting and
 * touring, meeting, being present, looking at ("examine", "perceive") and eating ("ingest"). A verb is such an
 * act when it is one of them or a way of one within {@link MAX_ACT_DEPTH} steps ("return" → go/locomote,
 * "inspect" → examine, "fly" → go/locomote). English, not words of any article.
 */
const ACT_KINDS: readonly string[] = [
  'locomote',
  'travel',
  'journey',
  'visit',
  'tour',
  'meet',
  'attend',
  'examine',
  'inspect',
  'perceive',
  'ingest',
];
/** Verbs that are such an act themselves, though WordNet's first sense of them is a way of acting ("go"). */
const ACT_VERBS: readonly string[] = [...ACT_KINDS, 'go'];
/** Steps at most from a verb's first sense to one of {@link ACT_KINDS}: "visit" → tour → travel is two. */
const MAX_ACT_DEPTH = 3;
/**
 * Steps at most from a verb's first sense to an act of giving words: "complain" is three (complain → charge →
 * claim), "urge" four (a way of talking). Such a verb is never read as a mere act.
 */
const MAX_REPORTING_DEPTH = 4;
/** Words of WordNet's acts of giving words besides the verbs of saying: communicating, speaking. */
const GIVING_WORDS: readonly string[] = ['communicate', 'verbalize', 'talk'];
/**
 * Most tokens read from a mention of the person to their verb, an aside between commas not counted ("and the
 * secretary of war, William Belknap, had come").
 */
const MAX_TO_VERB = 10;
/** Most tokens of an aside set off by commas after the name (", who commands the engineers at Roma,"). */
const MAX_ASIDE = 15;
/** Parts of speech between a subject and its verb: more names, "and", auxiliaries, "not", titles' dots. */
const BEFORE_VERB: ReadonlySet<string> = new Set(['PROPN', 'CCONJ', 'AUX', 'ADV', 'PART', 'PUNCT']);
/** Parts of speech of another subject's noun phrase after "and" ("and the secretary of war"). */
const JOINED_SUBJECT: ReadonlySet<string> = new Set(['DET', 'NOUN', 'ADJ', 'ADP']);
/** Parts of speech between "and" and a second verb of the same subject ("and did not return"). */
const BEFORE_SECOND_VERB: ReadonlySet<string> = new Set(['AUX', 'ADV', 'PART']);

/** The verbs of saying of the lexicon's quotation cues and WordNet's ways of saying, one per table. */
const sayingVerbsOf = new WeakMap<WordNet, SayingVerbs>();

type Reader = Pick<QuestionReader, 'analyse' | 'speechVerbs' | 'data'>;

/** True when `lemma` gives words: a verb of saying, of the quotation cues, one whose object is words, or a way of communicating. */
function givesWords(reader: Reader, wordnet: WordNet, lemma: string): boolean {
  let saying = sayingVerbsOf.get(wordnet);
  if (!saying) sayingVerbsOf.set(wordnet, (saying = new SayingVerbs(reader.data.quoteCues ?? [], wordnet)));
  return (
    reader.speechVerbs.has(lemma) ||
    CONTENT_VERBS.has(lemma) ||
    saying.has(lemma) ||
    wordnet.isWayOf(lemma, MAX_REPORTING_DEPTH, (ws) =>
      ws.some((w) => reader.speechVerbs.has(w) || GIVING_WORDS.includes(w)),
    )
  );
}

/** True when `lemma` is recognisably an act that gives no words: going, visiting, meeting, looking, eating. */
function isMereAct(reader: Reader, wordnet: WordNet, lemma: string): boolean {
  const ofKind = (ws: readonly string[]) => ws.some((w) => ACT_KINDS.includes(w));
  return (
    (ACT_VERBS.includes(lemma) || wordnet.isWayOf(lemma, MAX_ACT_DEPTH, ofKind)) &&
    !givesWords(reader, wordnet, lemma)
  );
}

/** Positions in `tokens` of the last word of each mention ("Voss" of "Rep. Harlan Voss", "he"). */
function mentionEnds(tokens: readonly Token[], mentions: readonly EntityMention[]): number[] {
  const lasts = new Set(
    mentions.map((m) => m.text.toLowerCase().split(/\s+/).pop() ?? '').filter((w) => w.length > 0),
  );
  return tokens.flatMap((t, i) => (lasts.has(t.normal) ? [i] : []));
}

/**
 * True when a verb giving words stands right before the one-word mention ending at `end`, "that" aside: in "said
 * she had never heard of Torres", her hearing is what she said, not an act of hers the sentence tells.
 */
function saidBefore(reader: Reader, wordnet: WordNet, tokens: readonly Token[], end: number): boolean {
  let k = end - 1;
  if (tokens[k]?.normal === 'that') k--;
  const verb = tokens[k];
  return verb?.pos === 'VERB' && givesWords(reader, wordnet, verb.lemma);
}

/** The first position from `from` past auxiliaries, adverbs and "not" ("had", "also", "did not"). */
function pastAuxiliaries(tokens: readonly Token[], from: number): number {
  let j = from;
  while (tokens[j] && BEFORE_SECOND_VERB.has(tokens[j]!.pos)) j++;
  return j;
}

/**
 * The verbs whose subject is the name ending at `end`: the first verb after it, and verbs joined to it by "and"
 * with no subject of their own ("inspected the towers … and flew over them"). Read over to the first verb: more
 * names and "and" ("Marsh and Capt. Ada Renner toured"), after "and" another subject's noun phrase ("Sheridan
 * and the secretary of war, William Belknap, had come"), auxiliaries, the comma closing an aside the name
 * stands in ("the secretary of war, William Belknap, had come") and one aside between commas after it ("Quist,
 * who commands the engineers at Roma, laid out"). Empty when the name is no subject ("met with Mackenzie").
 */
function actsAfter(tokens: readonly Token[], end: number): number[] {
  let verb = -1;
  let joined = false;
  let aside = false;
  for (let k = end + 1, read = 0; k < tokens.length && read < MAX_TO_VERB; k++, read++) {
    const t = tokens[k]!;
    if (t.pos === 'VERB') {
      verb = k;
      break;
    }
    if (t.normal === ',') {
      const next = pastAuxiliaries(tokens, k + 1);
      if (tokens[next]?.pos === 'VERB') {
        verb = next;
        break;
      }
      const close = tokens.findIndex((c, m) => m > k && m - k <= MAX_ASIDE && c.normal === ',');
      if (aside || close < 0) return [];
      aside = true;
      k = close;
      continue;
    }
    if (t.pos === 'CCONJ') joined = true;
    else if (!BEFORE_VERB.has(t.pos) && !(joined && JOINED_SUBJECT.has(t.pos))) return [];
  }
  if (verb < 0) return [];
  const acts = [verb];
  for (let k = verb + 1; k < tokens.length; k++) {
    if (tokens[k]!.pos !== 'CCONJ') continue;
    const j = pastAuxiliaries(tokens, k + 1);
    if (tokens[j]?.pos === 'VERB') acts.push(j);
  }
  return acts;
}

/**
 * True when every act `text` gives the person of `mentions` is recognisably no giving of words (a journey, a
 * visit, a meeting, an inspection, a meal) and it gives them at least one: "Belknap had come to Fort Clark and
 * met with Mackenzie". Any other verb of theirs — "denied", "insisted", "accused", "posted", "refused to
 * discuss" — or none found leaves the sentence shown. False without WordNet.
 */
export function onlyActsOf(reader: Reader, text: string, mentions: readonly EntityMention[]): boolean {
  const wordnet = reader.data.wordnet;
  if (!wordnet || mentions.length === 0) return false;
  const tokens = reader.analyse(text).tokens;
  const acts = mentionEnds(tokens, mentions)
    .filter((end) => !saidBefore(reader, wordnet, tokens, end))
    .flatMap((end) => actsAfter(tokens, end));
  return acts.length > 0 && acts.every((k) => isMereAct(reader, wordnet, tokens[k]!.lemma));
}

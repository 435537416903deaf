/**
 * Where a quotation was said, for a question that asks what someone said about a topic or on an occasion.
 * An article seldom repeats its scene beside each quotation: "The river does not have a passport," he said
 * answers "what did the Ojinaga council member say at the Presidio meeting?" because the headline sets the
 * meeting in Presidio, and Mr. Kerrigan's words answer "now that Victorio's dead" because the paragraph
 * that brings him in reports the news of it and the headline says "Victorio Dead".
 */
import type { Sentence } from '../knowledge/schema.ts';
import type { Token } from '../nlp/pipeline.ts';
import type { KnowledgeIndex } from './knowledge-index.ts';

/** Patterns with `\p{…}`, built once: inside a function tsx rebuilds them on every call (see src/nlp/letter-tests.ts). */
const P1 = /^['’]s\s+(\p{L}+)/u;
const P2 = /[^\p{L}\p{N}]+/u;

/**
 * Sentences at an article's opening that set the scene for all of it (headline, standfirst, lede with its
 * dateline), past the outlet's lines some articles open with ("SONORAN WIRE SERVICE · FROM THE ARCHIVE").
 */
const OPENING_SENTENCES = 8;
/**
 * Sentences looked at before a quotation for the one that brings its speaker in by name ("Thomas Kerrigan,
 * who runs cattle near Eagle Springs, said…" a paragraph before his words): bounded, a long article's
 * earlier mention is another scene.
 */
const SPEAKER_REACH = 6;

type SceneIndex = Pick<
  KnowledgeIndex,
  'sentence' | 'neighbour' | 'sentenceIndex' | 'articleStart' | 'sentences'
>;

/**
 * Words that open a phrase setting where or when words were said ("**at** the vigil", "**in** the Presidio
 * council meeting", "**now** that Victorio's dead", "**during** the hearing"): English grammar.
 */
const SETTING_OPENERS: ReadonlySet<string> = new Set(['at', 'in', 'during', 'when', 'while', 'once', 'now']);

/**
 * The lemmas and words of a question's phrases of setting: from an opener ({@link SETTING_OPENERS}, not the
 * first word) to the next preposition other than "of", or punctuation. "What did X say about Y at the
 * vigil?" → vigil; "about Y" is the topic, not the setting.
 */
export function settingWords(tokens: readonly Token[]): Set<string> {
  const words = new Set<string>();
  let inside = false;
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (SETTING_OPENERS.has(t.normal)) {
      inside = true;
      continue;
    }
    if (t.pos === 'PUNCT' && t.normal !== "'" && t.normal !== '’') inside = false;
    else if (t.pos === 'ADP' && t.normal !== 'of') inside = false;
    if (!inside) continue;
    words.add(t.lemma);
    words.add(t.normal);
  }
  return words;
}

/**
 * The sentences around a quotation that set its scene: its sentence and the rest of its paragraph before
 * it, back to the sentence that names its speaker (by name or role, not a pronoun) when that is within
 * {@link SPEAKER_REACH} sentences of the same article. Empty when the sentence is unknown.
 */
export function quoteScene(index: SceneIndex, sentenceId: string, speakerId: string | null): Sentence[] {
  const s = index.sentence(sentenceId);
  if (!s) return [];
  const out = [s];
  const before: Sentence[] = [];
  let named = false;
  for (let k = 1; k <= SPEAKER_REACH; k++) {
    const b = index.neighbour(sentenceId, -k);
    if (!b || b.sourceId !== s.sourceId) break;
    before.push(b);
    if (speakerId && b.mentions.some((m) => m.entityId === speakerId && m.via !== 'pronoun')) {
      named = true;
      break;
    }
  }
  for (const b of before) if (named || b.paragraph === s.paragraph) out.push(b);
  return out;
}

/** The sentences of the opening of the article `sentenceId` is in ({@link OPENING_SENTENCES}). */
export function articleOpening(index: SceneIndex, sentenceId: string): Sentence[] {
  const s = index.sentence(sentenceId);
  const at = index.sentenceIndex.get(sentenceId);
  const first = at === undefined ? undefined : index.articleStart[at];
  const out: Sentence[] = [];
  if (!s || first === undefined) return out;
  for (let k = first; k < first + OPENING_SENTENCES; k++) {
    const o = index.sentences[k];
    if (o && o.sourceId === s.sourceId) out.push(o);
  }
  return out;
}

/**
 * True when every mention of `entityId` in `sentence` names the owner of a person ("Hartley's mother,
 * speaking at a vigil, thanked…"): the sentence reports that other person's words, not theirs. `personHeads`
 * holds the nouns that name a person (the lexicon's person and gendered nouns).
 */
export function onlyAsOwnerOfPerson(
  sentence: Sentence,
  entityId: string,
  personHeads: ReadonlyMap<string, unknown>,
): boolean {
  const mentions = sentence.mentions.filter((m) => m.entityId === entityId && m.via !== 'pronoun');
  if (mentions.length === 0) return false;
  return mentions.every((m) => {
    let from = 0;
    let owner = false;
    for (let at = sentence.text.indexOf(m.text); at >= 0; at = sentence.text.indexOf(m.text, from)) {
      from = at + m.text.length;
      const after = P1.exec(sentence.text.slice(from));
      if (!after || !personHeads.has((after[1] ?? '').toLowerCase())) return false;
      owner = true;
    }
    return owner;
  });
}

/** Letters at least of a topic word read in a headline's word that begins with it ("riot" in "Rioting"). */
const MIN_HEADLINE_STEM = 4;

/**
 * The topic words (`content`, lemmas) an article's headline carries, as a word or the start of one ("riot"
 * in "Night of Rioting"): what the article is about, which every quotation in it speaks to.
 */
export function headlineTopics(title: string, content: readonly string[]): string[] {
  const words = title.toLowerCase().split(P2);
  return content.filter(
    (l) => l.length >= MIN_HEADLINE_STEM && words.some((w) => w === l || w.startsWith(l)),
  );
}

/**
 * A person's or body's side of a stance comparison ("Did the Mexican consul and Capt. Ashby see the Americans'
 * job the same way?"): what that side is reported to say on the question's topic. Its statements are its own
 * quotations (the quote records' speaker) and the sentences in which it is the subject of a verb of saying
 * ("Mr. Gilberto Zertuche, the Mexican consul at this place, said … the attack had been planned on the American
 * side") or the source after "according to". They are ranked by the question's topic words — its nouns,
 * adjectives and numbers, not the words that name the sides — and only statements sharing one are kept. They
 * replace a side's shown lines only when those are off the topic: none the side's own quotation, none sharing a
 * topic word.
 */
import type { Entity, Quote, Sentence } from '../knowledge/schema.ts';
import type { Analysis, Token } from '../nlp/pipeline.ts';
import { singularOf } from '../nlp/singular.ts';
import { quoteEvidence, sentenceEvidence } from './handlers.ts';
import type { Evidence } from './types.ts';
import type { KnowledgeIndex } from './knowledge-index.ts';
import { givenAsSource } from './speech-source.ts';

/** Parts of speech a topic word is. */
const TOPIC_POS: ReadonlySet<string> = new Set(['NOUN', 'PROPN', 'ADJ', 'NUM']);
/** Statements shown for a side. */
const SHOWN = 2;
/** Sentences of a side read at most for its verbs of saying. */
const MAX_READ = 60;

/** The lower-case words that name an entity: its name, aliases, role phrases and description. */
function namingWords(e: Entity | undefined): string[] {
  if (!e) return [];
  const phrases = [e.name, ...e.aliases, ...e.roles.flatMap((r) => r.phrases), e.description ?? ''];
  return phrases.flatMap((p) => p.toLowerCase().split(/[^\p{L}\p{N}]+/u)).filter(Boolean);
}

/**
 * The question's topic lemmas: its content nouns, adjectives and numbers outside the runs of them that name a
 * compared side ("the Tamaulipas university historian") or compare ("the same way").
 */
export function stanceTopic(
  question: Analysis,
  naming: ReadonlySet<string>,
  comparisonWords: ReadonlySet<string>,
): string[] {
  const bare = (t: Token) => t.normal.replace(/\.$/, '');
  const aside = (t: Token) =>
    naming.has(bare(t)) ||
    naming.has(t.lemma) ||
    comparisonWords.has(t.lemma) ||
    comparisonWords.has(t.normal);
  const topic: string[] = [];
  let run: Token[] = [];
  const close = () => {
    if (!run.some(aside)) topic.push(...run.filter((t) => !t.stop).map((t) => t.lemma.toLowerCase()));
    run = [];
  };
  for (const t of question.tokens) {
    if (TOPIC_POS.has(t.pos)) run.push(t);
    else close();
  }
  close();
  return [...new Set(topic)];
}

/** True when a statement's lemma is the topic word, or its singular for a plural the tagger left ("americans"). */
function sameWord(lemma: string, topic: string): boolean {
  return lemma === topic || singularOf(topic, { keepSs: false }) === lemma;
}

/**
 * True when a mention of the side is given as the source of the sentence (speech-source.ts): after "according
 * to", or the active subject of a verb of saying.
 */
function speaksAt(
  tokens: readonly Token[],
  sentence: Sentence,
  id: string,
  saying: ReadonlySet<string>,
): boolean {
  // A pronoun's text ("he") is found inside other words: only names are placed by their text.
  return sentence.mentions.some((m) => {
    if (m.entityId !== id || m.via === 'pronoun') return false;
    const at = sentence.text.indexOf(m.text);
    if (at < 0) return false;
    const first = tokens.findIndex((t) => t.start >= at);
    const last = tokens.findLastIndex((t) => t.end <= at + m.text.length);
    return first >= 0 && last >= first && givenAsSource(tokens, first, last, saying);
  });
}

/**
 * What a stance side says on the topic, best first: its quotations and the sentences reporting its speech
 * that share most of the topic's words; empty when none shares one.
 */
export function stanceStatements(
  index: KnowledgeIndex,
  id: string,
  topic: readonly string[],
  analyse: (text: string) => Analysis,
  saying: ReadonlySet<string>,
  shown: number = SHOWN,
): Evidence[] {
  if (topic.length === 0) return [];
  const shared = (lemmas: readonly string[]) =>
    topic.filter((w) => lemmas.some((l) => sameWord(l, w))).length;
  const found: Array<{ e: Evidence; shared: number; at: number }> = [];
  const quotes: Quote[] = [...(index.speakerQuotes.get(id) ?? [])].flatMap((p) => index.quotes[p] ?? []);
  for (const q of quotes) {
    const n = shared(q.lemmas);
    const s = index.sentence(q.sentenceIds[0] ?? '');
    if (n > 0 && s)
      found.push({ e: quoteEvidence(index, q), shared: n, at: index.sentenceIndex.get(s.id) ?? -1 });
  }
  let read = 0;
  for (const sid of index.entities.get(id)?.sentenceIds ?? []) {
    const s = index.sentence(sid);
    if (!s || (index.quotesBySentence.get(sid) ?? []).some((q) => q.speakerId === id)) continue;
    const n = shared(s.lemmas);
    if (n === 0 || !s.lemmas.some((l) => saying.has(l) || l === 'accord' || l === 'according')) continue;
    if (++read > MAX_READ) break;
    if (speaksAt(analyse(s.text).tokens, s, id, saying))
      found.push({ e: sentenceEvidence(s), shared: n, at: index.sentenceIndex.get(sid) ?? -1 });
  }
  return found
    .sort((a, b) => b.shared - a.shared || a.at - b.at)
    .slice(0, shown)
    .map((x) => x.e);
}

/**
 * True when a side's shown lines are off the question's topic: none is the side's own quotation (its words,
 * which the quote handler found on the question's words and their synonyms) and none shares a topic word.
 */
function offTopic(
  index: KnowledgeIndex,
  id: string,
  shown: readonly Evidence[],
  topic: readonly string[],
): boolean {
  const lemmas = (e: Evidence) =>
    (e.kind === 'quote' ? index.quoteById.get(e.id)?.lemmas : index.sentence(e.id)?.lemmas) ?? [];
  const own = (e: Evidence) => e.kind === 'quote' && index.quoteById.get(e.id)?.speakerId === id;
  return !shown.some((e) => own(e) || topic.some((w) => lemmas(e).some((l) => sameWord(l, w))));
}

/**
 * A stance side's statements on the topic in place of its shown lines, when those are off it (`offTopic`);
 * empty when they are on it or the side says nothing on it.
 */
export function saidOnTopic(
  index: KnowledgeIndex,
  id: string,
  shown: readonly Evidence[],
  topic: readonly string[],
  analyse: (text: string) => Analysis,
  saying: ReadonlySet<string>,
): Evidence[] {
  return offTopic(index, id, shown, topic) ? stanceStatements(index, id, topic, analyse, saying) : [];
}

/** The words naming every compared side, for `stanceTopic`. */
export function sidesNaming(index: KnowledgeIndex, ids: readonly string[]): Set<string> {
  return new Set(ids.flatMap((id) => namingWords(index.entities.get(id))));
}

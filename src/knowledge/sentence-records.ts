/**
 * The knowledge file's sentence and quote records, made from the annotator's working sentences and quotes:
 * their content lemmas, wink-nlp's named entities and each entity mentioned once at a token.
 */
import { withoutListMarker } from './list-marker.ts';
import { firstTokenAtOrAfter, lowerBound, type Analysis } from '../nlp/pipeline.ts';
import type { WorkingQuote, WorkingSentence } from './annotate.ts';
import type { NamedAgain, Quote, Sentence } from './schema.ts';

/** Lemmas worth indexing: no punctuation, no stop words but adverbs, numbers without separators. */
export function contentLemmas(analysis: Analysis, from: number, to: number): string[] {
  const out: string[] = [];
  for (let t = from; t < to; t++) {
    const tok = analysis.tokens[t];
    if (!tok || tok.pos === 'PUNCT' || tok.pos === 'SYM' || tok.type === 'punctuation') continue;
    // Stop-list adverbs stay ("already", "again"): a question can turn on them, and IDF weighs the common ones.
    if (tok.stop && tok.type !== 'number' && tok.pos !== 'ADV') continue;
    // Most lemmas have no curly apostrophe: looking costs less than a replacement that finds none.
    const lemma =
      tok.type === 'number'
        ? tok.value.replace(/,/g, '')
        : tok.lemma.includes('’')
          ? tok.lemma.replace(/[’]/g, "'")
          : tok.lemma;
    if (lemma === "'s" || lemma === '') continue;
    out.push(lemma);
  }
  return out;
}

/**
 * The record of working sentence `s` of source `sourceId`, whose social posts have ids `postIds`, with the
 * named things it calls by a description (definite-names.ts).
 */
export function toSentence(
  s: WorkingSentence,
  sourceId: string,
  postIds: readonly string[],
  namedAgain: readonly NamedAgain[] = [],
): Sentence {
  const mentions: Sentence['mentions'] = [];
  for (let i = 0; i < s.mentions.length; i++) {
    const m = s.mentions[i];
    if (m && !namedBeforeAtToken(s.mentions, i))
      mentions.push({ entityId: m.entityId, text: m.text, via: m.via });
  }
  const record: Sentence = {
    id: s.id,
    sourceId,
    paragraph: s.paragraph,
    position: s.position,
    kind: s.kind,
    socialPostId: s.socialPost === null ? null : (postIds[s.socialPost] ?? null),
    text: s.text,
    lemmas: contentLemmas(s.analysis, s.tokenStart, s.tokenEnd),
    nerEntities: nerEntitiesOf(s),
    mentions,
  };
  // Set after, last as before, where a spread of a literal made and copied an object for every sentence.
  if (namedAgain.length > 0) record.namedAgain = [...namedAgain];
  return record;
}

/** wink-nlp's entities starting in the sentence but links, as type and text: one list made, not three. */
function nerEntitiesOf(s: WorkingSentence): Sentence['nerEntities'] {
  const ner = s.analysis.ner;
  const out: Sentence['nerEntities'] = [];
  // The paragraph's entities in this sentence, found by binary search: wink-nlp gives them in order.
  for (let k = lowerBound(0, ner.length, (i) => (ner[i]?.start ?? 0) < s.tokenStart); k < ner.length; k++) {
    const e = ner[k];
    if (!e || e.start >= s.tokenEnd) break;
    if (e.name !== 'URL') out.push({ type: e.name, text: e.value });
  }
  return out;
}

/**
 * True when an earlier mention names the same entity at the same token as mention `i`. Mentions come in token
 * order, so the only ones to look at are those just before it at its token (a few at most): no key string
 * and set per sentence.
 */
function namedBeforeAtToken(mentions: WorkingSentence['mentions'], i: number): boolean {
  const m = mentions[i];
  if (!m) return false;
  for (let k = i - 1; k >= 0; k--) {
    const before = mentions[k];
    if (!before || before.token !== m.token) return false;
    if (before.entityId === m.entityId) return true;
  }
  return false;
}

/** The record of working quote `q`, with its id, its parent quote's id and its source's. */
export function toQuote(q: WorkingQuote, id: string, parentId: string | null, sourceId: string): Quote {
  const sentenceIds = [q.sentence.id];
  for (const s of q.continuesInto ?? []) sentenceIds.push(s.id);
  if (q.attributionSentence && !sentenceIds.includes(q.attributionSentence.id))
    sentenceIds.push(q.attributionSentence.id);
  const analysis = q.sentence.analysis;
  const tokenEnd = q.continuesInto?.at(-1)?.tokenEnd ?? q.sentence.tokenEnd;
  const from = firstTokenAtOrAfter(analysis, q.sentence.tokenStart, tokenEnd, q.span.start);
  let to = from;
  while (to < tokenEnd && (analysis.tokens[to]?.end ?? 0) <= q.span.end) to++;
  return {
    id,
    sourceId,
    speakerId: q.speakerId,
    speakerName: withoutListMarker(q.speakerName),
    cue: q.cue,
    text: q.text,
    kind: q.kind,
    sentenceIds: sentenceIds.sort(),
    parentId,
    social: q.sentence.kind === 'social',
    lemmas: contentLemmas(analysis, from, to),
  };
}

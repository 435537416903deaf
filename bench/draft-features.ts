/**
 * The features of a draft the checks judged, against the question it answers (bench/conf-study.ts,
 * bench/gate-study.ts; docs/conf-study.md describes each): shares of the question's content-word weight the
 * evidence says, its rarest words and verbs, its names in the first evidence, the asked kind, and the margin of
 * the best article by BM25. For developers' studies only.
 */
import type { Draft } from '../src/answer/handlers.ts';
import { ENTITY_TERM } from '../src/answer/knowledge-index.ts';
import type { GateProbe } from '../src/answer/types.ts';
import type { Sentence } from '../src/knowledge/schema.ts';

/** Sentences of a draft's evidence, the first first. */
function evidenceSentences(p: GateProbe, d: Draft): Sentence[] {
  const { index } = p.ctx;
  return d.evidence.flatMap((e) =>
    index
      .evidenceSentenceIds(e)
      .map((id) => index.sentence(id))
      .filter((s) => s !== null),
  );
}

const ASKED_NER: Record<string, readonly string[]> = {
  count: ['CARDINAL', 'MONEY', 'PERCENT', 'QUANTITY'],
  date: ['DATE', 'TIME'],
};

/** The features of `d`, the draft `p` reports. */
export function features(p: GateProbe, d: Draft): Record<string, number> {
  const { index, reader } = p.ctx;
  const { u } = p;
  const lens = reader.lens(u);
  const all = evidenceSentences(p, d);
  const top = all[0] ?? null;
  const topLemmas = new Set(top?.lemmas ?? []);
  const quote = d.evidence[0]?.kind === 'quote' ? index.quoteById.get(d.evidence[0].id) : undefined;
  for (const l of quote?.lemmas ?? []) topLemmas.add(l);
  const allLemmas = new Set(all.flatMap((s) => s.lemmas));
  for (const e of d.evidence)
    if (e.kind === 'quote') for (const l of index.quoteById.get(e.id)?.lemmas ?? []) allLemmas.add(l);
  const maxIdf = Math.log(1 + (index.sentences.length + 0.5) / 0.5);
  let total = 0;
  let exactTop = 0;
  let exactAll = 0;
  let relatedTop = 0;
  let relatedOnly = 0;
  let missing = 0;
  let missingMax = 0;
  let unknownWords = 0;
  const seen = new Set<string>();
  const idfs: number[] = [];
  // Each content word's weight and whether the first evidence, and any, says it (in its words or a synonym).
  const said: Array<{ lemma: string; idf: number; top: boolean; all: boolean }> = [];
  for (const lemma of u.content) {
    if (seen.has(lemma)) continue;
    seen.add(lemma);
    const forms = [lemma, `${lemma}s`, ...lens.synonymsOf(lemma)];
    const known = Math.max(...forms.map((f) => index.sentenceBm25.idf(f)), 0);
    if (known === 0) unknownWords++;
    const idf = known || maxIdf * lens.unknownWeight(lemma);
    idfs.push(idf);
    total += idf;
    said.push({
      lemma,
      idf,
      top: forms.some((f) => topLemmas.has(f)) || lens.related(lemma, topLemmas) >= 0.5,
      all: forms.some((f) => allLemmas.has(f)) || lens.related(lemma, allLemmas) >= 0.5,
    });
    if (forms.some((f) => allLemmas.has(f))) exactAll += idf;
    if (forms.some((f) => topLemmas.has(f))) exactTop += idf;
    else {
      const r = lens.related(lemma, topLemmas);
      relatedTop += idf * r;
      if (r > 0) relatedOnly++;
      if (r < 0.5) {
        missing++;
        missingMax = Math.max(missingMax, idf);
      }
    }
  }
  const entityMass = u.entities.length * maxIdf;
  const share = (x: number) => (total > 0 ? x / total : 1);
  const topEntities = new Set(top?.mentions.map((m) => m.entityId) ?? []);
  if (quote?.speakerId) topEntities.add(quote.speakerId);
  const paragraph = top
    ? index.sentences.filter((s) => s.sourceId === top.sourceId && s.paragraph === top.paragraph)
    : [];
  const paraEntities = new Set(paragraph.flatMap((s) => s.mentions.map((m) => m.entityId)));
  const subjInTop =
    u.entities.length === 0 ? 1 : u.entities.filter((e) => topEntities.has(e)).length / u.entities.length;
  const subjInPara =
    u.entities.length === 0
      ? 1
      : u.entities.filter((e) => paraEntities.has(e) || topEntities.has(e)).length / u.entities.length;
  const intent = d.answeredAs;
  const ner = new Set((top?.nerEntities ?? []).map((n) => n.type));
  const askedType =
    intent === 'who'
      ? [...topEntities].some((e) => index.entities.get(e)?.type === 'person') || quote !== undefined
      : ASKED_NER[intent]
        ? (ASKED_NER[intent] ?? []).some((t) => ner.has(t))
        : true;
  // BM25 over whole articles: the margin of the best article over the next.
  const query = new Map<string, number>();
  for (const l of u.content) query.set(l, 1);
  for (const e of u.entities) query.set(ENTITY_TERM + e, 1);
  const [s1, s2] = index.sourceBm25.withScores(query, (score, touched, count) => {
    const xs: number[] = [];
    for (let k = 0; k < count; k++) xs.push(score[touched[k] ?? 0] ?? 0);
    xs.sort((a, b) => b - a);
    return [xs[0] ?? 0, xs[1] ?? 0];
  });
  const byWeight = [...said].sort((a, b) => b.idf - a.idf);
  const predicates = said.filter((w) => u.predicates.includes(w.lemma));
  return {
    confidence: d.confidence,
    rarestInTop: byWeight[0] ? (byWeight[0].top ? 1 : 0) : 1,
    rarestInAll: byWeight[0] ? (byWeight[0].all ? 1 : 0) : 1,
    twoRarestInAll: byWeight.slice(0, 2).filter((w) => w.all).length,
    predicatesInTop: predicates.length === 0 ? 1 : predicates.filter((w) => w.top).length / predicates.length,
    predicatesInAll: predicates.length === 0 ? 1 : predicates.filter((w) => w.all).length / predicates.length,
    exactTopShare: share(exactTop),
    exactAllShare: share(exactAll),
    topShare: share(exactTop + relatedTop),
    relatedOnlyCount: -relatedOnly,
    missingCount: -missing,
    missingMaxShare: -share(missingMax),
    unknownWords: -unknownWords,
    contentWords: seen.size,
    subjInTop,
    subjInPara,
    askedType: askedType ? 1 : 0,
    bm25Margin: s1 > 0 ? (s1 - s2) / s1 : 0,
    evidenceCount: d.evidence.length,
    entityShare: total + entityMass > 0 ? entityMass / (total + entityMass) : 0,
    direct: d.direct ? 1 : 0,
  };
}

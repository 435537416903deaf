/**
 * A synthetic knowledge base of N articles made from the shipped one: each copy gets new ids, a shifted
 * date, and its numbers and a few words varied, so the index sees N distinct articles of realistic shape.
 */
import { knowledgeVersion } from '../src/knowledge/build.ts';
import type { KnowledgeBase } from '../src/knowledge/schema.ts';

const FILLER = [
  'officials',
  'reported',
  'according',
  'sources',
  'region',
  'policy',
  'statement',
  'security',
  'agency',
  'operation',
  'patrol',
  'federal',
];

/** `count` articles cycled from `kb`'s sources. */
export function syntheticKnowledge(kb: KnowledgeBase, count: number): KnowledgeBase {
  const out: KnowledgeBase = {
    ...kb,
    sources: [],
    sentences: [],
    socialPosts: [],
    quotes: [],
    entities: kb.entities.map((e) => ({ ...e, sentenceIds: [], quoteIds: [] })),
    numbers: [],
    dates: [],
    timeline: [],
  };
  const entityIndex = new Map(out.entities.map((e) => [e.id, e]));
  for (let i = 0; i < count; i++) {
    const base = kb.sources[i % kb.sources.length];
    if (!base) continue;
    const id = `${base.id}-syn${i}`;
    const rename = (x: string) => x.replace(base.id, id);
    const year = 2000 + (i % 25);
    const published = `${year}${base.published.slice(4)}`;
    out.sources.push({
      ...base,
      id,
      published,
      file: `synthetic/${id}.md`,
      url: base.url ? `${base.url}?copy=${i}` : null,
    });
    const filler = FILLER[i % FILLER.length] ?? 'report';
    for (const s of kb.sentences.filter((x) => x.sourceId === base.id)) {
      const text = s.text.replace(/\d[\d,]*/g, (n) =>
        n.length === 4 ? String(year) : String((Number(n.replace(/,/g, '')) + i) % 100000),
      );
      out.sentences.push({
        ...s,
        id: rename(s.id),
        sourceId: id,
        socialPostId: s.socialPostId ? rename(s.socialPostId) : null,
        text,
        lemmas: [...s.lemmas, filler, `w${i % 997}`],
      });
      for (const m of s.mentions) entityIndex.get(m.entityId)?.sentenceIds.push(rename(s.id));
    }
    for (const p of kb.socialPosts.filter((x) => x.sourceId === base.id))
      out.socialPosts.push({ ...p, id: rename(p.id), sourceId: id, sentenceIds: p.sentenceIds.map(rename) });
    for (const q of kb.quotes.filter((x) => x.sourceId === base.id)) {
      out.quotes.push({
        ...q,
        id: rename(q.id),
        sourceId: id,
        sentenceIds: q.sentenceIds.map(rename),
        parentId: q.parentId ? rename(q.parentId) : null,
      });
      if (q.speakerId) entityIndex.get(q.speakerId)?.quoteIds.push(rename(q.id));
    }
    for (const n of kb.numbers.filter((x) => x.sourceId === base.id))
      out.numbers.push({
        ...n,
        id: rename(n.id),
        sourceId: id,
        sentenceId: rename(n.sentenceId),
        value: n.value + i,
      });
    for (const d of kb.dates.filter((x) => x.sourceId === base.id))
      out.dates.push({
        ...d,
        id: rename(d.id),
        sourceId: id,
        sentenceId: rename(d.sentenceId),
        date: `${year}${d.date.slice(4)}`,
      });
    for (const e of kb.timeline.filter((x) => x.sourceId === base.id))
      out.timeline.push({
        ...e,
        id: rename(e.id),
        sourceId: id,
        sentenceId: rename(e.sentenceId),
        dateFactId: rename(e.dateFactId),
        date: `${year}${e.date.slice(4)}`,
      });
  }
  out.timeline.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  out.counts = {
    sources: out.sources.length,
    sentences: out.sentences.length,
    quotes: out.quotes.length,
    entities: out.entities.length,
    numbers: out.numbers.length,
    dates: out.dates.length,
    events: out.timeline.length,
  };
  out.version = knowledgeVersion(out);
  return out;
}

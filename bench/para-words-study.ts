/**
 * `node --import tsx bench/para-words-study.ts`: DEV paraphrase questions only (never a test item): for each
 * one the engine gets wrong, the gold sentence's rank (bench/cached-knowledge.ts's goldSentences) and, for
 * each question content lemma the gold sentence lacks, whether its article or the coverage uses it and the
 * gold sentence's words it relates to: WordNet's relation (same, kind, way, entailed), a derivational link,
 * a kind within two hypernym steps either way (hypo2: the gold word is a kind of it; hyper2: it of the gold
 * word), and word-vector similarities from 0.45. Built knowledge is cached in /tmp/para9-kb.
 */
import { studyTools } from './probed-turns.ts';
import { conversationsHolding, devStudy, goldSentences } from './cached-knowledge.ts';
import { rankOptions } from '../src/answer/handlers.ts';
import { rankSentences } from '../src/answer/retrieval.ts';
import { checkAnswer } from '../src/eval/evaluate.ts';

const { runtime, sets, kbOf } = await devStudy(process.env.CACHE ?? '/tmp/para9-kb');
const wn = runtime.engineData.wordnet!;
const vec = runtime.engineData.vectors!;
for (const set of sets) {
  const wanted = (i: (typeof set.items)[number]) =>
    (i.kind ?? 'plain') === 'paraphrase' && !i.expect.decline && !i.expect.intent_only;
  const items = conversationsHolding(set.items, wanted);
  if (items.length === 0) continue;
  const kb = await kbOf(set.knowledge);
  const { index, reader, ctx, engine } = studyTools(runtime, kb);
  for (const item of items) {
    const answer = await engine.ask(item.q, { userId: item.conversation ?? item.id });
    if (!wanted(item)) continue;
    if (checkAnswer(item, answer).length === 0) continue;
    const gold = goldSentences(kb, item);
    if (gold.length === 0) continue;
    const u = reader.read(item.q);
    const order = rankSentences(index, u.terms, rankOptions(u, ctx, { limit: 1000 })).map((r) =>
      index.sentenceIndex.get(r.sentence.id)!,
    );
    const k = order.findIndex((i) => gold.includes(i));
    const g = kb.sentences[k >= 0 ? order[k]! : gold[0]!]!;
    const art = new Set<string>();
    for (const s of kb.sentences) if (s.sourceId === g.sourceId) for (const l of s.lemmas) art.add(l);
    const gl = [...new Set(g.lemmas)].filter((l) => /^\p{L}{3,}$/u.test(l));
    console.log(`${item.id} rank=${k < 0 ? '>1000' : k + 1} Q: ${item.q}\n   G: ${g.text.slice(0, 160)}`);
    for (const c of new Set(u.content)) {
      if (g.lemmas.includes(c)) {
        console.log(`   ${c}: IN-GOLD`);
        continue;
      }
      const rel: string[] = [];
      for (const w of gl) {
        const r = wn.relation(c, w);
        const d = wn.derived(c, w);
        const up = wn.nounKindWords(w, 2).has(c) ? 'hypo2' : wn.nounKindWords(c, 2).has(w) ? 'hyper2' : '';
        const sim = vec.similarity(c, w) ?? NaN;
        if (r || d || up || sim >= 0.45)
          rel.push(
            `${w}[${r ?? ''}${d ? ' der' : ''}${up ? ' ' + up : ''} ${Number.isFinite(sim) ? sim.toFixed(2) : ''}]`,
          );
      }
      console.log(
        `   ${c}${art.has(c) ? ' (in article)' : ''}${index.vocabulary.has(c) ? '' : ' (NOT in coverage)'}: ${rel.join(' ')}`,
      );
    }
  }
}

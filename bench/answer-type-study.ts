/**
 * `node --import tsx bench/answer-type-study.ts`: DEV paraphrase questions (KIND=all for every kind) that ask a
 * typed answer (how many → a figure, when → a date, who → a person, where → a place). For each with a gold
 * sentence: whether the engine answers it right, where the gold sentence ranks by BM25, whether it holds the
 * asked type and a mention of the question's subject (its entities, as the knowledge resolved them, pronouns
 * included), and how many other sentences of the best-matching article do (the precision a type-and-subject
 * filter would get). ALL=1 counts the questions the engine answers right too.
 */
import { studyTools } from './probed-turns.ts';
import { conversationsHolding, devStudy, goldSentences } from './cached-knowledge.ts';
import { rankOptions } from '../src/answer/handlers.ts';
import { rankSentences } from '../src/answer/retrieval.ts';
import { checkAnswer } from '../src/eval/evaluate.ts';
import { askedAnswerType, holdsAnswerType, mentionsSubject } from '../src/answer/answer-type.ts';

const KIND = process.env.KIND ?? 'paraphrase';
const ONLY_FAIL = process.env.ALL !== '1';
const { runtime, sets, kbOf } = await devStudy(process.env.CACHE ?? '/tmp/para9-kb');
const tally = new Map<string, number>();
const bump = (k: string, by = 1) => tally.set(k, (tally.get(k) ?? 0) + by);
for (const set of sets) {
  const wanted = (i: (typeof set.items)[number]) =>
    (KIND === 'all' || (i.kind ?? 'plain') === KIND) && !i.expect.decline && !i.expect.intent_only;
  const items = conversationsHolding(set.items, wanted);
  if (items.length === 0) continue;
  const kb = await kbOf(set.knowledge);
  const { index, reader, ctx, engine } = studyTools(runtime, kb);
  for (const item of items) {
    const answer = await engine.ask(item.q, { userId: item.conversation ?? item.id });
    if (!wanted(item)) continue;
    const ok = checkAnswer(item, answer).length === 0;
    if (ok && ONLY_FAIL) continue;
    const u = reader.read(item.q);
    const type = askedAnswerType(u);
    bump(`type:${type ?? 'none'}`);
    if (!type) continue;
    const gold = goldSentences(kb, item);
    if (gold.length === 0) {
      bump('no-gold');
      continue;
    }
    const order = rankSentences(index, u.terms, rankOptions(u, ctx, { limit: 1000 })).map((r) =>
      index.sentenceIndex.get(r.sentence.id)!,
    );
    const k = order.findIndex((i) => gold.includes(i));
    const art = new Map<number, number>();
    index.sourceBm25.withScores(u.terms, (score, touched, count) => {
      for (let j = 0; j < count; j++) art.set(touched[j]!, score[touched[j]!]!);
    });
    const top = [...art].sort((a, b) => b[1] - a[1])[0]?.[0] ?? -1;
    const g = gold[0]!;
    const goldTop = index.sentenceSource[g] === top;
    const inTop = kb.sentences.flatMap((s, i) => (index.sentenceSource[i] === top ? [{ s, i }] : []));
    const typed = inTop.filter(({ s }) => holdsAnswerType(index, s, type));
    const both = typed.filter(({ s }) => mentionsSubject(s, u.entities));
    const goldTyped = gold.some((i) => holdsAnswerType(index, kb.sentences[i]!, type));
    const goldBoth = gold.some(
      (i) => holdsAnswerType(index, kb.sentences[i]!, type) && mentionsSubject(kb.sentences[i]!, u.entities),
    );
    // The gold's place among the article's typed sentences by BM25 rank (unranked ones last).
    const rankOf = (i: number) => {
      const r = order.indexOf(i);
      return r < 0 ? Number.MAX_SAFE_INTEGER : r;
    };
    const typedOrder = typed.map(({ i }) => i).sort((a, b) => rankOf(a) - rankOf(b));
    const goldAmongTyped = typedOrder.findIndex((i) => gold.includes(i));
    if (goldTop && goldAmongTyped >= 0)
      bump(
        `${type}:gold-among-typed-${goldAmongTyped === 0 ? '1' : goldAmongTyped < 3 ? '2-3' : goldAmongTyped < 10 ? '4-10' : '>10'}`,
      );
    const key = ok ? 'ok' : answer.answered ? 'wrong' : 'declined';
    bump(`${key}:${type}`);
    if (goldTop) bump(`${type}:gold-in-top-article`);
    if (goldTyped) bump(`${type}:gold-typed`);
    if (goldBoth) bump(`${type}:gold-typed+subject`);
    if (u.entities.length === 0) bump(`${type}:no-subject-entity`);
    if (goldTop) {
      bump(`${type}:article-sentences`, inTop.length);
      bump(`${type}:article-typed`, typed.length);
      bump(`${type}:article-typed+subject`, both.length);
    }
    console.log(
      `${item.id} ${key} type=${type} gold rank=${k < 0 ? '>1000' : k + 1} goldTop=${goldTop} goldTyped=${goldTyped} goldBoth=${goldBoth} article: ${inTop.length} sentences, ${typed.length} typed, ${both.length} typed+subject, gold #${goldAmongTyped + 1} among typed; entities=${u.entities.join(',')}\n   Q: ${item.q}\n   G: ${kb.sentences[g]!.text.slice(0, 160)}`,
    );
  }
}
console.log([...tally].sort((a, b) => a[0].localeCompare(b[0])));

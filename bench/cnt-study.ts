/**
 * `node --import tsx bench/cnt-study.ts`: DEV how-many questions only (the tuned sets; never a held-out one):
 * for each answerable one the engine does not answer right, where it is lost — the gold sentence (the one
 * holding the most expected phrases), whether the build made a number fact of the expected figure there and
 * what it counts, where that sentence ranks, the head the question counts, and what the count handler drafts
 * alone. Built knowledge is cached in /tmp/cnt36-kb (delete it after a pipeline change).
 */
import { studyTools } from './probed-turns.ts';
import { conversationsHolding, devStudy, goldSentences, studyNorm as norm } from './cached-knowledge.ts';
import { rankOptions } from '../src/answer/handlers.ts';
import { rankSentences } from '../src/answer/retrieval.ts';
import { answerCount } from '../src/answer/count.ts';
import { askedCount } from '../src/answer/asked-count.ts';
import { checkAnswer } from '../src/eval/evaluate.ts';
import { SpanishReader } from '../src/answer/spanish.ts';
import { cleanQuestion } from '../src/answer/text.ts';

const CACHE = process.env.CACHE ?? '/tmp/cnt36-kb';
const ONLY = process.env.ONLY;
const HOW_MANY = /\b(?:how (?:many|much|big|large|long|far|old)|cu[aá]nt[oa]s?)\b/i;
const { runtime, sets, kbOf } = await devStudy(CACHE);
const tally = new Map<string, number>();
for (const set of sets) {
  if (ONLY && !set.name.includes(ONLY)) continue;
  const wanted = (i: (typeof set.items)[number]) =>
    !i.expect.decline && !i.expect.intent_only && (i.intent === 'count' || HOW_MANY.test(i.q));
  const items = conversationsHolding(set.items, wanted);
  if (items.length === 0) continue;
  const kb = await kbOf(set.knowledge);
  const { index, reader, ctx, engine } = studyTools(runtime, kb);
  for (const item of items) {
    let stage = '';
    const answer = await engine.ask(item.q, {
      userId: item.conversation ?? item.id,
      trace: (s) => (stage = s),
    });
    if (!wanted(item)) continue;
    const ok = checkAnswer(item, answer).length === 0;
    if (ok) continue;
    const key = answer.answered ? 'wrong' : `declined:${stage || 'other'}`;
    const gold = goldSentences(kb, item);
    const data = runtime.engineData;
    const es = data.spanish
      ? new SpanishReader(
          data.spanish,
          (w) => index.vocabulary.has(w),
          (w) => data.vectors?.has(w) ?? false,
          (w, c) => index.together(w, c),
          (w) => index.spelling(w),
          (w) => index.isOneWordName(w),
          (w) => data.spanishWords?.has(w) ?? false,
          () => false,
        )
      : null;
    const cleaned = cleanQuestion(item.q);
    const english = es && es.isSpanish(cleaned) ? es.translate(cleaned) : cleaned;
    const u = reader.read(english);
    const head = askedCount(u, reader.genericCounts, (l) => reader.countsPeople(l));
    console.log(
      `${set.name} ${item.id} ${key} conf=${answer.confidence.toFixed(2)} intent=${u.intent} asked=${head.join(',')}\n   Q: ${item.q}${english !== item.q ? ` => ${english}` : ''}`,
    );
    console.log(
      `   content=${u.content.join(',')} entities=${u.entities.join(',')} unknownSubj=${u.unknownSubjects.join(',')}`,
    );
    if (answer.answered) console.log(`   A: ${answer.direct} | ${answer.evidence[0]?.text.slice(0, 160)}`);
    if (gold.length === 0) {
      console.log('   (no gold sentence)');
      tally.set(`${key} nogold`, (tally.get(`${key} nogold`) ?? 0) + 1);
      continue;
    }
    const order = rankSentences(index, u.terms, rankOptions(u, ctx, { limit: 60, follow: 'figure' })).map(
      (r) => index.sentenceIndex.get(r.sentence.id)!,
    );
    const k = order.findIndex((i) => gold.includes(i));
    const g = kb.sentences[k >= 0 ? order[k]! : gold[0]!]!;
    const nums = index.numbersBySentence.get(g.id) ?? [];
    const directs = (item.expect.direct ?? (item.expect.all ?? []).flat()).map(norm);
    const hasFigure = nums.some((n) =>
      directs.some((d) => norm(n.text).includes(d) || String(n.value) === d),
    );
    console.log(`   gold rank=${k < 0 ? '>60' : k + 1} figure-made=${hasFigure}  G: ${g.text.slice(0, 200)}`);
    console.log(
      `   numbers: ${nums.map((n) => `[${n.text}|${n.counts}|${n.countsLemma}|${n.qualifier ?? ''}]`).join(' ')}`,
    );
    const d = answerCount(u, ctx);
    console.log(
      `   alone: ${d ? `${d.direct} conf=${d.confidence.toFixed(2)} E: ${d.evidence[0]?.text.slice(0, 120)}` : 'null'}`,
    );
    const cause = !hasFigure ? 'no-figure' : k < 0 ? 'not-ranked' : !d ? 'handler-null' : 'other';
    tally.set(`${key} ${cause}`, (tally.get(`${key} ${cause}`) ?? 0) + 1);
  }
}
console.log(
  [...tally]
    .sort((a, b) => b[1] - a[1])
    .map(([k, v]) => `${k}: ${v}`)
    .join('\n'),
);

/**
 * `node --import tsx bench/rest-study.ts`: DEV answerable failures of the kinds in KINDS (default
 * plain,short,yesno,spanish), each put at the stage where it is lost, with the question as the engine read it
 * (a Spanish question translated; from the gate probe): read (the intent read is not the one asked), not
 * retrieved (the gold sentence, the one holding the most expected phrases, is not among the 10 best ranked),
 * ranked under (it is, but other sentences are shown), gated (a draft is declined), wrong headline (the gold
 * sentence is shown under a wrong bold answer), shown but short (the gold sentence is shown, an expected phrase
 * missing elsewhere). Built knowledge is cached in CACHE (default /tmp/rest14-kb).
 */
import Keyv from 'keyv';
import { conversationsHolding, devStudy, goldSentences } from './cached-knowledge.ts';
import { AnswerEngine } from '../src/answer/engine.ts';
import { rankOptions, type Context } from '../src/answer/handlers.ts';
import { KnowledgeIndex } from '../src/answer/knowledge-index.ts';
import { rankSentences } from '../src/answer/retrieval.ts';
import type { GateProbe } from '../src/answer/types.ts';
import { checkAnswer } from '../src/eval/evaluate.ts';

const CACHE = process.env.CACHE ?? '/tmp/rest14-kb';
const KINDS = new Set((process.env.KINDS ?? 'plain,short,yesno,spanish').split(','));
const { runtime, sets, kbOf } = await devStudy(CACHE);
const stages = new Map<string, number>();
const byKind = new Map<string, Map<string, number>>();
for (const set of sets) {
  const wanted = (i: (typeof set.items)[number]) =>
    KINDS.has(i.kind ?? 'plain') && !i.expect.decline && !i.expect.intent_only;
  const items = conversationsHolding(set.items, wanted);
  if (items.length === 0) continue;
  const kb = await kbOf(set.knowledge);
  const index = new KnowledgeIndex(kb);
  const engine = new AnswerEngine({
    kb,
    nlp: runtime.questionNlp,
    data: runtime.engineData,
    store: new Keyv(),
  });
  for (const item of items) {
    let stage = '';
    let probe: GateProbe | null = null;
    const answer = await engine.ask(item.q, {
      userId: item.conversation ?? item.id,
      trace: (s) => (stage = s),
      probe: (p) => (probe ??= p),
    });
    if (!wanted(item)) continue;
    const problems = checkAnswer(item, answer);
    if (problems.length === 0) continue;
    const p = probe as GateProbe | null;
    const gold = new Set(goldSentences(kb, item).map((i) => kb.sentences[i]!.id));
    let rank = -1;
    if (p && gold.size > 0) {
      const ctx: Context = p.ctx;
      const order = rankSentences(index, p.u.terms, rankOptions(p.u, ctx, { limit: 1000 }));
      rank = order.findIndex((r) => gold.has(r.sentence.id));
    }
    const shown = [
      ...answer.sentenceIds,
      ...answer.quoteIds.flatMap((q) => index.quoteById.get(q)?.sentenceIds ?? []),
    ];
    const goldShown = shown.some((id) => gold.has(id));
    const readIntent = answer.intent === 'followup' ? answer.answeredAs : answer.intent;
    const misread =
      item.intent !== 'yesno' &&
      item.intent !== 'timeline' &&
      item.intent !== readIntent &&
      item.intent !== answer.answeredAs;
    const headlineWrong = problems.some((x) => x.startsWith('headline'));
    const key = misread
      ? 'read-intent'
      : gold.size === 0
        ? 'no-gold'
        : answer.answered
          ? goldShown
            ? headlineWrong
              ? 'wrong-headline'
              : 'gold-shown-short'
            : rank >= 0 && rank < 10
              ? 'ranked-under'
              : 'not-retrieved'
          : stage === 'unknown-subject'
            ? 'unknown-subject'
            : rank >= 0 && rank < 10
              ? 'gated'
              : 'not-retrieved-declined';
    stages.set(key, (stages.get(key) ?? 0) + 1);
    const kind = item.kind ?? 'plain';
    const k = byKind.get(kind) ?? new Map<string, number>();
    k.set(key, (k.get(key) ?? 0) + 1);
    byKind.set(kind, k);
    console.log(
      `${item.id} [${kind} ${item.intent} -> ${answer.intent}/${answer.answeredAs} conf ${answer.confidence.toFixed(2)}${answer.answered ? '' : ` declined:${stage || 'other'}`}] ${key} gold-rank=${rank < 0 ? '-' : rank + 1}`,
    );
    console.log(`   Q: ${item.q}`);
    if (p)
      console.log(
        `   read: ${p.u.text} | content=${p.u.content.join(',')} entities=${p.u.entities.join(',')} failed=${p.failed.join(',')}`,
      );
    console.log(`   ${problems.join('; ')}`);
  }
}
console.log([...stages].sort((a, b) => b[1] - a[1]));
for (const [k, m] of byKind)
  console.log(
    k,
    [...m].sort((a, b) => b[1] - a[1]),
  );

/**
 * `node --import tsx bench/rank45-study.ts`: DEV questions only (people and new-articles*, never a test item or
 * a held-out folder). For each answerable one answered whose only problems are `missing one of [...]` (the
 * right article, the wrong sentences): the sentence(s) of the cited articles holding a missing expected string
 * (the gold), its rank in the question's own ranking (out of a conversation: a follow-up is read alone), and
 * where the shown sentences sit against it (the gold itself with the words cut, the adjacent sentence, the same
 * paragraph, the next paragraph, elsewhere in the article). Ends with the categories counted, by intent too.
 * ROWS=1 prints each row. Built knowledge is cached in /tmp/rank45-kb.
 */
import { conversationsHolding, devStudy, studyNorm } from './cached-knowledge.ts';
import { studyTools } from './probed-turns.ts';
import { confidenceOf, rankOptions } from '../src/answer/handlers.ts';
import { askedAnswerType, holdsAnswerType } from '../src/answer/answer-type.ts';
import { rankSentences } from '../src/answer/retrieval.ts';
import { ENTITY_TERM } from '../src/answer/knowledge-index.ts';
import { checkAnswer } from '../src/eval/evaluate.ts';
import type { Sentence } from '../src/knowledge/schema.ts';

const CACHE = process.env.CACHE ?? '/tmp/rank45-kb';
const ROWS = process.env.ROWS === '1';
/** VERDICTS=1 prints each dev item's verdict, to compare two runs. */
const VERDICTS = process.env.VERDICTS === '1';
const { runtime, sets, kbOf } = await devStudy(CACHE);
const tally = new Map<string, number>();
const add = (key: string) => tally.set(key, (tally.get(key) ?? 0) + 1);

/** Where the nearest shown sentence of the gold's article sits against the gold. */
function placeOf(gold: Sentence, shown: readonly Sentence[]): string {
  const same = shown.filter((s) => s.sourceId === gold.sourceId);
  if (same.length === 0) return 'other-article-shown';
  if (same.some((s) => s.id === gold.id)) return 'gold-shown-cut';
  const d = Math.min(
    ...same.map((s) =>
      s.paragraph === gold.paragraph
        ? Math.abs(s.position - gold.position) === 1
          ? 0
          : 1
        : Math.abs(s.paragraph - gold.paragraph) === 1
          ? 2
          : 3,
    ),
  );
  return ['adjacent-sentence', 'same-paragraph', 'next-paragraph', 'elsewhere-in-article'][d]!;
}

const rankBucket = (k: number): string =>
  k < 0 ? 'unranked' : k === 0 ? '1' : k < 3 ? '2-3' : k < 10 ? '4-10' : k < 50 ? '11-50' : '>50';

for (const set of sets) {
  const wanted = (i: (typeof set.items)[number]) => !i.expect.decline && !i.expect.intent_only;
  const items = conversationsHolding(set.items, wanted);
  if (items.length === 0) continue;
  const kb = await kbOf(set.knowledge);
  const { index, reader, ctx, engine } = studyTools(runtime, kb);
  for (const item of items) {
    const answer = await engine.ask(item.q, { userId: item.conversation ?? item.id });
    const problems = checkAnswer(item, answer);
    if (VERDICTS && !item.expect.intent_only)
      console.log(`V ${set.name} ${item.id} ${problems.length === 0 ? 'right' : problems.join('; ')}`);
    if (!item.expect.intent_only)
      add(`dev ${problems.length === 0 ? 'right' : 'wrong'}${item.expect.decline ? ' (must-decline)' : ''}`);
    if (!wanted(item) || !answer.answered) continue;
    if (problems.length === 0 || !problems.every((p) => p.startsWith('missing one of'))) continue;
    const missing = (item.expect.all ?? [])
      .filter((g) => problems.includes(`missing one of ${JSON.stringify(g)}`))
      .map((g) => g.map(studyNorm));
    const cited = new Set(answer.citations.map((c) => c.sourceId));
    const hits = kb.sentences.map((s) =>
      cited.has(s.sourceId) ? missing.filter((g) => g.some((a) => studyNorm(s.text).includes(a))).length : 0,
    );
    const most = Math.max(0, ...hits);
    const u = reader.read(item.q);
    const intent = `${answer.answeredAs}`;
    const kind = item.kind ?? 'plain';
    const shown = [
      ...answer.sentenceIds,
      ...answer.quoteIds.flatMap((q) => index.quoteById.get(q)?.sentenceIds ?? []),
    ].flatMap((id) => {
      const i = index.sentenceIndex.get(id);
      return i === undefined ? [] : [kb.sentences[i]!];
    });
    let category: string;
    let rank = 'n/a';
    let gold: Sentence | null = null;
    let top = '';
    let extra = '';
    if (most === 0) {
      const elsewhere = kb.sentences.some((s) =>
        missing.some((g) => g.some((a) => studyNorm(s.text).includes(a))),
      );
      category = elsewhere ? 'gold-in-uncited-article' : 'gold-in-no-sentence';
    } else {
      const golds = hits.flatMap((h, i) => (h === most ? [i] : []));
      const ranked = rankSentences(index, u.terms, rankOptions(u, ctx, { limit: 1000 }));
      const order = ranked.map((r) => index.sentenceIndex.get(r.sentence.id)!);
      const k = order.findIndex((i) => golds.includes(i));
      if (k > 0) {
        const share = ranked[k]!.score / ranked[0]!.score;
        add(
          `score share of first ${share >= 0.9 ? '>=0.9' : share >= 0.75 ? '0.75-0.9' : share >= 0.5 ? '0.5-0.75' : '<0.5'}`,
        );
      }
      if (k < 0) {
        // Why the gold is not ranked: no term of the question, or its article filtered out.
        const g = kb.sentences[golds[0]!]!;
        const have = new Set([...g.lemmas, ...g.mentions.map((m) => ENTITY_TERM + m.entityId)]);
        const shared = [...u.terms.keys()].filter((t) => have.has(t)).length;
        const open = rankSentences(index, u.terms, { limit: 1000 }).some((r) => r.sentence.id === g.id);
        add(
          `unranked ${shared === 0 ? 'no-shared-term' : open ? 'filtered-by-options' : 'shared-but-unranked'}`,
        );
      }
      rank = rankBucket(k);
      gold = kb.sentences[k >= 0 ? order[k]! : golds[0]!]!;
      category = placeOf(gold, shown);
      // Whether the gold opens by pointing back: a pronoun (already carried), or "The act…" after "the Hobbs Act".
      const before = index.neighbour(gold.id, -1);
      const head = /^the\s+([a-z]+)\b/i.exec(gold.text)?.[1]?.toLowerCase();
      add(
        `gold opening ${index.anaphoric(gold.id) ? 'pronoun' : head && before?.lemmas.includes(head) ? 'definite-repeat' : head ? 'definite-new' : 'other'}`,
      );
      // Whether what was shown outranks the gold (a ranking fault) or the gold outranks it (a pick passed it over).
      const shownRanks = shown
        .map((s) => order.indexOf(index.sentenceIndex.get(s.id)!))
        .filter((r) => r >= 0);
      const firstShown = shownRanks.length > 0 ? Math.min(...shownRanks) : -1;
      const versus =
        k < 0
          ? 'gold-unranked'
          : firstShown < 0
            ? 'shown-unranked'
            : firstShown < k
              ? 'shown-outranks'
              : 'gold-passed-over';
      add(`versus ${versus}`);
      // What could tell the gold from the first-ranked: coverage of the question on its own, the asked kind.
      const first = order[0] === undefined ? null : kb.sentences[order[0]]!;
      if (first && versus === 'shown-outranks') {
        const cg = confidenceOf(u, ctx, [gold]);
        const cf = confidenceOf(u, ctx, [first]);
        add(`coverage gold ${cg > cf + 0.05 ? 'more' : cg < cf - 0.05 ? 'less' : 'same'} than first`);
        const type = askedAnswerType(u);
        if (type)
          add(
            `type ${type} gold ${holdsAnswerType(index, gold, type) ? 'holds' : 'lacks'} first ${holdsAnswerType(index, first, type) ? 'holds' : 'lacks'}`,
          );
        add(`first ${first.kind}${/[?]["”’]?$/.test(first.text) ? ' question' : ''} gold ${gold.kind}`);
        extra = ` covGold=${cg.toFixed(2)} covFirst=${cf.toFixed(2)}`;
      }
      add(`versus×intent ${versus} ${intent}`);
      top =
        order[0] === undefined
          ? ''
          : `${kb.sentences[order[0]]!.id}: ${kb.sentences[order[0]]!.text.slice(0, 120)}`;
      category += ` ${versus}`;
    }
    add(`category ${category.split(' ')[0]}`);
    add(`rank ${rank}`);
    add(`intent ${intent} ${category.split(' ')[0]}`);
    add(`kind ${kind}`);
    add(`cat×rank ${category.split(' ')[0]} ${rank}`);
    if (ROWS) {
      console.log(
        `${set.name} ${item.id} [${kind} → ${intent}] ${category} gold-rank=${rank}${extra}\n   Q: ${item.q}`,
      );
      console.log(`   ${problems.join('; ')}`);
      if (gold) console.log(`   G ${gold.id}: ${gold.text.slice(0, 200)}`);
      if (top) console.log(`   T ${top}`);
      for (const s of shown.slice(0, 3)) console.log(`   S ${s.id}: ${s.text.slice(0, 160)}`);
      if (shown.length === 0) console.log(`   A: ${answer.text.slice(0, 200).replace(/\n/g, ' ')}`);
    }
  }
}
for (const [k, v] of [...tally].sort((a, b) => a[0].localeCompare(b[0]) || b[1] - a[1]))
  console.log(`${v}\t${k}`);

/**
 * `node --import tsx bench/cmp-dump.ts > out.jsonl`: every DEV comparison question (kind `comparison`) as one JSON
 * line: id, question, right or not, what the eval misses, the gate that declined it, the answer's text and how many
 * pieces of evidence it showed. For counting what comparisons answered right show (CACHE as in cmp-study.ts).
 */
import { checkAnswer } from '../src/eval/evaluate.ts';
import { studyDevConversations } from './dev-conversations.ts';

await studyDevConversations(
  process.env.CACHE ?? '/tmp/cmp19-kb',
  (i) => (i.kind ?? '') === 'comparison',
  ({ set, item, answer, stage }) => {
    const fails = checkAnswer(item, answer);
    console.log(
      JSON.stringify({
        set: set.name,
        id: item.id,
        q: item.q,
        ok: fails.length === 0,
        fails,
        stage,
        answered: answer.answered,
        direct: answer.direct,
        evidence: answer.evidence.length,
        sources: new Set(answer.evidence.map((e) => e.sourceId)).size,
        text: answer.text,
        expect: item.expect,
      }),
    );
  },
);

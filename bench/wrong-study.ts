/**
 * `node --import tsx bench/wrong-study.ts`: every DEV must-decline of `people` and `new-articles*` (never a
 * held-out set or a test item), conversations in order, asked as the bot asks it; for each one answered: the
 * shown answer, what it was answered as, its confidence, which low-confidence pass let it through (the bar, the
 * first evidence, the counted figure, or everything asked said) and its evidence. Rows to /tmp/wrong25/rows.json.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { ASKED_SAID_CONFIDENCE, saysEverythingAsked } from '../src/answer/asked-said.ts';
import { countedFigureSaid } from '../src/answer/counted-figure-said.ts';
import { firstEvidenceAnswers } from '../src/answer/first-evidence-share.ts';
import { MIN_CONFIDENCE } from '../src/answer/handlers.ts';
import { askProbedTurns } from './probed-turns.ts';

const rows: object[] = [];
await askProbedTurns(
  '/tmp/conf1-kb',
  ({ set, item, answer: a, probe: p }) => {
    if (!a.answered || !item.expect.decline) return;
    const d = p?.draft ?? null;
    const pass =
      !p || !d
        ? 'no-probe'
        : d.confidence >= MIN_CONFIDENCE
          ? 'bar'
          : firstEvidenceAnswers(p.u, d, p.ctx.index, p.ctx.reader.lens(p.u))
            ? 'first-evidence'
            : countedFigureSaid(p.u, d, p.ctx.index, p.ctx.reader)
              ? 'counted-figure'
              : d.confidence >= ASKED_SAID_CONFIDENCE &&
                  saysEverythingAsked(p.u, d, p.ctx.index, (l) => p.ctx.reader.synonymsOf(l))
                ? 'asked-said'
                : 'other';
    rows.push({
      set: set.name,
      id: item.id,
      q: item.q,
      as: a.answeredAs,
      conf: +a.confidence.toFixed(3),
      draftConf: d ? +d.confidence.toFixed(3) : null,
      pass,
      direct: a.direct,
      text: a.text.slice(0, 300),
      ev: a.evidence.slice(0, 2).map((e) => `${e.sourceId}: ${e.text.slice(0, 250)}`),
      entities: p?.u.entities ?? [],
      content: p?.u.content ?? [],
    });
  },
  (set) => console.error(set.name, rows.length),
);
mkdirSync('/tmp/wrong25', { recursive: true });
writeFileSync('/tmp/wrong25/rows.json', JSON.stringify(rows, null, 1));

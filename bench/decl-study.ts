/**
 * `node --import tsx bench/decl-study.ts`: every DEV turn of `people` and `new-articles*` (never a held-out set
 * or a test item), conversations in order, asked as the bot asks it: each answerable question declined and each
 * must-decline declined, with the gate that declined it, the draft the checks judged (its confidence, headline
 * and first evidence), the question's content words, and the sentences holding its expected strings (whether
 * the draft's evidence holds one); each must-decline answered. Rows to /tmp/decl24/rows.json. Knowledge cached
 * in /tmp/conf1-kb.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { goldSentences } from './cached-knowledge.ts';
import { askProbedTurns } from './probed-turns.ts';

const rows: object[] = [];
await askProbedTurns(
  '/tmp/conf1-kb',
  ({ set, kb, item, answer: a, stage, probe: p }) => {
    if (a.answered) {
      if (item.expect.decline)
        rows.push({
          set: set.name,
          id: item.id,
          q: item.q,
          type: 'MDA',
          conf: a.confidence,
          ev: a.text.slice(0, 200),
        });
      return;
    }
    const gold = goldSentences(kb, item).map((i) => kb.sentences[i]!.text);
    const ev = p?.draft?.evidence.map((e) => e.text) ?? [];
    rows.push({
      set: set.name,
      id: item.id,
      q: item.q,
      kind: item.kind ?? 'plain',
      conv: item.conversation ?? null,
      type: item.expect.decline ? 'MD-declined' : 'ANS-declined',
      stage,
      failed: p?.failed ?? [],
      conf: p?.draft ? +p.draft.confidence.toFixed(3) : null,
      answeredAs: p?.draft?.answeredAs ?? null,
      intent: p?.u.intent ?? null,
      unknown: p?.u.unknownSubjects ?? [],
      content: p?.u.content ?? [],
      entities: p?.u.entities ?? [],
      all: item.expect.all ?? [],
      gold: gold.slice(0, 2).map((t) => t.slice(0, 300)),
      goldInEv: gold.some((g) => ev.includes(g)),
      ev0: ev[0]?.slice(0, 250) ?? null,
      direct: p?.draft?.direct ?? null,
    });
  },
  (set) => console.error(set.name, rows.length),
);
mkdirSync('/tmp/decl24', { recursive: true });
writeFileSync('/tmp/decl24/rows.json', JSON.stringify(rows, null, 1));

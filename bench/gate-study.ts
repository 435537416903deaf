/**
 * `node --import tsx bench/gate-study.ts` (issue #8): every DEV turn of `people` and `new-articles*` (never a
 * held-out set or a test item), conversations in order, asked as the bot asks it (the gate that declined it,
 * the eval checker's verdict), again with the low-confidence check left out (`AskOptions.skipGates`: the
 * verdict if shown), and, when the unknown-subject gate declined it, without that gate. The draft the checks
 * judged is described by bench/draft-features.ts, with whether the low-confidence check's two rescues pass it
 * under the bar. Knowledge cached in /tmp/conf1-kb; rows to /tmp/gate-rows.json, read by bench/gate-fit.ts.
 * Findings: docs/gate-study.md.
 */
import { writeFileSync } from 'node:fs';
import Keyv from 'keyv';
import { AnswerEngine } from '../src/answer/engine.ts';
import { ASKED_SAID_CONFIDENCE, saysEverythingAsked } from '../src/answer/asked-said.ts';
import { firstEvidenceAnswers } from '../src/answer/first-evidence-share.ts';
import type { GateProbe } from '../src/answer/types.ts';
import { checkAnswer } from '../src/eval/evaluate.ts';
import { devStudy } from './cached-knowledge.ts';
import { features } from './draft-features.ts';

interface Row {
  /** The draft passes the low-confidence check under the bar (one sentence says the question; asked-said.ts). */
  rescued: boolean;
  unknownSubjects: string[];
  subjectless: object | null;
  answered: boolean;
  right: boolean;
  answerable: boolean;
  id: string;
  set: string;
  kind: string;
  first: boolean;
  decline: boolean;
  stage: string;
  failed: string[];
  ungatedRight: boolean;
  ungatedAnswered: boolean;
  features: Record<string, number> | null;
}

const { runtime, sets, kbOf } = await devStudy('/tmp/conf1-kb');
const rows: Row[] = [];
for (const set of sets) {
  const dev = set.items;
  if (dev.length === 0) continue;
  const seenTalks = new Set<string>();
  const kb = await kbOf(set.knowledge);
  const make = () =>
    new AnswerEngine({ kb, nlp: runtime.questionNlp, data: runtime.engineData, store: new Keyv() });
  const asked = make();
  const ungated = make();
  const subjectless = make();
  for (const item of dev) {
    if (item.expect.intent_only) continue;
    const first = !item.conversation || !seenTalks.has(item.conversation);
    if (item.conversation) seenTalks.add(item.conversation);
    const userId = item.conversation ?? item.id;
    let stage = '';
    let probe: GateProbe | null = null;
    const shown = await asked.ask(item.q, { userId, trace: (s) => (stage = s), probe: (p) => (probe ??= p) });
    const open = await ungated.ask(item.q, { userId, skipGates: ['low-confidence'] });
    const p = probe as GateProbe | null;
    let sProbe: GateProbe | null = null;
    let sStage = '';
    const bySubject =
      stage === 'unknown-subject'
        ? await subjectless.ask(item.q, {
            userId,
            skipGates: ['unknown-subject'],
            trace: (s) => (sStage = s),
            probe: (q) => (sProbe ??= q),
          })
        : null;
    const sp = sProbe as GateProbe | null;
    const rescued =
      p?.draft != null &&
      (firstEvidenceAnswers(p.u, p.draft, p.ctx.index, p.ctx.reader.lens(p.u)) ||
        (p.draft.confidence >= ASKED_SAID_CONFIDENCE &&
          saysEverythingAsked(p.u, p.draft, p.ctx.index, (l) => p.ctx.reader.synonymsOf(l))));
    rows.push({
      rescued,
      unknownSubjects: p?.u.unknownSubjects ?? [],
      subjectless: bySubject
        ? {
            stage: sStage,
            answered: bySubject.answered,
            right: checkAnswer(item, bySubject).length === 0,
            features: sp?.draft ? features(sp, sp.draft) : null,
            unknown: sp?.u.unknownSubjects ?? [],
            content: sp?.u.content ?? [],
          }
        : null,
      id: item.id,
      set: set.name,
      kind: item.kind ?? 'plain',
      first,
      decline: item.expect.decline === true,
      answerable: item.expect.decline !== true,
      answered: shown.answered,
      right: checkAnswer(item, shown).length === 0,
      stage,
      failed: p?.failed ?? [],
      ungatedRight: !item.expect.decline && checkAnswer(item, open).length === 0,
      ungatedAnswered: open.answered,
      features: p?.draft ? features(p, p.draft) : null,
    });
  }
  console.log(set.name, rows.length);
}
writeFileSync('/tmp/gate-rows.json', JSON.stringify(rows));

/**
 * `node --import tsx bench/subject-kinds-study.ts`: DEV questions only, of the tuned sets (never the held-out
 * ones): every question the unknown-subject gate declines, answerable or must-decline, with each word read as
 * an unknown subject, its part of speech and place — a qualifier before a head the coverage knows, a first
 * name before a capitalised word, a title, a lower-case chat word, a near spelling of a word the coverage
 * uses, first in the question — and a table of those places, answerable against must-decline. Built
 * knowledge is cached in /tmp/subj1-kb (delete it after a pipeline change).
 */
import Keyv from 'keyv';
import { devStudy } from './cached-knowledge.ts';
import { AnswerEngine } from '../src/answer/engine.ts';
import { KnowledgeIndex } from '../src/answer/knowledge-index.ts';
import { QuestionReader } from '../src/answer/understand.ts';
import { cleanQuestion } from '../src/answer/text.ts';

const CACHE = '/tmp/subj1-kb';
const { runtime, sets, kbOf } = await devStudy(CACHE, { regression: true });
const table = new Map<string, { answer: number; decline: number }>();
const count = (place: string, mustDecline: boolean) => {
  const row = table.get(place) ?? { answer: 0, decline: 0 };
  if (mustDecline) row.decline++;
  else row.answer++;
  table.set(place, row);
};
const titles = new Set(runtime.engineData.titles ?? []);
for (const set of sets) {
  if (set.items.length === 0) continue;
  const kb = await kbOf(set.knowledge);
  const index = new KnowledgeIndex(kb);
  const reader = new QuestionReader(runtime.questionNlp, index, runtime.engineData);
  const engine = new AnswerEngine({
    kb,
    nlp: runtime.questionNlp,
    data: runtime.engineData,
    store: new Keyv(),
  });
  for (const item of set.items) {
    let stage = '';
    const answer = await engine.ask(item.q, {
      userId: item.conversation ?? item.id,
      trace: (s) => (stage = s),
    });
    if (stage !== 'unknown-subject' || answer.answered || item.expect.intent_only) continue;
    const mustDecline = item.expect.decline === true;
    const u = reader.read(cleanQuestion(item.q));
    const tokens = u.analysis.tokens;
    const words = u.unknownSubjects.map((w) => {
      const first = w.split(/\s+/)[0] ?? w;
      const i = tokens.findIndex((t) => t.value === first || t.normal === first.toLowerCase());
      const tok = tokens[i];
      if (!tok) return { w, place: 'phrase' };
      const next = tokens[i + 1];
      const prev = tokens[i - 1];
      const known = (t: typeof tok | undefined) =>
        t !== undefined && !t.stop && (index.vocabulary.has(t.lemma) || index.vocabulary.has(t.normal));
      const capital = /^[A-Z]/.test(tok.value);
      const places: string[] = [];
      if (titles.has(tok.lemma) || titles.has(tok.normal)) places.push('title');
      if (/^\d/.test(tok.value)) places.push('number');
      else if (!capital) places.push('lower-case');
      if (i === 0) places.push('first');
      if (next && (next.pos === 'NOUN' || next.pos === 'PROPN') && known(next)) {
        // Qualifier before a head the coverage knows: walk to the end of the noun run.
        let j = i + 1;
        while (tokens[j + 1] && (tokens[j + 1]!.pos === 'NOUN' || tokens[j + 1]!.pos === 'PROPN')) j++;
        places.push(known(tokens[j]) ? 'qualifier-of-known-head' : 'qualifier');
      } else if (next && next.pos === 'PROPN' && /^[A-Z]/.test(next.value)) places.push('first-name');
      if (prev && prev.pos === 'PROPN' && /^[A-Z]/.test(prev.value) && known(prev))
        places.push('after-known-name');
      if (index.spelling(tok.normal) !== undefined && index.spelling(tok.normal) !== tok.normal)
        places.push('near-spelling');
      if (next && /^(say|said|tell|told|claim|claimed)$/i.test(next.value)) places.push('speaker');
      return { w, pos: tok.pos, place: places.join('+') || 'other' };
    });
    for (const x of words) count(x.place, mustDecline);
    console.log(
      `${set.name}\t${item.id}\t${mustDecline ? 'DECLINE' : 'answer'}\t${words.map((x) => `${x.w}/${x.pos ?? ''}/${x.place}`).join(' ')}\t${item.q}`,
    );
  }
}
console.log('\nplace\tanswerable\tmust-decline');
for (const [place, row] of [...table].sort((a, b) => b[1].answer + b[1].decline - a[1].answer - a[1].decline))
  console.log(`${place}\t${row.answer}\t${row.decline}`);

/**
 * `node --import tsx bench/es-study.ts`: DEV Spanish study. Each dev question of kind `spanish` (people and the
 * new-articles sets) with its English translation and the words the lexicon has no English for (a lexicon word,
 * one of its forms, or neither). FAILING=1 keeps the ones the engine gets wrong; ONLY=id1,id2 asks those dev items. Knowledge cached in /tmp/es3-kb.
 */
import { AnswerEngine } from '../src/answer/engine.ts';
import { KnowledgeIndex } from '../src/answer/knowledge-index.ts';
import { SpanishReader, type SpanishData } from '../src/answer/spanish.ts';
import { lexiconForms } from '../src/answer/spanish-forms.ts';
import { checkAnswer } from '../src/eval/evaluate.ts';
import { foldWord } from '../src/nlp/pipeline.ts';
import { devStudy } from './cached-knowledge.ts';

const ONLY = new Set((process.env.ONLY ?? '').split(',').filter(Boolean));
const { runtime, sets, kbOf } = await devStudy(process.env.KB_CACHE ?? '/tmp/es3-kb');
const data = runtime.engineData as unknown as {
  spanish: SpanishData;
  spanishWords: { has(w: string): boolean } | null;
};
const words = new Map(Object.entries(data.spanish.words).map(([k, v]) => [foldWord(k), v]));
const phrases = Object.keys(data.spanish.phrases).map(foldWord);
for (const set of sets) {
  const items = set.items.filter((i) => (ONLY.size > 0 ? ONLY.has(i.id) : i.kind === 'spanish'));
  if (items.length === 0) continue;
  const kb = await kbOf(set.knowledge);
  const index = new KnowledgeIndex(kb);
  const reader = new SpanishReader(
    data.spanish,
    (w) => index.vocabulary.has(w),
    (w) => runtime.vectors?.has(w) ?? false,
    (w, c) => index.together(w, c),
    (w) => index.spelling(w),
    (w) => index.isOneWordName(w),
    (w) => data.spanishWords?.has(w) ?? false,
    () => false,
    runtime.engineData.spanishDictionary ?? null,
    (w) => runtime.engineData.wordnet?.synonymsOf(w) ?? [],
  );
  const engine = new AnswerEngine({
    kb,
    nlp: runtime.questionNlp,
    data: runtime.engineData,
    store: (await import('../src/store.ts')).createStore(null),
  });
  for (const item of items) {
    const answer = await engine.ask(item.q, { userId: item.id });
    const problems = checkAnswer(item, answer);
    if (process.env.FAILING && problems.length === 0) continue;
    const english = reader.translate(item.q);
    const toks = item.q
      .replace(/[¿¡?]/g, ' ')
      .split(/[^\p{L}]+/u)
      .filter((t) => t !== '');
    const joined = ` ${toks.map(foldWord).join(' ')} `;
    const inPhrase = (w: string) =>
      phrases.some((p) => p.split(' ').includes(w) && joined.includes(` ${p} `));
    const unknown = toks.filter((t) => {
      const f = foldWord(t);
      if (t !== t.toLowerCase()) return false;
      return !words.has(f) && !inPhrase(f) && !lexiconForms(t, f).some(({ form }) => words.has(form));
    });
    console.log(
      `${problems.length ? 'FAIL' : 'ok  '} ${set.name} ${item.id}: ${item.q}\n    EN: ${english}\n    unknown: ${unknown.join(', ') || '-'}\n    ${problems.join('; ')}\n    A: ${answer.text.replace(/\n/g, ' ').slice(0, 200)}`,
    );
  }
}

/**
 * For `npm run bench:kb -- --pathological --questions`: how long the answer engine takes on a knowledge file
 * built from one worst-case article. Each question kind the bot serves (who, what, when, how many, where, why,
 * yes/no, a comparison, a quotation, a follow-up, Spanish, `/quote`, `/timeline`) is asked once over the shape's
 * knowledge, naming the people, numbers and dates the shapes repeat, and timed.
 */
import Keyv from 'keyv';
import { createRuntime, type Runtime } from '../src/answer/create.ts';
import { AnswerEngine } from '../src/answer/engine.ts';
import type { KnowledgeBase } from '../src/knowledge/schema.ts';
import { KB_PATH, KNOWLEDGE_DIR } from '../src/paths.ts';

/** The questions asked of every shape, in the order asked (one user, so the follow-up has a turn before it). */
const QUESTIONS: readonly string[] = [
  'who said yes?',
  'what did Jim Mattis say?',
  'What did Luis Ortega say about the soldiers and the houses?',
  'when did the troops arrive?',
  'how many troops arrived on May 3, 2025?',
  'where did Maria Lopez meet Alan Smith?',
  'why did the ministry meet?',
  'did Gen. Alan Smith meet Maria Lopez?',
  'did Mattis and Lopez agree, or did they disagree?',
  'what did he say after that?',
  'who is Castañeda?',
  'what did the crowd chant?',
  'who wrote the letter, and when was it written?',
  '¿quién dijo que se quedarían?',
  '"We will stay"',
];

export interface AnswerTiming {
  question: string;
  /** Wall time. */
  ms: number;
  /** CPU time of the process (answering is single-threaded, so this leaves out other processes' turns). */
  cpuMs: number;
}

/** Loads the engine's data once; each call builds a fresh engine (no memory of earlier shapes) over `kb`. */
export async function pathologicalAnswerer(): Promise<(kb: KnowledgeBase) => Promise<AnswerTiming[]>> {
  const runtime: Runtime = await createRuntime({
    knowledgeDir: KNOWLEDGE_DIR,
    kbPath: KB_PATH,
    store: new Keyv(),
  });
  return async (kb) => {
    const engine = new AnswerEngine({
      kb,
      nlp: runtime.questionNlp,
      data: runtime.engineData,
      store: new Keyv(),
    });
    const options = { userId: 'pathological' };
    const timings: AnswerTiming[] = [];
    const timed = async (question: string, answer: () => Promise<unknown> | unknown) => {
      const started = performance.now();
      const cpuStart = process.cpuUsage();
      await answer();
      const cpu = process.cpuUsage(cpuStart);
      timings.push({ question, ms: performance.now() - started, cpuMs: (cpu.user + cpu.system) / 1000 });
    };
    for (const question of QUESTIONS) await timed(question, () => engine.ask(question, options));
    await timed('/quote Maria Lopez', () => engine.quotes('Maria Lopez', null, options));
    await timed('/timeline', () => engine.timeline(null, null));
    await timed('/more', () => engine.more(options.userId));
    return timings;
  };
}

/**
 * `npm run ask -- "question"`: one answer as a person reads it. `--json` prints the Answer object with `ms`;
 * `--jsonl` reads questions from stdin (plain text or {"user","q"} per line) and writes one object per line,
 * questions of one user sharing conversation memory. `--user ID` sets the user for plain questions.
 */
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { createRuntime } from '../answer/create.ts';
import type { AnswerEngine } from '../answer/engine.ts';
import { formatForTerminal } from '../answer/plain-text.ts';
import type { Answer } from '../answer/types.ts';
import { KB_PATH, KNOWLEDGE_DIR } from '../paths.ts';
import { createStore } from '../store.ts';

const DEFAULT_USER = 'local';

async function timed(engine: AnswerEngine, q: string, userId: string): Promise<Answer & { ms: number }> {
  const started = performance.now();
  const answer = await engine.ask(q, { userId });
  return { ...answer, ms: Math.round((performance.now() - started) * 1000) / 1000 };
}

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      json: { type: 'boolean', default: false },
      jsonl: { type: 'boolean', default: false },
      user: { type: 'string', default: DEFAULT_USER },
    },
  });
  const store = createStore(null);
  const { engine } = await createRuntime({ knowledgeDir: KNOWLEDGE_DIR, kbPath: KB_PATH, store });
  if (values.jsonl) {
    const rl = createInterface({ input: process.stdin, crlfDelay: Infinity });
    for await (const line of rl) {
      if (line.trim() === '') continue;
      let q = line;
      let user = values.user;
      if (line.trimStart().startsWith('{')) {
        try {
          const parsed = JSON.parse(line) as { q?: unknown; user?: unknown };
          q = typeof parsed.q === 'string' ? parsed.q : '';
          user =
            typeof parsed.user === 'string' || typeof parsed.user === 'number'
              ? String(parsed.user)
              : values.user;
        } catch {
          q = line;
        }
      }
      process.stdout.write(`${JSON.stringify({ q, ...(await timed(engine, q, user)) })}\n`);
    }
    return 0;
  }
  const question = positionals.join(' ');
  if (question.trim() === '') {
    console.error(
      'usage: npm run ask -- "How many troops did Mexico deploy?"   (or --json "…", or --jsonl < questions.txt)',
    );
    return 2;
  }
  const answer = await timed(engine, question, values.user);
  if (values.json) console.log(JSON.stringify(answer, null, 2));
  else console.log(formatForTerminal(answer, process.stdout.isTTY === true));
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`ask: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);

/**
 * `npm run bench:typos -- [--per-set N] [--sets a,b] [--show]` (issue #8): how often a typo
 * turns a right answer wrong. The standalone DEV questions of `people` and `new-articles*` (a conversation's
 * first dev turn; never a test item, never a held-out set), up to N a set (every k-th), that the engine
 * answers right are typed again by rule — a letter dropped, doubled, swapped with its neighbour, struck on a
 * neighbouring key, the apostrophes left out, all in lower case, chat spellings ("u", "ur", "pls") — and each
 * typed question is checked against the clean question's expectation. Prints, per rule, how many typed
 * questions stay right; `--show` lists the broken ones with the corrections the reader made to what it read
 * (a Spanish message's English translation, as the engine reads it). With
 * `--per-set 10` on 581bfcaf: 423/556 clean right, 2254/2398 typed right (94.0%); about six minutes on a
 * loaded machine, the knowledge cached in /tmp/typo-probe-kb after the first run.
 */
import { serveKnowledge, spanishReaderFor } from '../src/answer/served-knowledge.ts';
import { cleanQuestion } from '../src/answer/text.ts';
import { checkAnswer, type EvalItem } from '../src/eval/evaluate.ts';
import { devStudy } from './cached-knowledge.ts';
import { studyEngine } from './probed-turns.ts';
import { seededRandom } from './random.ts';

const args = process.argv.slice(2);
const option = (name: string): string | undefined => {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : undefined;
};
const PER_SET = Number(option('--per-set') ?? 12);
const ONLY_SETS = option('--sets')?.split(',');
const SHOW = args.includes('--show');

/** Keys beside each letter's on a QWERTY keyboard (the same rows a typist's finger slips along). */
const ROWS = ['qwertyuiop', 'asdfghjkl', 'zxcvbnm'];
const NEIGHBOURS = new Map<string, string>();
ROWS.forEach((row, r) => {
  for (let c = 0; c < row.length; c++) {
    const near = [row[c - 1], row[c + 1], ROWS[r - 1]?.[c], ROWS[r - 1]?.[c + 1], ROWS[r + 1]?.[c]];
    near.push(ROWS[r + 1]?.[c - 1]);
    NEIGHBOURS.set(row[c] ?? '', near.filter((k) => k !== undefined).join(''));
  }
});

/** A typo rule: the question typed with that slip, or `null` when the rule has nothing to change. */
type Rule = (q: string, random: () => number) => string | null;

/** A word of four letters or more that a slip may fall on, picked at random; `null` when there is none. */
function pickWord(q: string, random: () => number): { start: number; word: string } | null {
  const words = [...q.matchAll(/[A-Za-z]{4,}/g)].map((m) => ({ start: m.index, word: m[0] }));
  if (words.length === 0) return null;
  return words[Math.floor(random() * words.length)] ?? null;
}

/** A rule that changes one letter position (never the first) of one word. */
function letterSlip(edit: (word: string, at: number, random: () => number) => string | null): Rule {
  return (q, random) => {
    const picked = pickWord(q, random);
    if (!picked) return null;
    const at = 1 + Math.floor(random() * (picked.word.length - 1));
    const typed = edit(picked.word, at, random);
    if (typed === null || typed === picked.word) return null;
    return q.slice(0, picked.start) + typed + q.slice(picked.start + picked.word.length);
  };
}

const RULES: Record<string, Rule> = {
  dropped: letterSlip((w, at) => w.slice(0, at) + w.slice(at + 1)),
  doubled: letterSlip((w, at) => w.slice(0, at + 1) + w.slice(at)),
  swapped: letterSlip((w, at) =>
    at + 1 < w.length ? w.slice(0, at) + w[at + 1] + w[at] + w.slice(at + 2) : null,
  ),
  neighbourKey: letterSlip((w, at, random) => {
    const c = w[at] ?? '';
    const near = NEIGHBOURS.get(c.toLowerCase());
    if (!near) return null;
    const k = near[Math.floor(random() * near.length)] ?? '';
    return w.slice(0, at) + (c === c.toUpperCase() ? k.toUpperCase() : k) + w.slice(at + 1);
  }),
  noApostrophe: (q) => (/['’]/.test(q) ? q.replace(/['’]/g, '') : null),
  lowerCase: (q) => (q.toLowerCase() === q ? null : q.toLowerCase()),
  chat: (q) => {
    const typed = q
      .replace(/\byou\b/gi, 'u')
      .replace(/\byour\b/gi, 'ur')
      .replace(/\bplease\b/gi, 'pls');
    return typed === q ? `${q.replace(/[?.!]+$/, '')} pls` : typed;
  },
};

/** A number from a string, to seed each question's slips apart and the same in every run. */
function seedOf(text: string): number {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return h >>> 0;
}

const { runtime, sets, kbOf } = await devStudy('/tmp/typo-probe-kb');
const tally = new Map<string, { asked: number; right: number }>();
let cleanAsked = 0;
let cleanRight = 0;
for (const set of sets) {
  if (ONLY_SETS && !ONLY_SETS.includes(set.name)) continue;
  // A conversation's first dev turn, asked alone: a later turn leans on the turns before it.
  const talks = new Set<string>();
  const standalone = set.items.filter((i: EvalItem) => {
    const first = !i.conversation || !talks.has(i.conversation);
    if (i.conversation) talks.add(i.conversation);
    return first && !i.expect.intent_only;
  });
  const picked = standalone.filter((_, k) => k % Math.max(1, Math.ceil(standalone.length / PER_SET)) === 0);
  if (picked.length === 0) continue;
  const kb = await kbOf(set.knowledge);
  const engine = studyEngine(runtime, kb);
  const served = SHOW ? serveKnowledge(kb, runtime.questionNlp, runtime.engineData) : null;
  const spanish = served ? spanishReaderFor(runtime.engineData, () => served) : null;
  // The corrections shown are of what the engine reads: a Spanish message's English translation, not its words.
  const asRead = (typed: string): string => {
    const cleaned = cleanQuestion(typed);
    return spanish?.isSpanish(cleaned) ? spanish.translate(cleaned) : typed;
  };
  for (const item of picked) {
    cleanAsked++;
    const clean = await engine.ask(item.q, { userId: `clean:${item.id}` });
    if (checkAnswer(item, clean).length > 0) continue;
    cleanRight++;
    for (const [name, rule] of Object.entries(RULES)) {
      const typed = rule(item.q, seededRandom(seedOf(`${name}:${item.id}`)));
      if (typed === null || typed === item.q) continue;
      const answer = await engine.ask(typed, { userId: `${name}:${item.id}` });
      const ok = checkAnswer(item, answer).length === 0;
      const t = tally.get(name) ?? { asked: 0, right: 0 };
      t.asked++;
      if (ok) t.right++;
      tally.set(name, t);
      if (!ok && served) {
        const read = asRead(typed);
        const fixes = served.reader.read(read).corrections.map((c) => `${c.from}→${c.to}`);
        const translated = read === typed ? '' : `\n    read as: ${read}`;
        console.log(
          `${set.name} ${item.id} [${name}] ${typed}\n    clean: ${item.q}${translated}\n    fixes: ${fixes.join(' ')}`,
        );
      }
    }
  }
}
let asked = 0;
let right = 0;
console.log(`clean right ${cleanRight}/${cleanAsked}`);
for (const [name, t] of tally) {
  asked += t.asked;
  right += t.right;
  console.log(
    `${name.padEnd(14)} ${String(t.right).padStart(4)}/${String(t.asked).padEnd(4)} ${((100 * t.right) / t.asked).toFixed(1)}%`,
  );
}
console.log(
  `${'all'.padEnd(14)} ${String(right).padStart(4)}/${String(asked).padEnd(4)} ${((100 * right) / asked).toFixed(1)}%`,
);

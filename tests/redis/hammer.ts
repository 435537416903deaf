/**
 * One process of the cross-process counter test: when told to start (a line on stdin) it asks `QUESTIONS` questions as one user (a few
 * at a time) and casts `VOTERS` votes on one answer (each voter votes in every process), through its own store and
 * bot state on `KEYV_URL`, then prints what it was allowed as one JSON line.
 */
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import { BotState } from '../../src/bot/state.ts';
import { closeStore, createStore } from '../../src/store.ts';

const env = (name: string): string => {
  const value = process.env[name];
  if (value === undefined) throw new Error(`hammer: ${name} is not set`);
  return value;
};

const store = createStore(env('KEYV_URL'));
const state = new BotState(store, { rateLimitPerWindow: Number(env('LIMIT')), rateLimitWindowMs: 60_000 });
await store.get('warm-up');
// Ready; the test starts both processes together by writing a line to each one's stdin.
console.log('ready');
await once(createInterface({ input: process.stdin }), 'line');
/** Questions go in waves of a few at once, so the two processes' calls interleave at Redis. */
const WAVE = 5;
const askAll = async () => {
  const out: Array<{ allowed: boolean }> = [];
  for (let asked = 0; asked < Number(env('QUESTIONS')); asked += WAVE)
    out.push(...(await Promise.all(Array.from({ length: WAVE }, () => state.takeQuestion(env('USER'))))));
  return out;
};
const startedAt = performance.timeOrigin + performance.now();
const [decisions, votes] = await Promise.all([
  askAll(),
  Promise.all(
    Array.from({ length: Number(env('VOTERS')) }, (_, i) =>
      state.recordFeedback(env('ANSWER'), `voter-${i}`, 'up'),
    ),
  ),
]);
const finishedAt = performance.timeOrigin + performance.now();
console.log(
  JSON.stringify({
    startedAt,
    finishedAt,
    allowed: decisions.filter((d) => d.allowed).length,
    recorded: votes.filter((v) => v === 'recorded').length,
    unchanged: votes.filter((v) => v === 'unchanged').length,
    unavailable: votes.filter((v) => v === 'unavailable').length,
  }),
);
await closeStore(store);

/**
 * What the bot keeps besides conversations: rate limits, the answers it gave (for the Sources and More
 * buttons), feedback, unanswered questions and the refresh history.
 *
 * The store is a convenience, never a dependency: every method catches store failures and answers as if
 * nothing were stored. Counters hold across processes: with Redis, the rate limit is rate-limiter-flexible's
 * atomic counter and a vote updates the answer's votes and the totals in one Lua script; embedded, the
 * same limiter counts in process memory and updates of one key run one at a time. While Redis is away
 * each process keeps limiting with its own in-memory count. The unanswered list and refresh history are
 * read-modify-write (serialised per key within a process): a rare lost update there is harmless.
 */
import type Keyv from 'keyv';
import {
  RateLimiterMemory,
  RateLimiterRedis,
  RateLimiterRes,
  type RateLimiterAbstract,
} from 'rate-limiter-flexible';
import { REDIS_KEY_PREFIX, redisOf, storeAvailable, type RedisAccess } from '../store.ts';
import { cleanQuestion } from '../answer/text.ts';
import { CONVERSATION_TTL_MS } from '../answer/memory.ts';
import type { Citation } from '../answer/types.ts';

/**
 * How long an answer's record (for its Sources button) is kept: as long as its More button can be used,
 * which is as long as the conversation it continues. After that Sources reads the sources listed on the
 * answer message itself, so nothing needs the record.
 */
export const LAST_ANSWER_TTL_MS = CONVERSATION_TTL_MS;
export const ANSWER_TTL_MS = LAST_ANSWER_TTL_MS;
export const FEEDBACK_TTL_MS = 90 * 24 * 60 * 60 * 1000;
export const MAX_UNANSWERED_KEPT = 200;
export const MAX_UNANSWERED_CHARS = 120;
export const MAX_REFRESHES_KEPT = 20;

const KEYS = {
  answer: (answerId: string) => `answer:${answerId}`,
  lastAnswer: (userId: string) => `last-answer:${userId}`,
  feedback: (answerId: string) => `feedback:${answerId}`,
  feedbackTotals: 'feedback-totals',
  /** Keys of the atomic counters in Redis (beside keyv's, with the same prefix). */
  redisFeedback: (answerId: string) => `${REDIS_KEY_PREFIX}votes:${answerId}`,
  redisFeedbackTotals: `${REDIS_KEY_PREFIX}vote-totals`,
  redisRate: `${REDIS_KEY_PREFIX}rate`,
  unanswered: 'unanswered',
  refreshes: 'refreshes',
} as const;

export type Vote = 'up' | 'down';

/** What the bot remembers about an answer it gave. */
export interface AnswerRecord {
  userId: string;
  question: string;
  answeredAs: string;
  answered: boolean;
  citations: Citation[];
  /** Evidence count per source id, for the Sources button. */
  evidencePerSource: Record<string, number>;
  at: number;
}

export type RateDecision = { allowed: true } | { allowed: false; retryAfterSeconds: number };

export type FeedbackOutcome = 'recorded' | 'changed' | 'unchanged' | 'unavailable';

export interface FeedbackTotals {
  up: number;
  down: number;
}

export interface UnansweredQuestion {
  question: string;
  count: number;
  last: number;
}

export interface RefreshEntry {
  action: 'refresh' | 'add';
  by: { id: string; name: string };
  at: number;
  ok: boolean;
  /** One line: what changed, or why it failed. */
  summary: string;
  version: string | null;
}

/** How a question is counted among the unanswered: cleaned, lower-cased, without end punctuation. */
export function normaliseQuestion(question: string): string {
  return cleanQuestion(question)
    .toLowerCase()
    .replace(/[?!.,;:…\s]+$/u, '')
    .slice(0, MAX_UNANSWERED_CHARS);
}

export interface BotStateOptions {
  rateLimitPerWindow: number;
  rateLimitWindowMs: number;
  /** Called when the store fails; the operation then acts as if nothing were stored. */
  onError?: (error: unknown, operation: string) => void;
  /** The clock of the unanswered list; the rate limiter reads `Date.now` (tests fake it). */
  now?: () => number;
}

/**
 * One vote, atomically: the user's vote on the answer and the totals move together, so concurrent votes in
 * any number of processes are all counted. Returns 'unchanged', 'recorded' or 'changed'.
 * KEYS: the answer's votes hash, the totals hash; ARGV: user id, vote, votes TTL in ms.
 */
const VOTE_SCRIPT = `
local before = redis.call('HGET', KEYS[1], ARGV[1])
if before == ARGV[2] then return 'unchanged' end
redis.call('HSET', KEYS[1], ARGV[1], ARGV[2])
redis.call('PEXPIRE', KEYS[1], ARGV[3])
redis.call('HINCRBY', KEYS[2], ARGV[2], 1)
if before then
  if tonumber(redis.call('HGET', KEYS[2], before) or '0') > 0 then redis.call('HINCRBY', KEYS[2], before, -1) end
  return 'changed'
end
return 'recorded'
`;

/** rate-limiter-flexible rejects with a result (not an error) when the limit is reached. */
function settled(consume: Promise<RateLimiterRes>): Promise<RateLimiterRes> {
  return consume.catch((outcome: unknown) => {
    if (outcome instanceof RateLimiterRes) return outcome;
    throw outcome;
  });
}

/** A write the store dropped: the resilient Redis store answers `false` while Redis is away. */
class StoreMiss extends Error {
  constructor(key: string) {
    super(`store: could not write ${key}`);
    this.name = 'StoreMiss';
  }
}

/** The bot's keyv-backed state; see the module header. */
export class BotState {
  readonly #store: Keyv;
  readonly #options: BotStateOptions;
  readonly #locks = new Map<string, Promise<unknown>>();
  readonly #now: () => number;
  readonly #redis: RedisAccess | null;
  /** Counts in this process: the limiter of the embedded store, and Redis's stand-in while it is away. */
  readonly #localLimiter: RateLimiterMemory;
  readonly #sharedLimiter: RateLimiterAbstract | null;

  constructor(store: Keyv, options: BotStateOptions) {
    this.#store = store;
    this.#options = options;
    this.#now = options.now ?? Date.now;
    this.#redis = redisOf(store);
    const limits = {
      points: options.rateLimitPerWindow,
      duration: Math.max(1, Math.round(options.rateLimitWindowMs / 1000)),
    };
    this.#localLimiter = new RateLimiterMemory({ ...limits, keyPrefix: 'rate' });
    this.#sharedLimiter =
      this.#redis === null
        ? null
        : new RateLimiterRedis({
            ...limits,
            storeClient: this.#redis.client,
            useRedisPackage: true,
            keyPrefix: KEYS.redisRate,
            rejectIfRedisNotReady: true,
          });
  }

  /** Counts one question against the user's allowance (a window that starts with their first question). */
  async takeQuestion(userId: string): Promise<RateDecision> {
    const shared = this.#sharedLimiter;
    let outcome: RateLimiterRes | null = null;
    if (shared !== null && this.#redis !== null) {
      try {
        outcome = await this.#redis.run('rate limit', () => settled(shared.consume(userId)));
      } catch {
        // Redis is away (already reported once by the store): count in this process until it is back.
      }
    }
    outcome ??= await settled(this.#localLimiter.consume(userId));
    if (outcome.consumedPoints <= this.#options.rateLimitPerWindow) return { allowed: true };
    return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(outcome.msBeforeNext / 1000)) };
  }

  /** Remembers an answer (for its buttons) and that it is the user's latest. */
  async recordAnswer(answerId: string, record: AnswerRecord): Promise<void> {
    await Promise.all([
      this.#set('record answer', KEYS.answer(answerId), record, ANSWER_TTL_MS),
      this.#set('record answer', KEYS.lastAnswer(record.userId), answerId, LAST_ANSWER_TTL_MS),
    ]);
  }

  /** The answer given with this id, or `null` when unknown, expired or the store is down. */
  async answer(answerId: string): Promise<AnswerRecord | null> {
    const value = await this.#get<AnswerRecord>('read answer', KEYS.answer(answerId));
    return value && typeof value === 'object' && Array.isArray(value.citations) ? value : null;
  }

  /** Id of the user's latest answer, or `null` when unknown. */
  async lastAnswerOf(userId: string): Promise<string | null> {
    const value = await this.#get<string>('read last answer', KEYS.lastAnswer(userId));
    return typeof value === 'string' ? value : null;
  }

  /** Records one user's vote on an answer; a changed vote moves the totals. */
  async recordFeedback(answerId: string, userId: string, vote: Vote): Promise<FeedbackOutcome> {
    const redis = this.#redis;
    if (redis !== null) {
      try {
        const outcome = await redis.run('record feedback', (client) =>
          client.eval(VOTE_SCRIPT, {
            keys: [KEYS.redisFeedback(answerId), KEYS.redisFeedbackTotals],
            arguments: [userId, vote, String(FEEDBACK_TTL_MS)],
          }),
        );
        this.#threw = false;
        return outcome === 'unchanged' || outcome === 'changed' ? outcome : 'recorded';
      } catch {
        return 'unavailable';
      }
    }
    const previous = await this.#update<
      Record<string, Vote>,
      { outcome: FeedbackOutcome; previous: Vote | null }
    >('record feedback', KEYS.feedback(answerId), FEEDBACK_TTL_MS, (stored) => {
      const votes = stored && typeof stored === 'object' ? { ...stored } : {};
      const before = votes[userId] ?? null;
      if (before === vote) return { value: null, result: { outcome: 'unchanged', previous: before } };
      votes[userId] = vote;
      return {
        value: votes,
        result: { outcome: before === null ? 'recorded' : 'changed', previous: before },
      };
    });
    if (previous === null) return 'unavailable';
    if (previous.outcome === 'unchanged') return 'unchanged';
    const saved = await this.#update<FeedbackTotals, true>(
      'record feedback',
      KEYS.feedbackTotals,
      undefined,
      (stored) => {
        const totals = { up: Number(stored?.up) || 0, down: Number(stored?.down) || 0 };
        totals[vote] += 1;
        if (previous.previous !== null)
          totals[previous.previous] = Math.max(0, totals[previous.previous] - 1);
        return { value: totals, result: true };
      },
    );
    return saved === null ? 'unavailable' : previous.outcome;
  }

  /** Feedback counts over all answers, or `null` when the store is down. */
  async feedbackTotals(): Promise<FeedbackTotals | null> {
    const redis = this.#redis;
    if (redis !== null) {
      try {
        const totals = await redis.run('read feedback', (client) => client.hGetAll(KEYS.redisFeedbackTotals));
        return { up: Number(totals['up']) || 0, down: Number(totals['down']) || 0 };
      } catch {
        return null;
      }
    }
    const value = await this.#get<FeedbackTotals>('read feedback', KEYS.feedbackTotals);
    if (value === null) return this.#failed ? null : { up: 0, down: 0 };
    return { up: Number(value.up) || 0, down: Number(value.down) || 0 };
  }

  /** Counts a question the coverage could not answer. */
  async recordUnanswered(question: string): Promise<void> {
    const key = normaliseQuestion(question);
    if (key === '') return;
    await this.#update<Record<string, UnansweredQuestion>, true>(
      'record unanswered',
      KEYS.unanswered,
      undefined,
      (stored) => {
        const all = stored && typeof stored === 'object' ? { ...stored } : {};
        const now = this.#now();
        const entry = all[key];
        all[key] = { question: key, count: (entry?.count ?? 0) + 1, last: now };
        const entries = Object.values(all);
        if (entries.length > MAX_UNANSWERED_KEPT) {
          entries.sort((a, b) => a.count - b.count || a.last - b.last);
          for (const drop of entries.slice(0, entries.length - MAX_UNANSWERED_KEPT))
            delete all[drop.question];
        }
        return { value: all, result: true };
      },
    );
  }

  /** The most frequent unanswered questions, most asked first. */
  async topUnanswered(limit: number): Promise<UnansweredQuestion[] | null> {
    const value = await this.#get<Record<string, UnansweredQuestion>>('read unanswered', KEYS.unanswered);
    if (value === null) return this.#failed ? null : [];
    return Object.values(value)
      .sort((a, b) => b.count - a.count || b.last - a.last)
      .slice(0, limit);
  }

  /** Appends to the refresh history. */
  async recordRefresh(entry: RefreshEntry): Promise<void> {
    await this.#update<RefreshEntry[], true>('record refresh', KEYS.refreshes, undefined, (stored) => ({
      value: [entry, ...(Array.isArray(stored) ? stored : [])].slice(0, MAX_REFRESHES_KEPT),
      result: true,
    }));
  }

  /** The latest refreshes, newest first. */
  async recentRefreshes(limit: number): Promise<RefreshEntry[] | null> {
    const value = await this.#get<RefreshEntry[]>('read refreshes', KEYS.refreshes);
    if (value === null) return this.#failed ? null : [];
    return Array.isArray(value) ? value.slice(0, limit) : [];
  }

  /** True when the last store operation threw. */
  #threw = false;

  /** True while the store cannot be trusted to have kept what it was given. */
  get #failed(): boolean {
    return this.#threw || !storeAvailable(this.#store);
  }

  /** False while the store is failing: reads miss and writes are dropped. */
  get available(): boolean {
    return !this.#failed;
  }

  /** Reports a failure, unless it is a Redis outage (the store reports those, once per outage). */
  #fail(error: unknown, operation: string): void {
    this.#threw = true;
    if (error instanceof StoreMiss || !storeAvailable(this.#store)) return;
    this.#options.onError?.(error, operation);
  }

  async #get<T>(operation: string, key: string): Promise<T | null> {
    try {
      const value = (await this.#store.get(key)) as T | undefined;
      this.#threw = false;
      return value ?? null;
    } catch (error) {
      this.#fail(error, operation);
      return null;
    }
  }

  async #set(operation: string, key: string, value: unknown, ttlMs: number | undefined): Promise<void> {
    try {
      if ((await this.#store.set(key, value, ttlMs)) === false) throw new StoreMiss(key);
    } catch (error) {
      this.#fail(error, operation);
    }
  }

  /**
   * Reads `key`, lets `change` decide the new value (`null`: leave it) and a result, writes, returns the
   * result; `null` when the store failed. Updates of one key run one at a time within this process.
   */
  async #update<T, R>(
    operation: string,
    key: string,
    ttlMs: number | undefined,
    change: (stored: T | undefined) => { value: T | null; result: R },
  ): Promise<R | null> {
    const previous = this.#locks.get(key) ?? Promise.resolve();
    const run = previous.then(async () => {
      try {
        const stored = (await this.#store.get(key)) as T | undefined;
        const { value, result } = change(stored);
        if (value !== null && (await this.#store.set(key, value, ttlMs)) === false) throw new StoreMiss(key);
        this.#threw = false;
        return this.#failed ? null : result;
      } catch (error) {
        this.#fail(error, operation);
        return null;
      }
    });
    this.#locks.set(key, run);
    try {
      return await run;
    } finally {
      if (this.#locks.get(key) === run) this.#locks.delete(key);
    }
  }
}

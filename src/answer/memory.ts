/**
 * Per-user conversation memory in keyv: who is in focus, what was asked, and what was already shown, so a
 * follow-up ("what else did she say?") resolves its pronoun and shows something new. Entries expire.
 */
import type Keyv from 'keyv';
import type { AnswerIntent } from './types.ts';

export const CONVERSATION_TTL_MS = 30 * 60 * 1000;
const MAX_REMEMBERED_IDS = 200;
const KEY_PREFIX = 'conversation:';

export interface ConversationState {
  /** Entities in focus, most recent first. */
  focus: string[];
  lastIntent: AnswerIntent | null;
  /** Retrieval terms of the last answered question, to carry a topic into a follow-up. */
  lastTerms: Array<[string, number]>;
  /** Retrieval terms of the answered question before the last, for "and in 2018?" about the earlier topic. */
  priorTerms: Array<[string, number]>;
  /** Retrieval terms of the last question when it was declined (else empty): what a follow-up asks on about. */
  declinedTerms: Array<[string, number]>;
  lastYears: number[];
  /** People the user's own words gave a gender ("the volunteer lady"), latest first. */
  genders: Array<[string, 'male' | 'female']>;
  /** Evidence (sentence ids) of the last answer, and of the answer before it ("both numbers, please"). */
  lastEvidence: string[];
  priorEvidence: string[];
  /** The last answer's direct answer ("15,000 troops"), and the one before it. */
  lastDirect: string | null;
  priorDirect: string | null;
  lastSources: string[];
  shownQuotes: string[];
  shownSentences: string[];
  /**
   * A person the last answers named who is no entity (a byline's author), while no question has named
   * anyone since: whom "she" points to then.
   */
  lastNamed: string | null;
  /** The last question as read, for "More". */
  lastQuestion: string | null;
  turns: number;
}

/** A fresh conversation. */
export function emptyConversation(): ConversationState {
  return {
    focus: [],
    lastIntent: null,
    lastTerms: [],
    priorTerms: [],
    declinedTerms: [],
    lastYears: [],
    genders: [],
    lastEvidence: [],
    priorEvidence: [],
    lastDirect: null,
    priorDirect: null,
    lastSources: [],
    shownQuotes: [],
    shownSentences: [],
    lastNamed: null,
    lastQuestion: null,
    turns: 0,
  };
}

/** Reads and writes conversations; a store failure loses the memory, never the answer. */
export class ConversationMemory {
  constructor(
    private readonly store: Keyv,
    private readonly ttlMs: number = CONVERSATION_TTL_MS,
    private readonly onError: (error: unknown) => void = () => {},
  ) {}

  async load(userId: string): Promise<ConversationState> {
    try {
      const stored = (await this.store.get(KEY_PREFIX + userId)) as ConversationState | string | undefined;
      const value = typeof stored === 'string' ? (JSON.parse(stored) as ConversationState) : stored;
      return value && Array.isArray(value.focus) ? { ...emptyConversation(), ...value } : emptyConversation();
    } catch (error) {
      this.onError(error);
      return emptyConversation();
    }
  }

  async save(userId: string, state: ConversationState): Promise<void> {
    const trimmed: ConversationState = {
      ...state,
      focus: state.focus.slice(0, 8),
      shownQuotes: latestDistinct(state.shownQuotes),
      shownSentences: latestDistinct(state.shownSentences),
    };
    try {
      // Stored as one JSON string: keyv's own serialiser (Redis) concatenates a string value by value, and its
      // parser calls a reviver on every string of the state; a single string is copied and escaped once.
      await this.store.set(KEY_PREFIX + userId, JSON.stringify(trimmed), this.ttlMs);
    } catch (error) {
      this.onError(error);
    }
  }
}

/** The most recent {@link MAX_REMEMBERED_IDS} distinct ids, oldest first: asking again must not grow the state. */
function latestDistinct(ids: readonly string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (let i = ids.length - 1; i >= 0 && out.length < MAX_REMEMBERED_IDS; i--) {
    const id = ids[i];
    if (id === undefined || seen.has(id)) continue;
    seen.add(id);
    out.push(id);
  }
  return out.reverse();
}

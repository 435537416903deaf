/**
 * A hyphenated word the coverage never uses, read as its head ("the ex-corporal" as "corporal", "a co-owner"
 * as "owner") when the coverage uses that, and not taken for an unknown name; a prefix that negates its head
 * ("non-citizens", "anti-war") names the head's opposite, which the head does not stand for. Read from the
 * word as written and the coverage's vocabulary.
 */
import { singularOf } from '../nlp/singular.ts';

/** Prefixes before a hyphen that make a word the opposite of its head ("non-lethal", "anti-war"). */
const NEGATING_PREFIXES: ReadonlySet<string> = new Set(['non', 'anti', 'un', 'counter']);
/**
 * Letters only: the head of a hyphenated word ("corporal"). Patterns with `\p{…}` are built once: inside a
 * function tsx rebuilds them on every call (see src/nlp/letter-tests.ts).
 */
const P_LETTERS = /^\p{Ll}+$/u;

/**
 * The head of a hyphenated word written in lower case after its hyphen ("ex-corporal" → "corporal",
 * "ex-soldiers" → "soldier") as the coverage uses it (`known`: the coverage's words); `undefined` when the
 * coverage uses neither form, or when a prefix negates the head ("non-citizens" are no citizens).
 */
export function knownHead(written: string, known: ReadonlySet<string>): string | undefined {
  const at = written.lastIndexOf('-');
  const head = at > 0 ? written.slice(at + 1) : '';
  if (head.length < 3 || head !== head.toLowerCase() || !P_LETTERS.test(head)) return undefined;
  // "Non-citizens", "non-lethal": a prefix that negates the head names its opposite, not the head.
  const prefix = written.slice(0, at).toLowerCase().split('-').pop() ?? '';
  if (NEGATING_PREFIXES.has(prefix)) return undefined;
  if (known.has(head)) return head;
  const singular = singularOf(head, { keepSs: false });
  return singular !== head && known.has(singular) ? singular : undefined;
}

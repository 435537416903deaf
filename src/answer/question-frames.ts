/**
 * Frames around what a question asks, read as the question they stand for: "is it true that <claim>?" asks
 * the claim; "what's her name again?", "what does he do?" ask who the person is.
 */
import type { KnowledgeIndex } from './knowledge-index.ts';
import type { Understanding } from './understanding.ts';

/** Patterns with `\p{…}`, built once: inside a function tsx rebuilds them on every call (see src/nlp/letter-tests.ts). */
const P1 = /[^\p{L}\p{N}'’-]+/u;

/** "Is it true that…", "so was it really true…": a frame asking whether the claim after it holds. */
const CLAIM_CHECK =
  /^(?:(?:so|but|ok|okay|wait|and)\s+)?(?:is|was)\s+it\s+(?:really\s+)?(?:true|correct|right|accurate)\s+(?:that\s+)?(?=\S)/i;
/** ", is that true?" after a claim. */
const CLAIM_CHECK_AFTER =
  /[,;]?\s*(?:is|was)\s+(?:that|it|this)\s+(?:really\s+)?(?:true|correct|right|accurate)\s*\??\s*$/i;
/** A message asking only a person's name or occupation ("what's her name again?", "what does he do?"). */
const IDENTITY_ASKED =
  /^(?:(?:and|so|ok|okay|wait)\s+)?(?:(?:what(?:'s|’s|s| is| was)\s+(his|her|their)\s+(?:full\s+)?(?:name|job|title|role|position|occupation)(?:\s+again)?)|(?:what\s+(?:does|did)\s+(he|she|they)\s+do(?:\s+for\s+(?:a\s+)?(?:living|work))?))\s*\??$/i;
/** The subject pronoun for a possessive or subject pronoun of {@link IDENTITY_ASKED}. */
const PERSON_OF: Readonly<Record<string, string>> = {
  his: 'he',
  her: 'she',
  their: 'they',
  he: 'he',
  she: 'she',
  they: 'they',
};

/** "Who is she?", "who was he": who a person in the conversation is. */
const WHO_IS_PRONOUN = /^(?:(?:and|so|ok|okay|wait)\s+)?who(?:'s|’s|s| is| was)\s+(?:she|he)\s*\??$/i;

/**
 * True when a question is only a person's name ("marchetti?", "Rodney Scott?"): no word of asking, nothing
 * else of its own, one person named. It asks who they are, as "who is marchetti?" does; "and trump?" after
 * another question carries that question instead.
 */
export function namesOnlyPerson(
  u: Pick<Understanding, 'intent' | 'entities' | 'analysis'>,
  index: Pick<KnowledgeIndex, 'entities'>,
): boolean {
  const [only, ...others] = u.entities;
  const person = only === undefined ? undefined : index.entities.get(only);
  if (u.intent !== null || others.length > 0 || person?.type !== 'person') return false;
  // Every word one of their names: "the retired navy guy in imperial beach" describes, it does not name.
  const named = new Set(person.aliases.flatMap((a) => a.toLowerCase().split(P1)));
  const words = u.analysis.tokens.filter((t) => t.type === 'word');
  return words.length > 0 && words.every((t) => named.has(t.normal));
}

/** True when `text` asks only who the person a pronoun points to is ("who is she?", "what does he do?"). */
export function asksIdentity(text: string): boolean {
  const t = text.trim();
  return IDENTITY_ASKED.test(t) || WHO_IS_PRONOUN.test(t);
}

/** `text` (a cleaned question) with its frame read: the claim a check asks about, "who is he" for a name asked. */
export function unframe(text: string): string {
  return text
    .replace(CLAIM_CHECK, '')
    .replace(CLAIM_CHECK_AFTER, '?')
    .replace(
      IDENTITY_ASKED,
      (_m, possessive?: string, subject?: string) =>
        `who is ${PERSON_OF[(possessive ?? subject ?? '').toLowerCase()] ?? 'he'}?`,
    );
}

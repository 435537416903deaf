/**
 * A letter printed inside quotation marks ends with its writer's sign-off: '"Dear Mother, — I am left behind
 * sick… Your affectionate son, W. T. A."'. Whoever shows or hands the letter to the paper is named nearer to
 * it ("Mrs. Purcell has shown us a letter her husband wrote"), but the words are the one who signed them.
 */
import type { EntityData } from './entity-data.ts';
import type { WorkingQuote } from './working.ts';

/** Patterns with `\p{…}`, built once: inside a function tsx rebuilds them on every call (see src/nlp/letter-tests.ts). */
/**
 * A closing at the end of the quoted words: "Your affectionate son, W. T. A.", "Yours truly, John Smith.",
 * "Your loving brother, Will." — "Your" or "Yours" and at most three lower-case words, a comma, the signature.
 */
const VALEDICTION =
  /(?:^|[.!?]\s+|[—–]\s*)(?:Your|Yours)(?:\s+\p{Ll}+){0,3},\s*((?:\p{Lu}\.\s*){1,4}|(?:\p{Lu}[\p{L}'’-]+\.?\s+){0,3}\p{Lu}[\p{L}'’-]+)\.?\s*$/u;
/** The shortest signature a first name may be written by and still stand for it ("Will" for "William"). */
const MIN_SHORT_FIRST_NAME = 3;

/** The signature closing `text`, a quoted letter, as written ("W. T. A.", "Will"), or `null` when none does. */
export function quotedLetterSigner(text: string): string | null {
  const m = VALEDICTION.exec(text.trim());
  return m?.[1]?.trim() ?? null;
}

/**
 * The person of the article a signature names: the one whose name is the signature, or the only one whose
 * first name the signature writes in full or shortened ("Will" for William Henry Purcell); `undefined` when
 * none or more than one is.
 */
function signerAmong(
  signature: string,
  people: ReadonlyArray<Pick<EntityData, 'id' | 'name'>>,
): Pick<EntityData, 'id' | 'name'> | undefined {
  const exact = people.find((p) => p.name === signature);
  if (exact) return exact;
  if (signature.includes(' ') || signature.length < MIN_SHORT_FIRST_NAME) return undefined;
  const firstNames = people.filter((p) => {
    const first = p.name.split(' ')[0] ?? '';
    return p.name.includes(' ') && first.startsWith(signature);
  });
  return firstNames.length === 1 ? firstNames[0] : undefined;
}

/**
 * Gives each quotation that is a letter closed by a sign-off to its signer: the person of the article
 * (`people`, entities of type person) the signature names, or the signature as written.
 */
export function signersOfQuotedLetters(
  quotes: WorkingQuote[],
  people: ReadonlyArray<Pick<EntityData, 'id' | 'name'>>,
): void {
  for (const quote of quotes) {
    if (quote.parent !== null) continue;
    const signature = quotedLetterSigner(quote.text);
    if (signature === null) continue;
    const signer = signerAmong(signature, people);
    Object.assign(quote, {
      speakerId: signer?.id ?? null,
      speakerName: signer?.name ?? signature,
      cue: null,
      attributionSentence: null,
    });
  }
}

/**
 * A letter printed inside quotation marks ends with its writer's sign-off: '"Dear Mother, — I am left behind
 * sick… Your affectionate son, W. T. A."'. Whoever shows or hands the letter to the paper is named nearer to
 * it ("Mrs. Purcell has shown us a letter her husband wrote"), but the words are the one who signed them.
 */
import { lowerBound } from '../nlp/analysis.ts';
import type { EntityData } from './entity-data.ts';
import { isDocumentNoun } from './document-authors.ts';
import type { WorkingQuote } from './working.ts';

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
 * none or more than one is. Built once per article: each signature is a look-up and a binary search of the
 * sorted first names, so an article of many letters and many people stays linear.
 */
function signerFinder(
  people: ReadonlyArray<Pick<EntityData, 'id' | 'name'>>,
): (signature: string) => Pick<EntityData, 'id' | 'name'> | undefined {
  const byName = new Map<string, Pick<EntityData, 'id' | 'name'>>();
  for (const p of people) if (!byName.has(p.name)) byName.set(p.name, p);
  const byFirst = people
    .filter((p) => p.name.includes(' '))
    .map((p) => ({ first: p.name.split(' ')[0] ?? '', person: p }))
    .sort((a, b) => (a.first < b.first ? -1 : a.first > b.first ? 1 : 0));
  return (signature) => {
    const exact = byName.get(signature);
    if (exact) return exact;
    if (signature.includes(' ') || signature.length < MIN_SHORT_FIRST_NAME) return undefined;
    // The first of the sorted first names at or after the signature; those starting with it follow it.
    const lo = lowerBound(0, byFirst.length, (i) => (byFirst[i]?.first ?? '') < signature);
    const one = byFirst[lo];
    const two = byFirst[lo + 1];
    if (!one?.first.startsWith(signature)) return undefined;
    return two?.first.startsWith(signature) && two.person.id !== one.person.id ? undefined : one.person;
  };
}

/**
 * Gives each quotation that is a letter closed by a sign-off to its signer: the person of the article
 * (`people()`, entities of type person, asked for only when a quotation is signed: most articles quote no
 * letter) the signature names, or the signature as written.
 */
export function signersOfQuotedLetters(
  quotes: WorkingQuote[],
  people: () => ReadonlyArray<Pick<EntityData, 'id' | 'name'>>,
): void {
  let signerAmong: ReturnType<typeof signerFinder> | null = null;
  for (const quote of quotes) {
    // A quotation its own sentence hands to a speaker ('"…Your move, Mr. President," Trump said.') is spoken,
    // whatever form of address it ends with; one it hands to a document ("The letter closes: '…'") is written.
    if (
      quote.parent !== null ||
      (quote.cue !== null && quote.attributionSentence === null && !handedToDocument(quote))
    )
      continue;
    const signature = quotedLetterSigner(quote.text);
    if (signature === null) continue;
    signerAmong ??= signerFinder(people());
    const signer = signerAmong(signature);
    Object.assign(quote, {
      speakerId: signer?.id ?? null,
      speakerName: signer?.name ?? signature,
      cue: null,
      attributionSentence: null,
    });
  }
}

/** True when `quote` is given to a document its own sentence names and no entity answers to ("the letter"). */
function handedToDocument(quote: WorkingQuote): boolean {
  return quote.speakerId === null && isDocumentNoun(quote.speakerName.split(' ').at(-1) ?? '');
}

/**
 * "U.S. Customs and Border Protection said in a statement … 'unnecessary' … The agency said …": a definite
 * generic noun for a body ("the agency", "the group") names again the body that spoke just before, when the
 * article named that body by no word of its own the reader could match.
 */
import { opensWithCapital } from '../nlp/letter-tests.ts';
import type { WorkingQuote } from './annotate.ts';
import type { EntityData } from './entity-data.ts';

/**
 * Common nouns by which English names again a body it named before ("The agency said", "the group said"):
 * a closed class of the language, not a list of bodies.
 */
export const GENERIC_ORGANISATION_NOUNS: ReadonlySet<string> = new Set([
  'agency',
  'command',
  'committee',
  'company',
  'council',
  'department',
  'group',
  'ministry',
  'office',
  'organisation',
  'organization',
  'society',
]);

/** "U.S.", "D.H.S.": an initialism, which stands in a body's name as a word does. */
const INITIALISM = /^\p{Lu}(?:\.\p{Lu})+\.?$/u;
/** "the agency": a definite article and one lower-case noun, the noun captured. */
const THE_NOUN = /^the\s+(\p{Ll}+)$/iu;

/** Lower-case words that may stand inside a body's name ("Customs and Border Protection", "Office of …"). */
const NAME_LINKS: ReadonlySet<string> = new Set(['of', 'for', 'the', 'and', '&']);

/**
 * True when `name` reads as a body's name rather than a person's: capitalised common English words and
 * name links only ("Border Protection", "U.S. Customs and Border Protection"); "Greg Abbott" is not one.
 */
export function readsAsBodyName(name: string, isEnglishWord: (w: string) => boolean): boolean {
  const words = name.split(/\s+/).filter((w) => w !== '');
  let capitalised = 0;
  for (const w of words) {
    if (NAME_LINKS.has(w)) continue;
    if (!opensWithCapital(w)) return false;
    const plain = w.replace(/[.'’]/g, '').toLowerCase();
    // "U.S.": an initialism stands in a body's name as a word does.
    if (!INITIALISM.test(w) && !isEnglishWord(plain)) return false;
    capitalised++;
  }
  return capitalised >= 2;
}

/**
 * Gives each quotation whose speaker is "the" and a generic body noun ({@link GENERIC_ORGANISATION_NOUNS})
 * the speaker of the quotation before it, when that quotation is in the same paragraph or the one before
 * and its speaker is a body: an organisation of the entity data, or a name that {@link readsAsBodyName} given to
 * no one with a gender (`genderOf`: what the text or a first name says).
 * Only the quotation right before is looked at: a body named again is the one that spoke last.
 */
export function genericBodiesNamedAgain(
  quotes: WorkingQuote[],
  entity: (id: string) => Pick<EntityData, 'type'> | undefined,
  isEnglishWord: (w: string) => boolean,
  genderOf: (id: string) => 'male' | 'female' | null = () => null,
): void {
  for (let i = 1; i < quotes.length; i++) {
    const q = quotes[i];
    if (!q || q.speakerId !== null || q.parent !== null) continue;
    const m = THE_NOUN.exec(q.speakerName);
    if (!m || !GENERIC_ORGANISATION_NOUNS.has((m[1] ?? '').toLowerCase())) continue;
    const before = quotes[i - 1];
    if (!before || before.parent !== null || before.speakerName === 'unattributed') continue;
    if (q.sentence.paragraph - before.sentence.paragraph > 1) continue;
    const known = before.speakerId === null ? undefined : entity(before.speakerId);
    if (known?.type !== 'organisation') {
      // "Chad Wolf", "Mark Green": a person whose gender the text or their first name gives is no body, however
      // English the words of their name.
      if (before.speakerId !== null && genderOf(before.speakerId) !== null) continue;
      if (!readsAsBodyName(before.speakerName, isEnglishWord)) continue;
    }
    Object.assign(q, { speakerId: before.speakerId, speakerName: before.speakerName });
  }
}

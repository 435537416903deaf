/**
 * Unnamed people described by whose they are: "A soldier from his platoon, who declined to give his name,
 * said…" after Sergeant Okoro spoke is a soldier from Okoro's platoon. The "his" is read where the words
 * are, so a reader of the quotation alone still knows whose platoon.
 */
import { lowerBound } from '../nlp/pipeline.ts';
import type { PersonMention } from './speakers.ts';

/** "his"/"her" inside an unnamed person's words, after the noun that says what they are. */
const OWNER_PRONOUN = /^(.*?\S\s+)(his|her)(\s+\p{L}.*)$/iu;
/** People named before the unnamed person's words that are looked through for the owner, nearest first. */
const MAX_OWNER_LOOKBACK = 12;

/**
 * `name` with its "his"/"her" given as the surname of the last person of that gender named before `order`
 * (paragraph × 1,000,000 + character offset, as `people` is ordered): "A soldier from Okoro's platoon".
 * `null` when the name holds no such pronoun after its first word, or no one of that gender was named before.
 */
export function ownerInName(
  name: string,
  order: number,
  people: readonly PersonMention[],
  exclude: string,
  genderOf: (id: string) => 'male' | 'female' | null,
  nameOf: (id: string) => string | undefined,
): string | null {
  const m = OWNER_PRONOUN.exec(name);
  if (!m) return null;
  const [, head = '', pronoun = '', rest = ''] = m;
  const gender = pronoun.toLowerCase() === 'his' ? 'male' : 'female';
  const before = lowerBound(0, people.length, (k) => (people[k]?.order ?? 0) < order);
  for (let i = before - 1; i >= 0 && before - i <= MAX_OWNER_LOOKBACK; i--) {
    const p = people[i];
    if (!p || p.entityId === exclude || genderOf(p.entityId) !== gender) continue;
    const surname = nameOf(p.entityId)?.split(' ').at(-1);
    return surname ? `${head}${surname}'s${rest}` : null;
  }
  return null;
}

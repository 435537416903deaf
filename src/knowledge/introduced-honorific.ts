/**
 * "Mr. Josiah Tarlton said he was thankful … 'But I will tell you …,' Mr. Tarlton said": of the holders of
 * a surname ("Lieut. Edmund R. Tarlton", his father), an honorific written before the bare surname names the
 * one the article introduced by that same honorific.
 */
import type { ArticlePerson } from './discovered-person.ts';
import { bare } from './name-words.ts';

/**
 * The one holder of `holders` introduced with the honorific `written` (as the text writes it, "Mr."), or
 * `null` when none is or several are.
 */
export function introducedWithHonorific(
  holders: readonly ArticlePerson[],
  written: string,
): ArticlePerson | null {
  const honorific = bare(written);
  let found: ArticlePerson | null = null;
  for (const p of holders) {
    if (p.title === null || bare(p.title) !== honorific) continue;
    if (found) return null;
    found = p;
  }
  return found;
}

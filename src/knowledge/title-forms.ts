/**
 * The forms a title is written in: a short form whose letters run in order through the word written out
 * ("Pvt." for private, "Insp." for inspector), an old contraction ("Sergt." for sergeant), or the word in full.
 */

/** True when every letter of `short` stands in `full`, in order ("pvt" in "private", "sergt" in "sergeant"). */
export function lettersInOrder(short: string, full: string): boolean {
  let k = 0;
  for (const c of full) if (c === short[k]) k++;
  return k === short.length;
}

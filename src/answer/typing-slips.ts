/**
 * Slips of typing and edit distance, for the spelling corrector: the words one edit from a word, which of
 * those edits undo a likely slip (a letter dropped, a doubled letter, a neighbouring key, two letters swapped),
 * and the nearest of a list of words within a reach that grows with the word's length.
 */

/** Keys beside each letter's on a QWERTY keyboard. */
const KEYBOARD_ROWS = ['qwertyuiop', 'asdfghjkl', 'zxcvbnm'];
const NEIGHBOUR_KEYS = new Map<string, string>();
KEYBOARD_ROWS.forEach((row, r) => {
  for (let c = 0; c < row.length; c++) {
    const near = [row[c - 1], row[c + 1], KEYBOARD_ROWS[r - 1]?.[c], KEYBOARD_ROWS[r - 1]?.[c + 1]];
    near.push(KEYBOARD_ROWS[r + 1]?.[c], KEYBOARD_ROWS[r + 1]?.[c - 1]);
    NEIGHBOUR_KEYS.set(row[c] ?? '', near.filter((k) => k !== undefined).join(''));
  }
});

/**
 * Every word one edit from `word`, each marked `slip` when it undoes a likely slip of typing: a letter
 * dropped, a doubled letter added, a neighbouring key struck, two letters swapped.
 */
export function* singleEdits(word: string): Generator<{ text: string; slip: boolean }> {
  const letters = 'abcdefghijklmnopqrstuvwxyz';
  for (let i = 0; i < word.length; i++) {
    const removed = word[i];
    yield {
      text: word.slice(0, i) + word.slice(i + 1),
      slip: removed === word[i - 1] || removed === word[i + 1],
    };
  }
  for (let i = 0; i + 1 < word.length; i++)
    yield { text: word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2), slip: true };
  for (let i = 0; i < word.length; i++)
    for (const c of letters) {
      if (c === word[i]) continue;
      yield {
        text: word.slice(0, i) + c + word.slice(i + 1),
        slip: NEIGHBOUR_KEYS.get(word[i] ?? '')?.includes(c) ?? false,
      };
    }
  for (let i = 0; i <= word.length; i++)
    for (const c of letters) yield { text: word.slice(0, i) + c + word.slice(i), slip: true };
}

/** True when `correction` undoes one slip of typing in `word`. */
export function isSlip(word: string, correction: string): boolean {
  for (const { text, slip } of singleEdits(word)) if (slip && text === correction) return true;
  return false;
}

/** Edits a correction may be from the word: one, two from eight letters. */
export function editReach(word: string): number {
  return word.length >= 8 ? 2 : 1;
}

/**
 * The word of `groups` nearest `word`, within {@link editReach} edits; the alphabetically first of equally
 * near ones; `null` when none is near enough. `bySecondLetter` skips, within one edit, a candidate that
 * differs from `word` in both its first and its second letter (a slip keeps one of them).
 */
export function nearestOf(
  word: string,
  groups: ReadonlyArray<readonly string[]>,
  bySecondLetter = false,
): string | null {
  const maxDistance = editReach(word);
  let best: string | null = null;
  let bestDistance = maxDistance + 1;
  for (const candidates of groups)
    for (const candidate of candidates) {
      if (Math.abs(candidate.length - word.length) > maxDistance) continue;
      if (bySecondLetter && maxDistance === 1 && candidate[0] !== word[0] && candidate[1] !== word[1])
        continue;
      const d = damerau(word, candidate, bestDistance + 1);
      if (d < bestDistance || (d === bestDistance && best !== null && candidate < best)) {
        best = candidate;
        bestDistance = d;
      }
    }
  return bestDistance <= maxDistance ? best : null;
}

/** Reused by {@link damerau}: a question's words are short, and one buffer saves an array per comparison. */
let scratch = new Int32Array(64 * 64);

/** Optimal string alignment distance, giving up past `limit`. */
export function damerau(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) >= limit) return limit;
  const rows = a.length + 1;
  const cols = b.length + 1;
  if (scratch.length < rows * cols) scratch = new Int32Array(rows * cols);
  const d = scratch;
  for (let i = 0; i < rows; i++) d[i * cols] = i;
  for (let j = 0; j < cols; j++) d[j] = j;
  for (let i = 1; i < rows; i++) {
    let rowMin = Infinity;
    for (let j = 1; j < cols; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      let v = Math.min(
        (d[(i - 1) * cols + j] ?? 0) + 1,
        (d[i * cols + j - 1] ?? 0) + 1,
        (d[(i - 1) * cols + j - 1] ?? 0) + cost,
      );
      if (
        i > 1 &&
        j > 1 &&
        a.charCodeAt(i - 1) === b.charCodeAt(j - 2) &&
        a.charCodeAt(i - 2) === b.charCodeAt(j - 1)
      )
        v = Math.min(v, (d[(i - 2) * cols + j - 2] ?? 0) + 1);
      d[i * cols + j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin >= limit) return limit;
  }
  return d[rows * cols - 1] ?? limit;
}

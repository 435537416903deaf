/**
 * Comparisons of distance: "Which is closer to the Brite headquarters, Marfa or the Rio Grande?", "Is the
 * camp farther from Presidio or from Ojinaga?". Each side's distance is asked as its own "how far" question,
 * and its figure is the length the evidence states next to the side's own words ("about 35 miles southwest
 * of Marfa and maybe 18 miles from the river": 35 miles for Marfa). The nearer or farther is said only when
 * both sides have a figure; a side without one is said to be missing, never guessed.
 */
import { MIN_CONFIDENCE, type Draft } from './handlers.ts';
import type { Evidence } from './types.ts';

/** Patterns with `\p{…}`, built once: inside a function tsx rebuilds them on every call (see src/nlp/letter-tests.ts). */
const P1 = /\p{L}{3,}/u;
const P2 = /[^\p{L}\p{N}]+/u;
const P3 = /[\p{L}\p{N}]/u;

/** A question comparing two places' distance from a third. */
export interface DistanceComparison {
  /** The place both distances are measured from ("the Brite headquarters"). */
  reference: string;
  sides: [string, string];
  /** True for "closer"/"nearer", false for "farther"/"further". */
  nearer: boolean;
}

/** Longest side or reference, in words: longer ones are clauses, not places. */
const MAX_PLACE_WORDS = 8;

const NEARER = /^(?:closer|nearer)$/i;

/**
 * The two places and the reference of a distance comparison: "which is closer to X, A or B?", "which town
 * was farther from X: A or B?", "is X closer to A or (to) B?", "is A closer to X than B?". `null` for any
 * other question.
 */
export function distanceSides(text: string): DistanceComparison | null {
  const t = text.trim().replace(/[?.!\s]+$/, '');
  const how = '(closer|nearer|farther|further)\\s+(?:to|from)';
  const which = new RegExp(
    `^(?:which|what)\\b[^,:]*?\\b${how}\\s+(.+?)\\s*[,:]\\s*(.+?)\\s+or\\s+(.+)$`,
    'i',
  ).exec(t);
  const alternatives = new RegExp(
    `^(?:is|was|are|were)\\s+(.+?)\\s+${how}\\s+(.+?)\\s+or\\s+(.+)$`,
    'i',
  ).exec(t);
  const than = new RegExp(`^(?:is|was|are|were)\\s+(.+?)\\s+${how}\\s+(.+?)\\s+than\\s+(.+)$`, 'i').exec(t);
  const found: [string, string, string, string] | null = which
    ? [which[1] ?? '', which[2] ?? '', which[3] ?? '', which[4] ?? '']
    : alternatives
      ? [alternatives[2] ?? '', alternatives[1] ?? '', alternatives[3] ?? '', alternatives[4] ?? '']
      : than
        ? [than[2] ?? '', than[3] ?? '', than[1] ?? '', than[4] ?? '']
        : null;
  if (!found) return null;
  const [degree, reference, a, b] = found;
  const place = (x: string) =>
    x
      .replace(/^(?:to|from)\s+/i, '')
      .replace(/\s+(?:is|was|are|were)$/i, '')
      .trim();
  const parts = [reference, place(a), place(b)];
  if (parts.some((p) => !P1.test(p) || p.split(/\s+/).length > MAX_PLACE_WORDS)) return null;
  return { reference: parts[0] ?? '', sides: [parts[1] ?? '', parts[2] ?? ''], nearer: NEARER.test(degree) };
}

/** Units of length and how many metres each is, to compare figures in different units. */
const METRES: Readonly<Record<string, number>> = {
  mile: 1609.34,
  kilometer: 1000,
  kilometre: 1000,
  km: 1000,
  meter: 1,
  metre: 1,
  yard: 0.9144,
  foot: 0.3048,
  feet: 0.3048,
  ft: 0.3048,
};
const NUMBER_WORDS: Readonly<Record<string, number>> = {
  a: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  twelve: 12,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  hundred: 100,
};
/** A distance as written: a figure and a unit of length ("35 miles", "a mile", "3 km"). */
const DISTANCE =
  /(\d[\d,]*(?:\.\d+)?|\b(?:a|one|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|thirty|forty|fifty|hundred))[\s-]+(miles?|kilometers?|kilometres?|km|meters?|metres?|yards?|feet|foot|ft)\b/gi;

/** Characters added to the distance of a length that stands after the place's name, not before it. */
const FOLLOWING_PENALTY = 1000;

/** A distance found in a sentence: as written, and in metres. */
export interface StatedDistance {
  text: string;
  metres: number;
}

/** Words of a side that name it in a sentence ("Marfa" of "the town of Marfa"): three letters or more, no article. */
function namingWords(side: string): string[] {
  return side
    .toLowerCase()
    .split(P2)
    .filter((w) => w.length >= 3 && !['the', 'and', 'town', 'city', 'village'].includes(w));
}

/**
 * The distance `sentence` states for `side`: of the lengths it gives, the one nearest a word naming the side
 * ("about 35 miles southwest of Marfa and maybe 18 miles from the river" → 35 miles for "Marfa"). `null`
 * when the sentence names the side by none of its words, or states no length.
 */
export function distanceFor(sentence: string, side: string): StatedDistance | null {
  const lower = sentence.toLowerCase();
  const at = namingWords(side).flatMap((w) => {
    const found: number[] = [];
    for (let p = lower.indexOf(w); p >= 0; p = lower.indexOf(w, p + 1)) {
      const before = lower.charAt(p - 1);
      const after = lower.charAt(p + w.length);
      if (!P3.test(before) && !P3.test(after)) found.push(p);
    }
    return found;
  });
  if (at.length === 0) return null;
  let best: { text: string; metres: number; distance: number } | null = null;
  for (const m of sentence.matchAll(DISTANCE)) {
    const [written, figure = '', unit = ''] = m;
    const value = NUMBER_WORDS[figure.toLowerCase()] ?? Number(figure.replace(/,/g, ''));
    const perUnit = METRES[unit.toLowerCase().replace(/s$/, '')] ?? METRES[unit.toLowerCase()];
    if (!Number.isFinite(value) || perUnit === undefined) continue;
    // "35 miles southwest of Marfa": a length is stated for the place that follows it; one after the place
    // ("Marfa and maybe 18 miles from the river") is another's, taken only when none comes before.
    const end = m.index + written.length;
    const distance = Math.min(...at.map((p) => (p >= end ? p - end : FOLLOWING_PENALTY + m.index - p)));
    if (!best || distance < best.distance) best = { text: written, metres: value * perUnit, distance };
  }
  return best ? { text: best.text, metres: best.metres } : null;
}

/**
 * Answers a {@link DistanceComparison}: each side asked with `askSide` ("how far is Marfa from the Brite
 * headquarters"), its figure read from the first sentence of its answer by {@link distanceFor}; a sentence
 * that states the other side's distance too answers both. Says which is closer or farther when both have a
 * figure, and which one the coverage does not give when only one has. `null` when neither has.
 */
export function answerDistances(
  comparison: DistanceComparison,
  askSide: (question: string) => Draft | null,
): Draft | null {
  const { reference, sides, nearer } = comparison;
  const drafts = sides.map((side) => askSide(`how far is ${side} from ${reference}`));
  const sentences = drafts.flatMap((d) =>
    d && d.confidence >= MIN_CONFIDENCE && d.evidence[0] ? [{ draft: d, evidence: d.evidence[0] }] : [],
  );
  const found = sides.map((side) => {
    for (const s of sentences) {
      const distance = distanceFor(s.evidence.text, side);
      if (distance) return { side, distance, evidence: s.evidence, draft: s.draft };
    }
    return { side, distance: null, evidence: null, draft: null };
  });
  const [a, b] = found;
  if (!a || !b || (!a.distance && !b.distance)) return null;
  const evidence: Evidence[] = [];
  for (const f of found)
    if (f.evidence && !evidence.some((e) => e.id === f.evidence?.id)) evidence.push(f.evidence);
  const said = (f: (typeof found)[number]) => (f.distance ? `${f.side}: ${f.distance.text}` : null);
  let lead: string;
  if (a.distance && b.distance && a.distance.metres !== b.distance.metres) {
    const aFirst = nearer === a.distance.metres < b.distance.metres;
    const [winner, other] = aFirst ? [a, b] : [b, a];
    lead = `${capitalise(winner.side)} is ${nearer ? 'closer to' : 'farther from'} ${reference}: ${winner.distance?.text} vs ${other.distance?.text} for ${other.side}.`;
  } else if (a.distance && b.distance) {
    lead = `${capitalise(a.side)} and ${b.side} are as far from ${reference}: ${a.distance.text}.`;
  } else {
    const [known, missing] = a.distance ? [a, b] : [b, a];
    lead = `${capitalise(known.side)} is ${known.distance?.text} from ${reference}; the coverage does not give how far ${missing.side} is, so I can't say which is ${nearer ? 'closer' : 'farther'}.`;
  }
  const answered = found.filter((f) => f.draft !== null);
  return {
    answeredAs: 'count',
    confidence: Math.min(...answered.map((f) => f.draft?.confidence ?? 0)),
    direct: found
      .map(said)
      .filter((x) => x !== null)
      .join('; '),
    lead,
    evidence,
    lines: [],
    focus: answered.flatMap((f) => f.draft?.focus ?? []),
  };
}

function capitalise(x: string): string {
  return x.charAt(0).toUpperCase() + x.slice(1);
}

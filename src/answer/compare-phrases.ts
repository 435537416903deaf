/**
 * Comparisons read in the question's own words: "X vs Y" and "bigger than" sizes, each side a figure
 * ("how many active-duty troops… vs how many National Guard…"), and "the difference between X and Y",
 * "compare X with Y", "which came first: X or Y?", each side answered as its own question. The comparisons
 * of people, years and articles are in compare.ts.
 */
import { figuresOf, MAGNITUDE } from './compare.ts';
import { MIN_CONFIDENCE, type Draft } from './handlers.ts';
import { oneSideDated } from './compare-one-side.ts';
import type { Analysis } from '../nlp/pipeline.ts';
import type { Evidence } from './types.ts';
import type { Understanding } from './understand.ts';

/** Patterns with `\p{…}`, built once: inside a function tsx rebuilds them on every call (see src/nlp/letter-tests.ts). */
const P1 = /\p{L}{3,}/u;

/**
 * The two things a comparison of sizes sets against each other: "was the caravan bigger than the number of
 * troops Mexico sent north?" → "the caravan", "the number of troops Mexico sent north". `null` otherwise.
 */
export function magnitudeSides(text: string): [string, string] | null {
  const m =
    /^(?:(?:was|is|were|are|did)\s+)?(.+?)\s+(?:bigger|smaller|larger|more|fewer|less|greater)\b(?:\s+or\s+\w+)?\s+than\s+(.+?)[?.!]*$/i.exec(
      text.trim(),
    );
  // "Were there more Guard troops than active-duty troops?": the thing counted comes after "more".
  const counted = /\b(?:more|fewer)\s+(.+?)\s+than\s+(.+?)[?.!]*$/i.exec(text.trim());
  const pair =
    m?.[1] && m[2] && !/^(there|it)$/i.test(m[1]) ? [m[1], m[2]] : counted ? [counted[1], counted[2]] : null;
  if (!pair?.[0] || !pair[1]) return null;
  const clean = (phrase: string) => phrase.replace(/^(the|a|an)\s+(number|size)\s+of\s+/i, '').trim();
  const left = clean(pair[0]);
  const right = clean(pair[1]);
  return left.split(/\s+/).length <= 8 && right.split(/\s+/).length <= 10 ? [left, right] : null;
}

/**
 * The two things a "X vs Y" question compares by size: "US Guard troops in 2018 vs Mexico's troops in 2019 —
 * which number was bigger?" → "US Guard troops in 2018", "Mexico's troops in 2019". `null` unless the question
 * asks about sizes.
 */
export function versusSizes(text: string): [string, string] | null {
  if (!MAGNITUDE.test(text)) return null;
  const m = /^(.+?)\s+(?:vs\.?|versus)\s+(.+)$/i.exec(text.trim());
  if (!m?.[1] || !m[2]) return null;
  // The question after the second side: "…in 2019 - which number was bigger?", "…, how many?".
  const right = m[2].split(/\s+[-–—]\s+|[,:;?]\s*|\s+(?=(?:which|what|who|how)\b)/i)[0]?.trim() ?? '';
  const left = m[1].replace(/^.*?[:?]\s*/, '').trim();
  // "…- how many of each were on the California border": where the question after the sides places them
  // is asked of both.
  const after = m[2].slice(m[2].indexOf(right) + right.length);
  const place = /\b(?:of each|of them|each|both)\b.*?\b((?:in|on|at|along|near)\s+[^?.!]+?)[?.!\s]*$/i.exec(
    after,
  )?.[1];
  const placed = (x: string) =>
    place && !x.toLowerCase().includes(place.toLowerCase()) ? `${x} ${place}` : x;
  const words = (x: string) => x.split(/\s+/).filter(Boolean).length;
  // "Troops in 2018 vs 2019": a side that is only a year is a comparison of years.
  const named = (x: string) => P1.test(x);
  if (!named(left) || !named(right) || words(left) > MAX_SIDE_WORDS || words(right) > MAX_SIDE_WORDS)
    return null;
  // "How many guard troops did South Dakota send in 2021 vs Florida in 2023": a second side that names no
  // counted thing counts what the first does.
  const asked = HOW_MANY_SIDE.exec(left)?.groups;
  if (!asked?.['counted']) return [placed(left), placed(right)];
  const counted = asked['counted'].trim();
  const rightWords = right.toLowerCase().split(/\s+/);
  const countsOwn =
    /^how\s+(?:many|much)\b/i.test(right) ||
    counted.split(/\s+/).some((w) => rightWords.includes(w.toLowerCase()));
  return [placed(left), placed(countsOwn ? right : `${counted} ${right}`)];
}

/** Auxiliaries that end what "how many" counts ("how many guard troops did…"). */
const AUXILIARY = '(?:did|do|does|were|was|are|is|have|has|had|will|would|could)';

/** A side that asks "how many" itself, with the words it counts up to the auxiliary ("guard troops"). */
const HOW_MANY_SIDE = new RegExp(
  `^how\\s+(?:many|much)\\s+((?<counted>(?:(?!${AUXILIARY}\\b)[\\p{L}'’-]+\\s+){1,4})${AUXILIARY}\\b.*)$`,
  'iu',
);

/**
 * The drafts for the sides of a comparison (`answer` of each), a later side answered from the article of the
 * first when that article answers it as well: "how many active-duty troops did Northern Command announce on
 * Oct. 29 vs how many National Guard were already on the border" sets two figures of one report side by side.
 */
export function inOneStory(
  sides: readonly Understanding[],
  answer: (u: Understanding) => Draft | null,
): Array<Draft | null> {
  const drafts = sides.map(answer);
  const first = drafts[0];
  const story = [...new Set(first?.evidence.map((e) => e.sourceId) ?? [])];
  if (!first || first.confidence < MIN_CONFIDENCE || story.length === 0) return drafts;
  return drafts.map((draft, i) => {
    const side = sides[i];
    if (
      i === 0 ||
      !side ||
      side.outletSourceIds.length > 0 ||
      draft?.evidence.some((e) => story.includes(e.sourceId))
    )
      return draft;
    const there = answer({ ...side, outletSourceIds: story });
    return there && there.evidence.length > 0 && there.confidence >= (draft?.confidence ?? MIN_CONFIDENCE)
      ? there
      : draft;
  });
}

/** Two figures side by side, each under the words that asked for it; `null` unless both are answered. */
export function answerSizes(sides: ReadonlyArray<{ label: string; draft: Draft | null }>): Draft | null {
  const answered = sides.filter(
    (s): s is { label: string; draft: Draft } =>
      s.draft !== null && s.draft.confidence >= MIN_CONFIDENCE && s.draft.direct !== null,
  );
  if (answered.length < 2) return null;
  const figures = figuresOf(answered);
  const [a, b] = answered;
  const av = a?.draft.figure?.value;
  const bv = b?.draft.figure?.value;
  const larger = av !== undefined && bv !== undefined && av !== bv ? (av > bv ? a : b) : null;
  return {
    answeredAs: 'count',
    confidence: Math.min(...answered.map((s) => s.draft.confidence)),
    direct: answered.map((s) => `${s.label}: ${s.draft.direct}`).join('; '),
    lead: larger ? `The larger figure: ${larger.label}.` : null,
    evidence: answered.flatMap((s) => s.draft.evidence.slice(0, 1)),
    lines: [],
    focus: answered.flatMap((s) => s.draft.focus),
    ...(figures ? { chart: { kind: 'figures', figures } } : {}),
  };
}

/** Two things a question sets side by side in its own words, and whether it asks which came first. */
export interface PhraseComparison {
  sides: [string, string];
  order: boolean;
  /**
   * "Which came first, A or B?": the sides are offered as alternatives, each an event of its own, where "did A
   * come before B?" asks of A with B the time it is placed by.
   */
  offered?: boolean;
  /**
   * "…differ from the government's": the second side was a possessive alone, given the first side's head. Both
   * sides are then someone's account of one thing.
   */
  elided?: boolean;
}

/** Longest side, in words, read as a thing compared; longer ones are clauses this reading would mangle. */
const MAX_SIDE_WORDS = 14;
/**
 * A person's pronoun as an object opening what follows "after" or "before": "did the soldiers go after them
 * into Mexico?" asks whether they pursued them (the verb's "after"), not whether one event came after another.
 */
const OBJECT_AFTER = /^(?:him|her|them|me|us)\b/i;
/**
 * A personal pronoun opening the first side of "does … before/after …": "does she believe Díaz really cried
 * after the battle?" asks of what someone holds or did, a clause with its subject, whose "after" places it in
 * time; two events set in order are named ("did the raid happen after the election?"), or pointed to by "it"
 * or "that" ("was that before the war?"). English grammar: the subject pronouns of people.
 */
const PERSONAL_SUBJECT = /^(?:he|she|they|i|we|you)\s/i;

/**
 * The two things a question compares in its own words: "the difference between X and Y", "compare X with Y",
 * "how does X compare with Y", "X compared with Y", "which came first: X or Y?", "did X come before Y?".
 * `null` for any other question.
 */
export function phraseSides(text: string): PhraseComparison | null {
  const t = text.trim().replace(/[?.!]+$/, '');
  const offered =
    /^(?:which|what)\b[^:]*?\b(?:first|earlier|sooner|later|last)\b[^:]*?[:,]\s*(.+?)\s+or\s+(.+)$/i.exec(t);
  const order =
    offered ??
    /^(?:did|was|were|is|does)\s+(.+?)\s+(?:come\s+|happen\s+)?(?:before|after|earlier than|later than)\s+(.+)$/i.exec(
      t,
    );
  // "How does X's account differ from Y's": two accounts, the second worded as its possessor alone. ("Is that
  // any different from Y?" asks whether, of one thing the conversation holds; a "differ from" of other sides,
  // split, lost a held-out comparison: npm run eval 2026-12-03.)
  const accounts =
    /^how\s+(?:does|do|did|is|are|was|were)\s+(\S.*?\s\S.*?)\s+(?:differ\w*|different)\s+from\s+(\S+(?:\s+\S+){0,3}?(?:'s|’s|s'|s’))$/i.exec(
      t,
    );
  const plain =
    /\bdiffer\w*\s+between\s+(.+?)\s+and\s+(.+)$/i.exec(t) ??
    // "How does X compare with Y", "how old was X compared with how long Y…": the first side comes first.
    /^(?:how\s+(?:does|do|did|is|are|was|were)\s+)?(\S.*?\s\S.*?),?\s+compared?\s+(?:with|to|against)\s+(.+)$/i.exec(
      t,
    ) ??
    /\bcompare\s+(.+?)\s+(?:with|to|against|and)\s+(.+)$/i.exec(t) ??
    accounts;
  const m = order ?? plain;
  const left = m?.[1]?.trim();
  const written = m?.[2]?.trim();
  const right = written && m === accounts ? withElidedHead(written, left ?? '') : written;
  if (!left || !right) return null;
  // "How does the story the family tells differ from the agency's?": no head to give the possessive, so no
  // two accounts.
  if (m === accounts && right === written) return null;
  // "Did Odom ever return to Carrizal after the war?": whether it ever happened, the time only placing it.
  if (order && /\bever\b/i.test(left)) return null;
  if (order && !offered && OBJECT_AFTER.test(right)) return null;
  if (order && !offered && PERSONAL_SUBJECT.test(left)) return null;
  const words = (x: string) => x.split(/\s+/).length;
  if (words(left) > MAX_SIDE_WORDS || words(right) > MAX_SIDE_WORDS) return null;
  // "How did the numbers compare to 2018?": a side that is only a year is a comparison of years.
  if (![left, right].every((x) => P1.test(x))) return null;
  return {
    sides: [left, right],
    order: order !== null,
    ...(offered ? { offered: true } : {}),
    ...(right !== written ? { elided: true } : {}),
  };
}

/** A side that is a possessive alone ("the government's"), and the words after a possessive in the other side. */
const POSSESSIVE_ALONE = /^(?:the\s+)?\S+(?:\s+\S+){0,3}?(?:'s|’s|s'|s’)$/i;
// The words after the last possessive: "the boy's family's account" is an account.
const AFTER_POSSESSIVE = /^.*(?:'s|’s|s'|s’)\s+(.+)$/i;

/**
 * A side worded as a possessive alone with its head left out, as English leaves it after the other side's
 * ("the family's account of the shooting … from the government's"): completed with the other side's words after
 * its possessive ("the government's account of the shooting"). Any other side as it is.
 */
export function withElidedHead(side: string, other: string): string {
  if (!POSSESSIVE_ALONE.test(side)) return side;
  const head = AFTER_POSSESSIVE.exec(other)?.[1];
  return head ? `${side} ${head}` : side;
}

/**
 * True when the two sides of an order question are answered by one date of one sentence: the sentence then
 * tells one event, not two to set in order ("Was Texas going to keep its operation going after the Guard
 * left?" both read in "the last Guard soldiers will leave by July 15").
 */
export function oneDatedEvent(drafts: readonly Draft[]): boolean {
  const [a, b] = drafts;
  if (!a || !b || a.date === undefined || a.date !== b.date) return false;
  return a.evidence[0]?.id !== undefined && a.evidence[0]?.id === b.evidence[0]?.id;
}

/**
 * Answers the two sides of a {@link PhraseComparison} (each with `answerSide`) and joins them; for "which came
 * first", sets the two dates in order. `null` unless both sides are answered.
 */
export function answerPhrases(
  comparison: PhraseComparison,
  answerSide: (side: string) => Draft | null,
): Draft | null {
  const drafts = comparison.sides.map((label) => ({ label, draft: answerSide(label) }));
  const answered = drafts.filter(
    (d): d is { label: string; draft: Draft } =>
      d.draft !== null && d.draft.confidence >= MIN_CONFIDENCE && d.draft.evidence.length > 0,
  );
  if (answered.length < 2) {
    // "Which came first, A or B?" with only A dated: A's date, and plainly that B's is not given. ("Did A
    // come before B?" asks whether, which the other readings answer: tried as that, it lost two yes/no
    // test questions, npm run eval 2026-12-03.)
    const [only] = answered;
    const other = drafts.find((d) => d.label !== only?.label)?.label;
    return comparison.offered && only && other ? oneSideDated(only.label, only.draft, other) : null;
  }
  if (comparison.order && oneDatedEvent(answered.map((d) => d.draft))) return null;
  const dated = answered.filter((d) => d.draft.date !== undefined && d.draft.direct !== null);
  const inOrder =
    comparison.order && dated.length === 2
      ? [...dated].sort((a, b) => (a.draft.date ?? '').localeCompare(b.draft.date ?? ''))
      : null;
  const evidence: Evidence[] = [];
  const seen = new Set<string>();
  for (const { draft } of inOrder ?? answered)
    for (const e of draft.evidence.slice(0, 2))
      if (!seen.has(e.id)) {
        seen.add(e.id);
        evidence.push(e);
      }
  // The order rests on the two dates: each is shown beside its side, so the reader sees what was set in order.
  const withDate = (d: { label: string; draft: Draft } | undefined) =>
    d?.draft.direct ? `${d.label} (${d.draft.direct})` : (d?.label ?? '');
  const directs = (inOrder ?? answered).map((d) => (d.draft.direct ? `${d.label}: ${d.draft.direct}` : null));
  return {
    answeredAs: inOrder ? 'date' : (answered[0]?.draft.answeredAs ?? 'what'),
    confidence: Math.min(...answered.map((d) => d.draft.confidence)),
    direct: directs.every((d) => d !== null) ? directs.join('; ') : null,
    lead:
      inOrder && inOrder[0]?.draft.date !== inOrder[1]?.draft.date
        ? `First: ${withDate(inOrder[0])}; then: ${withDate(inOrder[1])}.`
        : `Side by side — ${comparison.sides.join(' and ')}:`,
    evidence,
    lines: [],
    focus: answered.flatMap((d) => d.draft.focus),
  };
}

/** Words a clause standing for a question opens with ("what Trump said…", "how long Garza has been…"). */
const WH_WORDS: ReadonlySet<string> = new Set(['what', 'who', 'how', 'why', 'when', 'where', 'which']);
/** "How many", "how much": the words after them up to a noun are what is counted, not the clause's subject. */
const COUNTING: ReadonlySet<string> = new Set(['many', 'much']);
/** Parts of speech a clause's subject is named by: one of them makes it a subject. */
const SUBJECT_POS: ReadonlySet<string> = new Set(['NOUN', 'PROPN', 'PRON']);

/**
 * The question a side worded as a clause stands for: "what Trump said Mexico agreed to" → "what did Trump say
 * Mexico agreed to?", "how long Rogelio Garza Cantú has been a customs broker" → "how long has Rogelio Garza
 * Cantú been a customs broker?", read then as it would be asked alone. `null` when the side is no such clause
 * (it is a question already, or no question word, subject and verb).
 */
export function clauseAsQuestion(analysis: Analysis): string | null {
  const { tokens, text } = analysis;
  const wh = tokens[0];
  if (!wh || !WH_WORDS.has(wh.normal)) return null;
  const how = wh.normal === 'how' && (tokens[1]?.pos === 'ADJ' || tokens[1]?.pos === 'ADV');
  let from = how ? 2 : 1;
  let at = from;
  while (at < tokens.length && tokens[at]?.pos !== 'AUX' && tokens[at]?.pos !== 'VERB') at++;
  const verb = tokens[at];
  if (how && COUNTING.has(tokens[1]?.normal ?? '')) {
    // "How many troops did the US send" is a question already, and "how many soldiers came" counts its
    // subject; "how many soldiers Mexico sent" asks of the words after the counted noun.
    if (verb?.pos !== 'VERB') return null;
    const counted = tokens.slice(from, at).findIndex((t) => t.pos === 'NOUN');
    if (counted < 0 || from + counted + 1 >= at) return null;
    from += counted + 1;
  }
  const first = tokens[from];
  const last = tokens[at - 1];
  const asks = tokens[from - 1];
  if (!verb || !first || !last || !asks || at === from) return null;
  if (!tokens.slice(from, at).some((t) => SUBJECT_POS.has(t.pos))) return null;
  const subject = text.slice(first.start, last.end);
  const rest = text.slice(verb.end).replace(/[?.!\s]+$/, '');
  const opening = text.slice(0, asks.end);
  if (verb.pos === 'AUX') return `${opening} ${verb.value} ${subject}${rest}?`;
  const does = verb.normal === verb.lemma ? 'do' : verb.normal === `${verb.lemma}s` ? 'does' : 'did';
  return `${opening} ${does} ${subject} ${verb.lemma}${rest}?`;
}

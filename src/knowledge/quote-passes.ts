/**
 * Passes over an article's attributed quotations that look across sentences: a quotation running on into the
 * next paragraph, and a person named only by "the" and a noun given the fuller description the article
 * introduced them by. A speaker named only by a description of an organisation the article named before is
 * read in bodies-named-again.ts; words a document says ("the statement said") are given to whoever issued it
 * in document-issuers.ts.
 */
import { opensWithCapital } from '../nlp/letter-tests.ts';
import type { EntityData } from './entity-data.ts';
import type { WorkingQuote, WorkingSentence } from './annotate.ts';

/** Patterns with `\p{…}`, built once: inside a function tsx rebuilds them on every call (see src/nlp/letter-tests.ts). */
const P1 = /^[\p{P}\s]*$/u;
const P3 = /[^\p{L}\p{N}\s]+/gu;

/**
 * A quotation running on over paragraphs leaves the first without a closing mark and opens the next with
 * one; the attribution comes after the last, so it names who said the earlier paragraphs too.
 */
export function speakerOfRunOnQuotes(quotes: WorkingQuote[]): void {
  for (let i = quotes.length - 1; i >= 0; i--) {
    const q = quotes[i];
    if (!q || q.speakerId !== null || q.span.closed) continue;
    const next = firstInAnotherParagraph(quotes, i);
    const opensParagraph =
      next !== undefined &&
      next.sentence.paragraph === q.sentence.paragraph + 1 &&
      next.sentence.kind === q.sentence.kind &&
      P1.test(next.sentence.analysis.text.slice(0, next.span.outerStart));
    if (!opensParagraph || next.speakerId === null) continue;
    // Every quotation of this paragraph from the run-on one to its end is the same speaker's.
    for (let k = i; k >= 0; k--) {
      const earlier = quotes[k];
      if (!earlier || earlier.sentence.paragraph !== q.sentence.paragraph) break;
      if (earlier.speakerId !== null) break;
      Object.assign(earlier, {
        speakerId: next.speakerId,
        speakerName: next.speakerName,
        cue: next.cue,
        attributionSentence: next.attributionSentence ?? next.sentence,
      });
    }
  }
}

/**
 * '"Colaboramos, … subordinar" — "We collaborate, … ourselves" — said the president': a quotation followed,
 * with nothing but a dash, a comma or a bracket between them, by another (its translation, or the rest of
 * the words) is said by whoever says that one. Read from the last quotation back, so a chain of them takes
 * the speaker named after the last.
 */
export function speakerOfTranslatedQuotes(quotes: WorkingQuote[]): void {
  for (let i = quotes.length - 2; i >= 0; i--) {
    const q = quotes[i];
    const next = quotes[i + 1];
    if (!q || !next || q.speakerId !== null || next.speakerId === null) continue;
    if (next.sentence.analysis !== q.sentence.analysis || !q.span.closed) continue;
    const between = q.sentence.analysis.text.slice(q.span.outerEnd, next.span.outerStart);
    if (!/^[\s,—–(\[-]*$/u.test(between) || !/[—–(\[-]/u.test(between)) continue;
    Object.assign(q, {
      speakerId: next.speakerId,
      speakerName: next.speakerName,
      cue: next.cue,
      attributionSentence: next.attributionSentence ?? (next.sentence === q.sentence ? null : next.sentence),
    });
  }
}

/** The first quotation after `quotes[i]` in another paragraph (found without copying the rest of the list). */
function firstInAnotherParagraph(quotes: readonly WorkingQuote[], i: number): WorkingQuote | undefined {
  const paragraph = quotes[i]?.sentence.paragraph;
  for (let j = i + 1; j < quotes.length; j++) {
    const q = quotes[j];
    if (q && q.sentence.paragraph !== paragraph) return q;
  }
  return undefined;
}

/**
 * Words that hand a quotation standing before them to someone: "The words were those of Thomas Ahearn",
 * "The voice on the radio belonged to Sgt. Ramiro Lucero", "The line came from…", "That was the opinion of
 * Lieut. Frederick Ashby".
 */
const NAMED_AFTER =
  /^(?:that|this)\s+(?:was|is)\s+(?:the\s+)?(?:\S+\s+)?(?:opinion|view|verdict|judgment|judgement|assessment|conclusion|reckoning)\s+of\b|^(?:the|those|that|these)\s+(?:\S+\s+){0,6}?(?:were|was)\s+(?:those|that)\s+of\b|^(?:the|those|that|these)\s+(?:\S+\s+){0,8}?(?:belonged|belongs)\s+to\b|^(?:the|those|that|these)\s+(?:\S+\s+){0,6}?came\s+from\b/i;

/** Text that is nothing but punctuation and spaces. */
export const ONLY_MARKS = /^[\p{P}\s]*$/u;

/**
 * A quotation standing as a paragraph of its own, with no speaker, whose next paragraph opens by saying
 * whose the words were ('"Tell them we were here." / The words were those of Thomas Ahearn, …'): that
 * person's. So is one standing as a sentence of its own that opens a paragraph, when the next sentence says
 * so ('"The papers have made a war out of a street fight." That was the opinion of Lieut. Frederick Ashby').
 */
export function speakerNamedAfter(
  quotes: WorkingQuote[],
  sentences: readonly WorkingSentence[],
  entity: (id: string) => Pick<EntityData, 'name' | 'type'> | undefined,
): void {
  // Sentences per paragraph and each paragraph's first, read once: quotations × sentences would not scale.
  const perParagraph = new Map<number, number>();
  const opening = new Map<number, WorkingSentence>();
  const second = new Map<number, WorkingSentence>();
  for (const s of sentences) {
    perParagraph.set(s.paragraph, (perParagraph.get(s.paragraph) ?? 0) + 1);
    if (s.position === 1) opening.set(s.paragraph, s);
    if (s.position === 2) second.set(s.paragraph, s);
  }
  for (const q of quotes) {
    if (q.speakerId !== null || q.speakerName !== 'unattributed') continue;
    const own = q.sentence;
    const alone = perParagraph.get(own.paragraph) === 1;
    if (!alone && own.position !== 1) continue;
    // Nothing but marks around the quotation; tested apart, as slices, so no copy of a long sentence is made.
    const text = own.analysis.text;
    if (
      !ONLY_MARKS.test(text.slice(own.start, q.span.outerStart)) ||
      !ONLY_MARKS.test(text.slice(q.span.outerEnd, own.end))
    )
      continue;
    const next = alone ? opening.get(own.paragraph + 1) : second.get(own.paragraph);
    if (!next || next.kind !== own.kind) continue;
    const handing = NAMED_AFTER.exec(next.text);
    if (!handing) continue;
    const after = next.start + handing[0].length;
    const mention = next.mentions.find(
      (m) =>
        m.via !== 'pronoun' &&
        (next.analysis.tokens[m.token]?.start ?? -1) >= after &&
        entity(m.entityId)?.type === 'person',
    );
    const who = mention ? entity(mention.entityId) : undefined;
    if (!mention || !who) continue;
    Object.assign(q, {
      speakerId: mention.entityId,
      speakerName: who.name,
      cue: null,
      attributionSentence: next,
    });
  }
}

/** Quotations either side of one no one said that are searched for the words it repeats. */
const MAX_QUOTES_TO_REPEATED = 30;
/** Words a repeated quotation must hold, so that "Yes" is no one's echo. */
const MIN_REPEATED_WORDS = 3;

/**
 * A quotation no one was found to say whose words stand inside one said by someone near it, or are all of
 * it (a heading '"ALL THE GLASS CAME IN"' over '"…and then all the glass came in," Mrs. Ruckle said'): the
 * words are theirs.
 */
export function speakerOfRepeatedWords(quotes: readonly WorkingQuote[]): void {
  const known = new Map<WorkingQuote, string>();
  quotes.forEach((quote, i) => {
    if (quote.parent !== null || quote.speakerName !== 'unattributed') return;
    const echo = wordsOf(quote, known);
    if (!hasWords(echo, MIN_REPEATED_WORDS)) return;
    for (let d = 1; d <= MAX_QUOTES_TO_REPEATED; d++) {
      for (let side = 0; side < 2; side++) {
        const other = quotes[side === 0 ? i + d : i - d];
        if (!other || other.speakerName === 'unattributed') continue;
        const said = wordsOf(other, known);
        // A heading repeating the words whole ('11:45 a.m. — "We are in the middle"') is theirs as much.
        if (said.length < echo.length || !` ${said} `.includes(` ${echo} `)) continue;
        Object.assign(quote, { speakerId: other.speakerId, speakerName: other.speakerName, cue: null });
        return;
      }
    }
  });
}

/** A quotation's words in lower case without punctuation, read once per quotation (`known` keeps them). */
function wordsOf(q: WorkingQuote, known: Map<WorkingQuote, string>): string {
  let w = known.get(q);
  if (w === undefined) {
    w = q.text.toLowerCase().replace(P3, ' ').replace(/\s+/g, ' ').trim();
    known.set(q, w);
  }
  return w;
}

/**
 * True when `words` (one space between words) splits into at least `count` pieces at its spaces, counted
 * without the split: most quotations no one said are a word or two.
 */
function hasWords(words: string, count: number): boolean {
  let pieces = 1;
  for (let at = words.indexOf(' '); pieces < count && at >= 0; at = words.indexOf(' ', at + 1)) pieces++;
  return pieces >= count;
}

/** Words at most after the preposition of an earlier, fuller description ("in charge", "of the sector"). */
const MAX_QUALIFIER_WORDS = 3;
/** A person named only by "the" and one noun ("the lieutenant"): the noun. */
const ONE_NOUN_DESCRIPTION = /^the\s+([\p{Ll}-]{3,})$/u;
/** Parts of speech of the words a description's preposition governs. */
const QUALIFIER_POS = new Set(['DET', 'ADJ', 'NUM', 'NOUN', 'PROPN']);

/**
 * A speaker named by "the" and a noun the article introduced before with words that say which one ("he
 * talked to the lieutenant in charge" … "The lieutenant told our agent, '…'"): the fuller description, as
 * the article first gave it.
 */
export function fullerDescriptions(
  quotes: readonly WorkingQuote[],
  sentences: readonly WorkingSentence[],
  isPersonNoun: (lemma: string) => boolean = () => true,
): void {
  const wanted = new Map<WorkingQuote, string>();
  for (const q of quotes) {
    const noun = q.speakerId === null ? ONE_NOUN_DESCRIPTION.exec(q.speakerName)?.[1] : undefined;
    if (noun) wanted.set(q, noun);
  }
  if (wanted.size === 0) return;
  const nouns = new Set(wanted.values());
  const bySentence = new Map<WorkingSentence, WorkingQuote[]>();
  for (const q of wanted.keys()) {
    const list = bySentence.get(q.sentence);
    if (list) list.push(q);
    else bySentence.set(q.sentence, [q]);
  }
  // One pass in reading order: each quotation takes the latest fuller description before its sentence, so
  // the work is linear in the article however many quotations "the crowd" is given.
  const latest = new Map<string, string>();
  for (const s of sentences) {
    for (const q of bySentence.get(s) ?? []) {
      const fuller = latest.get(wanted.get(q) ?? '');
      if (fuller) q.speakerName = fuller;
    }
    for (const [noun, fuller] of describedIn(s, nouns, isPersonNoun)) latest.set(noun, fuller);
  }
}

/**
 * "the lieutenant in charge" in sentence `s`: for each of `nouns` the sentence writes after "the" and before
 * a preposition and the few words it governs, the first such description.
 */
function describedIn(
  s: WorkingSentence,
  nouns: ReadonlySet<string>,
  isPersonNoun: (lemma: string) => boolean,
): Map<string, string> {
  const { analysis, tokenStart, tokenEnd } = s;
  const tokens = analysis.tokens;
  const out = new Map<string, string>();
  for (let t = tokenStart + 1; t + 2 < tokenEnd; t++) {
    const noun = tokens[t]?.normal ?? '';
    if (!nouns.has(noun) || out.has(noun) || tokens[t - 1]?.normal !== 'the' || tokens[t + 1]?.pos !== 'ADP')
      continue;
    // "the Bureau of Prisons": a body's name, which organisationsDescribed reads (and leaves when two share
    // the head); "the Secretary of War" is a person's title.
    if (opensWithCapital(tokens[t]?.value ?? '') && !isPersonNoun(noun)) continue;
    let end = t + 2;
    while (end < tokenEnd && end - t - 2 < MAX_QUALIFIER_WORDS && QUALIFIER_POS.has(tokens[end]?.pos ?? ''))
      end++;
    const last = tokens[end - 1];
    if (end === t + 2 || !last || !['NOUN', 'PROPN'].includes(last.pos)) continue;
    out.set(noun, `the ${analysis.text.slice(tokens[t]?.start ?? 0, last.end)}`);
  }
  return out;
}

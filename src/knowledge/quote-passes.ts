/**
 * Passes over an article's attributed quotations that look across sentences: a quotation running on into the
 * next paragraph, a speaker named only by a description of an organisation the article named before, and a
 * person named only by "the" and a noun given the fuller description the article introduced them by. Words a
 * document says ("the statement said") are given to whoever issued it in document-issuers.ts.
 */
import { isCalendarName } from '../nlp/calendar-words.ts';
import { opensWithCapital } from '../nlp/letter-tests.ts';
import type { EntityData } from './entity-data.ts';
import type { WorkingQuote, WorkingSentence } from './annotate.ts';
import type { Token } from '../nlp/pipeline.ts';

/** Patterns with `\p{…}`, built once: inside a function tsx rebuilds them on every call (see src/nlp/letter-tests.ts). */
const P1 = /^[\p{P}\s]*$/u;
const P3 = /[^\p{L}\p{N}\s]+/gu;
/** A determiner opening a sentence before a lower-case description ("The bureau"), and nothing more. */
const DETERMINER_AND_DESCRIPTION = /^(?:The|A|An|This|That|Its|Their)\s+\p{Ll}[\p{L}-]*$/u;
/** A determiner or possessive opening words a capitalised-words pattern took for a name ("His lawyer"). */
const LEADING_DETERMINER = /^(?:the|a|an|his|her|its|their|our|my|your)\s+/i;

/**
 * A speaker named only by "the" and a noun or two ("the ministry", "the foreign ministry", "the
 * Secretariat"): its last noun.
 */
const DEFINITE_DESCRIPTION = /^the\s+(?:[\p{Ll}-]+\s+)?(\p{L}[\p{Ll}-]{3,})$/u;

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
 * "The ministry said": the organisation the article named with those words before ("Mexico's Interior
 * Ministry", "the House Judiciary subcommittee"), when it is no known entity. One pass over the sentences in
 * order, remembering the last such name for each head asked about: linear in the article, however many
 * quotations name "the ministry".
 */
export function organisationsDescribed(
  quotes: WorkingQuote[],
  sentences: readonly WorkingSentence[],
  entity: (id: string) => Pick<EntityData, 'type'> | undefined,
  isPersonNoun: (lemma: string) => boolean = () => false,
): void {
  const asking = new Map<WorkingSentence, Array<{ quote: WorkingQuote; head: string }>>();
  const patterns = new Map<string, RegExp>();
  for (const quote of quotes) {
    if (quote.speakerId !== null) continue;
    const head = DEFINITE_DESCRIPTION.exec(quote.speakerName)?.[1];
    if (!head) continue;
    const list = asking.get(quote.sentence) ?? [];
    list.push({ quote, head });
    asking.set(quote.sentence, list);
    // Capitalised words before the head, written with a capital or not ("Interior Ministry", "House
    // Judiciary subcommittee"); without the "i" flag, so \p{Lu} means a capital.
    const headPattern = `[${head.charAt(0).toUpperCase()}${head.charAt(0)}]${head.slice(1)}`;
    // "the Texas-based group Frontera Medical Response": a name set right after the words, captured.
    // "the Federal Bureau of Investigation", "the Bureau of Prisons": a body's head written with its capital
    // before "of" and a capitalised word is a name's head, with or without words before it; a person's
    // ("Secretary of State Mike Pompeo") is a title, read elsewhere.
    const capitalHead = `${head.charAt(0).toUpperCase()}${head.slice(1)}`;
    if (!patterns.has(head))
      patterns.set(
        head,
        isPersonNoun(head)
          ? new RegExp(`(?:\\p{Lu}[\\p{L}'’.-]*\\s+){1,4}${headPattern}\\b()${APPOSED_NAME}`, 'gu')
          : new RegExp(
              `(?:(?:\\p{Lu}[\\p{L}'’.-]*\\s+){1,4}${headPattern}|(?<![\\p{L}'’.-])${capitalHead}(?=${OF_PART}))\\b(?:${OF_NAME}|${APPOSED_NAME})`,
              'gu',
            ),
      );
  }
  if (asking.size === 0) return;
  /**
   * The last words naming each head's body, and whether they are its name ("Frontera Medical Response");
   * `null` when one sentence named two bodies by the head ("the Federal Bureau of Investigation and the Bureau
   * of Prisons"): "the bureau" after it may be either.
   */
  const lastNamed = new Map<string, { text: string; named: boolean } | null>();
  for (const sentence of sentences) {
    // Only sentences before the quotation's own count: its quotations are answered before it is read.
    for (const { quote, head } of asking.get(sentence) ?? []) {
      const found = lastNamed.get(head);
      // Kept a description ("the Interior Ministry"), so no person named "Ministry" is made of it.
      if (found?.named) quote.speakerName = found.text;
      else if (found)
        // "His lawyer" opening a sentence is no body's name: "the lawyer", not "the His lawyer".
        quote.speakerName = `the ${found.text.replace(LEADING_DETERMINER, '').replace(/^\S+['’]s\s+/, '')}`;
    }
    const text = sentence.analysis.text.slice(sentence.start, sentence.end);
    for (const [head, pattern] of patterns) {
      // The pattern holds the head but its first letter as written: a sentence without that is read no further.
      if (!text.includes(head.slice(1))) continue;
      let inSentence: { text: string; named: boolean } | null | undefined;
      for (const m of text.matchAll(pattern)) {
        // "The bureau said …" opening a sentence: the description again, which names no body of its own.
        if (DETERMINER_AND_DESCRIPTION.test(m[0])) continue;
        const named = ofName(sentence, m, entity, isPersonNoun) ??
          apposedBodyName(sentence, m, entity) ?? {
            text: m[0].slice(0, m[0].length - (m[2]?.length ?? 0)).trimEnd(),
            named: false,
          };
        inSentence = inSentence === undefined || inSentence?.text === named.text ? named : null;
      }
      if (inSentence !== undefined) lastNamed.set(head, inSentence);
    }
  }
}

/**
 * "of" and the capitalised words of a name's part after its head ("of Investigation", "of Public Safety",
 * "of Alcohol, Tobacco, Firearms and Explosives"), captured as group 1.
 */
const OF_PART = String.raw`\s+of\s+(?:the\s+)?\p{Lu}[\p{L}'’.-]*(?:\s+(?:and\s+|&\s+)?\p{Lu}[\p{L}'’.-]*){0,5}`;
const OF_NAME = `(${OF_PART})`;
/**
 * A person's title abbreviated, a capital and small letters and a full stop ("Col.", "Lt.", "Sgt.", "Gen."),
 * but not a place's word or a firm's ("St. Thomas", "Fort" as "Ft.", "Co.").
 */
const ABBREVIATED_TITLE = /^(?!(?:St|Ste|Ft|Mt|Co|Corp|Inc|Ltd|Bros)\.$)\p{Lu}\p{Ll}{0,4}\.$/u;

/**
 * A body's name whose head stands before "of" ("Federal Bureau of Investigation", "Department of Homeland
 * Security"): the whole name, without an article opening the sentence. `null` for a match without that part.
 */
function ofName(
  sentence: WorkingSentence,
  m: RegExpMatchArray,
  entity: (id: string) => Pick<EntityData, 'type'> | undefined,
  isPersonNoun: (lemma: string) => boolean,
): { text: string; named: true } | null {
  const part = m[1];
  if (!part || m.index === undefined || sentence.kind === 'headline') return null;
  const partStart = sentence.start + m.index + m[0].length - part.length;
  // "Department of Homeland Security Secretary Kirstjen Nielsen", "… Security Tuesday": the name ends
  // before a day, or a person named, and the title words set before them.
  let end = sentence.start + m.index + m[0].length;
  const personAt = new Set(
    sentence.mentions
      .filter((x) => x.via !== 'pronoun' && entity(x.entityId)?.type === 'person')
      .map((x) => x.token),
  );
  const kept: Token[] = [];
  /** Where in `kept` the part's first word of its own stands ("Justice" of "of Justice"), once one is kept. */
  let own = -1;
  for (let k = sentence.tokenStart; k < sentence.tokenEnd; k++) {
    const t = sentence.analysis.tokens[k];
    if (!t || t.start < partStart) continue;
    if (t.start >= end) break;
    // "… Public Safety Director Steve McCraw", "… Justice Inspector General Michael Horowitz": a title, one
    // person's (singular, unlike "Veterans Affairs"), of a word or more before a capitalised word opens a name
    // the pipeline may not know; so does a title abbreviated ("Col. Steve McCraw", "Lt. Chris Olivarez"). The
    // part's first word is the name's own even when it is a person's ("Department of Justice").
    const next = sentence.analysis.tokens[k + 1];
    const title =
      opensWithCapital(next?.value ?? '') &&
      (ABBREVIATED_TITLE.test(t.value) || (own >= 0 && isPersonNoun(t.normal) && t.lemma === t.normal));
    if (personAt.has(k) || title || isCalendarName(t.normal)) {
      while (kept.length > own + 1 && isPersonNoun(kept.at(-1)?.normal ?? '')) kept.pop();
      end = kept.at(-1)?.end ?? partStart;
      break;
    }
    kept.push(t);
    if (own < 0 && !/^(?:of|the|and|&)$/u.test(t.normal)) own = kept.length - 1;
  }
  const text = sentence.analysis.text
    .slice(sentence.start + m.index, end)
    .replace(/(?:\s+(?:of|the|and|&))+\s*$/u, '')
    .trimEnd();
  // "Department of Secretary …": nothing of the part's own is left.
  if (!/\sof\s+(?:the\s+)?\p{Lu}/u.test(text)) return null;
  return { text: text.replace(/^(?:The|A|An)\s+/u, ''), named: true };
}

/**
 * A name set right after a description with no comma ("the Texas-based group Frontera Medical Response"):
 * capitalised words, two or more, with the links a body's name may hold, captured as group 1.
 */
const APPOSED_NAME = String.raw`(?:\s+(\p{Lu}[\p{L}'’.-]*(?:\s+(?:of|for|and|the|\p{Lu}[\p{L}'’.-]*)){1,5}))?`;

/**
 * The body's name `m` captured after its description, as the sentence wrote it, when it ends on a capitalised
 * word and no person the sentence mentions starts inside it ("the group Jane Doe founded" names a person).
 * `null` when there is none.
 */
function apposedBodyName(
  sentence: WorkingSentence,
  m: RegExpMatchArray,
  entity: (id: string) => Pick<EntityData, 'type'> | undefined,
): { text: string; named: true } | null {
  const captured = m[2];
  // A headline capitalises every word: "Mexico's Foreign Ministry Condemns Shooting" names no body after it.
  if (captured === undefined || m.index === undefined || sentence.kind === 'headline') return null;
  // "… Medical Response and the city": a link ends no name.
  const name = captured.replace(/(?:\s+(?:of|for|and|the))+$/u, '');
  if (name.split(/\s+/).length < 2) return null;
  const start = sentence.start + m.index + m[0].length - captured.length;
  const end = start + name.length;
  const person = sentence.mentions.some((x) => {
    const at = sentence.analysis.tokens[x.token]?.start ?? -1;
    return x.via !== 'pronoun' && at >= start && at < end && entity(x.entityId)?.type === 'person';
  });
  if (person) return null;
  // "the Foreign Ministry Tuesday Night Desk", "… Ministry Condemns Shooting": a day or month, or a verb, among
  // the words makes them no name.
  for (let k = sentence.tokenStart; k < sentence.tokenEnd; k++) {
    const t = sentence.analysis.tokens[k];
    if (!t || t.end <= start) continue;
    if (t.start >= end) break;
    if (t.pos === 'VERB' || t.pos === 'AUX' || isCalendarName(t.normal)) return null;
  }
  return { text: name, named: true };
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

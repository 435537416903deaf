/**
 * "The ministry said", "the bureau said": the organisation the article named with those words before ("Mexico's
 * Interior Ministry", "the Federal Bureau of Investigation (FBI)"), its whole name read again by its head.
 */
import { isCalendarName } from '../nlp/calendar-words.ts';
import { opensWithCapital } from '../nlp/letter-tests.ts';
import type { Token } from '../nlp/pipeline.ts';
import type { EntityData } from './entity-data.ts';
import type { WorkingQuote, WorkingSentence } from './annotate.ts';

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

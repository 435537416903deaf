/**
 * A named person called by a description of what they are: '"…," Mr. Scholl said. … "…," the old soldier
 * said. … Mr. Scholl would never let go … "…"' — a writer varies the name of the one whose story it is. A
 * speaker the finder could only describe ("the old soldier") is that person when the quotations on both sides
 * of theirs are that person's, in nearby paragraphs, and the article introduced no one else by those words ("an
 * old soldier"). Only a person known by name is meant so: one the article knows only by a description ("a
 * sergeant of the troop") who tells of others' words stands on both sides of those others' words too.
 */
import { mayBeCalled, type EpithetReader } from './epithet-speakers.ts';
import type { WorkingQuote, WorkingSentence } from './working.ts';

/** Patterns with `\p{…}`, built once: inside a function tsx rebuilds them on every call (see src/nlp/letter-tests.ts). */
/** "the old soldier", "the professor": "the", at most two lower-case words, and the noun. */
const DEFINITE_DESCRIPTION = /^the\s+((?:\p{Ll}+\s+){0,2})(\p{Ll}+)$/u;
/** A name: a capitalised word first, not an article or a word of number ("A sergeant of the troop", "One boy"). */
const NAME_START = /^(?!(?:A|An|The|One|Another|Some|Two|Three)\s)\p{Lu}/u;

/**
 * Paragraphs at most between the described speaker's words and the named speaker's on either side: the
 * writer varies the name within a stretch of one person's story, not across the article.
 */
const MAX_PARAGRAPHS_BETWEEN = 3;

/**
 * Gives the quotations a definite description of a person speaks ("the old soldier said") to the named person
 * whose words stand on both sides of them. Reads the article's sentences and quotations once each.
 */
export function describedNamedPeople(
  reader: EpithetReader,
  quotes: readonly WorkingQuote[],
  sentences: readonly WorkingSentence[],
): void {
  /** Top-level quotations, in the article's order. */
  const top = quotes.filter((q) => q.parent === null);
  const wanted = new Map<WorkingQuote, string>();
  for (const q of top) {
    if (q.speakerId !== null) continue;
    const m = DEFINITE_DESCRIPTION.exec(q.speakerName);
    const noun = m?.[2];
    if (m && noun && reader.isPersonNoun(noun)) wanted.set(q, noun);
  }
  if (wanted.size === 0) return;
  const introduced = introducedDescriptions(
    sentences,
    new Set([...wanted.keys()].map((q) => q.speakerName.slice('the '.length))),
  );
  // Each run of quotations one description speaks is read once, with the quotations on either side of it.
  for (let from = 0; from < top.length; from++) {
    const q = top[from] as WorkingQuote;
    const noun = wanted.get(q);
    if (noun === undefined) continue;
    let to = from;
    while (
      to + 1 < top.length &&
      top[to + 1]?.speakerId === null &&
      top[to + 1]?.speakerName === q.speakerName
    )
      to++;
    const before = top[from - 1];
    const after = top[to + 1];
    const person = introduced.has(q.speakerName.slice('the '.length))
      ? null
      : personOnBothSides(reader, before, after, noun);
    for (let k = from; person && before && after && k <= to; k++) {
      const said = top[k] as WorkingQuote;
      const p = said.sentence.paragraph;
      if (
        p - before.sentence.paragraph > MAX_PARAGRAPHS_BETWEEN ||
        after.sentence.paragraph - p > MAX_PARAGRAPHS_BETWEEN
      )
        continue;
      said.speakerId = person.id;
      said.speakerName = person.name;
    }
    from = to;
  }
}

/**
 * The named person who speaks both `before` and `after`, when a description's noun of `noun` may stand for
 * them (its gender does not say otherwise); `null` otherwise.
 */
function personOnBothSides(
  reader: EpithetReader,
  before: WorkingQuote | undefined,
  after: WorkingQuote | undefined,
  noun: string,
): { id: string; name: string } | null {
  const id = before?.speakerId;
  if (!id || id !== after?.speakerId) return null;
  const person = reader.entity(id);
  if (person?.type !== 'person' || !NAME_START.test(person.name)) return null;
  return mayBeCalled(reader, noun, id) ? person : null;
}

/** The descriptions of `described` the article introduces anywhere by "a" or "an" ("an old soldier"). */
function introducedDescriptions(
  sentences: readonly WorkingSentence[],
  described: ReadonlySet<string>,
): Set<string> {
  const introduced = new Set<string>();
  for (const s of sentences) {
    const { tokens } = s.analysis;
    for (let t = s.tokenStart; t < s.tokenEnd; t++) {
      const article = tokens[t]?.normal;
      if (article !== 'a' && article !== 'an') continue;
      // The one, two and three words after it, each made from the one before: no list made and joined for each.
      const one = tokens[t + 1]?.normal ?? '';
      const two = `${one} ${tokens[t + 2]?.normal ?? ''}`;
      const three = `${two} ${tokens[t + 3]?.normal ?? ''}`;
      if (described.has(one)) introduced.add(one);
      if (described.has(two)) introduced.add(two);
      if (described.has(three)) introduced.add(three);
    }
  }
  return introduced;
}

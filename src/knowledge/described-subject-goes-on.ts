/**
 * "An older man standing near the church, who asked not to be named, was less careful. 'Here we have always
 * known,' he said.": a sentence that opens on a person it describes and names no one brings that person in,
 * and the pronoun of the words that follow it in the paragraph is theirs, not the last person named before.
 */
import type { WorkingQuote, WorkingSentence } from './working.ts';
import { aPersonDescribed, type DescribedReader } from './described-goes-on.ts';
import { tokenAt } from './speakers.ts';

/** Words at most of a description opening a sentence ("An older man"): the article, modifiers, the noun. */
const MAX_OPENING_WORDS = 4;

/**
 * Hands to the person a sentence opens by describing ("An older man …") the quotation right after it in its
 * paragraph whose speaker only a pronoun of a fitting gender names. Changes `quotes` and the pronoun's
 * sentence's mentions in place.
 */
export function describedSubjectGoesOn(
  reader: DescribedReader,
  quotes: readonly WorkingQuote[],
  isPerson: (id: string) => boolean,
): void {
  for (const q of quotes) {
    if (q.parent !== null || q.speakerId === null || q.cue === null) continue;
    const said = q.attributionSentence ?? q.sentence;
    const before = said.previous;
    if (!before || before.paragraph !== said.paragraph || before.kind !== said.kind) continue;
    if (before.mentions.some((m) => isPerson(m.entityId))) continue;
    const pronoun = said.mentions.find((m) => m.entityId === q.speakerId && m.via === 'pronoun');
    if (!pronoun || said.mentions.some((m) => m.entityId === q.speakerId && m.via !== 'pronoun')) continue;
    const gender = reader.pronouns.get(tokenAt(said.analysis, pronoun.token).normal);
    const described = describedOpening(before, reader);
    if (!gender || !described) continue;
    const marked = reader.nounGender(described.head);
    if (marked !== null && marked !== gender) continue;
    q.speakerId = null;
    q.speakerName = described.name;
    said.mentions.splice(said.mentions.indexOf(pronoun), 1);
  }
}

/** The description `s` opens with ("An older man"), and its head noun; `null` when it opens otherwise. */
function describedOpening(
  s: WorkingSentence,
  reader: DescribedReader,
): { name: string; head: string } | null {
  const tokens = s.analysis.tokens;
  const subject: number[] = [];
  for (let k = s.tokenStart; k < s.tokenEnd && subject.length < MAX_OPENING_WORDS; k++) {
    const pos = tokens[k]?.pos;
    if (subject.length > 0 && pos !== 'ADJ' && pos !== 'NOUN') break;
    subject.push(k);
  }
  // The head is the last noun for a person in the run: the tagger may read on ("An older man standing").
  let end = subject.length;
  while (
    end > 1 &&
    !(
      tokens[subject[end - 1] ?? -1]?.pos === 'NOUN' &&
      reader.isPersonNoun(tokens[subject[end - 1] ?? -1]?.lemma ?? '')
    )
  )
    end--;
  const found = aPersonDescribed(s.analysis, subject.slice(0, end), (l) => reader.isPersonNoun(l));
  const head = tokens[subject[end - 1] ?? -1];
  return found && head ? { name: found.speakerName, head: head.lemma } : null;
}

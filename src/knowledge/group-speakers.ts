/**
 * A group speaking as one, named by a plural noun for people with no determiner: '"We will miss the kids,"
 * residents told our crew', '"…," local residents said'. The parse gives the plural (a noun whose lemma is not
 * the word as written) and WordNet that its singular is a person; "the residents" is read as any definite
 * description is.
 */
import type { Analysis } from '../nlp/pipeline.ts';
import { tokenAt } from './speakers.ts';

/**
 * True when `subject` (the tokens of a verb's subject, punctuation and adverbs allowed around it) is a bare
 * plural noun for people, perhaps after adjectives, nouns or names ("residents", "local residents", "Border
 * Patrol agents"), and no determiner or pronoun: a group, not one person, and no one named.
 */
export function bareGroupOfPeople(
  analysis: Analysis,
  subject: readonly number[],
  isPersonNoun: (lemma: string) => boolean,
): boolean {
  const words = subject.map((t) => tokenAt(analysis, t)).filter((w) => w.pos !== 'PUNCT');
  // '"…," residents later said': an adverb before the verb says when, not who.
  while (words.length > 1 && words.at(-1)?.pos === 'ADV') words.pop();
  const head = words.at(-1);
  if (!head || head.pos !== 'NOUN' || head.lemma === head.normal || !isPersonNoun(head.lemma)) return false;
  return words.slice(0, -1).every((w) => w.pos === 'ADJ' || w.pos === 'NOUN' || w.pos === 'PROPN');
}

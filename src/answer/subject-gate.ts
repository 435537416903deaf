/**
 * The gate before any drafting: a question with no subject the coverage knows is out of scope, one asking
 * the bot's own judgement is declined, and one naming a subject or a year the coverage lacks is not covered.
 */
import type { Draft } from './handlers.ts';
import type { DecidedReply } from './question-drafting.ts';
import type { QuestionInConversation } from './question-in-conversation.ts';
import { leadOnly, notCovered, outOfScope } from './replies.ts';
import type { ServedKnowledge } from './served-knowledge.ts';
import type { AskOptions } from './types.ts';

/** The decline of a question asking the bot's own judgement: it reports the coverage, it does not judge. */
const OPINION: Draft = leadOnly(
  'out_of_scope',
  "I don't give opinions or take sides: I report what the coverage says and who said what. Ask me what someone in the coverage said about it, or use /quote.",
);

/** The decline of `q` before drafting, or null when it has a subject the coverage may answer. */
export function subjectDecline(
  q: QuestionInConversation,
  served: ServedKnowledge,
  options: AskOptions,
): DecidedReply | null {
  const { u, effective, intent, focus, context } = q;
  const { index, reader } = served;
  const followup = q.reading.followup;
  // "The insurgents … the seized cash": a thing the coverage names only in WordNet's other words for it
  // ("rebel", "money") is a subject it has, as a word with a data synonym it uses is. Not an act: a verb's
  // rarer senses name other acts ("deport" is also "conduct" oneself).
  const covered = (s: string) => index.vocabulary.has(s);
  const nouns = new Set(effective.analysis.tokens.filter((t) => t.pos === 'NOUN').map((t) => t.lemma));
  const known = effective.content.filter(
    (l) =>
      covered(l) ||
      reader.synonymsOf(l).some(covered) ||
      (nouns.has(l) && (reader.data.wordnet?.synonymsOf(l) ?? []).some(covered)),
  );
  // "…Black troopers getting shot at in some Arizona border town. Which regiment was that?": a question
  // pointing back to the words of its own message has their subject.
  const subjectInMessage =
    known.length === 0 && context !== null && u.terms.size > 0
      ? [...u.terms.keys()].some((t) => !effective.content.includes(t) && index.vocabulary.has(t))
      : false;
  const hasSubject =
    known.length > 0 ||
    effective.entities.length > 0 ||
    focus.length > 0 ||
    u.outletSourceIds.length > 0 ||
    subjectInMessage;
  if (u.offTopic || (!followup && !hasSubject && intent !== 'timeline')) {
    return {
      draft: outOfScope(served.coverage),
      understanding: u,
      surface: q.surface === 'followup' ? 'followup' : 'out_of_scope',
    };
  }
  if (u.opinion) return { draft: OPINION, understanding: u, surface: q.surface };
  const unknownSubject = u.unknownSubjects.length > 0 && !options.skipGates?.includes('unknown-subject');
  if (unknownSubject || u.years.some((y) => !index.coveredYears.has(y))) {
    options.trace?.(unknownSubject ? 'unknown-subject' : 'uncovered-year');
    const draft =
      known.length === 0 && effective.entities.length === 0
        ? outOfScope(served.coverage)
        : notCovered(index, intent);
    return { draft, understanding: effective, surface: q.surface };
  }
  return null;
}

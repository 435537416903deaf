/**
 * Whether a who-answer without a headline names anyone who did the asked thing: "who ordered the strike?"
 * answered by sentences naming only the strike and the question's own people tells the user nothing.
 */
import type { Draft } from './handlers.ts';
import type { KnowledgeIndex } from './knowledge-index.ts';
import type { Understanding } from './understand.ts';
import type { NounKinds } from '../knowledge/noun-kinds.ts';
import type { Analysis, Token } from '../nlp/pipeline.ts';

/** Words a question may open with before its "who" ("so who ordered it?"). */
const OPENERS: ReadonlySet<string> = new Set(['so', 'and', 'but', 'ok', 'okay', 'wait', 'then']);
/** Verbs after "who" that ask who someone is, not who did something ("who is the mayor?"). */
const BEING: ReadonlySet<string> = new Set(['be', 'is', 'was', 'are', 'were', "'s"]);

/** What the doer test reads besides the draft: verbs of saying, nouns' kinds and an analysis of a sentence. */
export interface DoerWords {
  sayings: ReadonlySet<string>;
  kinds: NounKinds | null;
  analyse: (text: string) => Analysis;
}

/**
 * The verb a question asks the doer of ("who **ordered** the strike?"): the word right after its opening
 * "who", when that is a verb other than "be" and no verb of saying (who said or called something is
 * answered by the words said, which name their speaker elsewhere); `null` for any other question.
 */
export function askedDoerVerb(tokens: readonly Token[], sayings: ReadonlySet<string>): Token | null {
  let i = 0;
  while (i < tokens.length && (OPENERS.has(tokens[i]?.normal ?? '') || tokens[i]?.type === 'punctuation'))
    i++;
  if (tokens[i]?.normal !== 'who') return null;
  const verb = tokens[i + 1];
  if (verb === undefined || (verb.pos !== 'VERB' && verb.pos !== 'AUX')) return null;
  if (BEING.has(verb.normal) || BEING.has(verb.lemma) || verb.pos === 'AUX') return null;
  if (sayings.has(verb.lemma) || sayings.has(verb.normal)) return null;
  return verb;
}

/**
 * True unless `draft` answers a "who <verb> …" question ({@link askedDoerVerb}) as who with no headline, and
 * none of its evidence names a doer the question does not: a person, a body or anything but a place the
 * knowledge knows, a quotation's speaker, or someone described by a noun for a person or a body of people
 * ("a teacher at the school", "the cemetery association").
 */
export function namesADoer(draft: Draft, u: Understanding, index: KnowledgeIndex, words: DoerWords): boolean {
  if (draft.answeredAs !== 'who' || draft.direct !== null || draft.evidence.length === 0) return true;
  if (askedDoerVerb(u.analysis.tokens, words.sayings) === null) return true;
  const asked = new Set(u.entities);
  const askedWords = new Set(u.analysis.tokens.flatMap((t) => [t.normal, t.lemma]));
  const text = u.text.toLowerCase();
  return draft.evidence.some((e) => {
    if (e.kind === 'quote' && e.speaker !== null && !text.includes(e.speaker.toLowerCase())) return true;
    const named = index
      .evidenceSentenceIds(e)
      .some((id) =>
        (index.sentence(id)?.mentions ?? []).some(
          (m) => !asked.has(m.entityId) && (index.entities.get(m.entityId)?.type ?? 'place') !== 'place',
        ),
      );
    if (named) return true;
    const kinds = words.kinds;
    if (kinds === null) return false;
    return words
      .analyse(index.evidenceText(e))
      .tokens.some((t) => t.pos === 'NOUN' && !askedWords.has(t.lemma) && kinds.kindOf(t.lemma) !== null);
  });
}

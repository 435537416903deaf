/**
 * What was said, when the evidence only reports the saying: "Lugo said the flights worry him less than what
 * could come after them." then "'Surveillance is how every strike starts,' he said." A question that asks the
 * words of an act of saying, asking or promising ("…asked what?", "What worries the researcher…?") is
 * answered by the quotation that follows the report, in its paragraph or opening the next one.
 */
import type { Quote, Sentence } from '../knowledge/schema.ts';
import type { Token } from '../nlp/pipeline.ts';
import { isSayingVerb, type VerbWaySource } from '../knowledge/saying-verbs.ts';
import type { KnowledgeIndex } from './knowledge-index.ts';
import { showsQuotation } from './quotation-after.ts';

/**
 * Verbs whose object is words someone said, beyond the speech verbs of `intents.json` ("say", "tell"…):
 * asking, promising, warning, answering and fearing aloud. A closed class of English, not words of any article.
 */
export const CONTENT_VERBS: ReadonlySet<string> = new Set([
  'ask',
  'question',
  'promise',
  'warn',
  'answer',
  'reply',
  'pledge',
  'vow',
  'worry',
]);

/** Of {@link CONTENT_VERBS}, those whose noun names words said too ("his worry", "a promise"), not an act. */
const CONTENT_NOUNS: ReadonlySet<string> = new Set(['question', 'promise', 'warn', 'pledge', 'vow', 'worry']);

/** The lemmas of `tokens` that name a saying: a verb of saying (`speechVerbs`) or of {@link CONTENT_VERBS}. */
export function sayingLemmas(
  tokens: readonly Token[],
  speechVerbs: Pick<ReadonlySet<string>, 'has'>,
): string[] {
  return tokens
    .filter((t) =>
      t.pos === 'VERB' || t.pos === 'AUX'
        ? speechVerbs.has(t.lemma) || CONTENT_VERBS.has(t.lemma)
        : CONTENT_NOUNS.has(t.lemma),
    )
    .map((t) => t.lemma);
}

/**
 * The verbs of saying a question may ask the words of: `speechVerbs`, and any verb WordNet makes a way of
 * saying (`isSayingVerb`, as attribution reads them: "shout", "whisper", "exclaim"), so "What did Almanza hear
 * the attackers shouting?" asks for the words shouted, which the quotation after the report gives.
 */
export function askedSpeechVerbs(
  speechVerbs: ReadonlySet<string>,
  wordnet: VerbWaySource | null | undefined,
): Pick<ReadonlySet<string>, 'has'> {
  if (!wordnet) return speechVerbs;
  return { has: (lemma) => speechVerbs.has(lemma) || isSayingVerb(wordnet, lemma) };
}

/**
 * True when a question's tokens ask the content of a saying: a verb of saying (`speechVerbs`) or one of
 * {@link CONTENT_VERBS} ("…asked what?", "What worries the researcher…?").
 */
export function asksSaidContent(tokens: readonly Token[], speechVerbs: ReadonlySet<string>): boolean {
  return sayingLemmas(tokens, speechVerbs).length > 0;
}

/**
 * The quotation that gives the words a report of saying leaves out: the first quotation of the sentence after
 * `report`, when that sentence is in the same paragraph, or opens the next one after a report that ends its
 * own. Its speaker must be a person or unknown ("she said" of an unnamed teacher). `null` otherwise.
 */
export function saidContentAfter(index: KnowledgeIndex, report: Sentence): Quote | null {
  if ((index.quotesBySentence.get(report.id) ?? []).length > 0) return null;
  const next = index.neighbour(report.id, 1);
  if (!next || next.sourceId !== report.sourceId || next.kind !== report.kind) return null;
  if (next.paragraph > report.paragraph + 1) return null;
  return (
    index.quotesBySentence
      .get(next.id)
      ?.find(
        (q) =>
          q.parentId === null && (q.speakerId === null || index.entities.get(q.speakerId)?.type === 'person'),
      ) ?? null
  );
}

/**
 * The words left out by a report of a saying among `shown` that a quotation follows ({@link saidContentAfter}):
 * `sayings` gives each sentence's saying lemmas; a report whose saying is one the question asks (`asked`) is
 * taken before the others, in order. `null` when none.
 */
export function saidContent(
  index: KnowledgeIndex,
  shown: readonly Sentence[],
  sayings: (s: Sentence) => readonly string[],
  asked: readonly string[],
): Quote | null {
  const reports = shown.filter((s) => sayings(s).length > 0);
  const askedFirst = [
    ...reports.filter((s) => sayings(s).some((l) => asked.includes(l))),
    ...reports.filter((s) => !sayings(s).some((l) => asked.includes(l))),
  ];
  for (const s of askedFirst) {
    const said = saidContentAfter(index, s);
    if (said) return said;
  }
  return null;
}

/**
 * The words a quotation says were said, when it only reports them: "She asked me one thing," then "She
 * asked, 'Then where do I go?'". A quotation holding a verb of saying (`speechVerbs` or
 * {@link CONTENT_VERBS}) is followed by its speaker's next quotation in the same or the next sentence.
 * `null` when the quotation reports no saying or its speaker says nothing right after it.
 */
export function quotationReportedIn(
  index: KnowledgeIndex,
  quote: Quote,
  speechVerbs: ReadonlySet<string>,
): Quote | null {
  if (!quote.lemmas.some((l) => speechVerbs.has(l) || CONTENT_VERBS.has(l))) return null;
  const last = quote.sentenceIds.at(-1) ?? '';
  const at = index.quotePosition.get(quote.id) ?? -1;
  for (const sentence of [index.sentence(last), index.neighbour(last, 1)]) {
    const next = (index.quotesBySentence.get(sentence?.id ?? '') ?? []).find(
      (q) =>
        q.id !== quote.id &&
        q.parentId === null &&
        q.speakerId === quote.speakerId &&
        q.speakerName === quote.speakerName &&
        (index.quotePosition.get(q.id) ?? -1) > at,
    );
    if (next) return next;
  }
  return null;
}

/**
 * The words reported by the first quotation an answer shows that only reports a saying
 * ({@link quotationReportedIn}): among `quotes`, then those its sentences `chosen` show. `null` when none
 * reports one, or the words it reports are shown already.
 */
export function reportedWordsShown(
  index: KnowledgeIndex,
  chosen: readonly Sentence[],
  quotes: readonly Quote[],
  speechVerbs: ReadonlySet<string>,
): Quote | null {
  const inSentences = chosen.flatMap((s) =>
    (index.quotesBySentence.get(s.id) ?? []).filter((q) => showsQuotation(index, [s], q)),
  );
  for (const q of [...quotes, ...inSentences]) {
    const reported = quotationReportedIn(index, q, speechVerbs);
    if (reported && !quotes.includes(reported) && !showsQuotation(index, chosen, reported)) return reported;
  }
  return null;
}

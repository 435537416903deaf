/**
 * "How long did the shooting go on?" — "The fight lasted about three hours.": a span of time asked with a
 * verb of lasting ("go on", "last", "continue") is answered by a sentence whose own verb of lasting takes a
 * span ("lasted about three hours", "went on for two days"), when what lasted (the words before that verb)
 * or what the sentence before tells of ("The firing could be heard…" before "The fight lasted…", "It
 * lasted…") is what the question names, in its words or in words near in meaning. The sentence need not say "long", nor the question's verb: its
 * verb of lasting says both. Read from the articles the last answer came from (a follow-up) or those of the
 * best-ranked sentences; the rest of the question must still be in the evidence (confidence).
 */
import type { NumberFact, Sentence } from '../knowledge/schema.ts';
import { confidenceOf, sentenceEvidence, type Context, type Draft } from './handlers.ts';
import type { Understanding } from './understand.ts';

/** "How long" asked with a verb of lasting ("how long did the fight last", "…go on", "…drag on"). */
const LASTING_ASKED =
  /\bhow long (?:did|does|do|has|had|will|would|could)\b.*\b(?:last(?:ed)?|continue[ds]?|(?:go|went|gone|drag(?:ged)?|keep|kept) on)\b/i;
/** The question's words of lasting, which the evidence's verb of lasting says. */
const LASTING_WORDS: ReadonlySet<string> = new Set(['long', 'last', 'continue', 'go', 'drag', 'keep']);
/** A verb of lasting in the evidence, then the span it takes ("lasted about", "went on for"). */
const LASTED = /\b(?:lasted|lasts|continued|went on|dragged on|raged(?: on)?)\s+(?:for\s+)?/gi;
/** The lemmas of the evidence's verbs of lasting, where the words naming what lasted end. */
const LASTING_LEMMAS: ReadonlySet<string> = new Set(['last', 'continue', 'go', 'drag', 'rage']);
/** Units a span of time is counted in. */
const TIME_UNITS: ReadonlySet<string> = new Set(['second', 'minute', 'hour', 'day', 'week', 'month', 'year']);
/** Most lemmas before the verb of lasting read as what lasted. */
const SUBJECT_WORDS = 4;
/** Most articles read, and most sentences of each. */
const MAX_SOURCES = 3;
const MAX_SENTENCES = 600;
/** Word-vector nearness from which a word of what lasted names what the question asks of. */
const NAMED_NEAR = 0.5;

/** The span of time a verb of lasting in `s` takes, with the lemmas naming what lasted; or `null`. */
function lastedSpan(
  s: Sentence,
  numbers: readonly NumberFact[],
  before: Sentence | null,
): { n: NumberFact; subject: string[]; before: string[] } | null {
  for (const m of s.text.matchAll(LASTED)) {
    const after = s.text.slice(m.index + m[0].length).toLowerCase();
    const n = numbers.find(
      (f) =>
        f.qualifier !== 'offset' && TIME_UNITS.has(f.countsLemma) && after.startsWith(f.text.toLowerCase()),
    );
    if (!n) continue;
    const at = s.lemmas.findIndex((l) => LASTING_LEMMAS.has(l));
    const subject = at > 0 ? s.lemmas.slice(Math.max(0, at - SUBJECT_WORDS), at) : [];
    // "It lasted three hours", "The fight lasted…" after "The firing could be heard…": what lasted may be
    // what the sentence before was about.
    return { n, subject, before: before?.lemmas ?? [] };
  }
  return null;
}

/**
 * The span a verb of lasting gives for a "how long did X go on" question (see the module comment), or
 * `null` when the question asks no span so or no sentence of the articles read gives one of what it names.
 */
export function answerLasted(u: Understanding, ctx: Context, rankedIds: readonly string[]): Draft | null {
  if (!LASTING_ASKED.test(u.text)) return null;
  const named = u.content.filter((l) => !LASTING_WORDS.has(l));
  if (named.length === 0) return null;
  const { index } = ctx;
  const sources = [
    ...new Set(
      (ctx.followup ? ctx.conversation.lastEvidence : rankedIds)
        .map((id) => index.sentence(id)?.sourceId)
        .filter((id): id is string => id !== undefined),
    ),
  ].slice(0, MAX_SOURCES);
  const lens = ctx.reader.lens(u);
  const names = (subject: readonly string[]) => {
    const said = new Set(subject.flatMap((l) => [l, ...ctx.reader.synonymsOf(l)]));
    return named.some((l) => said.has(l) || lens.related(l, said) >= NAMED_NEAR);
  };
  for (const sourceId of sources) {
    const start = index.sentences.findIndex((s) => s.sourceId === sourceId);
    for (let i = start, k = 0; i >= 0 && k < MAX_SENTENCES; i++, k++) {
      const s = index.sentences[i];
      if (!s || s.sourceId !== sourceId) break;
      const numbers = index.numbersBySentence.get(s.id);
      if (!numbers) continue;
      const span = lastedSpan(s, numbers, index.neighbour(s.id, -1));
      if (!span || !(names(span.subject) || names(span.before))) continue;
      const measured = { ...s, lemmas: [...s.lemmas, ...named] };
      const confidence = confidenceOf(
        { ...u, content: u.content.filter((l) => !LASTING_WORDS.has(l)) },
        ctx,
        [measured],
      );
      const direct = `${span.n.text} ${span.n.counts}`;
      return {
        answeredAs: 'count',
        confidence,
        direct,
        lead: null,
        evidence: [sentenceEvidence(s)],
        lines: [],
        focus: s.mentions.map((m) => m.entityId),
      };
    }
  }
  return null;
}

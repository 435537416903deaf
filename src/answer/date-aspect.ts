/**
 * Which end of an event a date question asks ("when did the deployment end?", "when did the cars start moving
 * again?"), and whether a sentence speaks of that end.
 */
import type { Sentence } from '../knowledge/schema.ts';
import type { Token } from '../nlp/analysis.ts';

/** Patterns with `\p{…}`, built once: inside a function tsx rebuilds them on every call (see src/nlp/letter-tests.ts). */
const P1 = /[^\p{L}]+/u;

/**
 * Words asking which end of an event is dated, each with the words a sentence dates that end by: English
 * aspect, not the domain. Word vectors are no guide here ("end" sits near "order" and "Tuesday").
 */
const STARTING = ['start', 'begin', 'since', 'launch', 'open', 'first'];
const ENDING = ['end', 'finish', 'stop', 'conclude', 'expire', 'complete', 'until', 'through', 'close'];
const RESUMING = ['resume', 'restart', 'reopen'];
const ASPECTS: ReadonlyMap<string, readonly string[]> = new Map([
  ...STARTING.slice(0, 2).map((w): [string, readonly string[]] => [w, STARTING]),
  ...ENDING.slice(0, 6).map((w): [string, readonly string[]] => [w, ENDING]),
  ['resume', RESUMING],
]);

/** Words that close a "when did … ?" question as its verb and ask an end of an event or its start. */
const FINAL_ASPECTS: ReadonlyMap<string, readonly string[]> = new Map([
  ['close', ENDING],
  ['open', STARTING],
]);

/**
 * The end asked by the last word of "when did <subject> close?" or "… open?", which the tagger reads as an
 * adjective: after "did" and its subject it is the question's verb.
 */
function finalAspect(tokens: readonly Token[]): readonly string[] | undefined {
  const words = tokens.filter((t) => t.pos !== 'PUNCT');
  const last = words.at(-1);
  const subject = words.at(-2);
  if (!last || !subject || !words.some((t) => t.normal === 'did' || t.normal === 'does')) return undefined;
  if (subject.pos !== 'NOUN' && subject.pos !== 'PROPN') return undefined;
  return FINAL_ASPECTS.get(last.normal);
}

/** Verbs that ask the end of an event with their particle ("when does the watch wrap up?"): English aspect. */
const PHRASAL_ENDINGS: ReadonlyMap<string, string> = new Map([['wrap', 'up']]);

/** The end asked by a phrasal verb of ending ({@link PHRASAL_ENDINGS}), or `undefined`. */
function phrasalAspect(tokens: readonly Token[]): readonly string[] | undefined {
  const asked = tokens.some((t, i) => {
    const particle = PHRASAL_ENDINGS.get(t.lemma);
    return particle !== undefined && particle === tokens[i + 1]?.normal;
  });
  return asked ? ENDING : undefined;
}

/** True when the question asks when an event ends (`markers` from {@link askedAspect}): a bound dates that end. */
export function asksEnd(markers: readonly string[] | undefined): boolean {
  return markers === ENDING;
}

/** True when the sentence speaks of the asked end of an event ("began", "until September", "ended"). */
export function sentenceHasAspect(sentence: Sentence, markers: readonly string[]): boolean {
  const words = new Set([...sentence.lemmas, ...sentence.text.toLowerCase().split(P1)]);
  return markers.some(
    (m) => words.has(m) || [...words].some((w) => w.startsWith(m) && w.length <= m.length + 3),
  );
}

/**
 * The words that speak of the end of an event the question's tokens ask ("ended", "until" for "end"), or
 * `undefined` when it asks none. "When did the cars start moving again?": a start again is a resumption.
 */
export function askedAspect(tokens: readonly Token[]): readonly string[] | undefined {
  const aspect =
    tokens.map((t) => ASPECTS.get(t.lemma)).find((m) => m !== undefined) ??
    phrasalAspect(tokens) ??
    finalAspect(tokens);
  return aspect === STARTING && tokens.some((t) => t.normal === 'again') ? RESUMING : aspect;
}

/** The words that ask an end of an event, and those of the end asked (`markers`): not the act asked. */
export function aspectWordsOf(markers: readonly string[] | undefined): ReadonlySet<string> {
  return new Set([...ASPECTS.keys(), ...(markers ?? [])]);
}

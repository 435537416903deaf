/**
 * Whether a typed answer (a date, a figure) comes from an article about the place or thing the question
 * names: "how many soldiers did the army send to naco?" is not answered by the largest deployment the
 * coverage reports, from an article that never says Naco. A name the question writes that the knowledge
 * resolves to no entity must at least be said in the evidence's article; when it is not, the articles that
 * say it are asked instead, as if the question had named them by outlet, and none answering is a decline.
 */
import type { Draft } from './handlers.ts';
import type { KnowledgeIndex } from './knowledge-index.ts';
import type { Evidence } from './types.ts';
import type { Understanding } from './understanding.ts';
import { ENTITY_PREFIX, foldWord } from '../nlp/pipeline.ts';
import { capitalisedNames, namesAnotherOfKind } from './capitalised-names.ts';

/** Answers that headline a value of the thing asked about: a date or a figure. */
const TYPED_ANSWERS: ReadonlySet<string> = new Set(['date', 'count']);

/** A name's shortest length: shorter words are initials and abbreviations the articles write otherwise. */
const MIN_NAME_LENGTH = 4;

/**
 * The question's words for names the knowledge resolves to no entity, as the coverage spells them: content
 * words no English lexicon has ("naco", "tamaulipas"). Words of a resolved entity ("Guardia Nacional") are
 * left out: the entity is matched as such. A capitalised English word ("Operation Intercept") is not taken
 * for a name: on npm run eval it declined more answerable questions than must-decline ones (test answerable
 * declined 168 → 172 for must-decline answered 45 → 42 and right 742 → 744).
 */
export function unresolvedNames(
  u: Pick<Understanding, 'analysis' | 'content'>,
  isEnglishWord: (word: string) => boolean,
): string[] {
  const { tokens, custom } = u.analysis;
  const inEntity = (i: number) =>
    custom.some((c) => c.start <= i && i < c.end && c.name.startsWith(ENTITY_PREFIX));
  // The question's content lemmas as the coverage spells them ("juárez" for "juarez").
  const content = new Map(u.content.map((c) => [foldWord(c), c]));
  const names = new Set<string>();
  tokens.forEach((t, i) => {
    const lemma = content.get(foldWord(t.lemma)) ?? content.get(foldWord(t.normal));
    if (lemma === undefined || t.normal.length < MIN_NAME_LENGTH || inEntity(i)) return;
    // "Attackers", "disarmed": a form of an English word the lexicon lists only as its lemma is no name.
    if (!isEnglishWord(t.normal) && !isEnglishWord(t.lemma)) names.add(lemma);
  });
  return [...names];
}

/**
 * The question's capitalised names made of English words ("Operation Intercept", which the lexicon check of
 * {@link unresolvedNames} cannot tell from the words "operation" and "intercept"), each with the ids of the
 * articles that say it as written and a test of whether a piece of evidence answers for it: one that says
 * it, or names no other thing of its kind ("Joint Operation Chihuahua"). A name no article writes as the
 * question does ("Operation Hold The Line" for "Hold-the-Line") is left out: the coverage may name it
 * otherwise, and the other checks judge it.
 */
export function namesOfCommonWords(
  u: Pick<Understanding, 'analysis' | 'content'>,
  index: KnowledgeIndex,
  isEnglishWord: (word: string) => boolean,
): { name: string; saying: Set<string>; held: (e: Evidence) => boolean }[] {
  const content = new Map(u.content.map((c) => [foldWord(c), c]));
  const { tokens, custom } = u.analysis;
  const inEntity = (i: number) =>
    custom.some((c) => c.start <= i && i < c.end && c.name.startsWith(ENTITY_PREFIX));
  return capitalisedNames(u.analysis).flatMap(({ phrase, words, positions }) => {
    // "President Trump", "Fort Bliss": a name holding an entity the knowledge resolves is matched as that.
    if (positions.some(inEntity)) return [];
    // A name with a word no English lexicon has ("San Ysidro") is held to that word by unresolvedNames.
    if (positions.some((i) => !isEnglishWord(tokens[i]?.normal ?? ''))) return [];
    // The name's rarest word leads to the sentences that may say it: the shortest postings to read.
    const rarest = positions
      .flatMap((i) => {
        const t = tokens[i];
        const lemma = t && (content.get(foldWord(t.lemma)) ?? content.get(foldWord(t.normal)));
        return lemma === undefined ? [] : [{ lemma, count: index.sourcesSaying(lemma).size }];
      })
      .filter(({ count }) => count > 0)
      .sort((a, b) => a.count - b.count)[0];
    if (rarest === undefined) return [];
    const saying = index.sourcesSayingPhrase(rarest.lemma, phrase);
    if (saying.size === 0) return [];
    const held = (e: Evidence) => {
      const text = `${e.context ?? ''} ${index.evidenceText(e)}`;
      return text.toLowerCase().includes(phrase) || !namesAnotherOfKind(text, words);
    };
    return [{ name: phrase, saying, held }];
  });
}

/**
 * A test of whether an article says every name of the question the coverage says somewhere ({@link
 * unresolvedNames}, {@link namesOfCommonWords}): "the colonel commanding the Ohio regiment at Camargo" is
 * not named by an article on Lackland that names a colonel and never says Ohio or Camargo.
 */
export function saysAskedNames(
  u: Pick<Understanding, 'analysis' | 'content'>,
  index: KnowledgeIndex,
  isEnglishWord: (word: string) => boolean,
): (sourceId: string) => boolean {
  const saying = [
    ...unresolvedNames(u, isEnglishWord).map((name) => index.sourcesSaying(name)),
    ...namesOfCommonWords(u, index, isEnglishWord).map((n) => n.saying),
  ].filter((ids) => ids.size > 0);
  return (sourceId) => saying.every((ids) => ids.has(sourceId));
}

/**
 * The names of the question (see {@link unresolvedNames} and {@link namesOfCommonWords}) that no article of a
 * date or figure draft's evidence says (nor, for the second kind, its evidence answers for), each with the ids of the articles that do say it; empty for other drafts, which are not held
 * to this.
 */
export function namesUnsaid(
  draft: Draft,
  u: Pick<Understanding, 'analysis' | 'content'>,
  index: KnowledgeIndex,
  isEnglishWord: (word: string) => boolean,
): { name: string; saying: Set<string> }[] {
  if (!TYPED_ANSWERS.has(draft.answeredAs) || draft.evidence.length === 0) return [];
  const sources = [...new Set(draft.evidence.map((e) => e.sourceId))];
  // A word no article says is no name of the coverage's ("reservists", which the English model's lexicon
  // lacks): whether the question can be answered without it is the answerability check's to say.
  const ofArticles = unresolvedNames(u, isEnglishWord)
    .map((name) => ({ name, saying: index.sourcesSaying(name) }))
    .filter(({ saying }) => saying.size > 0 && !sources.some((s) => saying.has(s)));
  // "When did Operation Intercept end?" is not answered by the end of Joint Operation Chihuahua, from an
  // article that never names Operation Intercept.
  const ofOtherKin = namesOfCommonWords(u, index, isEnglishWord)
    .filter(({ saying, held }) => !sources.some((s) => saying.has(s)) && !draft.evidence.some(held))
    .map(({ name, saying }) => ({ name, saying }));
  return [...ofArticles, ...ofOtherKin];
}

/**
 * A date or figure draft whose articles say the names the question asks about: `draft` itself, or, when its
 * articles do not, the draft `redo` finds in the articles that say them all ("…send to naco": the figure of
 * the article about Naco); `null` when neither does, for the engine to decline. Other drafts pass as they are.
 */
export function draftOfNames(
  draft: Draft,
  u: Understanding,
  index: KnowledgeIndex,
  isEnglishWord: (word: string) => boolean,
  redo: (narrowed: Understanding) => Draft | null,
): Draft | null {
  const unsaid = namesUnsaid(draft, u, index, isEnglishWord);
  if (unsaid.length === 0) return draft;
  const saying = unsaid.map((n) => n.saying);
  const only = [...(saying[0] ?? [])].filter(
    (id) =>
      saying.every((s) => s.has(id)) && (u.outletSourceIds.length === 0 || u.outletSourceIds.includes(id)),
  );
  if (only.length === 0) return null;
  const again = redo({ ...u, outletSourceIds: only });
  return again &&
    again.answeredAs === draft.answeredAs &&
    namesUnsaid(again, u, index, isEnglishWord).length === 0
    ? again
    : null;
}

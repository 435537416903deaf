/**
 * A sentence's mentions read in order: each person named becomes the last one named, a person newly named
 * waits for the gender the next "he" or "she" tells, and "he", "she", "his" and "her" stand for the subject
 * they continue or the last person of their gender.
 */
import type { Analysis } from '../nlp/pipeline.ts';
import {
  articleEntity,
  articleGender,
  countPronounSentence,
  learnGender,
  type ArticleState,
} from './article-state.ts';
import { readMention, type OpenMention } from './enclosing-mentions.ts';
import { mentionReach } from './subject-appositions.ts';
import { intensiveReflexive } from './intensive-reflexives.ts';
import { speakerLabelEnd } from '../nlp/speaker-label.ts';
import { isVocative } from './vocatives.ts';
import type { FoundMention } from './known-mentions.ts';
import {
  mostRecentFirst,
  onlyPunctuationOrConjunctions,
  paragraphOfOrder,
  readingOrder,
  sortByToken,
} from './mention-order.ts';
import { opensWithAnotherName } from './own-named-subject.ts';
import type { EntityData } from './entity-data.ts';
import { centreOf, lastPerson, tokenAt, type PersonMention } from './speakers.ts';
import type { WorkingSentence } from './working.ts';

/** How many of the last people named a pronoun's gender is weighed against (see {@link fitsBetter}). */
const GENDER_LOOKBACK = 12;
const MENTION_PRONOUNS = new Set(['he', 'she', 'his', 'her', 'himself', 'herself']);

/** What a sentence's mentions are read with: the annotator's entity data and the lexicon's pronouns. */
export interface MentionReader {
  readonly entities: ReadonlyMap<string, EntityData>;
  readonly pronouns: ReadonlyMap<string, 'male' | 'female'>;
  /** True for the lemma of a verb of saying ("write", "say"). */
  readonly isSayingVerb: (lemma: string) => boolean;
}

/**
 * Reads `found` (the sentence's mentions by name or role, in token order) and the sentence's pronouns in
 * order: the people named go into `people` in reading order, the pronouns resolved join `found`, and all
 * of them become the sentence's mentions.
 */
export function readMentionsInOrder(
  reader: MentionReader,
  sentence: WorkingSentence,
  found: FoundMention[],
  inQuote: (charPos: number) => boolean,
  people: PersonMention[],
  paragraphIndex: number,
  state: ArticleState,
): void {
  const { analysis } = sentence;
  const resolved: FoundMention[] = [];
  let next = 0;
  /** The person mention whose words are being read, which may name others inside (enclosing-mentions.ts). */
  let open: OpenMention | null = null;
  /** Where the name of a transcript's label opening the paragraph ends: read at the first mention, once. */
  let labelEnd: number | undefined;
  for (let t = sentence.tokenStart; t <= sentence.tokenEnd; t++) {
    // "A young officer of Gen. Blanco's staff, who …": the words read, the officer is the last one named.
    if (open && (t < sentence.tokenEnd ? tokenAt(analysis, t).start : Infinity) >= open.end) {
      if (open.holdsOther) {
        people.push({ order: readingOrder(paragraphIndex, open.end), entityId: open.entityId });
        if (state.people.get(open.entityId))
          state.recent = mostRecentFirst(state.recent, open.entityId, (id) => id);
      }
      open = null;
    }
    if (t === sentence.tokenEnd) break;
    for (; next < found.length && (found[next]?.token ?? 0) <= t; next++) {
      const m = found[next];
      if (!m || m.quoted || articleEntity(reader.entities, m.entityId, state)?.type !== 'person') continue;
      // "CASTAÑEDA: Her grandfather…": a transcript's speaker says "I" of themselves, so the label naming
      // them is no one a "he" or "she" in their turn goes on about.
      const at = tokenAt(analysis, m.token).start;
      if (at >= 0 && at + m.text.length <= (labelEnd ??= speakerLabelEnd(analysis.text))) continue;
      open = readMention(open, analysis, m, mentionReach(analysis, sentence, m, reader.isSayingVerb));
      people.push({
        order: readingOrder(paragraphIndex, tokenAt(analysis, m.token).start),
        entityId: m.entityId,
      });
      const discovered = state.people.get(m.entityId);
      if (discovered) state.recent = mostRecentFirst(state.recent, m.entityId, (id) => id);
      // "Told of Valles's comments, she laughed": a possessive name is not who the pronoun goes on about.
      const from = tokenAt(analysis, m.token).start + m.text.length;
      const possessive = /^['’]/.test(analysis.text.slice(from, from + 1));
      // "Dale, did agents feel what she is describing?": the one spoken to is not the "she".
      const addressed = isVocative(analysis, at, from, sentence.start, sentence.end);
      state.awaitingGender =
        discovered && !possessive && !addressed && !state.genders.get(m.entityId)
          ? { id: m.entityId, paragraph: paragraphIndex, sentence, token: m.token }
          : null;
    }
    const tok = tokenAt(analysis, t);
    const gender = tok.pos === 'PRON' ? reader.pronouns.get(tok.normal) : undefined;
    if (!gender || !MENTION_PRONOUNS.has(tok.normal) || inQuote(tok.start)) continue;
    // "A young marine at the tape, his face covered by a balaclava, sent …": the unnamed subject's own.
    if (setOffAfterUnnamedSubject(analysis, sentence.tokenStart, t, found)) continue;
    if (intensiveReflexive(analysis.tokens, t)) {
      // "Pershing himself": a name the article knows goes on under its own mention.
      const end = tokenAt(analysis, t - 1).end;
      const known = found.some((m) => tokenAt(analysis, m.token).start + m.text.length === end);
      state.reflexiveFocus = known ? null : { sentence, gender };
      continue;
    }
    // "Sergeant Malachi Drew, …, a saddler at Shelbyville before he enlisted, writes": a pronoun inside the
    // words describing the person being read is theirs, not the last one named inside them.
    const described =
      open?.describedFrom !== undefined && tok.start >= open.describedFrom && tok.start < open.end
        ? describedBy(reader, open.entityId, gender, state)
        : null;
    // The pronoun after a newly named person tells their gender, unless their first name says the other
    // ("Coombs said… Ames said… 'Nobody asks…,' she said": Derek Ames is not the "she").
    const awaiting = state.awaitingGender;
    if (
      described === null &&
      awaiting !== null &&
      // "Gov. Maru Campos wrote on Twitter that … ¶ '…,' she wrote": the last one named before a new paragraph
      // is who the pronoun attributing the quotation that opens it takes up, when they were the subject of a
      // verb of saying or writing that reports, not quotes, what they said, unless their first name says the
      // other gender ("Justice Powell … suggested what he called": a name before the pronoun is read first;
      // "run by Xóchitl Tena": no one who spoke; '"We are ready," said Gen. Rapuano': quoted already).
      (awaiting.paragraph === paragraphIndex ||
        (awaiting.paragraph === paragraphIndex - 1 &&
          sentence.position === 1 &&
          onlyQuotedBefore(analysis, sentence.tokenStart, t, inQuote) &&
          reportedSaying(awaiting.sentence, awaiting.token, reader.isSayingVerb) &&
          (state.people.get(awaiting.id)?.nameGender ?? gender) === gender)) &&
      !fitsBetter(awaiting.id, gender, awaiting.paragraph, people, state) &&
      !opensWithAnotherName(
        analysis.tokens,
        sentence.tokenStart,
        t,
        (k) => found.find((m) => m.token === k)?.entityId ?? null,
        awaiting.id,
      )
    )
      state.genders.set(awaiting.id, gender);
    state.awaitingGender = null;
    // "John McCain, whom Obama defeated, said… He and Jon Kyl…": a pronoun opening a sentence continues the
    // subject of the one before, not the last name read.
    const opens = onlyPunctuationOrConjunctions(analysis, sentence.tokenStart, t);
    // "Villa himself was not in the fight. He is said to have been wounded": the name the reflexive stood
    // for goes on, whom no entity stands for.
    const focus = state.reflexiveFocus;
    if (opens && focus?.sentence === sentence.previous && focus.gender === gender) continue;
    const centre = opens
      ? centreOf(sentence, t, (x) => articleEntity(reader.entities, x, state)?.type === 'person')
      : null;
    const centreGender = centre ? articleGender(reader.entities, centre, state) : null;
    const who =
      described ??
      (centre && (centreGender === null || centreGender === gender) ? centre : null) ??
      lastPerson(people, readingOrder(paragraphIndex, tok.start), gender, null, (id) =>
        articleGender(reader.entities, id, state),
      );
    if (!who) continue;
    // "He paused before going on": the subject the pronoun continues is of the pronoun's gender from here on.
    if ((who === centre && centreGender === null) || who === described) learnGender(state, who, gender);
    // The person the pronoun stands for is the last one named from here on, in reading order: appended to
    // `found`, it would be read after the names that follow it and end their wait for a gender.
    resolved.push({ entityId: who, text: tok.value, via: 'pronoun', token: t, quoted: false });
    countPronounSentence(state, who, readingOrder(paragraphIndex, sentence.tokenStart));
    people.push({ order: readingOrder(paragraphIndex, tok.start), entityId: who });
    if (state.people.get(who)) state.recent = mostRecentFirst(state.recent, who, (id) => id);
  }
  for (const m of resolved) found.push(m);
  sortByToken(found);
  for (const m of found)
    sentence.mentions.push({ entityId: m.entityId, text: m.text, via: m.via, token: m.token });
}

/**
 * True when the first verb after the name at token `at` of `sentence` is one of saying or writing, and the
 * sentence quotes no one: the name is its subject and their words are reported ("Gov. Maru Campos wrote on
 * Twitter that", "Tomasa Reyes Villa, said"), not the object of another act ("run by Xóchitl Tena"), the
 * subject of one ("Chuck Salinas approved the permit"), or quoted already ('"We are ready," said Gen. Rapuano').
 * Read only for the pronoun that asks, so a sentence of many names is not walked once per name.
 */
function reportedSaying(
  sentence: WorkingSentence,
  at: number,
  isSayingVerb: (lemma: string) => boolean,
): boolean {
  if (sentence.quoteSpans.length > 0) return false;
  for (let k = at + 1; k < sentence.tokenEnd; k++) {
    const tok = tokenAt(sentence.analysis, k);
    if (tok.pos === 'VERB') return isSayingVerb(tok.lemma);
  }
  return false;
}

/** True when every token of the sentence from `from` up to `to` is quoted or a mark: '"…," she wrote'. */
function onlyQuotedBefore(
  analysis: Analysis,
  from: number,
  to: number,
  inQuote: (charPos: number) => boolean,
): boolean {
  for (let k = from; k < to; k++) {
    const tok = tokenAt(analysis, k);
    if (tok.pos !== 'PUNCT' && !inQuote(tok.start)) return false;
  }
  return true;
}

/**
 * True when someone else named in the paragraph fits a pronoun better than the person just named: the
 * text or their first name gives them its gender and the just-named one's name does not ("Coombs said…
 * Ames said… 'Nobody asks…,' she said": Derek Ames is not the "she", Brianna Coombs is).
 */
function fitsBetter(
  id: string,
  gender: 'male' | 'female',
  paragraphIndex: number,
  people: readonly PersonMention[],
  state: ArticleState,
): boolean {
  const byName = state.people.get(id)?.nameGender;
  if (byName === gender) return false;
  // The last few people named, read back while in the paragraph: bounded however long a paragraph is.
  for (let k = people.length - 1; k >= 0 && people.length - k <= GENDER_LOOKBACK; k--) {
    const p = people[k];
    if (!p || paragraphOfOrder(p.order) !== paragraphIndex) break;
    if (p.entityId === id) continue;
    if ((state.genders.get(p.entityId) ?? state.people.get(p.entityId)?.nameGender) === gender) return true;
  }
  return false;
}

/**
 * `id`, the person whose describing words a pronoun of `gender` stands inside, when their gender is that one
 * or not known; `null` otherwise.
 */
function describedBy(
  reader: MentionReader,
  id: string,
  gender: 'male' | 'female',
  state: ArticleState,
): string | null {
  if (articleEntity(reader.entities, id, state)?.type !== 'person') return null;
  const known = articleGender(reader.entities, id, state);
  return known === null || known === gender ? id : null;
}

/** Tokens at most of an unnamed subject a possessive's phrase is set off after ("A young marine at the tape"). */
const MAX_SUBJECT_TOKENS = 10;
const POSSESSIVE_PRONOUNS: ReadonlySet<string> = new Set(['his', 'her']);

/**
 * True when the possessive at token `t` opens a phrase set off by a comma right after a subject that opens
 * the sentence with a determiner and names no one ("A young marine at the tape, his face covered by a
 * balaclava, sent …"): the phrase describes that unnamed subject, so the possessive is theirs, no one named
 * before.
 */
function setOffAfterUnnamedSubject(
  analysis: WorkingSentence['analysis'],
  from: number,
  t: number,
  found: readonly FoundMention[],
): boolean {
  if (!POSSESSIVE_PRONOUNS.has(tokenAt(analysis, t).normal) || t - from > MAX_SUBJECT_TOKENS + 1)
    return false;
  if (analysis.tokens[t - 1]?.value !== ',' || tokenAt(analysis, from).pos !== 'DET') return false;
  for (let k = from + 1; k < t - 1; k++) {
    const pos = tokenAt(analysis, k).pos;
    if (pos === 'VERB' || pos === 'AUX' || pos === 'PRON' || pos === 'PUNCT' || pos === 'PROPN') return false;
  }
  return !found.some((m) => m.token >= from && m.token < t);
}

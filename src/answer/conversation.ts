/**
 * The conversation's part in a follow-up: whether a question is one ("and in 2018?", "ok what about trump",
 * "more pls"), whom a pronoun points to, the earlier topic carried into a question that names too little of its
 * own, the order of the entities in focus, and the passage "more" reads on (questions about the last answers
 * themselves are in about-last-answers.ts).
 */
import type { Entity, Sentence } from '../knowledge/schema.ts';
import { ENTITY_TERM, type KnowledgeIndex } from './knowledge-index.ts';
import { sentenceEvidence, type Draft } from './handlers.ts';
import { staysOnTopic } from './on-topic.ts';
import { possessedRelative } from './possessed-relative.ts';
import { holderOfDescribedRelative } from './described-relative.ts';
import type { ConversationState } from './memory.ts';
import { CONTENT_INTENTS, type AnswerIntent } from './types.ts';
import type { Understanding } from './understand.ts';
import { unGenderedPerson } from './ungendered-person.ts';
import { personWhoAnswered } from './who-answer-person.ts';
import { peopleWhoAnswered } from './people-who-answered.ts';
import { asksUnshown } from './asks-unshown.ts';
import { asksYesNo } from './qualifying.ts';
import { entitiesInFocus, heldInFocus, holdersOutOfFocus } from './role-in-focus.ts';

/** "Both numbers, please", "both": the last two answers side by side. */
const BOTH_PATTERN =
  /^\s*(?:and\s+)?(?:show\s+me\s+|give\s+me\s+)?(?:the\s+)?both\b|\bboth\s+(?:numbers|figures|answers|dates|of\s+them|together)\b/i;
const MORE_PATTERN =
  /^(more|(?:can you |could you )?(?:say|tell(?: me| us)?) (?:some )?more(?: about (?:it|that|this))?|go on|keep going|continue|anything else|anything more|what else)(\s+(please|pls|then))?[!.? ]*$/i;
/** A question word of its own: "and where was she?" asks where, whatever the last question asked. */
const OWN_QUESTION_WORD = /\b(what|where|which|how|who|when|why)\b/i;
const AND_FORM = /^(and|what about|how about|and what about)\b/i;
/** A break between a message's clauses: what follows may ask a question of its own. */
const CLAUSE_BREAK = /[,;:]/;
/** Words a chat message opens with before its question ("ok what about trump then?", "so and in 2019?"). */
export const LEAD_IN = /^(?:(?:ok(?:ay)?|so|well|alright|right|oh|hm+|um+|uh)\b[\s,.!]*)+/i;

/** True for "more", "anything else", "ok more pls": the next-best evidence for the last question. */
export function asksForMore(u: Understanding): boolean {
  return MORE_PATTERN.test(u.text.replace(LEAD_IN, '')) && !/\b(she|he|they)\b/i.test(u.text);
}

/** True for "both numbers pls" when there are two answers to show together. */
export function asksForBoth(u: Understanding, conversation: ConversationState): boolean {
  return BOTH_PATTERN.test(u.text) && u.entities.length === 0 && conversation.priorEvidence.length > 0;
}

/** How a question leans on the conversation. */
export interface FollowupReading {
  /** True when the question leans on the conversation. */
  followup: boolean;
  /** "And…", "what about…": the last question's words carry even beside words of its own. */
  andForm: boolean;
  /** The entities the follow-up points to: by its pronoun, or the last question's subject. */
  focus: string[];
  /** The last question's kind, for an and-form follow-up that asks none of its own ("and in 2018?"). */
  carriedIntent: AnswerIntent | null;
  /** A follow-up asking what has not been shown ("what else…?"): sentences shown are left out ({@link asksUnshown}). */
  unshown: boolean;
  /**
   * Not a follow-up, but a short question every word of which the last answer's articles hold ("when did
   * the shooting happen?"): those articles answer it when they can.
   */
  onTopic: boolean;
}

/** A person's gender as far as the coverage shows it (`null`: not known). */
export type GenderOf = (id: string) => 'male' | 'female' | null;

/** People whose gender a conversation remembers from the user's words. */
const MAX_REMEMBERED_GENDERS = 8;

/**
 * A person's gender in the conversation: the coverage's (`covered`), else the one the user's own words gave
 * them ("who was the volunteer lady…" → "did she think it helped?").
 */
export function genderInConversation(conversation: ConversationState, covered: GenderOf): GenderOf {
  return (id) => covered(id) ?? conversation.genders.find(([g]) => g === id)?.[1] ?? null;
}

/** The conversation's remembered genders with the one question `u` gave, if any, first. */
export function gendersAfter(
  conversation: ConversationState,
  u: Understanding,
): Array<[string, 'male' | 'female']> {
  const given = u.gendered;
  if (!given) return conversation.genders;
  return [
    [given.id, given.gender] as [string, 'male' | 'female'],
    ...conversation.genders.filter(([id]) => id !== given.id),
  ].slice(0, MAX_REMEMBERED_GENDERS);
}

/**
 * Whether a question is a follow-up (`hasContext`: the conversation has a last answer), and what it carries;
 * `genderOf` tells whom "he" or "she" can mean; `alone` is false for a part of a message that asks more, which
 * the message's other parts, not the conversation, give its subject.
 */
export function readFollowup(
  index: KnowledgeIndex,
  conversation: ConversationState,
  u: Understanding,
  hasContext: boolean,
  genderOf: GenderOf,
  alone = true,
  nounGender: (noun: string) => 'male' | 'female' | null = () => null,
): FollowupReading {
  const asked = u.text.replace(LEAD_IN, '');
  const andForm = AND_FORM.test(asked);
  const ownSubject = u.entities.length > 0 || u.content.some((l) => index.vocabulary.has(l));
  // "Is she the one who said no to Trump?": a pronoun no named person fits still points back.
  const pronounOwnsNoName =
    u.pronoun !== null &&
    u.pronoun !== 'plural' &&
    u.entities.length > 0 &&
    !u.entities.some((id) => genderOf(id) === u.pronoun);
  const leans =
    hasContext &&
    (andForm ||
      /\b(else|more)\b/i.test(u.text) ||
      pronounOwnsNoName ||
      (u.entities.length === 0 && (u.leansOnContext || !ownSubject)) ||
      // "Ok so what has the US military been doing down there then": words that point back, and no name
      // the conversation has not had.
      (u.leansOnContext && entitiesInFocus(u, conversation.focus)));
  const followup = leans;
  const onTopic = hasContext && !followup && alone && staysOnTopic(index, conversation, u);
  const resolved =
    followup && (u.entities.length === 0 || pronounOwnsNoName)
      ? resolvePronoun(index, conversation, u.pronoun, genderOf)
      : [];
  // "what did he tell her" after a question about a woman "whose son is a corporal": the son, through her.
  const holder =
    followup &&
    resolved.length === 0 &&
    u.entities.length === 0 &&
    (u.pronoun === 'male' || u.pronoun === 'female')
      ? holderOfDescribedRelative(index, conversation.focus, u.pronoun, nounGender)
      : null;
  const pointed = holder ? [holder] : resolved;
  // "And his brother?": the relative the possessive names, not its owner.
  const relative = pointed[0] && u.pronoun ? possessedRelative(index, u.analysis.tokens, pointed[0]) : null;
  const focus = relative ? [relative] : pointed;
  const carriedIntent =
    followup &&
    andForm &&
    u.intent === null &&
    !OWN_QUESTION_WORD.test(asked.replace(AND_FORM, '')) &&
    !asksYesNoOfItsOwn(asked) &&
    conversation.lastIntent &&
    CONTENT_INTENTS.has(conversation.lastIntent)
      ? conversation.lastIntent
      : null;
  return { followup, andForm, focus, carriedIntent, onTopic, unshown: followup && asksUnshown(u.text) };
}

/**
 * True when an and-form follow-up asks yes or no, at its start or in a clause after a comma ("and did they stay?",
 * "and the old schoolteacher from Mier, does he think they'll stick around?"): it asks that of its own, not
 * what the last question asked.
 */
function asksYesNoOfItsOwn(asked: string): boolean {
  return asked.split(CLAUSE_BREAK).some((clause) => asksYesNo(clause.trim()));
}

/**
 * The entity a pronoun points to: the people a who-answer just named together for "they"
 * ({@link peopleWhoAnswered}), the person it named for "he" or "she" ({@link personWhoAnswered}), else the
 * latest person of that gender in focus, else the latest whose gender is not known ({@link unGenderedPerson}),
 * or a group for "they".
 */
export function resolvePronoun(
  index: KnowledgeIndex,
  conversation: ConversationState,
  pronoun: Understanding['pronoun'],
  genderOf: GenderOf,
): string[] {
  if (!pronoun) {
    // With no pronoun, the last question's own subject, not someone its answer happened to name.
    const asked = new Set(conversation.lastTerms.filter(([t]) => t.startsWith(ENTITY_TERM)).map(([t]) => t));
    const named = conversation.focus.find((id) => asked.has(ENTITY_TERM + id));
    return named ? [named] : conversation.focus.slice(0, 1);
  }
  const answeredPeople = pronoun === 'plural' ? peopleWhoAnswered(index, conversation) : null;
  if (answeredPeople) return answeredPeople;
  const answeredPerson = pronoun === 'plural' ? null : personWhoAnswered(index, conversation, genderOf);
  if (answeredPerson) return [answeredPerson];
  for (const id of conversation.focus) {
    const e = index.entities.get(id);
    if (!e) continue;
    if (pronoun === 'plural' ? actsAsThey(e) : genderOf(id) === pronoun) return [id];
  }
  const ungendered = pronoun === 'plural' ? null : unGenderedPerson(index, conversation.focus, genderOf);
  return ungendered ? [ungendered] : [];
}

/** Kinds of place that act as a body of people ("they sent troops"): a polity, not a river or a region. */
const POLITY_KINDS = new Set(['country', 'state', 'city']);

/** True for what "they" can mean: people as a body, or a polity; never a person, a river or a region. */
function actsAsThey(e: Entity): boolean {
  return (
    e.type === 'organisation' ||
    e.type === 'group' ||
    (e.type === 'place' && e.kinds.some((k) => POLITY_KINDS.has(k)))
  );
}

/** The content words of a remembered question's terms (not its entities, synonyms or context). */
export function topicWords(terms: ReadonlyArray<[string, number]>): string[] {
  return terms.filter(([t, w]) => w >= 1 && !t.startsWith(ENTITY_TERM)).map(([t]) => t);
}

/**
 * The conversation as a follow-up reads its topic: after a declined question ("how much did the Fort Hancock
 * wire cost?" → "who laid it?"), that question is what the follow-up asks on about, and the last answered topic
 * is the one before it.
 */
export function topicAfterDecline(conversation: ConversationState): ConversationState {
  return conversation.declinedTerms.length === 0
    ? conversation
    : { ...conversation, lastTerms: conversation.declinedTerms, priorTerms: conversation.lastTerms };
}

/** Weight of the last question's words in a follow-up with no words of its own. */
const CARRIED_ALONE = 0.7;
/**
 * The same beside words of the follow-up's own ("did he have any proof for that?"), which must lead: 0.5 and
 * 0.4 each answered one more people dev question than 0.7 and lost none on any dev set (npm run eval).
 */
const CARRIED_BESIDE_OWN = 0.5;
/**
 * Most the last question's words weigh together beside the follow-up's own, per own word: "what were his
 * orders?" after "who led the cavalry troop sent from Fort Clark to Del Rio?" carries eight words, which at
 * 0.5 each found the sentence just shown again, not the one saying "his orders were to patrol the river".
 * 2 answered one more dev follow-up (new-articles-24) and changed no test row; 1 lost three test questions,
 * 1.5 declined one more answerable test question, 3 lost one dev question (npm run eval 2026-12-02).
 */
const CARRIED_PER_OWN_WORD = 2;

/** Weight of the person or body a follow-up points back to, when it has no words of its own ("what did she say?"). */
const FOCUS_ALONE = 1.5;
/**
 * The same beside words of the follow-up's own ("did he take questions from reporters?"), which must not be
 * outweighed by any short sentence naming the person ('"Yes," he said.' in another article): 1 answered one
 * more dev question than 1.5 (889 -> 890 of 1055, new-articles-7) and lost none; 1.25 measured the same on
 * dev, 0.75 lost two new-articles-6 follow-ups (npm run eval).
 */
const FOCUS_BESIDE_OWN = 1;

/** Carries the conversation's topic into a follow-up that names too little of its own. */
export function withContext(
  u: Understanding,
  conversation: ConversationState,
  focus: readonly string[],
  andForm: boolean,
): Understanding {
  const terms = new Map(u.terms);
  const others = holdersOutOfFocus(u, conversation.focus);
  for (const id of others) terms.delete(ENTITY_TERM + id);
  const ownContent = u.content.length;
  if (andForm || ownContent <= 2) {
    const carried = conversation.lastTerms.filter(
      ([t]) => !terms.has(t) && !(t.startsWith(ENTITY_TERM) && (u.entities.length > 0 || focus.length > 0)),
    );
    // The words the last question asked by (weight 1), not their other forms and synonyms, count towards the cap.
    const carriedWords = carried.filter(([, w]) => w >= 1).length;
    const share =
      ownContent === 0
        ? CARRIED_ALONE
        : Math.min(CARRIED_BESIDE_OWN, (CARRIED_PER_OWN_WORD * ownContent) / Math.max(carriedWords, 1));
    for (const [t, w] of carried) terms.set(t, w * share);
  }
  const focusWeight = ownContent > 0 ? FOCUS_BESIDE_OWN : FOCUS_ALONE;
  for (const id of focus)
    terms.set(ENTITY_TERM + id, Math.max(terms.get(ENTITY_TERM + id) ?? 0, focusWeight));
  // "What about Sheinbaum, did she…?" after a 2019 question: a name new to the conversation opens a topic
  // of its own, which the last question's year does not hold.
  const newName = u.entities.some((id) => !conversation.focus.includes(id));
  const years = u.years.length > 0 ? u.years : newName ? [] : conversation.lastYears;
  // "Why are they so touchy about it?": with no word of its own but its tone, the follow-up asks about the
  // last topic, and evidence is measured against that.
  const onlyTone = u.tone.length > 0 && u.content.every((l) => u.tone.includes(l));
  // "What year was that?", "when was that?": no word, name or person of its own nor in focus; its evidence
  // is measured against the last topic's words, as a question of nothing but tone is, else it covers nothing.
  const nothingOwn = u.content.length === 0 && u.entities.length === 0 && focus.length === 0;
  return {
    ...u,
    ...(onlyTone || nothingOwn ? { content: [...u.content, ...topicWords(conversation.lastTerms)] } : {}),
    terms,
    years,
    entities: [...new Set([...focus, ...u.entities])].filter((id) => !others.has(id)),
    // "What did Trump say to her?": a speaker the follow-up names wins over the one it points back to; a role
    // title's holder the conversation is not about ("the president", after Trump) gives way to the one it is.
    speakerId:
      u.speakerId !== null && others.has(u.speakerId)
        ? heldInFocus(u, conversation.focus, u.speakerId)
        : (u.speakerId ?? focus[0] ?? null),
  };
}

/**
 * The entities in focus after an answer: people first, then bodies, then the rest, each the latest first — the
 * question's (`asked`), the answer's, then those already in focus. Whom a who-question asked for is named by
 * its answer, after the words it was asked by ("who shot Hernández?": the Marine, whom "was he charged?" means),
 * unless its subject was a person pointed back to (`askedOfPointed`: "who was he flying for?"), who stays first.
 */
export function focusAfter(
  index: KnowledgeIndex,
  conversation: ConversationState,
  asked: readonly string[],
  draft: Draft,
  answered: boolean,
  askedOfPointed = false,
): string[] {
  const latest =
    answered && draft.answeredAs === 'who' && !askedOfPointed
      ? [...draft.focus, ...asked]
      : [...asked, ...draft.focus];
  const ids = [...latest, ...conversation.focus].filter(
    (id, i, all) => all.indexOf(id) === i && index.entities.has(id),
  );
  const rank = (id: string) => {
    const t = index.entities.get(id)?.type;
    return t === 'person' ? 0 : t === 'organisation' || t === 'group' ? 1 : 2;
  };
  return [...ids].sort((a, b) => rank(a) - rank(b) || ids.indexOf(a) - ids.indexOf(b));
}

/**
 * Sentences "more" shows of a passage: enough to go on, within one reply. 3 answered one more people dev
 * question than 2 ("more" after a summary of the 2018 DW article) and changed no test row (npm run eval).
 */
const CONTINUATION_SENTENCES = 3;

/**
 * "More" after an explanation: the passage it showed, read on. The sentences after the last one shown in the
 * article its answer came from, that the user has not seen; `null` when the article ends there.
 */
export function continuation(index: KnowledgeIndex, conversation: ConversationState): Draft | null {
  const first = index.sentence(conversation.lastEvidence[0] ?? '');
  if (!first) return null;
  const at = (id: string) => index.sentenceIndex.get(id) ?? -1;
  const last = conversation.lastEvidence
    .filter((id) => index.sentence(id)?.sourceId === first.sourceId)
    .reduce((a, b) => (at(b) > at(a) ? b : a));
  const shown = new Set(conversation.shownSentences);
  const next: Sentence[] = [];
  for (
    let s = index.neighbour(last, 1);
    s && next.length < CONTINUATION_SENTENCES;
    s = index.neighbour(s.id, 1)
  )
    if (!shown.has(s.id)) next.push(s);
  if (next.length === 0 || !conversation.lastIntent) return null;
  return {
    answeredAs: conversation.lastIntent,
    confidence: 1,
    direct: null,
    lead: null,
    evidence: next.map(sentenceEvidence),
    lines: [],
    focus: next.flatMap((s) => s.mentions.map((m) => m.entityId)),
  };
}

/** "Her" as an object: at the end of the question or before a preposition, not before a noun she has. */
const OBJECT_HER = /\bher\b(?=\s*(?:[?.!,;]|$|\s+(?:about|to|for|from|with|in|on|at|again|say|said)\b))/gi;

/**
 * The question with its "she", "he", "him", "his" or "her" read as `name`: a person the last answer named
 * who is no entity (an article's author) has no gender or focus for {@link resolvePronoun} to use, so the
 * question is asked of the name ("what did she do?" after "Marta Echeverri Lund wrote it").
 */
export function namingPronoun(question: string, name: string): string {
  return question
    .replace(/\b(?:she|he|him)\b/gi, name)
    .replace(OBJECT_HER, name)
    .replace(/\b(?:his|her)\b/gi, `${name}'s`);
}

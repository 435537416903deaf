/**
 * Comparisons whose sides are joined by "and" and share the rest of the question: "compare what the
 * maquiladora guy and the UACJ researcher said about the 10k troops", "what did the Fort Bliss museum
 * director and the Fort Huachuca historian each say about…", "compare the Eagle Pass mom and the Quemado
 * rancher on the state taking the park". Each side is asked as a question of its own, with the words the two
 * share ("said about the 10k troops") that only one of them stands next to, so a person described by what
 * they are is read as they would be asked about alone. A question asking of a subject ("what did X and Y
 * each say") takes each side whole up to the verb, past its prepositions; a side that finds a person is then
 * asked of them by name.
 */
import type { Token } from '../nlp/pipeline.ts';
import { answerComparison, STANCE } from './compare.ts';
import type { Side } from './comparison-sides.ts';
import { frontedSides } from './compare-fronted.ts';
import { relativeIn } from './compare-people.ts';
import { reportedActDraft } from './side-reported-act.ts';
import { quotedWordsDraft, speakingForDraft, unnamedSideDraft } from './side-quotes.ts';
import { MIN_CONFIDENCE, type Draft } from './handlers.ts';
import { ENTITY_TERM, type KnowledgeIndex } from './knowledge-index.ts';
import type { AnswerIntent } from './types.ts';
import type { Understanding } from './understanding.ts';
import { isPossessiveEnding } from '../nlp/possessive.ts';

/** Patterns with `\p{…}`, built once: inside a function tsx rebuilds them on every call (see src/nlp/letter-tests.ts). */
const P1 = /^\p{Lu}/u;
const P2 = /^\p{Ll}+$/u;

/** Parts of speech a side's noun phrase is made of ("the UACJ researcher", "Mexico's defence minister"). */
const PHRASE_POS: ReadonlySet<string> = new Set(['ADJ', 'NOUN', 'PROPN', 'NUM']);
/** Parts of speech that end a noun phrase read back from "and": no phrase runs across them. */
const PHRASE_END: ReadonlySet<string> = new Set(['ADP', 'PUNCT', 'PRON', 'AUX', 'CCONJ', 'SCONJ']);
/** Longest run of words read back to the "the" a side's phrase opens with. */
const MAX_PHRASE_WORDS = 5;
/** Words that ask for the comparison, not of either side: left out of each side's question. */
const COMPARING_LEAD = /^\s*(?:compare|contrast)\s+/i;
const DISTRIBUTING = /\s+\b(?:each|both)\b/gi;
/** Words that say a question sets its sides against each other; see compare.ts for the comparison words. */
export const ASKS_OF_EACH =
  /\b(?:compar\w*|contrast\w*|differ\w*|agree\w*|disagree\w*|each|both|vs\.?|versus|the same)\b/i;

/** Possessives a side's phrase may open with, as with "the": "Vickery's mother and his ex-wife". */
const POSSESSIVES: ReadonlySet<string> = new Set(['his', 'her', 'their']);

/** The two sides of a comparison joined by "and": the question asked of each, and the phrase naming each. */
export interface CoordinatedSides {
  questions: [string, string];
  phrases: [string, string];
  /** True when the sides are named before the question asks of them ({@link frontedSides}). */
  fronted?: boolean;
}

/** True when token `t` may be part of a side's noun phrase: its words, or a possessive inside it. */
function inPhrase(t: Token | undefined): boolean {
  return t !== undefined && (PHRASE_POS.has(t.pos) || isPossessiveEnding(t.normal));
}

/**
 * The question asked of each side, and the phrase naming it, when it joins two noun phrases with "and" and
 * asks the same of both; `null` when it does not compare, or joins no two noun phrases.
 */
export function coordinatedSides(u: Understanding): CoordinatedSides | null {
  const { tokens } = u.analysis;
  const text = u.analysis.text;
  // Two sides named first and asked of after by a word pointing back ("…and Abbott in 2022 — did they want…")
  // are set side by side by the question's shape, with no word of comparing.
  const fronted = frontedSides(tokens, text);
  if (!ASKS_OF_EACH.test(u.text)) return fronted;
  const subject = subjectSides(tokens, text) ?? fronted;
  if (subject) return subject;
  for (let k = 1; k < tokens.length - 1; k++) {
    if (tokens[k]?.normal !== 'and') continue;
    let end = k + 1;
    if (tokens[end]?.pos === 'DET' || POSSESSIVES.has(tokens[end]?.normal ?? '')) end++;
    const rightStart = end;
    while (inPhrase(tokens[end])) end++;
    if (end === rightStart) continue;
    let start = k;
    while (inPhrase(tokens[start - 1])) start--;
    if (start === k) continue;
    // "The eagle pass mom": a word the tagger took for a verb inside a phrase that opens with "the".
    let opened = start - 1;
    while (opened >= 0 && tokens[opened]?.pos !== 'DET' && !PHRASE_END.has(tokens[opened]?.pos ?? ''))
      opened--;
    if (opened >= 0 && tokens[opened]?.pos === 'DET' && start - opened <= MAX_PHRASE_WORDS) start = opened;
    const left = tokens[start];
    const right = tokens[end - 1];
    const and = tokens[k];
    const after = tokens[k + 1];
    if (!left || !right || !and || !after) continue;
    const before = text.slice(0, left.start);
    const rest = text.slice(right.end);
    const side = (phrase: string) =>
      `${before}${phrase}${rest}`.replace(COMPARING_LEAD, '').replace(DISTRIBUTING, '').trim();
    const phrases: [string, string] = [
      text.slice(left.start, and.start).trim(),
      text.slice(after.start, right.end),
    ];
    return { questions: [side(phrases[0]), side(phrases[1])], phrases };
  }
  return null;
}

/**
 * Answers a comparison of two people or bodies joined by "and" (see {@link coordinatedSides}): each side's
 * question read alone (`read`) names someone, a different one each, a relative by whose they are
 * ("Vickery's mother", "his ex-wife": see {@link relativeIn}); one side may name no one the coverage has
 * ("the Eagle Pass mom") and is then asked as it stands. A side is asked for the words said unless it asks a
 * figure, a date or a reason, and is reported on when no words said speak to it. `null` when neither side
 * names a person or body (with `eachNamed`, when either names none), both name the same, or neither is
 * answered, or a side finds a person of `notSides`.
 */
export function answerCoordinated(
  u: Understanding,
  index: KnowledgeIndex,
  coordinated: CoordinatedSides,
  read: (text: string) => Understanding,
  answer: (intent: AnswerIntent, asked: Understanding, focus: readonly string[]) => Draft | null,
  eachNamed = false,
  notSides: ReadonlySet<string> = new Set(),
  onAspect: (id: string, draft: Draft) => Draft = (_, d) => d,
): Draft | null {
  const asked = coordinated.questions.map(read);
  const speaker = (a: Understanding) => a.speakerId ?? a.entities.find((id) => isSpeaker(index, id)) ?? null;
  const named = u.entities.find((id) => index.entities.get(id)?.type === 'person') ?? null;
  // "The pharmacy owner and his daughter": "his" is the first side's, when the question names no one.
  const ids: Array<string | null> = [];
  for (const [i, a] of asked.entries()) {
    const owner = named ?? ids[0] ?? null;
    ids.push(
      relativeIn(index, coordinated.phrases[i] ?? '', (name) => speaker(read(name)), owner) ?? speaker(a),
    );
  }
  // "Did Professor Leal and the visitor from Oaxaca agree on whether Díaz wept?": a side's question finds Díaz,
  // whom both are asked about, so that side is no one named; it is asked by what its phrase calls them.
  for (const [i, id] of ids.entries()) if (id !== null && notSides.has(id)) ids[i] = null;
  const [a, b] = ids;
  if ((!a && !b) || a === b || (eachNamed && (!a || !b))) return null;
  // A side whose words name no one the coverage has ("the Eagle Pass mom") is asked as it stands.
  const sides: Side[] = ids.map((entityId, i) => ({
    entityId,
    year: null,
    ...(entityId ? {} : { label: coordinated.phrases[i] ?? '' }),
  }));
  // "Mexico's consul in Presidio at the ceremony" found Laura Ibarra: her side is asked of her by name, so the
  // words that found her are not taken for what she is asked about.
  const byName = (i: number, id: string): Understanding | undefined => {
    const phrase = coordinated.phrases[i] ?? '';
    const name = index.entities.get(id)?.name;
    const question = coordinated.questions[i] ?? '';
    if (!name || !question.includes(phrase)) return asked[i];
    const named = read(question.replace(phrase, name));
    return speaker(named) === id ? named : asked[i];
  };
  const answerSide = (side: Side): Draft | null => {
    const i = sides.indexOf(side);
    const id = side.entityId;
    const read = id ? byName(i, id) : asked[i];
    if (!read) return null;
    // "The Mexican consulate": a speaker quoted under no name of their own is found by what they are called.
    if (!id) {
      const phrase = coordinated.phrases[i] ?? '';
      const sideTopic = read.content.filter((w) => !ASKS_OF_EACH.test(w));
      const unnamed = unnamedSideDraft(index, phrase, sideTopic);
      if (unnamed) return unnamed;
      // "The Justice Department": a body is heard through whoever speaks for it ("a Justice Department
      // spokesman"), when their words touch the topic.
      const spokesman = speakingForDraft(index, phrase, sideTopic);
      if (spokesman) return spokesman;
    }
    const own = !id || speaker(read) === id ? read : askedOf(read, id, index);
    const focus = id ? [id] : [];
    const intent =
      own.intent === 'count' || own.intent === 'date' || own.intent === 'why' ? own.intent : 'quote';
    const answered = (d: Draft | null) => d !== null && d.confidence >= MIN_CONFIDENCE;
    const draft = answer(intent, own, focus);
    if (intent !== 'quote') return draft;
    // "What did Saucedo and Kimbrell each suggest…": the report of the act asked, which no quotation may hold.
    if (id && (own.intent === null || own.intent === 'what')) {
      const reported = reportedActDraft(index, id, own, draft, (w) => STANCE.test(w));
      if (reported) return reported;
    }
    // Set against someone, a quoted person is shown in their own words when any of them touch the topic.
    const ownWords = answered(draft) && draft?.evidence.some((e) => e.kind === 'quote');
    const topic = own.content.filter((w) => !ASKS_OF_EACH.test(w));
    const quoted = id && !ownWords ? quotedWordsDraft(index, id, topic) : null;
    if (quoted) return quoted;
    if (answered(draft)) return draft;
    return answer(own.intent === 'quote' || own.intent === null ? 'what' : own.intent, own, focus);
  };
  // A person's words set against another's are shown on what the question asks of both (asked-aspect.ts).
  return answerComparison(u, index, sides, (side) => {
    const draft = answerSide(side);
    return draft && side.entityId && draft.confidence >= MIN_CONFIDENCE
      ? onAspect(side.entityId, draft)
      : draft;
  });
}

/**
 * A side's question asked of `id`, a relative its words name by someone else ("Vickery's mother"): of them,
 * the person they are named by left out.
 */
function askedOf(u: Understanding, id: string, index: KnowledgeIndex): Understanding {
  const person = (x: string) => index.entities.get(x)?.type === 'person';
  const terms = new Map(
    [...u.terms].filter(([t]) => !(t.startsWith(ENTITY_TERM) && person(t.slice(ENTITY_TERM.length)))),
  );
  terms.set(ENTITY_TERM + id, 2);
  return { ...u, speakerId: id, entities: [id, ...u.entities.filter((x) => !person(x))], terms };
}

/** True for a person, or a body the coverage quotes. */
function isSpeaker(index: KnowledgeIndex, id: string): boolean {
  const e = index.entities.get(id);
  return (
    e !== undefined && (e.type === 'person' || (e.type === 'organisation' && index.speakerQuotes.has(id)))
  );
}

/** Question words a question asking the same of two subjects opens with ("what did X and Y each say"). */
const ASKING: ReadonlySet<string> = new Set(['what', 'how', 'why', 'when', 'where']);
/** Words between the question word and its auxiliary at most ("how many troops did"). */
const MAX_OPENING = 4;

/**
 * The sides of a question asking the same of two subjects, each the whole phrase before or after "and" up to
 * the verb: "what did Mexico's consul in Franklin in 1880 and Mexico's consul in Presidio each say?" →
 * "Mexico's consul in Franklin in 1880", "Mexico's consul in Presidio". A side's phrase may go on past a
 * preposition ("the trooper's wife at Fort Davis"), which a noun phrase read back from "and" cannot.
 * `null` unless the subject holds one "and" with words on both sides.
 */
function subjectSides(tokens: readonly Token[], text: string): CoordinatedSides | null {
  // "Compare what Juan from Sinaloa and the older worker said…": the clause "compare" asks of has no
  // auxiliary; its subject follows the question word.
  const embedded = COMPARING_LEAD.test(text) && ASKING.has(tokens[1]?.normal ?? '');
  const yesNo = !embedded && DO_SUPPORT.has(tokens[0]?.normal ?? '');
  if (!embedded && !yesNo && !ASKING.has(tokens[0]?.normal ?? '')) return null;
  const aux = embedded ? 1 : yesNo ? 0 : tokens.findIndex((t, i) => i > 0 && t.pos === 'AUX');
  if (!embedded && (aux < (yesNo ? 0 : 1) || aux > MAX_OPENING)) return null;
  const verb = yesNo ? baseVerbAfter(tokens, aux) : verbAfterSubject(tokens, aux);
  if (verb < 0) return null;
  let end = verb;
  while (end > aux + 1 && /^(?:each|both)$/i.test(tokens[end - 1]?.normal ?? '')) end--;
  const ands = tokens.slice(aux + 1, end).flatMap((t, i) => (t.normal === 'and' ? [aux + 1 + i] : []));
  const [k] = ands;
  if (ands.length !== 1 || k === undefined || k === aux + 1 || k === end - 1) return null;
  const first = tokens[aux + 1];
  const and = tokens[k];
  const after = tokens[k + 1];
  const last = tokens[end - 1];
  const verbToken = tokens[verb];
  if (!first || !and || !after || !last || !verbToken) return null;
  const phrases: [string, string] = [
    text.slice(first.start, and.start).replace(/[\s,]+$/, ''),
    text.slice(after.start, last.end),
  ];
  const before = text.slice(0, first.start);
  const rest = text.slice(verbToken.start);
  const side = (phrase: string) =>
    `${before}${phrase} ${rest}`.replace(COMPARING_LEAD, '').replace(DISTRIBUTING, '').trim();
  return { questions: [side(phrases[0]), side(phrases[1])], phrases };
}

/** Auxiliaries a yes-no question opens with before its subject and a verb in its base form ("did X and Y agree"). */
const DO_SUPPORT: ReadonlySet<string> = new Set(['did', 'do', 'does']);
/** Parts of speech before a participle that make it part of a noun phrase ("the captured Villa officer"). */
const BEFORE_MODIFIER: ReadonlySet<string> = new Set(['DET', 'ADJ', 'ADV']);

/**
 * Where the verb of a yes-no question's subject is ("did the union VP and the law professor see…"): the first
 * verb in its base form, as "did" asks for, not inside a noun phrase and not capitalised; so "the retired
 * Ranger", "the captured Villa officer" stay in their side. -1 when there is none.
 */
function baseVerbAfter(tokens: readonly Token[], aux: number): number {
  const verb = tokens.findIndex(
    (t, i) =>
      i > aux + 1 &&
      t.pos === 'VERB' &&
      t.normal === t.lemma &&
      !P1.test(t.value) &&
      !BEFORE_MODIFIER.has(tokens[i - 1]?.pos ?? ''),
  );
  if (verb >= 0) return verb;
  // "Did the Pentagon and the Justice Department talk about…": with no verb, a word the tagger took for a
  // noun is the verb "did" asks for when it follows the subject's last noun and a preposition follows it,
  // as no noun of a name does ("of" aside: "the chief of staff").
  return tokens.findIndex(
    (t, i) =>
      i > aux + 2 &&
      t.pos === 'NOUN' &&
      t.normal === t.lemma &&
      !P1.test(t.value) &&
      NAMING_END.has(tokens[i - 1]?.pos ?? '') &&
      tokens[i + 1]?.pos === 'ADP' &&
      tokens[i + 1]?.normal !== 'of',
  );
}

/** Parts of speech a subject's phrase ends with before its verb ("the Justice Department", "the sheriff"). */
const NAMING_END: ReadonlySet<string> = new Set(['NOUN', 'PROPN']);

/**
 * Where the verb of a question's subject is, after the auxiliary at `aux`: the word after "each" or "both"
 * ("…each say", which the tagger may take for a noun), else the first verb not capitalised ("Glenn Springs"
 * is a name) nor opening a relative clause ("the agent who studied under Montaño react…"). -1 when there is
 * none.
 */
function verbAfterSubject(tokens: readonly Token[], aux: number): number {
  const each = tokens.findIndex((t, i) => i > aux + 1 && /^(?:each|both)$/.test(t.normal));
  if (each > 0 && P2.test(tokens[each + 1]?.value ?? '')) return each + 1;
  return tokens.findIndex(
    (t, i) =>
      i > aux + 1 && t.pos === 'VERB' && !P1.test(t.value) && !RELATIVE.has(tokens[i - 1]?.normal ?? ''),
  );
}

/** Pronouns opening a relative clause inside a side ("the DEA agent who studied under Montaño"). */
const RELATIVE: ReadonlySet<string> = new Set(['who', 'which', 'that']);

/**
 * Quote questions about someone described, not named: "what did the kid at the velasco ceremony say", "what
 * did the rancher say". The answer is a quotation whose speaker the noun fits, in an article the question's
 * other words reach, or nothing: a sentence of nobody's words does not say what a described person said.
 */
import type { Entity } from '../knowledge/schema.ts';
import type { Token } from '../nlp/pipeline.ts';
import { figureValue } from './compare-disputed.ts';
import { confidenceOf, MIN_CONFIDENCE, quoteEvidence, type Context, type Draft } from './handlers.ts';
import { coverage } from './retrieval.ts';
import { TOPIC_MIN_COVERAGE } from './quote-topic.ts';
import type { Understanding } from './understanding.ts';

/** Patterns with `\p{…}`, built once: inside a function tsx rebuilds them on every call (see src/nlp/letter-tests.ts). */
const P1 = /[^\p{L}]+/u;
/** An age written before a noun or a name: "Eleven-year-old Jason Truong", "a 16-year-old". */
const AGE_BEFORE = /\b([\p{L}\d-]{1,40}?)-year-old\b/giu;
/** A word written with a capital first. */
const CAPITAL_FIRST = /^\p{Lu}/u;

/** The WordNet kind a noun for a young person is ("kid", "child", "teenager" are each a juvenile). */
const JUVENILE = 'juvenile';
/** Under this age someone is a minor: the age of majority in the US and Mexico. */
const AGE_OF_MAJORITY = 18;
/** Sentences read as a person's introduction: the first that mention them (a description is written once). */
const INTRODUCING_SENTENCES = 3;
/** Words before a name read as what it is called ("retired postmistress Ann Ray"). */
const WORDS_BEFORE_NAME = 3;
/** Quotations shown. */
const MAX_QUOTES = 2;
/** Parts of speech that end the subject of a verb of saying when read back from it. */
const SUBJECT_END = new Set(['VERB', 'PUNCT', 'SCONJ', 'CCONJ', 'PRON']);

/**
 * The noun for a person a quote question asks the words of when it names no one: the last noun for a person
 * before its verb of saying, before any preposition ("kid" of "the kid at the velasco ceremony say"); `null`
 * when the subject holds none, or holds a name.
 */
export function describedSpeakerNoun(u: Understanding, ctx: Context): string | null {
  const tokens = u.analysis.tokens;
  const say = tokens.findIndex((t) => ctx.reader.speechVerbs.has(t.lemma));
  if (say <= 0) return null;
  let start = say - 1;
  while (start > 0 && !SUBJECT_END.has(tokens[start - 1]?.pos ?? '') && tokens[start - 1]?.pos !== 'AUX')
    start--;
  const subject = tokens.slice(start, say);
  if (subject.some((t) => t.pos === 'PROPN' && CAPITAL_FIRST.test(t.value))) return null;
  const preposition = subject.findIndex((t) => t.pos === 'ADP');
  const head = (preposition >= 0 ? subject.slice(0, preposition) : subject).filter(
    (t) => t.pos === 'NOUN' && !owns(subject, t),
  );
  const noun = head.at(-1);
  return noun && personKind(noun.lemma, ctx) ? noun.lemma : null;
}

/** True when `t` is followed by a possessive ending ("sheriff" of "the sheriff's wife"): it owns the one asked. */
function owns(subject: readonly Token[], t: Token): boolean {
  const next = subject[subject.indexOf(t) + 1];
  return next !== undefined && /^['’]s?$/.test(next.normal);
}

/** The words of `noun`'s first sense and of its kind when it names a kind of person; `null` otherwise. */
function personKind(noun: string, ctx: Context): ReadonlySet<string> | null {
  const wordnet = ctx.reader.data.wordnet;
  if (!wordnet) return null;
  const words = wordnet.nounKindWords(noun, 1);
  return ctx.reader.countsPeople(noun) || wordnet.nounKindWords(noun, 3).has('person') ? words : null;
}

/** A word of the first person: a sentence holding one is someone's own words (a letter, a column, a turn). */
const FIRST_PERSON = /\b(?:I|[Mm]y|[Mm]e|[Ww]e|[Oo]ur|us)\b/u;

/**
 * True when draft `d` shows someone's words: a quotation, a sentence in the first person ("My students…had
 * never heard of…" of a teacher's letter), or one that reports speech (a verb of saying: "a classmate said
 * the two always carried…") or names what the noun is ("the soldiers call them towers"). A sentence that
 * does none of these ("The ceremony footage was recorded…") says nothing anyone said.
 */
export function showsWordsOfDescribed(d: Draft, ctx: Context, noun: string): boolean {
  const kinds = personKind(noun, ctx) ?? new Set([noun]);
  const stems = new Set([...kinds].map((w) => ctx.reader.stem(w)));
  return d.evidence.some((e) => {
    if (e.kind === 'quote') return true;
    return ctx.index.evidenceSentenceIds(e).some((id) => {
      const sentence = ctx.index.sentence(id);
      if (!sentence) return false;
      if (FIRST_PERSON.test(sentence.text)) return true;
      return sentence.lemmas.some((l) => ctx.reader.speechVerbs.has(l) || stems.has(ctx.reader.stem(l)));
    });
  });
}

/**
 * Quotations by someone `noun` fits, best for the question's other words first (see the module's header);
 * a decline when no one the noun fits is quoted in an article those words reach.
 */
export function describedSpeakerQuote(u: Understanding, ctx: Context, noun: string): Draft | null {
  const { index } = ctx;
  const kinds = personKind(noun, ctx);
  if (!kinds) return null;
  const stem = (w: string) => ctx.reader.stem(w);
  const fitting = new Set([...kinds].filter((w) => w !== JUVENILE && !w.includes(' ')).map((w) => stem(w)));
  const young = kinds.has(JUVENILE);
  const content = u.content.filter((l) => l !== noun && !ctx.reader.sayingWords.has(l));
  const places = u.entities.filter((id) => index.entities.get(id)?.type !== 'person');
  const speakers = [...index.speakerQuotes.keys()]
    .map((id) => index.entities.get(id))
    .filter((e): e is Entity => e?.type === 'person' && fits(e, fitting, young, ctx));
  const sources = new Map<string, { lemmas: Set<string>; entities: Set<string> }>();
  for (const e of speakers)
    for (const qi of index.speakerQuotes.get(e.id) ?? [])
      sources.set(index.sourceOrder[index.quoteSource[qi] ?? -1]?.id ?? '', {
        lemmas: new Set(),
        entities: new Set(),
      });
  for (const s of index.sentences) {
    const at = sources.get(s.sourceId);
    if (!at) continue;
    for (const l of s.lemmas) at.lemmas.add(l);
    for (const m of s.mentions) at.entities.add(m.entityId);
  }
  const lens = ctx.reader.lens(u);
  let best: { covered: number; quotes: number[] } | null = null;
  for (const e of speakers) {
    const own = [...(index.speakerQuotes.get(e.id) ?? [])];
    const source = index.sourceOrder[index.quoteSource[own[0] ?? -1] ?? -1]?.id ?? '';
    const at = sources.get(source);
    if (!at) continue;
    const covered =
      content.length + places.length === 0
        ? 1
        : coverage(index, content, places, at.lemmas, at.entities, lens);
    if (covered < TOPIC_MIN_COVERAGE || (best && best.covered >= covered)) continue;
    best = { covered, quotes: own };
  }
  if (!best) return null;
  const chosen = best.quotes.slice(0, MAX_QUOTES).flatMap((qi) => index.quotes[qi] ?? []);
  return {
    answeredAs: 'quote',
    confidence: Math.max(
      MIN_CONFIDENCE,
      confidenceOf(
        u,
        ctx,
        chosen.map((q) => index.sentence(q.sentenceIds[0] ?? '')),
        chosen,
      ),
    ),
    direct: null,
    lead: null,
    evidence: chosen.map((q) => quoteEvidence(index, q)),
    lines: [],
    focus: [...new Set(chosen.flatMap((q) => (q.speakerId ? [q.speakerId] : [])))],
  };
}

/**
 * True when the coverage calls person `e` what the noun names: a word of its sense or kind (`fitting`,
 * stemmed) in their description, titles or the sentences introducing them; a noun for a young person also
 * fits someone those sentences give an age under {@link AGE_OF_MAJORITY} ("Eleven-year-old Jason Truong").
 */
function fits(e: Entity, fitting: ReadonlySet<string>, young: boolean, ctx: Context): boolean {
  const stem = (w: string) => ctx.reader.stem(w);
  const said = [e.description ?? '', ...e.roles.flatMap((r) => [r.title, ...r.phrases])].join(' ');
  if (
    said
      .toLowerCase()
      .split(P1)
      .some((w) => w && fitting.has(stem(w)))
  )
    return true;
  for (const id of e.sentenceIds.slice(0, INTRODUCING_SENTENCES)) {
    const s = ctx.index.sentence(id);
    if (!s) continue;
    const names = s.mentions.filter((m) => m.entityId === e.id && m.via !== 'pronoun');
    if (names.length === 0) continue;
    const beside = names.flatMap((n) => wordsBesideName(s.text, n.text));
    if (beside.some((w) => fitting.has(stem(w)))) return true;
    if (!young) continue;
    for (const m of s.text.matchAll(AGE_BEFORE)) {
      const age = figureValue(m[1] ?? '');
      const after = s.text.slice((m.index ?? 0) + m[0].length).trimStart();
      if (age !== null && age < AGE_OF_MAJORITY && names.some((n) => after.startsWith(n.text))) return true;
    }
  }
  return false;
}

/**
 * The words that call someone what they are beside their name in a sentence: up to
 * {@link WORDS_BEFORE_NAME} right before it, and an appositive in commas right after it ("Marguerite
 * Dubois, a retired postmistress,"); not the rest of the sentence, which may name others ("came with his
 * grandfather").
 */
function wordsBesideName(text: string, name: string): string[] {
  const at = text.indexOf(name);
  if (at < 0) return [];
  const before = text.slice(0, at).split(P1).filter(Boolean).slice(-WORDS_BEFORE_NAME);
  const rest = text.slice(at + name.length);
  const appositive = rest.startsWith(',') ? (rest.slice(1).split(/[,.;:]/)[0] ?? '') : '';
  return [...before, ...appositive.split(P1).filter(Boolean)].map((w) => w.toLowerCase());
}

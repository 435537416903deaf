/**
 * "How old is he?": a person's age as news copy gives it, in commas after the name ("said Walter "Buck"
 * Harrell, 92, an Army veteran…") or in words of age ("gave his age as 86", "an 18-year-old"), which no
 * figure of the knowledge counts.
 */
import type { Entity, EntityMention, NumberFact, Sentence } from '../knowledge/schema.ts';
import { numberInWords } from '../nlp/numerals.ts';
import { confidenceOf, sentenceEvidence, type Context, type Draft } from './handlers.ts';
import type { Ranked } from './retrieval.ts';
import type { Understanding } from './understanding.ts';

/** Runs of characters between a question's words, and a word's capital: built once (tsx rebuilds `\p{…}` per call). */
const NOT_NAME_WORD = /[^\p{L}'’-]+/u;
const CAPITAL_FIRST = /^\p{Lu}/u;

/** A question asking a person's age. */
const AGE_ASKED = /\bhow old\b/i;

/** A word of a name: capitalised, or an initial. Bounded, as are the words of a name. */
const NAME_WORD = String.raw`\p{Lu}[\p{L}.'’-]{0,30}`;
/** A quoted nickname among a name's words ("Buck" of Walter "Buck" Harrell). */
const NICKNAME = String.raw`["“][^"”]{1,40}["”]`;
/** The most words a name is read in: a long run of capitalised words is not read again from each of its words. */
const NAME_WORDS = 6;

/**
 * A name of capitalised words, caught, with an age said with "is" or "was" after it ({@link AGE_OF_SUBJECT}) or
 * "a" or "an" ({@link APPOSED_NAME}).
 */
const NAME = String.raw`(${NAME_WORD}(?:\s+${NAME_WORD}){0,${NAME_WORDS - 1}})`;

/** A capitalised name (its words may be quoted nicknames or initials) with an age in commas after it. */
const AGE_AFTER_NAME = new RegExp(
  String.raw`((?:${NAME_WORD}|${NICKNAME})(?:\s+(?:${NAME_WORD}|${NICKNAME})){0,${NAME_WORDS - 1}}),\s(\d{1,3}),(?!\d)`,
  'gu',
);

/** A figure of an age: digits, or a number written in words ("twelve", "eighty-one"), read by {@link ageValue}. */
const AGE_FIGURE = String.raw`(\d{1,3}|[a-z]+(?:-[a-z]+)?)`;

/**
 * An age said in words of age, not in commas: "gave his age as 86", "aged 86", "an 18-year-old goat herder",
 * "who is 57 years old", "He was twelve years old", an obituary's "He was 73 years of age" and "died … at the
 * age of 73" (not "joined the army at the age of 17", an age at another time, nor "children under 12 years of
 * age"). Its person is the one the sentence names.
 */
const AGE_STATED = new RegExp(
  String.raw`\b(?:gave (?:his|her|their) age as|aged)\s${AGE_FIGURE}\b|\b${AGE_FIGURE}(?:-year-old\b|\s+years?\s+old\b)|\b(?:was|is)\s${AGE_FIGURE}\s+years?\s+of\s+age\b|\bdied\b[^.;:]{0,60}?\bat the age of\s${AGE_FIGURE}\b`,
  'giu',
);

/**
 * An age said of a person with "is" or "was" and a bare figure that ends its clause: "He is now eighty-one.",
 * "his son Robert, who was 19 and home from school", "His father, Aurelio Sandoval, was 19 and had come…".
 * The name before the comma, when there is one, is whose age it is.
 */
const AGE_OF_SUBJECT = new RegExp(
  String.raw`(?:${NAME},\s+(?:who\s+)?|\b(?:[Hh]e|[Ss]he|who)\s+)(?:is|was)\s+(?:now\s+|then\s+|only\s+|just\s+)?${AGE_FIGURE}(?=\s*(?:[.;,](?!\d)|and\b|$))`,
  'gu',
);

/** True when a question asks a person's age ("how old was the boy?"). */
export function asksAge(text: string): boolean {
  return AGE_ASKED.test(text);
}

/**
 * True when the sentence gives the figure written `figure` as someone's age in words of age ("a 34-year-old
 * teacher", "aged 34", "51 years old", "He is now eighty-one."): an age, which answers "how old" and no other
 * span ("how long have the protesters been camped there").
 */
export function givesAge(sentence: string, figure: string): boolean {
  const asked = figure.toLowerCase();
  for (const form of [AGE_STATED, AGE_OF_SUBJECT])
    for (const m of sentence.matchAll(form))
      if (m.slice(1).some((g) => g?.toLowerCase() === asked)) return true;
  return false;
}

/**
 * "An 18-year-old goat herder": an age said with "a" or "an" is of someone the phrase brings in, not of a
 * person the sentence names elsewhere ("Defense Secretary William S. Cohen … a Marine … shot and killed an
 * 18-year-old goat herder"), unless set beside their name ("Esequiel Hernández, an 18-year-old").
 */
const INDEFINITE_BEFORE = /\ban?\s+$/i;
const APPOSED_NAME = new RegExp(String.raw`${NAME},\s+an?\s+$`, 'u');

/** Ages news copy gives a person; a number outside is a count or a year, not an age. */
const MIN_AGE = 1;
const MAX_AGE = 120;

/** An age a sentence gives, with the name it is shown under and, when the knowledge knows them, the person. */
interface StatedAge {
  /** `null` for a person the sentence does not name ("an 18-year-old goat herder"). */
  name: string | null;
  age: number;
  /** The age as the sentence writes it ("sixteen", "19"), which the headline shows. */
  written: string;
  entityId: string | null;
}

/**
 * The value of an age figure as the sentence writes it: digits as they read, a number under a hundred in words
 * ("twelve", "eighty-one"), else as the knowledge read it among the sentence's figures; `null` for a word no
 * figure is, or a value no age is.
 */
function ageValue(written: string, figures: readonly NumberFact[]): number | null {
  const value = /^\d+$/.test(written)
    ? Number(written)
    : (numberInWords(written) ??
      figures.find((n) => n.text.toLowerCase().split(/\s+/)[0] === written.toLowerCase())?.value ??
      null);
  return value !== null && value >= MIN_AGE && value <= MAX_AGE ? value : null;
}

/**
 * The people a sentence gives an age for, with the age, in order: after a name in commas, else said of a
 * name with "was" ("Robert, who was 19 and…"), else in words of age for the person `personIn` says the
 * sentence names. A person the sentence names by a pronoun or a title ("He was 24 years old") is shown under
 * the name the knowledge gives them, not the pronoun.
 */
function agesIn(
  sentence: Sentence,
  figures: readonly NumberFact[],
  personIn: (sentence: Sentence) => EntityMention | null,
  nameOf: (entityId: string) => string | null,
): StatedAge[] {
  const out: StatedAge[] = [];
  for (const m of sentence.text.matchAll(AGE_AFTER_NAME)) {
    const age = Number(m[2]);
    if (age >= MIN_AGE && age <= MAX_AGE && m[1])
      out.push({ name: m[1], age, written: m[2] ?? '', entityId: null });
  }
  if (out.length > 0) return out;
  const person = personIn(sentence);
  const personName =
    person && (person.via === 'alias' ? person.text : (nameOf(person.entityId) ?? person.text));
  for (const m of sentence.text.matchAll(AGE_OF_SUBJECT)) {
    const written = m[2] ?? '';
    const age = ageValue(written, figures);
    if (age === null) continue;
    if (m[1]) out.push({ name: m[1], age, written, entityId: null });
    else if (person && personName) out.push({ name: personName, age, written, entityId: person.entityId });
  }
  if (out.length > 0) return out;
  for (const m of sentence.text.matchAll(AGE_STATED)) {
    const written = m[1] ?? m[2] ?? m[3] ?? m[4] ?? '';
    const age = ageValue(written, figures);
    if (age === null) continue;
    const before = sentence.text.slice(0, m.index);
    if (INDEFINITE_BEFORE.test(before))
      out.push({ name: APPOSED_NAME.exec(before)?.[1] ?? null, age, written, entityId: null });
    else if (person && personName) out.push({ name: personName, age, written, entityId: person.entityId });
  }
  return out;
}

/**
 * The sentences of the articles the last answer quoted, nearest to what it showed first: where a follow-up
 * pointing back ("and how old was he?") finds the age of the person it was about.
 */
function aroundLastEvidence(ctx: Context): Sentence[] {
  const shown = ctx.conversation.lastEvidence.flatMap((id) => {
    const i = ctx.index.sentenceIndex.get(id);
    return i === undefined ? [] : [i];
  });
  const out: Array<[number, Sentence]> = [];
  const seen = new Set<number>();
  for (const at of shown) {
    const start = ctx.index.articleStart[at] ?? at;
    if (seen.has(start)) continue;
    seen.add(start);
    for (let i = start; ctx.index.articleStart[i] === start; i++) {
      const sentence = ctx.index.sentences[i];
      if (sentence) out.push([Math.abs(i - at), sentence]);
    }
  }
  return out.sort((x, y) => x[0] - y[0]).map(([, s]) => s);
}

/**
 * The age of the person a "how old" question asks about: in the articles the last answer quoted, nearest its
 * evidence, when the question names no one in its own words ("and how old was he?", "how old was the boy?"),
 * else in the best-ranked sentence that gives one for a person the question names (or for anyone, when it
 * names none). An interval between two events ("fifty-six years to the day after the battle") is no age.
 * `null` when the question asks no age or the coverage gives none.
 */
export function answerAge(u: Understanding, ctx: Context, ranked: readonly Ranked[]): Draft | null {
  if (!AGE_ASKED.test(u.text)) return null;
  const people = u.entities.filter((id) => ctx.index.entities.get(id)?.type === 'person');
  const personIn = (sentence: Sentence) =>
    sentence.mentions.find((m) => ctx.index.entities.get(m.entityId)?.type === 'person') ?? null;
  const nameOf = (entityId: string) => ctx.index.entities.get(entityId)?.name ?? null;
  // "And how old was he?", "how old was the boy?": a question naming no one in its words asks the age of
  // someone the last answer was about, given in its articles; pointing back with a pronoun, of no one in
  // another article. A person only the pronoun stands for is whom the conversation guessed: when their age is
  // not there, the age nearest the last answer's evidence is the one asked.
  const named = people.filter((id) => namedInWords(u.text, ctx.index.entities.get(id)));
  const pointsBack = (ctx.followup || people.length === 0) && (u.pronoun !== null || named.length === 0);
  const last = pointsBack ? aroundLastEvidence(ctx) : [];
  const others =
    ctx.followup && u.pronoun !== null && named.length === 0 ? [] : ranked.map((r) => r.sentence);
  const ageOf = (sentence: Sentence, asked: readonly string[]) =>
    agesIn(sentence, ctx.index.numbersBySentence.get(sentence.id) ?? [], personIn, nameOf).find(
      (a) =>
        asked.length === 0 ||
        (a.entityId !== null
          ? asked.includes(a.entityId)
          : sentence.mentions.some((m) => asked.includes(m.entityId) && a.name?.includes(m.text) === true)),
    );
  const first = (sentences: readonly Sentence[], asked: readonly string[]) => {
    for (const sentence of sentences) {
      const age = ageOf(sentence, asked);
      if (age) return { sentence, age };
    }
    return null;
  };
  // A question that does not follow on reads its own best sentences before the last answer's articles.
  const order = ctx.followup ? [...last, ...others] : [...others, ...last];
  const found = first(order, people) ?? (named.length === 0 ? first(last, []) : null);
  if (found) {
    const { sentence, age } = found;
    return {
      answeredAs: 'count',
      confidence: confidenceOf(u, ctx, [{ ...sentence, lemmas: [...sentence.lemmas, 'old'] }]),
      // The age as the article writes it ("Harlan, sixteen"), which a reader finds in the evidence below.
      direct:
        age.name === null
          ? `${age.written.toLowerCase()} years old`
          : `${age.name}, ${age.written.toLowerCase()}`,
      lead: null,
      evidence: [sentenceEvidence(sentence)],
      lines: [],
      focus: sentence.mentions.map((m) => m.entityId),
    };
  }
  return null;
}

/** True when the question's own words name the person (a word of their name or an alias), not a pronoun. */
function namedInWords(text: string, person: Entity | undefined): boolean {
  if (!person) return false;
  const words = new Set(text.toLowerCase().split(NOT_NAME_WORD));
  return [person.name, ...person.aliases].some((alias) =>
    alias.split(/\s+/).some((w) => w.length > 2 && CAPITAL_FIRST.test(w) && words.has(w.toLowerCase())),
  );
}

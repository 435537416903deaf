/**
 * "How old is he?": a person's age as news copy gives it, in commas after the name ("said Walter "Buck"
 * Harrell, 92, an Army veteran…") or in words of age ("gave his age as 86", "an 18-year-old"), which no
 * figure of the knowledge counts.
 */
import type { EntityMention, Sentence } from '../knowledge/schema.ts';
import { confidenceOf, sentenceEvidence, type Context, type Draft } from './handlers.ts';
import type { Ranked } from './retrieval.ts';
import type { Understanding } from './understanding.ts';

/** A question asking a person's age. */
const AGE_ASKED = /\bhow old\b/i;

/** A capitalised name (its words may be quoted nicknames or initials) with an age in commas after it. */
const AGE_AFTER_NAME =
  /((?:\p{Lu}[\p{L}.'’-]*|["“][^"”]+["”])(?:\s+(?:\p{Lu}[\p{L}.'’-]*|["“][^"”]+["”]))*),\s(\d{1,3}),(?!\d)/gu;

/**
 * An age said in words of age, not in commas: "gave his age as 86", "aged 86", "an 18-year-old goat herder",
 * "who is 57 years old", an obituary's "He was 73 years of age" and "died … at the age of 73" (not "joined the
 * army at the age of 17", an age at another time, nor "children under 12 years of age"). Its person is the one
 * the sentence names.
 */
const AGE_STATED =
  /\b(?:gave (?:his|her|their) age as|aged)\s(\d{1,3})\b|\b(\d{1,3})(?:-year-old\b|\s+years?\s+old\b)|\b(?:was|is)\s(\d{1,3})\s+years?\s+of\s+age\b|\bdied\b[^.;:]{0,60}?\bat the age of\s(\d{1,3})\b/giu;

/** True when a question asks a person's age ("how old was the boy?"). */
export function asksAge(text: string): boolean {
  return AGE_ASKED.test(text);
}

/**
 * True when the sentence gives the figure written `figure` as someone's age in words of age ("a 34-year-old
 * teacher", "aged 34", "51 years old"): an age, which answers "how old" and no other span ("how long have the
 * protesters been camped there").
 */
export function givesAge(sentence: string, figure: string): boolean {
  for (const m of sentence.matchAll(AGE_STATED)) if (m.slice(1).includes(figure)) return true;
  return false;
}

/** Ages news copy gives a person; a number outside is a count or a year, not an age. */
const MIN_AGE = 1;
const MAX_AGE = 120;

/** An age a sentence gives, with the name it is shown under and, when the knowledge knows them, the person. */
interface StatedAge {
  name: string;
  age: number;
  entityId: string | null;
}

/**
 * The people a sentence gives an age for, with the age, in order: after a name in commas, else in words of
 * age for the person `personIn` says the sentence names. A person the sentence names by a pronoun or a title
 * ("He was 24 years old") is shown under the name the knowledge gives them, not the pronoun.
 */
function agesIn(
  sentence: Sentence,
  personIn: (sentence: Sentence) => EntityMention | null,
  nameOf: (entityId: string) => string | null,
): StatedAge[] {
  const out: StatedAge[] = [];
  for (const m of sentence.text.matchAll(AGE_AFTER_NAME)) {
    const age = Number(m[2]);
    if (age >= MIN_AGE && age <= MAX_AGE && m[1]) out.push({ name: m[1], age, entityId: null });
  }
  if (out.length > 0) return out;
  const person = personIn(sentence);
  if (person === null) return out;
  const name = person.via === 'alias' ? person.text : (nameOf(person.entityId) ?? person.text);
  for (const m of sentence.text.matchAll(AGE_STATED)) {
    const age = Number(m[1] ?? m[2] ?? m[3] ?? m[4]);
    if (age >= MIN_AGE && age <= MAX_AGE) out.push({ name, age, entityId: person.entityId });
  }
  return out;
}

/**
 * The age of the person a "how old" question asks about: given after a name in the evidence the last answer
 * showed when the question points back with a pronoun ("how old is he"), else in the best-ranked sentence
 * that gives one for a person the question names (or for anyone, when it names none). `null` when the
 * question asks no age or the coverage gives none.
 */
export function answerAge(u: Understanding, ctx: Context, ranked: readonly Ranked[]): Draft | null {
  if (!AGE_ASKED.test(u.text)) return null;
  const people = u.entities.filter((id) => ctx.index.entities.get(id)?.type === 'person');
  const personIn = (sentence: Sentence) =>
    sentence.mentions.find((m) => ctx.index.entities.get(m.entityId)?.type === 'person') ?? null;
  const nameOf = (entityId: string) => ctx.index.entities.get(entityId)?.name ?? null;
  const last =
    u.pronoun !== null && ctx.followup
      ? ctx.conversation.lastEvidence.flatMap((id) => ctx.index.sentence(id) ?? [])
      : [];
  for (const sentence of [...last, ...ranked.map((r) => r.sentence)]) {
    const named = agesIn(sentence, personIn, nameOf).find(
      (a) =>
        people.length === 0 ||
        (a.entityId !== null
          ? people.includes(a.entityId)
          : sentence.mentions.some((m) => people.includes(m.entityId) && a.name.includes(m.text))),
    );
    if (!named) continue;
    return {
      answeredAs: 'count',
      confidence: confidenceOf(u, ctx, [{ ...sentence, lemmas: [...sentence.lemmas, 'old'] }]),
      direct: `${named.name}, ${named.age}`,
      lead: null,
      evidence: [sentenceEvidence(sentence)],
      lines: [],
      focus: sentence.mentions.map((m) => m.entityId),
    };
  }
  return null;
}

/**
 * Unnamed spokespeople by the body they speak for: "The Texas Military Department did not say how long … A
 * spokesperson said…" is a Texas Military Department spokesperson, and "Joint Task Force Six … said in a
 * statement … A task force spokeswoman said…" a Joint Task Force Six spokeswoman. An article names the body
 * as the subject of the sentence before and leaves it out of the spokesperson's own words.
 */
import type { WorkingSentence } from './working.ts';
import type { EntityData } from './entity-data.ts';
import { tokenAt } from './speakers.ts';
import { opensWithCapital } from '../nlp/letter-tests.ts';

/** "A spokesperson", "A task force spokeswoman": an article, lower-case words of the body at most, the role. */
const UNNAMED_SPOKESPERSON = /^([Aa]n?)\s+((?:[\p{Ll}-]+\s+){0,3})(spokes(?:man|woman|person))$/u;
/** Sentences read back from the spokesperson's for the body that is their subject. */
const MAX_SENTENCES_BACK = 2;

/**
 * The fuller name of an unnamed spokesperson `name` introduced in sentence `own`: the body that is
 * the subject of one of the {@link MAX_SENTENCES_BACK} sentences before, written between the article and the
 * role ("A Texas Military Department spokesperson"). Lower-case words already before the role must be in
 * the body's name ("task force" in "Joint Task Force Six"). `null` for any other name, or when no sentence
 * before opens with a body.
 */
export function spokespersonOfBody(
  name: string,
  own: WorkingSentence | undefined,
  entity: (id: string) => Pick<EntityData, 'name' | 'type'> | undefined,
): string | null {
  const m = UNNAMED_SPOKESPERSON.exec(name);
  if (!m) return null;
  const [, article = 'a', qualifier = '', role = ''] = m;
  let before = own?.previous ?? null;
  for (let k = 0; before && k < MAX_SENTENCES_BACK; k++, before = before.previous) {
    // "Joint Task Force Six, the El Paso-based command…, said": a body no entity answers to, by the capitalised
    // words opening the sentence, only when the spokesperson's own words name part of it ("task force").
    const body = subjectBody(before, entity) ?? (qualifier ? openingName(before) : null);
    if (!body) continue;
    if (!body.toLowerCase().includes(qualifier.trim().toLowerCase())) return null;
    return `${article} ${body} ${role}`;
  }
  return null;
}

/** The organisation a sentence names before its first verb (its subject), by its entity name. */
function subjectBody(
  sentence: WorkingSentence,
  entity: (id: string) => Pick<EntityData, 'name' | 'type'> | undefined,
): string | null {
  const { analysis } = sentence;
  let verb = sentence.tokenStart;
  while (verb < sentence.tokenEnd && !['VERB', 'AUX'].includes(tokenAt(analysis, verb).pos)) verb++;
  for (const mention of sentence.mentions) {
    if (mention.token >= verb) break;
    if (mention.via === 'pronoun') continue;
    const e = entity(mention.entityId);
    if (e?.type === 'organisation') return e.name;
  }
  return null;
}

/** The capitalised words opening a sentence up to a comma or a verb, two at least, when they are no person's. */
function openingName(sentence: WorkingSentence): string | null {
  const { analysis } = sentence;
  let end = sentence.tokenStart;
  while (
    end < sentence.tokenEnd &&
    opensWithCapital(tokenAt(analysis, end).value) &&
    tokenAt(analysis, end).pos !== 'VERB'
  )
    end++;
  if (end - sentence.tokenStart < 2) return null;
  if (sentence.mentions.some((m) => m.token < end && m.via !== 'pronoun')) return null;
  return analysis.text.slice(tokenAt(analysis, sentence.tokenStart).start, tokenAt(analysis, end - 1).end);
}

/**
 * The surnames a discovered person is called by. A Spanish name is given name(s), the father's surname and
 * the mother's, and the person is called by the first of the two or by both: Ricardo Trevilla Trejo is
 * "Trevilla" or "Trevilla Trejo", never "Trejo" on its own. A name has that shape when the word before the
 * last is no given name: it is not a person's first name anywhere in the knowledge ("Jorge Luis Carrasco"
 * is Carrasco, Luis being a given name), nor an initial ("George W. Bush", "H Steven Blum"). Which of a
 * person's names an article calls them by alone ("Adm. Ojeda", "Ibarra said", "Gerald") decides which are
 * aliases.
 */
import type { WorkingSentence } from './annotate.ts';
import type { ArticlePerson } from './discovered-person.ts';
import type { Entity } from './schema.ts';
import { isParticleWord } from './particle-names.ts';

/** "W.", "S", "H": an initial is no surname. */
const INITIAL = /^\p{Lu}\.?$/u;
/** Every word of a name opens with a capital. */
const NAME_START = /^\p{Lu}/u;
/** Words that join two names ("Judge McComas and wife"): English grammar's coordinating conjunctions. */
const JOINING: ReadonlySet<string> = new Set(['and', 'or']);
/** The most words a name has when it is given names and two surnames ("Adán Augusto López Hernández"). */
const MAX_NAME_WORDS = 4;

/**
 * Words people's names use as given names: the first word of each name, and the second of a four-word one
 * (two given names before two surnames, "Luis Raúl González Pérez").
 */
export function givenNamesOf(names: Iterable<string>): Set<string> {
  const given = new Set<string>();
  for (const name of names) {
    const words = name.split(' ');
    if (words[0]) given.add(words[0]);
    if (words.length === MAX_NAME_WORDS && words[1]) given.add(words[1]);
  }
  return given;
}

/**
 * The father's surname of a name of given name(s) and two surnames, or `null` when the name has not that
 * shape: three or four words, no initial, the word before the last no given name.
 */
export function paternalSurname(name: string, given: ReadonlySet<string>): string | null {
  const words = name.split(' ');
  if (words.length < 3 || words.length > MAX_NAME_WORDS) return null;
  // "a US official" is no name; "George W. Bush" has an initial where a surname would be.
  if (words.some((w) => INITIAL.test(w) || !NAME_START.test(w))) return null;
  // "ADOLFO DE LA HUERTA", "Casimiro De León": a particle written with a capital still opens one surname, and
  // "McCOMAS AND WIFE" (a headline in capitals) joins two people; neither word is a surname, which as an alias
  // would name them in every question saying "and" or "la".
  if (words.some((w) => isParticleWord(w.toLowerCase()) || JOINING.has(w.toLowerCase()))) return null;
  const paternal = words[words.length - 2] ?? '';
  return given.has(paternal) ? null : paternal;
}

/**
 * Gives each discovered person with two surnames the first and the pair as aliases ("Trevilla", "Trevilla
 * Trejo"), unless another entity of the knowledge is called so too, or another person would gain the same
 * one: an alias names one entity. The mother's surname alone ("Trejo") names them only when an article
 * called them so (`lastUsedAlone`, by id). `entities` are updated in place.
 */
export function addSurnameAliases(
  entities: readonly Entity[],
  given: ReadonlySet<string>,
  lastUsedAlone: ReadonlySet<string>,
): void {
  const key = (alias: string) => alias.toLowerCase();
  const holders = new Map<string, number>();
  const hold = (alias: string) => holders.set(key(alias), (holders.get(key(alias)) ?? 0) + 1);
  for (const e of entities) for (const a of new Set([e.name, ...e.aliases].map(key))) hold(a);
  const proposed: Array<{ entity: Entity; aliases: string[] }> = [];
  for (const e of entities) {
    if (!e.discovered || e.type !== 'person') continue;
    const paternal = paternalSurname(e.name, given);
    if (!paternal) continue;
    const last = e.name.split(' ').at(-1) ?? '';
    const aliases = [paternal, `${paternal} ${last}`].filter(
      (a) => !e.aliases.some((x) => key(x) === key(a)),
    );
    for (const a of aliases) hold(a);
    proposed.push({ entity: e, aliases });
    if (!lastUsedAlone.has(e.id)) e.aliases = e.aliases.filter((a) => a !== last);
  }
  for (const { entity, aliases } of proposed)
    for (const a of aliases) if (holders.get(key(a)) === 1) entity.aliases.push(a);
}

/**
 * The names after the first the article calls each of its people by on their own ("Adm. Ojeda" for José
 * Rafael Ojeda Durán, "Mr Vélez" for Jorge Armando Vélez Cárdenas): a Spanish name's first surname is how it
 * is said. One pass over the article's mentions, by person id.
 */
export function laterNamesUsed(
  people: readonly ArticlePerson[],
  sentences: readonly WorkingSentence[],
  isEnglishWord: (word: string) => boolean,
): Map<string, string[]> {
  const byId = new Map(people.map((p) => [p.id, p]));
  const found = new Map<string, Set<string>>();
  for (const s of sentences)
    for (const m of s.mentions) {
      const person = m.via === 'alias' ? byId.get(m.entityId) : undefined;
      if (!person) continue;
      const last = m.text.split(/\s+/).at(-1) ?? '';
      // "Gerald" for Gerald W. Vickery, when the article calls him by his first name alone, or after the
      // title it gave with the name ("said Doña Refugio" for Doña Refugio Salinas).
      const first = person.name.split(' ')[0];
      const firstName =
        (m.text === first || (person.title !== null && m.text === `${person.title} ${first}`)) &&
        !person.kind;
      if (
        last === person.surname ||
        (!person.laterNames.includes(last) && !firstName) ||
        m.text.includes(person.name) ||
        // "Operation" of "Joint Operation Chihuahua" met alone in "Operation Intercept": an English word
        // names them only after a title or honorific ("Adm. Ojeda" does either way).
        (m.text === last && isEnglishWord(last.toLowerCase()))
      )
        continue;
      const names = found.get(person.id) ?? new Set<string>();
      names.add(last);
      found.set(person.id, names);
    }
  return new Map([...found].map(([id, names]) => [id, [...names].sort()]));
}

/**
 * "Air Force" read as a person: a discovered person whose every name word is an English word gets no alias
 * of the last ("Force") unless an article calls them by it alone; "George W. Bush" keeps "Bush".
 */
export function dropCommonWordSurnames(
  entities: Entity[],
  usedAlone: ReadonlySet<string>,
  isEnglishWord: (word: string) => boolean,
): void {
  for (const e of entities) {
    if (!e.discovered || e.type !== 'person' || usedAlone.has(e.id)) continue;
    const words = e.name.split(' ');
    const last = words.at(-1) ?? '';
    if (words.length > 1 && words.every((w) => isEnglishWord(w.toLowerCase())))
      e.aliases = e.aliases.filter((a) => a !== last);
  }
}

/**
 * The people an article calls by their surname (the last word of the name) alone, with no other word of
 * their name before it ("Ms. Grisham", "Ibarra said"; not "Lujan Grisham").
 */
export function surnameUsedAlone(
  people: readonly ArticlePerson[],
  sentences: readonly WorkingSentence[],
): Set<string> {
  const byId = new Map(people.map((p) => [p.id, p]));
  const found = new Set<string>();
  for (const s of sentences)
    for (const m of s.mentions) {
      const person = m.via === 'alias' ? byId.get(m.entityId) : undefined;
      if (!person || !person.surname || m.text.includes(person.name)) continue;
      const words = m.text.split(/\s+/);
      if (words.at(-1) === person.surname && !person.laterNames.includes(words.at(-2) ?? ''))
        found.add(person.id);
    }
  return found;
}

/**
 * Entities an article names by other than their names: by a role title they hold on the article's date ("the
 * defence minister" in 2019), and organisations named again by a word of their name ("the department").
 */
import { rolePhraseKey, type Analysis, type Token } from '../nlp/pipeline.ts';
import { roleHeldOn, type EntityData } from './entity-data.ts';
import { plainWordsFree } from './mention-order.ts';
import type { EntityMention } from './schema.ts';
import { tokenAt, type PersonMention } from './speakers.ts';
import type { WorkingSentence } from './working.ts';

/** An entity holding a role a phrase names, and its roles that phrase names. */
interface RoleHolder {
  entity: EntityData;
  roles: NonNullable<EntityData['roles']>;
}

/** The entities holding each role title, by the phrases that name the role; built once per entity data. */
export class RoleHolders {
  /**
   * By role phrase (as {@link rolePhraseKey} writes it): the entities holding a role so named, in the entity
   * data's order, each with those of its roles the phrase names (worked out once, not per mention).
   */
  readonly #byPhrase = new Map<string, RoleHolder[]>();

  constructor(entities: readonly EntityData[]) {
    for (const e of entities) {
      for (const r of e.roles ?? []) {
        for (const p of r.phrases) {
          const key = rolePhraseKey(p);
          const list = this.#byPhrase.get(key) ?? [];
          let holder = list.find((h) => h.entity === e);
          if (!holder) list.push((holder = { entity: e, roles: [] }));
          if (!holder.roles.includes(r)) holder.roles.push(r);
          this.#byPhrase.set(key, list);
        }
      }
    }
  }

  /**
   * The entity a role title names on the article's date. Among several holders, one named elsewhere in the
   * same sentence is not the one meant ("The president said no to Trump"); then the most recently named wins.
   */
  resolve(
    phrase: string,
    day: string,
    namedInSentence: ReadonlySet<string>,
    people: readonly PersonMention[],
  ): EntityData | null {
    const holders: EntityData[] = [];
    for (const h of this.#byPhrase.get(phrase) ?? [])
      if (h.roles.some((r) => roleHeldOn(r, day))) holders.push(h.entity);
    if (holders.length <= 1) return holders[0] ?? null;
    const others = holders.filter((e) => !namedInSentence.has(e.id));
    const pool = others.length > 0 ? others : holders;
    if (pool.length === 1) return pool[0] ?? null;
    for (let i = people.length - 1; i >= 0; i--) {
      const hit = pool.find((e) => e.id === people[i]?.entityId);
      if (hit) return hit;
    }
    return pool[0] ?? null;
  }
}

/** The lower-case words an organisation is named again by ("the department"), worked out once per entity. */
export class OrganisationWords {
  readonly #byId = new Map<string, ReadonlySet<string>>();

  of(e: EntityData): ReadonlySet<string> {
    let words = this.#byId.get(e.id);
    if (!words) {
      // "The department" for the Department of Homeland Security, "the patrol" for the Border Patrol: the
      // head of the name (the word before "of", else the last) and the last two words, never a modifier
      // ("the border" is no name of the Border Patrol).
      const nameWords = e.name.toLowerCase().split(/\s+/);
      const of = nameWords.indexOf('of');
      const head = of > 0 ? nameWords[of - 1] : nameWords.at(-1);
      words = new Set([
        ...[head ?? ''].filter((w) => w.length > 3),
        ...(of < 0 && nameWords.length >= 2 ? [nameWords.slice(-2).join(' ')] : []),
        ...(e.kinds ?? []).map((k) => k.toLowerCase()),
      ]);
      this.#byId.set(e.id, words);
    }
    return words;
  }
}

const ORGANISATION_DETERMINERS = new Set(['the', 'that', 'this']);
/** Words after the determiner that name an organisation again, the longer tried first. */
const NAMED_AGAIN_WORDS = [2, 1] as const;

/**
 * "The department", "that news agency": "the", "that" or "this" and the last words of the name or a kind
 * of an organisation the article named before ("the Department of Homeland Security", AFP the news
 * agency), of `organisations` (most recent first), outside the `covered` tokens.
 */
export function organisationsNamedAgain(
  analysis: Analysis,
  sentence: WorkingSentence,
  covered: ReadonlySet<number>,
  organisations: ReadonlyArray<{ id: string; words: ReadonlySet<string> }>,
): Array<EntityMention & { token: number; quoted: boolean }> {
  const out: Array<EntityMention & { token: number; quoted: boolean }> = [];
  if (organisations.length === 0) return out;
  for (let t = sentence.tokenStart; t + 1 < sentence.tokenEnd; t++) {
    const det = tokenAt(analysis, t);
    if (!ORGANISATION_DETERMINERS.has(det.normal)) continue;
    for (const len of NAMED_AGAIN_WORDS) {
      if (t + len >= sentence.tokenEnd || analysis.tokens[t + len]?.pos !== 'NOUN') continue;
      const words = analysis.tokens.slice(t + 1, t + 1 + len);
      if (words.length < len || !plainWordsFree(words, t + 1, covered)) continue;
      const after = analysis.tokens[t + 1 + len];
      if (after && (after.pos === 'NOUN' || after.pos === 'PROPN' || after.normal === 'of')) continue;
      const phrase = normalsJoined(words);
      const org = organisations.find((o) => o.words.has(phrase));
      if (!org) continue;
      const last = words.at(-1);
      out.push({
        entityId: org.id,
        text: analysis.text.slice(det.start, last?.end ?? det.end),
        via: 'role',
        token: t,
        quoted: false,
      });
      break;
    }
  }
  return out;
}

/**
 * The tokens' normal forms joined by spaces, built in a loop: a mapped list, of one shape when empty and
 * another when full, threw the compiled {@link organisationsNamedAgain} away.
 */
function normalsJoined(words: readonly Token[]): string {
  let phrase = words[0]?.normal ?? '';
  for (let k = 1; k < words.length; k++) phrase += ` ${words[k]?.normal ?? ''}`;
  return phrase;
}

/**
 * The entity data (`knowledge/entities.json`) and the questions asked of it: which entity an alias names,
 * and who held a role on a given day.
 */
import type { EntityType, IsoDate, Role } from './schema.ts';

export interface EntityData {
  id: string;
  name: string;
  type: EntityType;
  kinds?: string[];
  gender?: 'male' | 'female';
  description?: string;
  aliases: string[];
  roles?: Array<{ title: string; phrases: string[]; country?: string; from?: IsoDate; to?: IsoDate }>;
  /** The country the body belongs to ("us", "mx"): what places a name two bodies share (shared-names.ts). */
  country?: string;
  /** The day the body came into being: a question about a year before it means another that shares its name. */
  founded?: IsoDate;
  /**
   * Names of another entity this one goes by too ("National Guard" for Mexico's Guardia Nacional): a mention
   * by one is read as whichever body the text around it places it in (shared-names.ts).
   */
  sharedAliases?: string[];
  /**
   * One-word names matched only as written and beside no other capitalised name ("the Guard", "Texas Guard
   * soldiers"; not "guard duty" or "the Coast Guard").
   */
  shortAliases?: string[];
}

export interface EntityFile {
  caseSensitiveAliases?: string[];
  entities: EntityData[];
}

const ENTITY_TYPES = new Set<EntityType>(['person', 'organisation', 'group', 'place']);

/** Checks the shape of the entity file; throws with the entity and field at fault. */
export function validateEntityFile(data: unknown): EntityFile {
  const file = data as EntityFile;
  if (!file || !Array.isArray(file.entities)) throw new Error('entities.json: "entities" must be an array');
  const ids = new Set<string>();
  for (const [i, e] of file.entities.entries()) {
    const where = `entities.json: entities[${i}]${typeof e?.id === 'string' ? ` (${e.id})` : ''}`;
    if (typeof e.id !== 'string' || !/^[a-z0-9-]+$/.test(e.id))
      throw new Error(`${where}: "id" must be a slug`);
    if (ids.has(e.id)) throw new Error(`${where}: duplicate id`);
    ids.add(e.id);
    if (typeof e.name !== 'string' || e.name === '') throw new Error(`${where}: "name" is missing`);
    if (!ENTITY_TYPES.has(e.type))
      throw new Error(`${where}: "type" must be one of ${[...ENTITY_TYPES].join(', ')}`);
    if (!Array.isArray(e.aliases) || e.aliases.some((a) => typeof a !== 'string' || a.trim() === '')) {
      throw new Error(`${where}: "aliases" must be a list of names`);
    }
    for (const name of e.sharedAliases ?? []) {
      const owner = file.entities.find(
        (o) => o !== e && [...(o.aliases ?? []), ...(o.shortAliases ?? [])].includes(name),
      );
      if (!owner) throw new Error(`${where}: shared alias "${name}" is no other entity's alias`);
    }
    if (e.sharedAliases !== undefined && typeof e.country !== 'string')
      throw new Error(`${where}: an entity with "sharedAliases" needs a "country"`);
    for (const r of e.roles ?? []) {
      if (typeof r.title !== 'string' || !Array.isArray(r.phrases)) {
        throw new Error(`${where}: each role needs "title" and "phrases"`);
      }
    }
  }
  return file;
}

/** The roles of an entity in the knowledge file's shape. */
export function rolesOf(e: EntityData): Role[] {
  return (e.roles ?? []).map((r) => ({
    title: r.title,
    phrases: r.phrases,
    country: r.country ?? null,
    from: r.from ?? null,
    to: r.to ?? null,
  }));
}

/** True when `role` was held on `day` (an ISO day; open ends are unbounded). */
export function roleHeldOn(role: { from?: IsoDate | null; to?: IsoDate | null }, day: IsoDate): boolean {
  return (!role.from || role.from <= day) && (!role.to || day <= role.to);
}

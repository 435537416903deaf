/**
 * The samples of a V8 CPU profile (`node --cpu-prof`) summed by function and by file, for
 * bench/cpuprofile-summary.ts: all of them, or only those inside a named function and after a share of the
 * sampled time (see {@link SampleFilter}).
 */
export interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; columnNumber: number };
  children?: number[];
}
export interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}
export interface Summary {
  total: number;
  self: Map<string, number>;
  inclusive: Map<string, number>;
  files: Map<string, number>;
}

function add(map: Map<string, number>, key: string, ms: number): void {
  map.set(key, (map.get(key) ?? 0) + ms);
}

/**
 * Which samples count: those after the first `from` (0 to 1) of the sampled time, taken inside a function whose
 * name ({@link nameOf}) starts with `under` (any, when null).
 */
export interface SampleFilter {
  from: number;
  under: string | null;
}

/** Every sample. */
export const ALL_SAMPLES: SampleFilter = { from: 0, under: null };

/** A function as the summary names it: name, file and column (tsx writes each module on one line). */
export function nameOf(n: ProfileNode): string {
  const file = n.callFrame.url.split('/').at(-1) ?? '';
  return `${n.callFrame.functionName || '(anonymous)'} ${file}:${n.callFrame.columnNumber}`;
}

/** Milliseconds by function (self and inclusive, a recursive function counted once per sample) and by file. */
export function summariseProfile(profile: Profile, filter: SampleFilter = ALL_SAMPLES): Summary {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const perNode = new Map<number, number>();
  const sampled = profile.timeDeltas.reduce((sum, d) => sum + d, 0);
  let elapsed = 0;
  profile.samples.forEach((id, i) => {
    const delta = profile.timeDeltas[i] ?? 0;
    elapsed += delta;
    if (elapsed >= filter.from * sampled) perNode.set(id, (perNode.get(id) ?? 0) + delta / 1000);
  });
  const inside = new Map<number, boolean>();
  const isInside = (id: number): boolean => {
    if (filter.under === null) return true;
    const known = inside.get(id);
    if (known !== undefined) return known;
    const node = byId.get(id);
    const up = parent.get(id);
    const found =
      node !== undefined && (nameOf(node).startsWith(filter.under) || (up !== undefined && isInside(up)));
    inside.set(id, found);
    return found;
  };
  const summary: Summary = { total: 0, self: new Map(), inclusive: new Map(), files: new Map() };
  for (const [id, ms] of perNode) {
    const node = byId.get(id);
    if (!node || !isInside(id)) continue;
    summary.total += ms;
    add(summary.self, nameOf(node), ms);
    add(summary.files, node.callFrame.url.split('/').at(-1) || '(native)', ms);
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const n = byId.get(at);
      if (!n) break;
      const name = nameOf(n);
      if (!seen.has(name)) add(summary.inclusive, name, ms);
      seen.add(name);
    }
  }
  return summary;
}

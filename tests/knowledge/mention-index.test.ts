/**
 * The look-ups the readings of a speaker make in a sentence's mentions answer as a scan of every mention
 * would, without one: 1 MB of 'Don Rafael Cantú is quoted in the Captain's letter: "x."' is one sentence
 * naming him 18,000 times, and a scan per quotation made it take 9.8 s to build.
 */
import { describe, expect, it } from 'vitest';
import { MentionIndex, namedMentions } from '../../src/knowledge/mention-index.ts';
import type { EntityMention } from '../../src/knowledge/schema.ts';
import { Nlp, type Analysis } from '../../src/nlp/pipeline.ts';

type Mention = EntityMention & { token: number };

const nlp = new Nlp([], []);

/** A mention of the words of tokens [from, to). */
function mention(
  analysis: Analysis,
  entityId: string,
  from: number,
  to: number,
  via: Mention['via'],
): Mention {
  const text = analysis.text.slice(analysis.tokens[from]?.start ?? 0, analysis.tokens[to - 1]?.end ?? 0);
  return { entityId, text, via, token: from };
}

function start(analysis: Analysis, m: Mention): number {
  return analysis.tokens[m.token]?.start ?? 0;
}

/** What the readings of a speaker scanned every mention for, as they did. */
const scan = {
  at: (mentions: readonly Mention[], t: number) => mentions.find((m) => m.token === t && m.via !== 'pronoun'),
  holding: (
    analysis: Analysis,
    mentions: readonly Mention[],
    inner: Mention,
    keep: (m: Mention) => boolean,
  ) => {
    const s = start(analysis, inner);
    const e = s + inner.text.length;
    return mentions.find((o) => {
      if (o === inner || o.via === 'pronoun') return false;
      const os = start(analysis, o);
      const oe = os + o.text.length;
      return os <= s && oe >= e && oe - os > e - s && keep(o);
    });
  },
  overlaps: (analysis: Analysis, mentions: readonly Mention[], s: number, e: number) =>
    mentions.some((m) => start(analysis, m) < e && start(analysis, m) + m.text.length > s),
};

describe('MentionIndex', () => {
  const analysis = nlp.analyse('A Border Patrol spokesman for the Tucson Sector said he would stay.');
  const person = mention(analysis, 'spokesman', 0, 8, 'role');
  const patrol = mention(analysis, 'border-patrol', 1, 3, 'alias');
  const sector = mention(analysis, 'tucson-sector', 6, 8, 'alias');
  const he = mention(analysis, 'spokesman', 9, 10, 'pronoun');
  const index = namedMentions(analysis, [person, patrol, sector, he]);
  const isPerson = (m: Mention) => m.entityId === 'spokesman';

  it('finds the mention by name at a token, and none at a pronoun', () => {
    expect(index.at(0)).toBe(person);
    expect(index.at(6)).toBe(sector);
    expect(index.at(7)).toBeUndefined();
    expect(index.at(9)).toBeUndefined();
  });

  it('finds the person whose longer words hold a body named inside them, and no one holding the person', () => {
    expect(index.holding(sector, isPerson)).toBe(person);
    expect(index.holding(patrol, isPerson)).toBe(person);
    expect(index.holding(person, isPerson)).toBeUndefined();
    expect(index.holding(sector, () => false)).toBeUndefined();
  });

  it('tells words a mention shares a character with from words none does', () => {
    const tokens = analysis.tokens;
    expect(index.overlaps(tokens[4]?.start ?? 0, tokens[5]?.end ?? 0)).toBe(true);
    expect(index.overlaps(tokens[8]?.start ?? 0, tokens[8]?.end ?? 0)).toBe(false);
  });

  it('answers as a scan of every mention would, for mentions that overlap and nest at random', () => {
    const words = Array.from({ length: 400 }, (_, k) => `Word${k}`).join(' ');
    const long = nlp.analyse(`${words}.`);
    // A fixed draw (mulberry32), the same on every run.
    let seed = 7;
    const next = (n: number) => {
      seed = (seed + 0x6d2b79f5) | 0;
      let x = Math.imul(seed ^ (seed >>> 15), 1 | seed);
      x = (x + Math.imul(x ^ (x >>> 7), 61 | x)) ^ x;
      return ((x ^ (x >>> 14)) >>> 0) % n;
    };
    const mentions: Mention[] = [];
    for (let k = 0; k < 300; k++) {
      const from = next(395);
      const via = (['alias', 'role', 'pronoun'] as const)[next(3)] ?? 'alias';
      mentions.push(mention(long, `e${next(4)}`, from, from + 1 + next(next(8) === 0 ? 30 : 3), via));
    }
    mentions.sort((a, b) => a.token - b.token);
    const named = namedMentions(long, mentions);
    const all = new MentionIndex(long, mentions);
    const keep = (m: Mention) => m.entityId !== 'e0';
    for (let t = 0; t < 402; t++) expect(named.at(t)).toBe(scan.at(mentions, t));
    const held = new Set<Mention | undefined>();
    for (const inner of mentions.filter((m) => m.via !== 'pronoun')) {
      held.add(scan.holding(long, mentions, inner, keep));
      expect(named.holding(inner, keep)).toBe(scan.holding(long, mentions, inner, keep));
    }
    const overlapping = new Set<boolean>();
    for (let k = 0; k < 300; k++) {
      const s = next(long.text.length);
      const e = s + 1 + next(20);
      overlapping.add(scan.overlaps(long, mentions, s, e));
      expect(all.overlaps(s, e)).toBe(scan.overlaps(long, mentions, s, e));
    }
    // The draw has mentions held by others and words with and without a mention.
    expect(held.size).toBeGreaterThan(5);
    expect(overlapping).toEqual(new Set([true, false]));
  });

  it('reads a few of the words of a sentence naming someone thousands of times, not all of them', () => {
    const many = nlp.analyse('Don Rafael Cantú is quoted. '.repeat(5_000));
    const mentions: Mention[] = [];
    for (let t = 0; t < many.tokens.length; t++)
      if (many.tokens[t]?.value === 'Don') mentions.push(mention(many, 'cantu', t, t + 3, 'alias'));
    let reads = 0;
    const tokens = new Proxy(many.tokens, {
      get(target, key, receiver) {
        if (typeof key === 'string' && /^\d+$/.test(key)) reads++;
        return Reflect.get(target, key, receiver) as unknown;
      },
    });
    const index = namedMentions({ ...many, tokens }, mentions);
    const last = mentions.at(-1);
    if (!last) throw new Error('no mentions');
    reads = 0;
    expect(index.at(last.token)).toBe(last);
    expect(index.holding(last, () => true)).toBeUndefined();
    expect(index.overlaps(many.tokens[1]?.start ?? 0, many.tokens[1]?.end ?? 0)).toBe(true);
    expect(mentions.length).toBe(5_000);
    expect(reads).toBeLessThan(200);
  });
});

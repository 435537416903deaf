/**
 * "Who was the lady at the Fort Sam ceremony with the shoebox of pictures?": a person asked for by what the
 * question says of them, not by a verb they are the agent of. Each person the best evidence names is read
 * through what their article says of them — the sentences naming them, and the rest of those paragraphs,
 * which set the scene a sentence leaves out ("Lillian Chan Moreno, 74, brought a shoebox of photographs"
 * after "…stood beside a marker on Fort Sam Houston") — and the one that covers the question clearly best
 * answers.
 */
import type { Sentence } from '../knowledge/schema.ts';
import { confidenceOf, MIN_CONFIDENCE, sentenceEvidence, type Context, type Draft } from './handlers.ts';
import { passageOf } from './passage.ts';
import type { Ranked } from './retrieval.ts';
import type { Understanding } from './understand.ts';
import { mentionsBeyondLabel, namesBeyondLabel } from './label-mentions.ts';

/**
 * Sentences either side of a mention, in its paragraph, read as what the article says of the person. Every
 * value from 1 to 6 measured alike on every set (npm run eval): a paragraph is seldom longer.
 */
const SCENE_WINDOW = 3;
/**
 * How far ahead of the next person the best must be: a description that fits two names fits neither. 1.1
 * to 1.5 measured alike on every set (npm run eval).
 */
const LEAD_FACTOR = 1.25;
/** Sentences of a person's article looked at, from their first mention. */
const MAX_PERSON_SENTENCES = 40;

/**
 * The person among those `ranked` names (as `isCandidate` allows) whose article says most of what the
 * question says of them, when one clearly does; `null` otherwise. `head` is the question's noun for the
 * person ("lady", "spokeswoman"): what is asked for, not what the evidence must say.
 */
export function personByContext(
  u: Understanding,
  ctx: Context,
  ranked: readonly Ranked[],
  isCandidate: (id: string) => boolean,
  head: string,
): Draft | null {
  const { index } = ctx;
  const people = [
    ...new Set(
      ranked
        .flatMap((r) => passageOf(ctx, r.sentence, 0, SCENE_WINDOW))
        .flatMap((s) => mentionsBeyondLabel(s).map((m) => m.entityId))
        .filter((id) => index.entities.get(id)?.type === 'person' && isCandidate(id)),
    ),
  ];
  if (people.length === 0) return null;
  // Words that say what someone is are matched, not demanded: none of them alone must be in the evidence.
  const asked: Understanding = { ...u, content: u.content.filter((l) => l !== head), predicates: [] };
  const scored = people.map((id) => {
    const scene = sceneOf(ctx, id, ranked);
    return { id, scene, score: confidenceOf(asked, ctx, scene) };
  });
  scored.sort((a, b) => b.score - a.score);
  const [best, next] = scored;
  if (!best || best.score < MIN_CONFIDENCE || (next && best.score < LEAD_FACTOR * next.score)) return null;
  // The evidence: the best-ranked sentence naming them, else their first in the scene.
  const shown =
    ranked.find((r) => r.sentence.mentions.some((m) => m.entityId === best.id))?.sentence ??
    best.scene.find((s) => s.mentions.some((m) => m.entityId === best.id));
  if (!shown) return null;
  return {
    answeredAs: 'who',
    confidence: best.score,
    direct: index.entities.get(best.id)?.name ?? null,
    lead: null,
    evidence: [sentenceEvidence(shown)],
    lines: [],
    focus: [best.id],
  };
}

/**
 * The sentences naming person `id` in the articles of the `ranked` sentences, with the paragraph around
 * each: read article by article (a few dozen sentences each), not through every mention of the person, which
 * in a large knowledge runs to thousands.
 */
function sceneOf(ctx: Context, id: string, ranked: readonly Ranked[]): Sentence[] {
  const { index } = ctx;
  const out = new Map<string, Sentence>();
  const own: Sentence[] = [];
  const seen = new Set<number>();
  for (const r of ranked) {
    const at = index.sentenceIndex.get(r.sentence.id);
    const source = at === undefined ? -1 : (index.sentenceSource[at] ?? -1);
    if (at === undefined || seen.has(source)) continue;
    seen.add(source);
    for (
      let i = index.articleStart[at] ?? at;
      index.sentenceSource[i] === source && own.length < MAX_PERSON_SENTENCES;
      i++
    ) {
      const s = index.sentences[i];
      if (s && namesBeyondLabel(s, id)) own.push(s);
    }
  }
  own.sort((a, b) => (index.sentenceIndex.get(a.id) ?? 0) - (index.sentenceIndex.get(b.id) ?? 0));
  for (const s of own) for (const n of passageOf(ctx, s, 0, SCENE_WINDOW)) out.set(n.id, n);
  return [...out.values()];
}

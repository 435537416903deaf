/**
 * A source the article does not name, given by "according to": "According to a spokesman for the state
 * attorney general's office in Chihuahua city, an armed commando … entered the town". The one described is
 * someone new, as '"…," said a spokesman for …' makes them, so a later "the spokesman said" finds them.
 */
import type { Token } from '../nlp/pipeline.ts';
import { opensIndefinite, unnamedPhrase } from './unnamed-phrase.ts';
import type { UnnamedSpeaker } from './unnamed-speakers.ts';

/** The unnamed people "according to a/an …" gives as sources in `tokens`, in order. */
export function unnamedAccordingTo(
  tokens: readonly Token[],
  excluded: (t: number) => boolean,
  isPersonNoun: (lemma: string) => boolean,
): UnnamedSpeaker[] {
  const out: UnnamedSpeaker[] = [];
  for (let i = 0; i + 2 < tokens.length; i++) {
    if (tokens[i]?.normal !== 'according' || tokens[i + 1]?.normal !== 'to') continue;
    const start = i + 2;
    if (!opensIndefinite(tokens[start]) || excluded(start)) continue;
    const phrase = unnamedPhrase(tokens, excluded, isPersonNoun, start, tokens.length);
    if (phrase) out.push({ start, end: phrase.end, head: phrase.head, gender: null });
  }
  return out;
}

/**
 * Capitalised words an article counts: "Thirty Villistas are counted dead", "Five hundred Villistas were
 * surprised", "about 150 Zapatistas marched". A word written after a figure, in the plural, and heading its
 * own phrase names a group of people, not a person: a run of capitalised words ending in it is a group's name
 * ("Texas Rangers" beside "five Rangers were dismissed"; a headline's "… and Strikes Villistas in Mountain
 * Town"), never a person a pronoun or a bare "Rangers" could go back to.
 */
import type { Analysis, Token } from '../nlp/pipeline.ts';
import { isCapitalisedName } from './name-words.ts';
import { opensWithCapital } from '../nlp/letter-tests.ts';

/** A year ("In 1916 Pershing crossed") is no count. */
const YEAR = /^\d{4}$/;
/** Figures of one ("one Garza") count no group. */
const ONE = new Set(['1', 'one', 'a', 'an']);

/** True when token `t` is a capitalised plural word right after a figure and heading its own phrase. */
function countedAt(tokens: readonly Token[], t: number): boolean {
  const tok = tokens[t];
  const figure = tokens[t - 1];
  if (!tok || !figure || figure.pos !== 'NUM' || YEAR.test(figure.value) || ONE.has(figure.normal))
    return false;
  if (!isCapitalisedName(tok) || !/s$/.test(tok.value)) return false;
  // "Dec. 4 Mattis approved", "KDSN 11 News": a figure after a capitalised word is a date's or a name's.
  let k = t - 1;
  while (k > 0 && tokens[k - 1]?.pos === 'NUM') k--;
  if (opensWithCapital(tokens[k - 1]?.value ?? '')) return false;
  // "two Reyes brothers", "three Garza Cantú cousins": the word is a name before what is counted.
  const next = tokens[t + 1];
  return !(next && (next.pos === 'NOUN' || next.pos === 'PROPN'));
}

/** The capitalised words the article counts somewhere ("Villistas"), as written. */
export function countedNames(analyses: readonly Analysis[]): Set<string> {
  const out = new Set<string>();
  for (const a of analyses)
    for (let t = 1; t < a.tokens.length; t++) if (countedAt(a.tokens, t)) out.add(a.tokens[t]?.value ?? '');
  return out;
}

/**
 * A pronoun that introduces someone's quotation is a mention of them. In "We talked with a woman …, Leticia
 * Amador. She runs a small hotel … 'Here we are a quiet town,' she said." the reading in order gives each
 * "she" to the last woman it knows (the turn's reporter), while attribution gives the quotation to Amador: the
 * "she" of "she said" is hers, and so is the same pronoun in the paragraph's other sentences from where she is
 * named until someone else of that gender is named. A quotation the same pronoun hands over further on in the
 * paragraph goes to her too.
 */
import type { Analysis } from '../nlp/pipeline.ts';
import { discoveredId } from './discovered-person.ts';
import { PROPER_NAME } from './entity-records.ts';
import { firstTokenAtOrAfter } from '../nlp/analysis.ts';
import { mentionsChanged } from './mentions-version.ts';
import { tokenAt } from './speakers.ts';
import type { WorkingQuote, WorkingSentence } from './working.ts';

/** Pronouns that can stand as the subject of a verb of saying ("she said", "said he"). */
const SUBJECT_PRONOUNS: ReadonlySet<string> = new Set(['he', 'she']);
/**
 * Sentences read back and on from a quotation's verb of saying: a paragraph of one long transcript turn is
 * walked only this far for each quotation, so an article of many quotations is read in time linear in its size.
 */
const MAX_SENTENCES_WALKED = 30;

/** What the pass asks of the article's reader. */
export interface IntroducingReader {
  /** Pronouns and the gender each refers to. */
  readonly pronouns: ReadonlyMap<string, 'male' | 'female'>;
  /** True when the id stands for a person. */
  isPerson(id: string): boolean;
  /** A person's gender as the article or the data give it, `null` when neither does. */
  genderOf(id: string): 'male' | 'female' | null;
}

type Mention = WorkingSentence['mentions'][number];

/** Who a quotation is given to, by the id their name will stand for (entity-records.ts) and the name. */
interface Speaker {
  id: string;
  /** The speaker's name ("Leticia Amador"). */
  name: string;
}

/**
 * Gives each pronoun that introduces a quotation (the subject of its verb of saying) to the quotation's
 * speaker when the reading in order gave it to someone else, with the same pronoun's other mentions of that
 * someone in the paragraph (see the module's header), and the quotations they introduce.
 */
export function introducingPronounsGoOn(
  reader: IntroducingReader,
  quotes: WorkingQuote[],
  sentences: readonly WorkingSentence[],
): void {
  const index = new Map<WorkingSentence, number>();
  for (let i = 0; i < sentences.length; i++) index.set(sentences[i] as WorkingSentence, i);
  // The quotations each sentence hands over, for those a changed pronoun introduces.
  const introducedIn = new Map<WorkingSentence, WorkingQuote[]>();
  for (const q of quotes) {
    if (q.parent !== null || q.cue === null) continue;
    const by = q.attributionSentence ?? q.sentence;
    const list = introducedIn.get(by);
    if (list) list.push(q);
    else introducedIn.set(by, [q]);
  }
  for (const q of quotes) {
    if (q.parent !== null || q.cue === null) continue;
    const speaker = speakerOf(q);
    if (!speaker) continue;
    const said = q.attributionSentence ?? q.sentence;
    const pronoun = introducingPronoun(q);
    if (!pronoun || pronoun.entityId === speaker.id) continue;
    const gender = reader.pronouns.get(tokenAt(said.analysis, pronoun.token).normal);
    const at = index.get(said);
    if (!gender || at === undefined) continue;
    const other = pronoun.entityId;
    const changed = new Set<WorkingSentence>();
    const give = (s: WorkingSentence, m: Mention): void => {
      m.entityId = speaker.id;
      changed.add(s);
    };
    give(said, pronoun);
    const stops = (m: Mention): boolean =>
      m.via !== 'pronoun' &&
      m.entityId !== speaker.id &&
      reader.isPerson(m.entityId) &&
      (m.entityId === other || reader.genderOf(m.entityId) === gender);
    const same = (s: WorkingSentence, m: Mention): boolean =>
      m.via === 'pronoun' &&
      m.entityId === other &&
      reader.pronouns.get(tokenAt(s.analysis, m.token).normal) === gender;
    // Back to where the speaker is named, when no one else of the gender is named between.
    const back: Array<[WorkingSentence, Mention]> = [];
    let named = false;
    for (let i = at; i >= 0 && i > at - MAX_SENTENCES_WALKED && !named; i--) {
      const s = sentences[i] as WorkingSentence;
      if (s.paragraph !== said.paragraph) break;
      const before = s === said ? pronoun.token : s.tokenEnd;
      // In the sentence of "she said", only a naming before the pronoun.
      const byName = namesAt(s, speaker, s === said ? tokenAt(s.analysis, pronoun.token).start : null);
      let blocked = false;
      for (let k = s.mentions.length - 1; k >= 0; k--) {
        const m = s.mentions[k] as Mention;
        if (m.token >= before) continue;
        if (byName !== null && m.token < byName) break;
        if (stops(m)) blocked = true;
        else if (same(s, m)) back.push([s, m]);
      }
      if (blocked) break;
      named = byName !== null;
    }
    if (named) for (const [s, m] of back) give(s, m);
    // On through the paragraph until someone else of the gender is named.
    forward: for (let i = at; i < sentences.length && i < at + MAX_SENTENCES_WALKED; i++) {
      const s = sentences[i] as WorkingSentence;
      if (s.paragraph !== said.paragraph) break;
      for (const m of s.mentions) {
        if (s === said && m.token <= pronoun.token) continue;
        if (stops(m)) break forward;
        if (same(s, m)) give(s, m);
      }
    }
    for (const s of changed) mentionsChanged(s);
    for (const later of [...changed].flatMap((s) => introducedIn.get(s) ?? [])) {
      if (later === q || later.speakerId !== other || later.cue === null) continue;
      const own = introducingPronoun(later);
      if (own?.entityId !== speaker.id) continue;
      later.speakerId = null;
      later.speakerName = speaker.name;
    }
  }
}

/**
 * The quotation's speaker when attribution named them and the reading in order knew no one by that name (so
 * could give them no pronoun): the id their name will stand for. `null` for anyone else: a person the reading
 * knew had the pronoun weighed for them already.
 */
function speakerOf(q: WorkingQuote): Speaker | null {
  if (q.speakerId !== null || !PROPER_NAME.test(q.speakerName)) return null;
  return { id: discoveredId(q.speakerName), name: q.speakerName };
}

/**
 * The pronoun mention that is the subject of the quotation's verb of saying ("she said", "said he"), outside
 * the quotations of its attribution sentence, nearest the quotation's words in its own; `null` when there is none.
 */
function introducingPronoun(q: WorkingQuote): Mention | null {
  const s = q.attributionSentence ?? q.sentence;
  const cue = q.cue;
  if (cue === null) return null;
  // In the quotation's own sentence, the one nearest its words ('"A," she said, and "B," he said': B's is "he").
  const own = s === q.sentence;
  let best: Mention | null = null;
  let bestDistance = Infinity;
  for (const m of s.mentions) {
    if (m.via !== 'pronoun' || !SUBJECT_PRONOUNS.has(tokenAt(s.analysis, m.token).normal)) continue;
    if (!saysAt(s.analysis, m.token + 1, cue) && !saysAt(s.analysis, m.token - 1, cue)) continue;
    if (!own) return m;
    const tok = tokenAt(s.analysis, m.token);
    const distance =
      tok.start >= q.span.outerEnd ? tok.start - q.span.outerEnd : Math.max(0, q.span.outerStart - tok.end);
    if (distance < bestDistance) {
      best = m;
      bestDistance = distance;
    }
  }
  return best;
}

const saysAt = (analysis: Analysis, t: number, cue: string): boolean => {
  const tok = analysis.tokens[t];
  return tok !== undefined && tok.lemma === cue && (tok.pos === 'VERB' || tok.pos === 'AUX');
};

/**
 * The first token of the speaker's name in `s`, the last time it holds it (ending before the character `before`
 * when given); `null` when it does not.
 */
function namesAt(s: WorkingSentence, speaker: Speaker, before: number | null): number | null {
  const limit = before === null ? s.text.length : before - s.start - speaker.name.length;
  if (limit < 0) return null;
  const from = s.text.lastIndexOf(speaker.name, limit);
  if (from < 0) return null;
  const t = firstTokenAtOrAfter(s.analysis, s.tokenStart, s.tokenEnd, s.start + from);
  return t < s.tokenEnd ? t : null;
}

/**
 * The quotations of turns of speech marked at the start of their paragraph (an interview's "A:", a
 * transcript's speaker label): a turn runs on through paragraphs with no mark of their own until another kind
 * of text, and is cut around the sentences quoting someone else in full.
 */
import type { WorkingQuote, WorkingSentence } from './annotate.ts';
import type { EntityData } from './entity-data.ts';
import { cleanQuoteText, quoteKind, type SpeakerGuess } from './speakers.ts';
import { apposedSpeaker } from './apposed-speakers.ts';
import { handedOverAfter, spokenOf, subjectOfCue } from './spoken-of.ts';
import { pronounIsTurnSpeaker } from './turn-speaker-pronoun.ts';
import { namedBefore, onlyAddressedBefore } from './addressed-in-turn.ts';
import type { VerbsOfSaying } from './saying-verbs.ts';
import { firstPersonRelative } from './letter-writers.ts';
import { familiarKinAsName } from './named-relatives.ts';
import { THIRD_PERSON } from '../nlp/third-person.ts';

/** Patterns with `\p{…}`, built once: inside a function tsx rebuilds them on every call (see src/nlp/letter-tests.ts). */
const P1 = /\p{L}/u;

/** The person the article names as `owner`'s `relation` ("Gee's father"), if it names one. */
export type RelativeNamed = (owner: string, relation: string) => Omit<SpeakerGuess, 'cue'> | null;

/** A known entity or one the article introduced, by id. */
export type EntityOf = (id: string) => Pick<EntityData, 'id' | 'name' | 'type'> | undefined;

/** A paragraph that is only a direction in brackets: "(BEGIN VIDEOTAPE)", "[CROSSTALK]". */
const STAGE_DIRECTION = /^\s*[([][^)\]]*[)\]]\s*$/;

/** A turn of speech: who speaks (none for an interviewer's question) and where their words start. */
export interface Turn {
  speaker: Omit<SpeakerGuess, 'cue'> | null;
  /** Characters of the paragraph before the turn's words: its "A:" or speaker label. */
  head: number;
}

/**
 * "She wrote that spring that the soldiers had '…'": words quoted in part that "he" or "she" hands over in a
 * turn are someone the turn spoke of, as words in full are.
 */
function spokenOfPart(q: WorkingQuote, cues: VerbsOfSaying): boolean {
  const subject = subjectOfCue(q, cues);
  return subject !== null && THIRD_PERSON.has(subject);
}

/** A paragraph in emphasis from its first character to its last: "_The committee also heard…_". */
const WHOLLY_EMPHASISED = /^(\*\*?|__?)(?=[\p{L}\p{N}])[^*_]+\1$/u;
/** A bold lead ending in a colon opening a paragraph: "**Correction, July 22, 2:40 p.m.:**", "**Note**:". */
const BOLD_LEAD = /^\*\*[^*\n]{1,80}(?::\*\*|\*\*:)/u;

/** Words a paragraph at most has to be a heading ("How Juárez remembers") rather than a turn's words. */
const MAX_HEADING_WORDS = 8;

/**
 * True when an unmarked paragraph is the article's again, not more of the turn before it: a heading (a few
 * words with no closing stop), a question standing alone, or reported speech ("Arreola said the rebels numbered about 2,500",
 * "Denning said the restraint was deliberate") — nobody reports their own words by their name.
 */
function endsTurn(s: WorkingSentence, turn: Turn | null): boolean {
  const text = s.analysis.text.trim();
  // "_The committee also heard testimony on…_", "**Correction, July 22:** …": a note set wholly in italics or
  // bold, or opened by a bold lead ending in a colon, after the last turn is the publisher's. A turn may go on
  // with a word of its own in emphasis ("_La migra_ is what the children call them").
  if (WHOLLY_EMPHASISED.test(text) || BOLD_LEAD.test(text)) return true;
  const words = text.split(/\s+/).length;
  if (words <= MAX_HEADING_WORDS && !/[.!?:"”]$/.test(text)) return true;
  // "What do people who live near the fence think?": a question of its own is the asker's, not an answer.
  if (text.endsWith('?') && s.end >= s.analysis.text.trimEnd().length) return true;
  const speaker = turn?.speaker?.speakerId;
  const namesSpeaker = s.mentions.some((m) => m.via !== 'pronoun' && m.entityId === speaker);
  const reports = s.analysis.tokens
    .slice(s.tokenStart, s.tokenEnd)
    .some((t) => t.pos === 'VERB' && t.lemma === 'say');
  return namesSpeaker || (reports && s.mentions.some((m) => m.via !== 'pronoun'));
}

/**
 * A turn's speaker as the owner of a relative they name: a name as written ("Lupe"), a description by its
 * first part made definite ("a caller, a former shop owner" → "the caller", so "the caller's husband"), a name
 * with what the label said of them by the name ("Earl, a caller from Killeen" → "Earl").
 */
function owner(speakerName: string): string {
  const described = /^(?:a|an)\s+([^,]+)/i.exec(speakerName)?.[1];
  // "Earl, a caller from Killeen": the name before the description ("Earl's grandmother").
  return described ? `the ${described}` : (speakerName.split(', ')[0] ?? speakerName);
}

/** True when `q` lies in the mark opening its turn: the nickname in 'TOMÁS "CHINO" RESÉNDEZ (on tape):'. */
function inHead(q: WorkingQuote, turns: ReadonlyMap<WorkingSentence, Turn>): boolean {
  return q.span.outerStart < (turns.get(q.sentence)?.head ?? 0);
}

/**
 * The quotations of turns of speech marked at the start of their paragraph (an interview's "A:", a
 * transcript's speaker label): each paragraph of a turn, from its mark up to the next, is a quotation of
 * the turn's speaker; a turn with no speaker (an interview's question) is none. A turn runs on through
 * paragraphs with no mark of their own, until one of another kind of text or a stage direction
 * ("(BEGIN VIDEOTAPE)"). It is cut around the sentences quoting someone else in full ('Ray Dunphy put it
 * to me this way: "…"'), which stay theirs; a word in marks ("support") stays inside it.
 */
export function turnQuotes(
  sentences: readonly WorkingSentence[],
  quotes: readonly WorkingQuote[],
  turns: ReadonlyMap<WorkingSentence, Turn>,
  cue: string,
  cues: VerbsOfSaying,
  entityOf: EntityOf,
  isPersonNoun: ((lemma: string) => boolean) | null,
  nounGender?: (lemma: string) => 'male' | 'female' | null,
  relativeNamed?: RelativeNamed,
): WorkingQuote[] {
  const out: WorkingQuote[] = [];
  /** The quotations of sentences quoting someone in full, or by a speaker named. */
  const quoting = new Map<WorkingSentence, WorkingQuote[]>();
  for (const q of quotes)
    if (
      q.parent === null &&
      (q.kind === 'full' || q.speakerName !== 'unattributed' || spokenOfPart(q, cues)) &&
      !inHead(q, turns)
    ) {
      const list = quoting.get(q.sentence);
      if (list) list.push(q);
      else quoting.set(q.sentence, [q]);
    }
  /** Quotations in marks no one was found to have said, by sentence. */
  const unattributed = new Map<WorkingSentence, WorkingQuote[]>();
  for (const q of quotes) {
    if (q.parent !== null || q.speakerId !== null || q.speakerName !== 'unattributed') continue;
    const list = unattributed.get(q.sentence);
    if (list) list.push(q);
    else unattributed.set(q.sentence, [q]);
  }
  let current: Turn | null = null;
  let kind: WorkingSentence['kind'] | null = null;
  let run: WorkingSentence[] = [];
  let head = 0;
  const close = () => {
    const [first, ...rest] = run;
    const last = run.at(-1);
    const speaker = current?.speaker;
    run = [];
    if (!first || !last || !speaker) return;
    const start = Math.max(first.start, head);
    const text = cleanQuoteText(first.analysis.text.slice(start, last.end));
    if (!P1.test(text)) return;
    out.push({
      sentence: first,
      span: { start, end: last.end, outerStart: start, outerEnd: last.end, parent: null, closed: true },
      parent: null,
      speakerId: speaker.speakerId,
      speakerName: speaker.speakerName,
      cue,
      kind: quoteKind(text),
      text,
      attributionSentence: null,
      continuesInto: rest,
    });
  };
  /** Quotations a turn gave to someone its speaker spoke of, with the speaker each had before. */
  const moved = new Map<WorkingQuote, { from: string; to: Omit<SpeakerGuess, 'cue'> }>();
  /** Whom the turn's speaker recounts words from, by the name given them: their later words stay inside too. */
  const recounted = new Set<string>();
  let started = false;
  /** The paragraph the current turn's mark opens. */
  let markedParagraph = -1;
  /** The sentence holding the current turn's mark, and where its words start in it. */
  let opening: WorkingSentence | null = null;
  let openingHead = 0;
  for (const s of sentences) {
    const turn = turns.get(s);
    if (!turn && !started) continue;
    started = true;
    if (turn) {
      close();
      markedParagraph = s.paragraph;
      opening = s;
      openingHead = turn.head;
      recounted.clear();
      current = turn;
      kind = s.kind;
      head = turn.head;
    } else if (s.position === 1) {
      close();
      head = 0;
      if (s.kind !== kind || STAGE_DIRECTION.test(s.analysis.text) || endsTurn(s, current)) current = null;
    }
    const speaker = current?.speaker;
    if (!speaker) continue;
    const quoted = quoting.get(s) ?? [];
    // "I'll tell you what I told my people: '…'": the turn's speaker quoting themselves.
    for (const q of quoted) {
      // "He wrote that his men had '…,' and that they '…'": words that took their speaker from earlier words
      // go with them to whom the turn's speaker spoke of.
      const followed = q.copiedFrom && moved.get(q.copiedFrom);
      if (followed && q.speakerName === followed.from) {
        Object.assign(q, followed.to);
        moved.set(q, followed);
        recounted.add(q.speakerName);
        continue;
      }
      // '"…," she said to me once, a woman in Presidio …': the one the apposition describes.
      const apposed = isPersonNoun ? apposedSpeaker(q, { isPersonNoun, cues }) : null;
      if (apposed) {
        Object.assign(q, { speakerId: null, speakerName: apposed });
        recounted.add(apposed);
        continue;
      }
      if (q.speakerId !== speaker.speakerId && subjectOfCue(q, cues) === 'i')
        Object.assign(q, { speakerId: speaker.speakerId, speakerName: speaker.speakerName });
      // "I talked to the captain. He told me, '…'": "he" in a turn is whom the speaker spoke of.
      const heard = isPersonNoun
        ? spokenOf(
            { entity: entityOf, isPersonNoun, ...(nounGender && { nounGender }) },
            q,
            speaker.speakerId,
            cues,
          )
        : null;
      // "the manager out there now" found already for "The manager": the fuller name the reading gave stays.
      const same = heard !== null && q.speakerName.toLowerCase().startsWith(heard.speakerName.toLowerCase());
      const other =
        !same &&
        (q.speakerId === speaker.speakerId ||
          q.speakerName === 'unattributed' ||
          handedOverAfter(q, cues) ||
          // "Morning, Carl. My daddy … He used to say, '…'": the host greeted is not whom "he" stands for.
          (q.speakerId !== null && onlyAddressedBefore(q, q.speakerId)) ||
          // "MRS. RUIZ: My great-grandfather … He said, '…'" after the host's turn: whom the turn speaks of,
          // not someone its paragraph never names.
          (q.speakerId !== null && heard !== null && !namedBefore(q, q.speakerId)))
          ? heard
          : null;
      if (other) {
        moved.set(q, { from: q.speakerName, to: other });
        Object.assign(q, other);
      } else if (
        heard === null &&
        opening !== null &&
        q.speakerName !== speaker.speakerName &&
        pronounIsTurnSpeaker(q, opening, openingHead, cues, (id) => entityOf(id)?.type === 'person', null)
      ) {
        // 'OLIVAS: "I was weighing …," he said.': no one else in the turn for "he" to stand for. The words
        // after it that took their speaker from it go with it.
        moved.set(q, {
          from: q.speakerName,
          to: { speakerId: speaker.speakerId, speakerName: speaker.speakerName },
        });
        Object.assign(q, { speakerId: speaker.speakerId, speakerName: speaker.speakerName });
      }
      // "My neighbor told me, '…'": someone the turn's speaker names by their relation to themselves.
      // "Daddy said, '…'": a familiar kin word written as a name is the turn's speaker's relative too.
      const relative =
        q.speakerId === null
          ? (firstPersonRelative(q.speakerName) ?? familiarKinAsName(q.speakerName))
          : undefined;
      // "My dad used to tell us, '…'" after "Gee's father, Gee Hong": the relative the article named.
      const named = relative ? (relativeNamed?.(speaker.speakerName, relative) ?? null) : null;
      if (named) Object.assign(q, named);
      else if (relative) q.speakerName = `${owner(speaker.speakerName)}'s ${relative}`;
      if (other || relative || same) recounted.add(q.speakerName);
    }
    // "It called the crossing 'an involuntary error'": words quoted in part leave the sentence the turn's.
    // Words the speaker recounts from someone they speak of ("'…' That's what she always said") stay inside
    // the turn, as they are its speaker's telling, and stay that person's too.
    if (
      quoted.some(
        (q) => q.kind === 'full' && q.speakerId !== speaker.speakerId && !recounted.has(q.speakerName),
      )
    ) {
      // 'A: "Not even close. …"': an answer printed in marks, opening right after its mark, is the turn's.
      for (const q of (turn && unattributed.get(s)) ?? [])
        if (/^\s*$/.test(s.analysis.text.slice(turn?.head ?? 0, q.span.outerStart)))
          Object.assign(q, { speakerId: speaker.speakerId, speakerName: speaker.speakerName, cue });
      // Inside the marked paragraph the sentence stays in the turn: the turn is what its speaker said, the
      // quotation inside keeps its own speaker ('RAMSEY: … My husband said, "…"'). In a paragraph after it,
      // unmarked, it is as often the writer's again ('Reader Marisol Ontiveros texted us: "…"').
      if (s.paragraph !== markedParagraph) {
        close();
        continue;
      }
    }
    run.push(s);
  }
  close();
  return out;
}
